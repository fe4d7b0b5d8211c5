// Contract tests shared by every editor fixture, plus the IME tests and the fixture
// self-checks (`--no-extension`). They drive real key, mouse and IME input and read the
// outcome from DOM state and from each editor's own model (window.__editor, see
// test/fixtures/editors/src/shared.ts). What they hold the extension to is in
// docs/architecture.md ("The page side", "The test hook"), docs/helpdesks.md (§F1–§F9) and test/e2e/README.md.
import { Failure, expectEqual, expectTrue, show, waitProbe } from './harness.mjs';
import { hookValue, look } from './probes.mjs';

/** A defensive reply (G3): must be flagged. */
export const DEFENSIVE = 'Our system is working perfectly. That is not our fault.';
/** A reply that does everything right: must read 0. */
export const CLEAN = 'Thanks for the report. I have refunded the charge and you will see it within three days.';
/** A reply whose one finding is a boast the tone model flags, best left out (lib/checker/drop-sentence.ts). */
export const BOAST = 'Our installers are among the most careful in the trade.';
export const WITH_BOAST = `Thanks for sending the photos of the bracket. ${BOAST} I have booked a second visit for Thursday morning.`;
/** WITH_BOAST once the card's "leave this sentence out" is applied: the sentence and one space gone. */
export const WITHOUT_BOAST = 'Thanks for sending the photos of the bracket. I have booked a second visit for Thursday morning.';
/** Flagged and non-ASCII (em dash, curly apostrophe): what Send posts must match it byte for byte. */
export const SUBMITTED = 'Hi Dana — our system is working perfectly, so that is not our fault. I’ll look at order 5512 today.';

/** Pause long enough for the extension's debounce (300 ms) and a check to pass; only before asserting that something did NOT happen. */
const SETTLE_MS = 800;
/** Quill merges edits made within 1 s into one undo step; a person reads the card for longer than that before applying. */
const READING_PAUSE_MS = 1200;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens a fixture page in a fresh tab and waits until its editor says it is mounted. */
async function openFixture(t, id, query = '') {
  const page = await t.newPage();
  t.step(`open ${id}.html${query}`);
  await page.goto(`${t.origin}/${id}.html${query}`);
  try {
    await page.waitForFunction(() => window.__editorReady === true, undefined, { timeout: 15_000, polling: 100 });
  } catch {
    throw new Failure(`fixture ${id}.html never set window.__editorReady (the editor did not mount)${t.errorsText()}`);
  }
  return page;
}

/** Focuses the reply box through the editor's API and types with real key events; waits until the editor's model holds it all. */
async function typeReply(t, page, text) {
  t.step(`type ${JSON.stringify(text.slice(0, 40))}…`);
  await page.evaluate(() => window.__editor.focus());
  // Some editors (Lexical) move focus in a later task; keys must not go to the page before that.
  await waitProbe(page, { op: 'state', predicate: 'r.focused', what: 'focus is in the reply box after __editor.focus()', timeout: 3000 });
  await page.keyboard.type(text);
  const typedAt = Date.now();
  await waitProbe(page, {
    op: 'state',
    predicate: `r.text === ${JSON.stringify(text)}`,
    what: "the editor's own model (getText()) holds exactly what was typed",
    timeout: 5000,
  });
  return typedAt;
}

/** Explains a hook that did not show up, so the failure names the likely cause. */
async function explainHook(page, last) {
  const ui = await look(page, 'ui').catch(() => []);
  if (last && last.found && last.found.length) {
    return `data-reply-coach-findings is on: ${last.found.map((f) => `${f.element}="${f.value}"${f.holdsEditable ? '' : ' (does not contain the editable)'}`).join(', ')}`;
  }
  if (!ui.length) {
    return 'cause: nothing from Reply Coach is on this page — no data-reply-coach-findings anywhere (document, open shadow roots, same-origin iframes) and no <reply-coach-root>. The content script did not run here, or did not take this editor for a reply box.';
  }
  return `cause: Reply Coach's UI is on the page (${ui.map((u) => u.element).join(', ')}) but no element carries data-reply-coach-findings: this editor was not checked, or the hook is somewhere the probe cannot see (a closed shadow root?).`;
}

/**
 * Waits for the findings hook to satisfy `predicate` (a JS expression over `r.value`), then
 * checks where it sits: on the editable itself, or for CKEditor 5 on an ancestor inside the
 * reply box. A first miss per editor waits `env.hookTimeout`; later misses in the same
 * editor wait 1 s so a missing content script does not make the run crawl.
 */
async function waitHook(t, page, id, predicate, what) {
  const missed = t.env.hookMisses.has(id);
  let result;
  try {
    result = await waitProbe(page, {
      op: 'hook',
      predicate,
      what,
      timeout: missed ? 1000 : t.env.hookTimeout,
      explain: (last) => explainHook(page, last),
    });
  } catch (error) {
    t.env.hookMisses.add(id);
    if (missed && error instanceof Failure) error.message += `\n  (this editor's hook was already missing in an earlier test; waited only 1 s)`;
    throw error;
  }
  const mine = result.found.find((f) => f.holdsEditable);
  expectTrue(mine, 'data-reply-coach-findings must sit on the watched editable (or an ancestor of it)', result.found);
  if (id === 'ckeditor5') {
    expectTrue(mine.distance >= 1 && mine.inReplyBox, 'CKEditor 5: the hook belongs on the closest ancestor of the editable that CKEditor does not manage (inside #reply-box), not on the editable it rewrites nor outside the reply box', mine);
  } else {
    expectEqual(mine.distance, 0, `${id}: steps from the editable to the element carrying data-reply-coach-findings (0 = on the editable itself; found ${mine.element})`);
  }
  expectTrue(!result.found.some((f) => f.inQuote), 'the quoted customer message must never carry data-reply-coach-findings', result.found);
  return result.value;
}

/** Reads the hook once the debounce has had time to pass. */
async function settledHook(t, page, id, predicate, what) {
  await waitHook(t, page, id, predicate, what);
  await sleep(SETTLE_MS);
  return waitHook(t, page, id, 'r.value !== null', 'data-reply-coach-findings is still set once the debounce has passed');
}

/** Waits until at least one flagged span is highlighted and returns them, first in text order first. */
async function flaggedTargets(page, id) {
  return waitProbe(page, {
    op: 'targets',
    predicate: 'r.length > 0',
    what:
      id === 'textarea'
        ? 'a highlight for the textarea: an overlay element inside <reply-coach-root> over the textarea, or a CSS highlight range inside it'
        : 'CSS.highlights holds a range over the flagged words, in the document that holds the text',
    timeout: 3000,
    explain: async () => {
      const h = await look(page, 'highlights');
      return `CSS.highlights: ${h.registries} highlight(s), ranges: ${show(h.ranges.map((r) => ({ name: r.name, text: r.text, inEditable: r.inEditable, inUi: r.inUi })))}`;
    },
  });
}

/** The first visible apply button of an open card, in the top document or an iframe's; null if none. */
async function applyButton(page) {
  for (const frame of page.frames()) {
    const button = frame.locator('reply-coach-root [data-rc-card] button[data-rc-apply]').filter({ visible: true }).first();
    if (await button.count()) return button;
  }
  return null;
}

const cardOpen = (page, timeout, what) => waitProbe(page, { op: 'card', predicate: 'r.open', what, timeout, explain: async () => `<reply-coach-root> elements: ${show(await look(page, 'ui'))}` });

/** Puts the caret inside `target` without the mouse (End, then ArrowLeft), or by clicking it when its offsets are unknown. */
async function placeCaretIn(page, target, textLength) {
  if (target.start !== null && target.end !== null) {
    const middle = Math.floor((target.start + target.end) / 2);
    await page.keyboard.press('End');
    for (let i = 0; i < textLength - middle; i++) await page.keyboard.press('ArrowLeft');
    return 'keyboard';
  }
  await page.mouse.click(target.rect.x + target.rect.width / 2, target.rect.y + target.rect.height / 2);
  await page.mouse.move(2, 2);
  return 'click';
}

/**
 * Checks that `after` is `before` with one span replaced by text the apply button offered
 * (its data-rc-apply value, text or aria-label must contain the inserted text). With the
 * flagged span known, that span exactly; else the smallest differing span.
 * Returns { start, end, inserted } or null.
 */
function replacedSpan(before, after, flagged, button) {
  let start;
  let end;
  if (flagged) {
    ({ start, end } = flagged);
    if (!after.startsWith(before.slice(0, start)) || !after.endsWith(before.slice(end)) || after.length < start + (before.length - end)) return null;
  } else {
    start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let tail = 0;
    while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
    end = before.length - tail;
  }
  const inserted = after.slice(start, after.length - (before.length - end));
  const offered = [button.attr, button.text, button.label].filter((v) => typeof v === 'string').map((v) => v.replace(/\s+/g, ' '));
  return offered.some((v) => v.includes(inserted.replace(/\s+/g, ' '))) ? { start, end, inserted } : null;
}

/** Registers the contract tests for every editor in `editors`, then the IME tests. */
export function registerContractTests({ test }, editors) {
  for (const id of editors) {
    test(`${id}: a defensive reply is flagged (data-reply-coach-findings ≥ 1)`, async (t) => {
      const page = await openFixture(t, id);
      await typeReply(t, page, DEFENSIVE);
      t.step('wait for the findings hook');
      const n = await waitHook(t, page, id, 'r.value !== null && r.value >= 1', `data-reply-coach-findings ≥ 1 after typing ${JSON.stringify(DEFENSIVE)}`);
      expectTrue(n >= 1, 'findings', n);
    });

    test(`${id}: a clean reply reads 0`, async (t) => {
      const page = await openFixture(t, id);
      await typeReply(t, page, CLEAN);
      t.step('wait for the findings hook, then let the debounce pass');
      const n = await settledHook(t, page, id, 'r.value !== null', `data-reply-coach-findings is set after typing ${JSON.stringify(CLEAN)}`);
      expectEqual(n, 0, `data-reply-coach-findings for the clean reply ${JSON.stringify(CLEAN)} (the page's quoted customer message has ALL-CAPS and "!!!", which must not count)`);
    });

    test(`${id}: highlights mark the flagged words, inside the reply only`, async (t) => {
      const page = await openFixture(t, id);
      await typeReply(t, page, DEFENSIVE);
      await waitHook(t, page, id, 'r.value !== null && r.value >= 1', 'data-reply-coach-findings ≥ 1');
      t.step('wait for highlights');
      const targets = await flaggedTargets(page, id);
      for (const target of targets) {
        expectTrue(target.text === '' || DEFENSIVE.includes(target.text), 'every highlight covers text the agent typed', target);
      }
      const { ranges } = await look(page, 'highlights');
      const astray = ranges.filter((r) => r.stale || r.inQuote || !(r.inEditable || r.inUi));
      expectTrue(astray.length === 0, 'no highlight range may fall outside the reply box (none in the quoted customer message)', astray);
      await t.shot(page, `${id}-flagged`);
    });

    test(`${id}: Alt+Enter in a flagged word opens the card; Escape closes it`, async (t) => {
      const page = await openFixture(t, id);
      await typeReply(t, page, DEFENSIVE);
      await waitHook(t, page, id, 'r.value !== null && r.value >= 1', 'data-reply-coach-findings ≥ 1');
      const [target] = await flaggedTargets(page, id);
      t.step(`caret into ${JSON.stringify(target.text)}`);
      const how = await placeCaretIn(page, target, DEFENSIVE.length);
      if (how === 'click') {
        // The click may have opened the card by hover; start from a closed card.
        await page.keyboard.press('Escape');
        await waitProbe(page, { op: 'card', predicate: '!r.open', what: 'Escape closes the card (opened by the click)', timeout: 2000 });
      }
      t.step('Alt+Enter');
      await page.keyboard.press('Alt+Enter');
      const card = await cardOpen(page, 3000, `a visible [data-rc-card] inside <reply-coach-root> after Alt+Enter with the caret inside ${JSON.stringify(target.text)}`);
      expectTrue(card.category, 'the card shows a category ([data-rc-category] with text)', card);
      expectTrue(card.guideline, 'the card names a guideline ([data-rc-guideline] with text)', card);
      expectTrue(card.apply.length >= 1 && card.copy.length === 0, 'an editable reply box gets one button[data-rc-apply] per suggestion and no copy buttons', card);
      expectTrue(card.ignore === 1 && card.disableRule === 1, 'the card has one button[data-rc-ignore] and one button[data-rc-disable-rule]', card);
      const state = await look(page, 'state');
      expectEqual(state.text, DEFENSIVE, 'opening the card leaves the text alone');
      t.step('Escape');
      await page.keyboard.press('Escape');
      await waitProbe(page, { op: 'card', predicate: '!r.open', what: 'Escape closes the card', timeout: 2000 });
    });

    test(`${id}: applying the first suggestion replaces exactly the flagged span; one Ctrl+Z restores the text`, async (t) => {
      const page = await openFixture(t, id);
      const typedAt = await typeReply(t, page, DEFENSIVE);
      await waitHook(t, page, id, 'r.value !== null && r.value >= 1', 'data-reply-coach-findings ≥ 1');
      const [target] = await flaggedTargets(page, id);
      await sleep(Math.max(0, READING_PAUSE_MS - (Date.now() - typedAt)));
      t.step(`hover ${JSON.stringify(target.text)}`);
      await page.mouse.move(target.rect.x + target.rect.width / 2, target.rect.y + target.rect.height / 2, { steps: 3 });
      let card;
      try {
        card = await cardOpen(page, 2500, `hovering the highlighted ${JSON.stringify(target.text)} opens a visible [data-rc-card]`);
      } catch (error) {
        t.problem(error.message);
        t.step('hover did not open the card; try Alt+Enter');
        await placeCaretIn(page, target, DEFENSIVE.length);
        await page.keyboard.press('Alt+Enter');
        card = await cardOpen(page, 3000, `a visible [data-rc-card] after Alt+Enter inside ${JSON.stringify(target.text)} (hover did not open it either)`);
      }
      await t.shot(page, `${id}-card`);
      expectTrue(card.apply.length >= 1, 'the card offers at least one button[data-rc-apply]', card);
      const before = (await look(page, 'state')).text;
      expectEqual(before, DEFENSIVE, 'text before applying');
      t.step('click the first apply button');
      const button = await applyButton(page);
      expectTrue(button, 'a visible button[data-rc-apply] inside <reply-coach-root> (top document or an iframe)', card);
      await button.click({ timeout: 3000 });
      const changed = await waitProbe(page, {
        op: 'state',
        predicate: `r.text !== ${JSON.stringify(before)}`,
        what: "applying the suggestion changes the editor's own text (getText())",
        timeout: 3000,
        explain: async () => `card after the click: ${show(await look(page, 'card'))}`,
      });
      // Let the editor finish its own render before comparing model and screen.
      const after = (await waitProbe(page, { op: 'state', predicate: 'r.text === r.visible', what: "getText() equals the visible text after the apply", timeout: 2000 }).catch((e) => {
        t.problem(e.message);
        return changed;
      })).text;
      const flagged = target.start !== null ? { start: target.start, end: target.end } : null;
      if (flagged) expectEqual(before.slice(flagged.start, flagged.end), target.text, 'the highlighted text sits at the offsets computed from the DOM');
      const replacement = replacedSpan(before, after, flagged, card.apply[0]);
      expectTrue(replacement, 'the new text must be the original with exactly the flagged span replaced by the first suggestion', {
        before,
        after,
        flagged: target.text,
        offered: card.apply[0],
      });
      const state = await look(page, 'state');
      // After an apply the caret sits just after the replacement — or, when the rewrite carries a
      // `[placeholder]` for a fact only the agent knows, the first placeholder is selected to type over.
      const placeholder = /\[[^\]\n]{1,60}\]/.exec(replacement.inserted);
      const want = placeholder
        ? [replacement.start + placeholder.index, replacement.start + placeholder.index + placeholder[0].length]
        : [replacement.start + replacement.inserted.length, replacement.start + replacement.inserted.length];
      const got = state.selection ? [...state.selection].sort((a, b) => a - b) : null;
      if (!state.focused) t.problem('after the apply, keyboard focus is no longer in the editor (the card took it)');
      else if (!got || got[0] !== want[0] || got[1] !== want[1]) {
        t.problem(`after the apply, the selection should be ${placeholder ? `the placeholder ${placeholder[0]}` : 'a caret just after the replacement'}\n  expected: ${show(want)}\n  actual:   ${show(got)}`);
      }
      t.step('one Ctrl+Z');
      if (!state.focused) await page.evaluate(() => window.__editor.focus());
      await page.keyboard.press('Control+z');
      await waitProbe(page, {
        op: 'state',
        predicate: `r.text === ${JSON.stringify(before)} && r.visible === r.text`,
        what: `one Ctrl+Z restores the original text exactly, in the model and on screen (${JSON.stringify(before)})`,
        timeout: 3000,
      });
    });

    test(`${id}: leaving a flagged sentence out removes it and one space; one Ctrl+Z brings it back`, async (t) => {
      const page = await openFixture(t, id);
      const typedAt = await typeReply(t, page, WITH_BOAST);
      await waitHook(t, page, id, 'r.value !== null && r.value >= 1', 'data-reply-coach-findings ≥ 1');
      const [target] = await flaggedTargets(page, id);
      expectEqual(target.text, BOAST, 'the highlighted text (the boast the tone model flags)');
      await sleep(Math.max(0, READING_PAUSE_MS - (Date.now() - typedAt)));
      t.step(`caret into ${JSON.stringify(target.text)}, Alt+Enter`);
      const how = await placeCaretIn(page, target, WITH_BOAST.length);
      if (how === 'click') {
        await page.keyboard.press('Escape');
        await waitProbe(page, { op: 'card', predicate: '!r.open', what: 'Escape closes the card (opened by the click)', timeout: 2000 });
      }
      await page.keyboard.press('Alt+Enter');
      const card = await cardOpen(page, 3000, `a visible [data-rc-card] after Alt+Enter inside ${JSON.stringify(BOAST)}`);
      expectTrue(card.apply.length === 1 && card.apply[0].label === 'Apply: leave this sentence out', 'the card offers one apply button, named for leaving the sentence out', card);
      let button = null;
      for (const frame of page.frames()) {
        const b = frame.locator('reply-coach-root [data-rc-card] button[data-rc-remove]').filter({ visible: true }).first();
        if (await b.count()) button = b;
      }
      expectTrue(button, 'that button carries data-rc-remove and is visible inside <reply-coach-root>', card);
      t.step('click "Leave this sentence out"');
      await button.click({ timeout: 3000 });
      await waitProbe(page, {
        op: 'state',
        predicate: `r.text === ${JSON.stringify(WITHOUT_BOAST)} && r.visible === r.text`,
        what: `the sentence and one space are gone, in the editor's model and on screen (${JSON.stringify(WITHOUT_BOAST)})`,
        timeout: 3000,
        explain: async () => `card after the click: ${show(await look(page, 'card'))}`,
      });
      const state = await look(page, 'state');
      const join = WITH_BOAST.indexOf(BOAST);
      const got = state.selection ? [...state.selection].sort((a, b) => a - b) : null;
      if (!state.focused) t.problem('after the removal, keyboard focus is no longer in the editor (the card took it)');
      else if (!got || got[0] !== join || got[1] !== join) t.problem(`after the removal, the caret should sit where the sentence was\n  expected: ${show([join, join])}\n  actual:   ${show(got)}`);
      t.step('one Ctrl+Z');
      if (!state.focused) await page.evaluate(() => window.__editor.focus());
      await page.keyboard.press('Control+z');
      await waitProbe(page, {
        op: 'state',
        predicate: `r.text === ${JSON.stringify(WITH_BOAST)} && r.visible === r.text`,
        what: `one Ctrl+Z brings the sentence back exactly (${JSON.stringify(WITH_BOAST)})`,
        timeout: 3000,
      });
    });

    test(`${id}: the quoted customer message is never flagged`, async (t) => {
      const page = await openFixture(t, id);
      await typeReply(t, page, DEFENSIVE);
      const withQuote = await settledHook(t, page, id, 'r.value !== null && r.value >= 1', 'data-reply-coach-findings ≥ 1 with the quote on the page');
      const { ranges } = await look(page, 'highlights');
      expectTrue(!ranges.some((r) => r.inQuote), 'no highlight range intersects the quoted customer message', ranges);
      const bare = await openFixture(t, id, '?noquote=1');
      await typeReply(t, bare, DEFENSIVE);
      const withoutQuote = await settledHook(t, bare, id, 'r.value !== null && r.value >= 1', 'data-reply-coach-findings ≥ 1 without the quote');
      expectEqual(withQuote, withoutQuote, 'findings for the same reply with the ALL-CAPS "!!!" customer quote on the page vs without it');
    });

    test(`${id}: typed text is never changed without an apply`, async (t) => {
      const page = await openFixture(t, id);
      await typeReply(t, page, DEFENSIVE);
      let hookError = null;
      await waitHook(t, page, id, 'r.value !== null && r.value >= 1', 'data-reply-coach-findings ≥ 1 (proof that the extension checked the text)').catch((e) => {
        hookError = e;
      });
      await sleep(1500);
      const state = await look(page, 'state');
      expectEqual(state.text, DEFENSIVE, "1.5 s after typing, the editor's own text (getText())");
      expectEqual(state.visible, DEFENSIVE, '1.5 s after typing, the visible text');
      if (hookError) throw new Failure(`the text is intact, but this proves nothing: ${hookError.message}`);
    });

    test(`${id}: Send submits exactly what was typed (byte for byte)`, async (t) => {
      const page = await openFixture(t, id);
      await typeReply(t, page, SUBMITTED);
      let hookError = null;
      await waitHook(t, page, id, 'r.value !== null && r.value >= 1', 'data-reply-coach-findings ≥ 1 (the extension is coaching while Send is pressed)').catch((e) => {
        hookError = e;
      });
      const last = t.server.submissions.at(-1)?.id ?? 0;
      t.step('click Send');
      await page.click('#send');
      const submission = await t.server.waitForSubmission(last, 5000);
      await page.waitForSelector('#sent', { timeout: 5000 });
      expectEqual(Object.keys(submission.fields).join(','), 'body', 'form fields submitted (nothing added to the form)');
      expectEqual(submission.fields.body, SUBMITTED, 'the submitted body');
      const expectedRaw = new URLSearchParams({ body: SUBMITTED }).toString();
      expectEqual(submission.raw.toString('latin1'), Buffer.from(expectedRaw, 'utf8').toString('latin1'), 'the raw request body, byte for byte');
      if (hookError) throw new Failure(`Send posted the typed text, but the extension was not active: ${hookError.message}`);
    });
  }

  for (const id of ['textarea', 'prosemirror'].filter((e) => editors.includes(e))) {
    test(`${id}: IME composition — text intact, findings hook untouched until the composition ends`, async (t) => {
      const page = await openFixture(t, id);
      const prefix = 'Thanks for the report. ';
      await typeReply(t, page, prefix);
      await settledHook(t, page, id, 'r.value !== null', 'data-reply-coach-findings is set for the clean start');
      await recordHookWrites(page);
      const cdp = await page.context().newCDPSession(page);

      t.step('Japanese composition');
      await compose(cdp, ['へ', 'へん', 'へんき', 'へんきん']);
      await sleep(SETTLE_MS);
      let writes = await hookWrites(page);
      expectEqual(writes.length, 0, 'writes to data-reply-coach-findings while a Japanese composition is open');
      await cdp.send('Input.insertText', { text: '返金' });
      let text = `${prefix}返金`;
      await waitProbe(page, { op: 'state', predicate: `r.text === ${JSON.stringify(text)}`, what: 'the committed composition is in the editor, intact', timeout: 3000 });
      await waitProbe(page, { op: 'hook', predicate: `r.value === 0`, what: 'the hook reads 0 after the Japanese composition ends', timeout: t.env.hookTimeout });

      t.step('a composition that would be flagged if it were checked early');
      await resetHookWrites(page);
      const phrase = ' That is not our fault.';
      await compose(cdp, [' That', ' That is not', ' That is not our', ' That is not our fault', phrase]);
      await sleep(SETTLE_MS);
      writes = await hookWrites(page);
      expectEqual(writes.length, 0, `writes to data-reply-coach-findings while ${JSON.stringify(phrase)} is still being composed`);
      expectEqual(await hookValue(page), 0, 'data-reply-coach-findings during the composition');
      await cdp.send('Input.insertText', { text: phrase });
      text += phrase;
      await waitProbe(page, { op: 'state', predicate: `r.text === ${JSON.stringify(text)}`, what: 'the committed composition is in the editor, intact', timeout: 3000 });
      await waitHook(t, page, id, 'r.value !== null && r.value >= 1', 'data-reply-coach-findings ≥ 1 once the composition is committed');
      await sleep(SETTLE_MS);
      const final = await look(page, 'state');
      expectEqual(final.text, text, 'the text after the composition, once the extension has checked it');
    });
  }
}

/** Sends each step of an IME composition (caret at the end of the composed text). */
async function compose(cdp, steps) {
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await sleep(120);
  }
}

/** Starts recording every write to data-reply-coach-findings (a MutationObserver reports same-value writes too). */
async function recordHookWrites(page) {
  await page.evaluate(() => {
    const log = (window.__hookWrites = []);
    const observe = (root) => {
      new MutationObserver((records) => {
        for (const r of records) log.push({ at: performance.now(), value: r.target.getAttribute('data-reply-coach-findings') });
      }).observe(root, { subtree: true, attributes: true, attributeFilter: ['data-reply-coach-findings'] });
    };
    observe(document);
    const editable = window.__editor.editable;
    if (editable.ownerDocument !== document) observe(editable.ownerDocument);
    for (let n = editable; n; n = n.parentNode ?? n.host) if (n instanceof ShadowRoot) observe(n);
  });
}
const hookWrites = (page) => page.evaluate(() => window.__hookWrites.slice());
const resetHookWrites = (page) => page.evaluate(() => window.__hookWrites.splice(0));

/** Fixture self-checks: each page works on its own, with or without the extension (`--no-extension`). */
export function registerFixtureChecks({ test }, editors) {
  const TEXT = 'Hi Dana — I’ve refunded order 5512; you’ll see it within 3 days.';
  for (const id of editors) {
    test(`${id} fixture: typing reaches the editor's own model`, async (t) => {
      const page = await openFixture(t, id);
      await typeReply(t, page, TEXT);
      const state = await look(page, 'state');
      expectEqual(state.visible, TEXT, 'visible text');
      expectEqual(state.caret, TEXT.length, 'caret after typing');
      expectTrue(state.focused, 'focus is in the editor after typing', state);
    });

    test(`${id} fixture: Send posts the editor's text`, async (t) => {
      const page = await openFixture(t, id);
      await typeReply(t, page, TEXT);
      const last = t.server.submissions.at(-1)?.id ?? 0;
      await page.click('#send');
      const submission = await t.server.waitForSubmission(last, 5000);
      await page.waitForSelector('#sent', { timeout: 5000 });
      expectEqual(submission.fields.body, TEXT, 'submitted body');
      expectEqual(Object.keys(submission.fields).join(','), 'body', 'submitted fields');
    });

    // The extension applies a rewrite as select + insertText. TinyMCE records no undo level for
    // an insertText without a keydown (it does for insertReplacementText, paste, drop, typing),
    // so one Ctrl+Z there also takes back what was typed before: its fixture is checked by
    // typing the replacement instead (Lexical, conversely, makes two steps of a typed replacement).
    const viaTyping = id === 'tinymce';
    test(`${id} fixture: select + ${viaTyping ? 'typed replacement' : 'insertText'} is one Ctrl+Z step`, async (t) => {
      const page = await openFixture(t, id);
      await typeReply(t, page, DEFENSIVE);
      await sleep(READING_PAUSE_MS);
      await page.keyboard.press('End');
      for (let i = 0; i < 'fault.'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
      if (viaTyping) await page.keyboard.type('doing.');
      else await page.keyboard.insertText('doing.');
      const replaced = DEFENSIVE.replace(/fault\.$/, 'doing.');
      await waitProbe(page, { op: 'state', predicate: `r.text === ${JSON.stringify(replaced)}`, what: 'the selection was replaced through the input path', timeout: 3000 });
      await page.keyboard.press('Control+z');
      await waitProbe(page, { op: 'state', predicate: `r.text === ${JSON.stringify(DEFENSIVE)}`, what: 'one Ctrl+Z undoes the replacement', timeout: 3000 });
    });
  }
  for (const id of ['textarea', 'prosemirror'].filter((e) => editors.includes(e))) {
    test(`${id} fixture: an IME composition commits intact`, async (t) => {
      const page = await openFixture(t, id);
      await typeReply(t, page, 'Thanks. ');
      const cdp = await page.context().newCDPSession(page);
      await compose(cdp, ['へ', 'へん', 'へんき', 'へんきん']);
      await cdp.send('Input.insertText', { text: '返金' });
      await waitProbe(page, { op: 'state', predicate: `r.text === ${JSON.stringify('Thanks. 返金')}`, what: 'committed composition', timeout: 3000 });
    });
  }
}
