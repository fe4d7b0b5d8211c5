// What the card says and offers, day to day: the rewrite previewed as the sentence will read
// (what Apply then writes), "Turn off for you, on every site" with Undo, "Ignore everywhere"
// across tabs and back from the options page, and a card that keeps its own type against a
// page's `* { font … !important }` and follows dark mode.
//
//   registerCardDailyTests(registry)   for test/e2e/run.mjs (tests named "card daily: …")
import { expectEqual, expectTrue, Failure, show, waitProbe } from './harness.mjs';

/** One sentence, flagged by one rule only; the rewrite keeps its facts. */
const POLICY = 'Per our policy, we cannot refund opened items.';
const FAULT = 'That is not our fault.';
const FAULT_RULE = 'en.defensive.not-our-fault';

/** Opens a fixture editor page in a new tab and waits until the editor is mounted. */
async function openFixture(t, id) {
  const page = await t.newPage();
  await page.goto(`${t.origin}/${id}.html`);
  await page.waitForFunction(() => window.__editorReady === true, undefined, { timeout: 15_000, polling: 100 });
  return page;
}

/** Types `text` into the page's editor with real keys; waits until the editor's model holds it. */
async function typeReply(page, text) {
  await page.evaluate(() => window.__editor.focus());
  await page.waitForTimeout(100);
  await page.keyboard.type(text);
  await page.waitForFunction((s) => window.__editor.getText() === s, text, { timeout: 5000, polling: 100 });
}

/** The findings count on the page (document, open shadow roots), through the shared probe. */
const hook = (page, predicate, what, timeout = 6000) => waitProbe(page, { op: 'hook', predicate, what, timeout });

/** Puts the caret inside `words` of the reply and presses Alt+Enter; waits for the card. */
async function openCard(page, words) {
  await page.evaluate((w) => {
    const ed = window.__editor;
    ed.focus();
    const el = document.activeElement;
    if (el instanceof HTMLTextAreaElement) {
      const at = el.value.indexOf(w) + 2;
      el.setSelectionRange(at, at);
      return;
    }
    const root = el?.closest('[contenteditable="true"]') ?? el;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(w);
      if (at >= 0) {
        getSelection().collapse(node, at + 2);
        return;
      }
    }
  }, words);
  await page.keyboard.press('Alt+Enter');
  await card(page).waitFor({ timeout: 5000 });
}

const card = (page) => page.locator('reply-coach-root').locator('[data-rc-card]');

/** What the open card shows, read in its shadow root (open in the e2e build). */
const readCard = (page) =>
  page.evaluate(() => {
    const c = document.querySelector('reply-coach-root')?.shadowRoot?.querySelector('[data-rc-card]');
    if (!c) return null;
    const style = getComputedStyle(c);
    return {
      previews: [...c.querySelectorAll('button[data-rc-apply] [data-rc-preview]')].map((p) => ({
        text: p.textContent,
        changed: [...p.querySelectorAll('[data-rc-changed]')].map((m) => m.textContent),
      })),
      status: c.querySelector('[data-rc-status]')?.textContent ?? null,
      undo: c.querySelectorAll('button[data-rc-undo]').length,
      font: { family: style.fontFamily, size: style.fontSize, letterSpacing: style.letterSpacing, transform: style.textTransform, color: style.color },
      buttonFont: getComputedStyle(c.querySelector('button') ?? c).fontFamily,
      background: style.backgroundColor,
    };
  });

/** chrome-extension://<id> of the loaded extension, from its service worker. */
async function extensionOrigin(page) {
  const ctx = page.context();
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 10_000 }));
  const url = new URL(worker.url());
  return `${url.protocol}//${url.host}`;
}

/** An extension page (the options page) of the test: reads and resets storage, and is the page itself. */
async function openOptions(t, from) {
  const page = await t.newPage();
  await page.goto(`${await extensionOrigin(from)}/options.html`);
  await page.waitForSelector('#ignored', { timeout: 10_000 });
  return page;
}

const storageOf = (ext) => ext.evaluate(() => chrome.storage.local.get(['rules', 'allowList']));
const putStorage = (ext, items) => ext.evaluate((i) => chrome.storage.local.set(i), items);

export function registerCardDailyTests({ test }) {
  for (const id of ['textarea', 'prosemirror']) {
    test(`card daily: ${id}: the preview is the sentence the editor holds after Apply, changed words marked`, async (t) => {
      const page = await openFixture(t, id);
      await typeReply(page, POLICY);
      await hook(page, 'r.value !== null && r.value >= 1', 'the policy sentence is flagged');
      t.step('open the card on "policy"');
      await openCard(page, 'policy');
      const shown = await readCard(page);
      const first = shown?.previews[0];
      expectTrue(first && first.text.length > 0, 'the first rewrite has a [data-rc-preview]', shown);
      expectTrue(first.text !== POLICY && /\[reason\]/.test(first.text), 'the preview is the whole rewritten sentence, its gap included', first);
      expectTrue(first.changed.length >= 1 && first.changed.every((w) => first.text.includes(w)), 'the changed words are marked with [data-rc-changed]', first);
      expectTrue(!first.changed.join('').includes('refund opened items'), 'the facts the rewrite keeps are not marked as changed', first);
      await t.shot(page, `card-daily-${id}-preview`);
      t.step('Apply the first rewrite');
      await card(page).locator('button[data-rc-apply]').first().click();
      await page.waitForFunction((s) => window.__editor.getText() !== s, POLICY, { timeout: 5000, polling: 100 });
      expectEqual(await page.evaluate(() => window.__editor.getText()), first.text, 'the editor holds exactly the previewed sentence');
    });
  }

  test('card daily: Turn off for you, then Undo: the finding goes and comes back, the rule as it was saved', async (t) => {
    const page = await openFixture(t, 'textarea');
    const ext = await openOptions(t, page);
    const saved = await storageOf(ext);
    try {
      // The agent had made the rule louder: Undo must keep that, not reset the rule.
      await putStorage(ext, { rules: { ...(saved.rules ?? {}), [FAULT_RULE]: { severity: 'error' } } });
      const before = await storageOf(ext);
      await page.bringToFront();
      await typeReply(page, FAULT);
      await hook(page, 'r.value === 1', 'the sentence is flagged once');
      await openCard(page, 'fault');
      const label = await card(page).locator('button[data-rc-disable-rule]').textContent();
      expectEqual(label, 'Turn off for you, on every site', 'the button says what it turns off');
      t.step('Turn off');
      await card(page).locator('button[data-rc-disable-rule]').click();
      await hook(page, 'r.value === 0', 'the finding is gone once its rule is off');
      const held = await readCard(page);
      expectTrue(held?.undo === 1 && /Turned off for you, on every site/.test(held.status ?? ''), 'the card stays with its status and button[data-rc-undo]', held);
      expectEqual((await storageOf(ext)).rules?.[FAULT_RULE]?.enabled, false, 'the rule is saved off');
      await t.shot(page, 'card-daily-undo');
      t.step('Undo');
      await card(page).locator('button[data-rc-undo]').click();
      await hook(page, 'r.value === 1', 'Undo brings the finding back');
      expectEqual(show(await storageOf(ext)), show(before), 'the saved rules are exactly as before Turn off');
      await page.waitForTimeout(300);
      expectEqual(await card(page).count(), 0, 'the card closed after Undo');
    } finally {
      await putStorage(ext, { rules: saved.rules ?? {} });
    }
  });

  test('card daily: the Undo offer ends after a few seconds and the rule stays off', async (t) => {
    const page = await openFixture(t, 'textarea');
    const ext = await openOptions(t, page);
    const saved = await storageOf(ext);
    try {
      await page.bringToFront();
      await typeReply(page, FAULT);
      await hook(page, 'r.value === 1', 'the sentence is flagged once');
      await openCard(page, 'fault');
      await card(page).locator('button[data-rc-disable-rule]').click();
      await card(page).locator('button[data-rc-undo]').waitFor({ timeout: 3000 });
      await page.waitForTimeout(4500);
      expectEqual(await card(page).locator('button[data-rc-undo]').count(), 1, 'Undo is still offered after 4.5 s');
      await card(page).waitFor({ state: 'detached', timeout: 4000 });
      expectEqual((await storageOf(ext)).rules?.[FAULT_RULE]?.enabled, false, 'the rule stays off');
    } finally {
      await putStorage(ext, { rules: saved.rules ?? {} });
    }
  });

  test('card daily: Ignore everywhere hides the phrase in this box and another tab’s, until removed in the options page', async (t) => {
    const first = await openFixture(t, 'textarea');
    const second = await openFixture(t, 'textarea');
    const ext = await openOptions(t, first);
    const saved = await storageOf(ext);
    try {
      for (const page of [second, first]) {
        await page.bringToFront();
        await typeReply(page, FAULT);
        await hook(page, 'r.value === 1', 'the sentence is flagged once');
      }
      await openCard(first, 'fault');
      t.step('Ignore everywhere in the first tab');
      await card(first).locator('button[data-rc-ignore-everywhere]').click();
      await hook(first, 'r.value === 0', 'the phrase is gone from this box at once', 3000);
      await hook(second, 'r.value === 0', 'the phrase is gone from the other tab’s box too');
      const stored = await storageOf(ext);
      expectEqual(show(stored.allowList), show([{ rule: FAULT_RULE, words: 'that is not our fault.' }]), 'storage.local holds the rule and the normalized words');
      expectEqual(show(await ext.evaluate(() => chrome.storage.sync.get(null))), show({}), 'nothing in storage.sync');

      t.step('the options page lists it; Remove');
      await ext.bringToFront();
      const row = ext.locator('[data-rc-allow-entry]');
      await row.first().waitFor({ timeout: 5000 });
      expectEqual(await row.count(), 1, 'one entry in "Ignored phrases"');
      expectEqual(await row.first().getAttribute('data-rc-allow-entry'), FAULT_RULE, 'the entry names its rule');
      expectEqual(await row.first().locator('[data-rc-allow-words]').textContent(), '“that is not our fault.”', 'the entry shows the words');
      await ext.locator('#ignored').scrollIntoViewIfNeeded();
      await t.shot(ext, 'card-daily-options-ignored');
      await row.first().locator('button[data-rc-allow-remove]').click();
      await ext.locator('[data-rc-allow-empty]').waitFor({ timeout: 5000 });
      await hook(first, 'r.value === 1', 'the phrase is flagged again in the first tab');
      await hook(second, 'r.value === 1', 'and in the second');
    } finally {
      await putStorage(ext, { allowList: saved.allowList ?? [] });
    }
  });

  test('card daily: the card keeps its own type against the page’s `* { font … !important }`, and follows dark mode', async (t) => {
    const page = await openFixture(t, 'textarea');
    await page.addStyleTag({
      content: '* { font: italic 30px/3 "Comic Sans MS", cursive !important; letter-spacing: 4px !important; text-transform: uppercase !important; color: #f0f !important; }',
    });
    const pageFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expectTrue(/Comic Sans/.test(pageFont), 'the page’s own style is in force on the page', pageFont);
    await typeReply(page, FAULT);
    await hook(page, 'r.value === 1', 'the sentence is flagged once');
    await openCard(page, 'fault');
    const light = await readCard(page);
    if (!light) throw new Failure('no card');
    expectTrue(/^system-ui/.test(light.font.family) && !/Comic/.test(light.font.family + light.buttonFont), 'the card and its buttons use the card’s own font', light.font);
    expectEqual(light.font.size, '13px', 'the card’s font size');
    expectEqual(light.font.letterSpacing, 'normal', 'the card’s letter spacing');
    expectEqual(light.font.transform, 'none', 'the card’s text transform');
    expectEqual(light.background, 'rgb(255, 255, 255)', 'the light card’s background');
    t.step('dark mode');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => matchMedia('(prefers-color-scheme: dark)').matches);
    const dark = await readCard(page);
    expectTrue(dark && dark.background !== light.background && dark.font.color !== light.font.color, 'dark mode changes the card’s background and text colour', { light, dark });
    await t.shot(page, 'card-daily-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });
}
