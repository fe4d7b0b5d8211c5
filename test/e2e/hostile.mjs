// Hostile or curious pages (issue 10): a page's own scripts run next to the coach all day.
// They must not be able to open the card or act on it with synthetic events, stop the coach
// by forging WXT's duplicate-script event, or use the extension's content-script messaging to
// read another tab's report. Every attempt here runs in the page's main world (page.evaluate)
// or in the extension's own isolated world (CDP Runtime.evaluate), never through a test hook.
import { expectEqual, expectTrue, Failure, show, waitProbe } from './harness.mjs';
import { DEFENSIVE } from './contract.mjs';
import { hookValue, look } from './probes.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function openFixture(t, id) {
  const page = await t.newPage();
  t.step(`open ${id}.html`);
  await page.goto(`${t.origin}/${id}.html?noquote=1`);
  await page.waitForFunction(() => window.__editorReady === true, undefined, { timeout: 15_000, polling: 100 });
  return page;
}

export async function typeFlagged(t, page) {
  t.step('type a defensive reply with real keys');
  await page.evaluate(() => window.__editor.focus());
  await waitProbe(page, { op: 'state', predicate: 'r.focused', what: 'focus is in the reply box', timeout: 3000 });
  await page.keyboard.type(DEFENSIVE);
  await waitProbe(page, { op: 'hook', predicate: 'r.value >= 1', what: 'the defensive reply is flagged', timeout: 5000 });
  return waitProbe(page, { op: 'targets', predicate: 'r.length > 0', what: 'a highlight over the flagged words', timeout: 3000 });
}

export function worker(page) {
  const sw = page.context().serviceWorkers()[0];
  if (!sw) throw new Failure('no extension service worker to read storage from');
  return sw;
}
export const extensionId = (page) => new URL(worker(page).url()).host;
const localStorage = (page) => worker(page).evaluate(() => chrome.storage.local.get(null));

/** Real keys: caret into `target` (a flagged word of DEFENSIVE), then Alt+Enter; waits for the card. */
export async function openCardWithKeys(page, target) {
  await page.evaluate(() => window.__editor.focus());
  await page.keyboard.press('End');
  for (let i = 0; i < DEFENSIVE.length - (target.start ?? 0) - 2; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+Enter');
  return waitProbe(page, { op: 'card', predicate: 'r.open', what: 'a real Alt+Enter opens the card', timeout: 3000 });
}

/** The page's main world: synthetic hover over the first flagged word and Alt+Enter with the caret in it. */
async function fakeHoverAndAltEnter(page, target) {
  await page.evaluate(({ rect, start }) => {
    const el = window.__editor.editable;
    const x = rect.x + rect.width / 2;
    const y = rect.y + rect.height / 2;
    for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'pointermove', 'mousemove']) {
      const Ctor = type.startsWith('pointer') ? PointerEvent : MouseEvent;
      el.dispatchEvent(new Ctor(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
    }
    // Caret into the flagged word (a page may move the selection), then a synthetic Alt+Enter.
    const text = el.firstChild;
    if (text && text.nodeType === 3 && start != null) {
      const range = document.createRange();
      range.setStart(text, start + 1);
      range.collapse(true);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    }
    for (const type of ['keydown', 'keypress', 'keyup']) {
      el.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13, altKey: true, bubbles: true, composed: true, cancelable: true }));
    }
  }, { rect: target.rect, start: target.start });
}

/** The page's main world: every button it can reach in Reply Coach's UI (an open root: the e2e build), clicked and keyed. */
const clickEverything = (page) =>
  page.evaluate(() => {
    const clicked = [];
    for (const host of document.querySelectorAll('reply-coach-root')) {
      const root = host.shadowRoot;
      if (!root) continue;
      // The most harmful first (a close click would take the others away).
      const rank = (b) => (b.matches('[data-rc-disable-rule]') ? 0 : b.matches('[data-rc-ignore]') ? 1 : b.matches('[data-rc-apply]') ? 2 : 3);
      const all = [...root.querySelectorAll('button, [role="button"], a, input')].sort((a, b) => rank(a) - rank(b));
      for (const b of all) {
        clicked.push(b.getAttribute('aria-label') || b.textContent.trim().slice(0, 30));
        b.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
        b.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
        b.click();
        b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
        b.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true, cancelable: true }));
      }
      const card = root.querySelector('[data-rc-card]');
      card?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    }
    return clicked;
  });

export function registerHostileTests({ test }) {
  test('hostile: a synthetic hover or Alt+Enter does not open the card', async (t) => {
    const page = await openFixture(t, 'contenteditable');
    const targets = await typeFlagged(t, page);
    const before = await localStorage(page);
    const hookBefore = await hookValue(page);

    t.step('main world: synthetic hover and Alt+Enter over the flagged words');
    await fakeHoverAndAltEnter(page, targets[0]);
    await sleep(900);
    const card = await look(page, 'card');
    expectTrue(!card.open, 'a synthetic hover or Alt+Enter must not open the card', card);
    expectEqual(show(await localStorage(page)), show(before), 'storage.local is unchanged');
    expectEqual(await hookValue(page), hookBefore, 'the reply is still coached');
  });

  test('hostile: a page script clicking every button of an open card changes nothing', async (t) => {
    const page = await openFixture(t, 'contenteditable');
    const targets = await typeFlagged(t, page);
    const before = await localStorage(page);
    const hookBefore = await hookValue(page);

    t.step('open the card with a real Alt+Enter, then let the page click every button in it');
    await openCardWithKeys(page, targets[0]);
    const clicked = await clickEverything(page);
    expectTrue(clicked.length >= 3, 'the page reached the card’s buttons (open root in the e2e build)', clicked);
    await sleep(900);

    const after = await localStorage(page);
    expectEqual(show(after), show(before), 'storage.local is unchanged after the page clicked every button (no rule turned off)');
    const state = await look(page, 'state');
    expectEqual(state.text, DEFENSIVE, 'the reply text is unchanged (no rewrite applied)');
    expectEqual(await hookValue(page), hookBefore, 'the reply is still coached: same findings count (nothing ignored, the rule still on)');
    const still = await look(page, 'card');
    expectTrue(still.open, 'the card the agent opened is still open (synthetic Escape/close did nothing)', still);
  });

  test('hostile: forging WXT’s duplicate-script event does not stop the coach', async (t) => {
    const page = await openFixture(t, 'contenteditable');
    await typeFlagged(t, page);
    const id = extensionId(page);
    t.step('main world: dispatch "<id>:content:wxt:content-script-started" as another copy of the script would');
    await page.evaluate((id) => {
      const name = `${id}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
      window.postMessage({ type: name, ...detail }, '*');
    }, id);
    await sleep(500);
    const ui = await look(page, 'ui');
    expectTrue(ui.length === 1, 'the coach’s UI root is still on the page', ui);
    expectTrue((await hookValue(page)) >= 1, 'the reply is still flagged');
    t.step('keep typing: the coach still checks');
    await page.evaluate(() => window.__editor.focus());
    await page.keyboard.press('End');
    await page.keyboard.type(' Calm down.');
    await waitProbe(page, { op: 'hook', predicate: 'r.value >= 2', what: 'a new finding after the forged event (the coach still runs)', timeout: 5000 });
  });

  test('hostile: a content script cannot read another tab’s report or act for the popup', async (t) => {
    const victim = await openFixture(t, 'textarea');
    await typeFlagged(t, victim);
    const attacker = await openFixture(t, 'contenteditable');
    await typeFlagged(t, attacker);
    const id = extensionId(victim);
    const tabs = await worker(victim).evaluate(() => chrome.tabs.query({}));
    const victimTab = tabs.find((tab) => tab.url?.includes('/textarea.html'));
    expectTrue(victimTab, 'the victim tab is listed', tabs.map((tab) => tab.url));

    t.step('find the extension’s isolated world (its content script) in the attacker tab');
    const cdp = await attacker.context().newCDPSession(attacker);
    const contexts = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    await sleep(200);
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData?.isDefault === false && c.origin?.includes(id)) ?? contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Reply Coach');
    expectTrue(world, 'the content script’s isolated world is found', contexts.map((c) => ({ name: c.name, origin: c.origin, aux: c.auxData })));
    const ask = async (message) => {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => r === undefined ? null : r, (e) => ({ thrown: String(e && e.message || e) }))`,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Failure(`evaluating in the content script world failed: ${show(exceptionDetails.exception?.description ?? exceptionDetails.text)}`);
      return result.value;
    };

    t.step('content script: popup:get-reports for the victim tab');
    const stolen = await ask({ type: 'popup:get-reports', tabId: victimTab.id });
    expectTrue(stolen && !stolen.frames && typeof stolen.error === 'string', 'popup:get-reports from a content script is refused with an error (no frames, no reply text)', stolen);
    expectTrue(!JSON.stringify(stolen).includes('not our fault'), 'no reply text of the other tab comes back', stolen);
    t.step('content script: coach:enable-here for the victim tab');
    const enabled = await ask({ type: 'coach:enable-here', tabId: victimTab.id });
    expectTrue(enabled && enabled.ok !== true && typeof enabled.error === 'string', 'coach:enable-here from a content script is refused', enabled);
    t.step('content script: malformed and oversized report:update');
    const bad = await ask({ type: 'report:update', report: { boxId: 7, findings: 'x' } });
    expectTrue(bad && typeof bad.error === 'string', 'a malformed report:update gets a clear error', bad);
    const finding = { key: 'x@00000000', ruleId: 'x', category: 'blame', severity: 'warning', start: 0, end: 1, text: 'x', message: 'm', guideline: 'G2', suggestions: [] };
    const huge = { boxId: 'box-9', editor: 'textarea', canApply: true, lang: 'en', score: 0, words: 1, gaps: 0, findings: Array.from({ length: 5000 }, () => finding), checklist: [], at: 1 };
    const big = await ask({ type: 'report:update', report: huge });
    expectTrue(big && typeof big.error === 'string', 'a report with 5,000 findings is refused', big && { error: big.error });
    const unknown = await ask({ type: 'popup:steal-everything' });
    expectTrue(unknown && typeof unknown.error === 'string', 'an unknown message type gets a clear error', unknown);

    t.step('the extension’s own page still gets the victim tab’s report');
    const own = await t.newPage();
    await own.goto(`chrome-extension://${id}/popup.html?tab=${victimTab.id}`);
    const mine = await own.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'popup:get-reports', tabId }), victimTab.id);
    const reports = Object.values(mine?.frames ?? {}).flatMap((f) => Object.values(f));
    expectTrue(reports.length >= 1 && reports[0].findings.length >= 1, 'an extension page reads the report', mine);
  });
}
