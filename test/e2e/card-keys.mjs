// Where the card goes and how the keyboard reaches it, and the counter beside the reply box
// (issue 13), in real Chromium on the fixture pages:
// - placement at 100% and 200% zoom (CDP Emulation.setDeviceMetricsOverride: half the CSS
//   pixels at device scale 2, what a 200% page zoom gives the page) with the flagged words near
//   each edge of the viewport: the card lies inside the viewport and covers neither its words,
//   nor the caret's line, nor the fixture's Send button;
// - the focus trap: Tab into the card, Tab / Shift+Tab cycle inside it, Escape gives focus and
//   the caret back to the editor;
// - next / previous finding with Alt+Shift+. and Alt+Shift+, pressed in the reply box (the
//   page's keydown path: keys sent over CDP never reach the browser's extension commands, whose
//   relay lib/background/commands.ts is unit-tested);
// - the counter: its count is the hook's, pressing it lists the findings, a row opens that card.
import { Failure, expectEqual, expectTrue, show, waitProbe } from './harness.mjs';
import { look } from './probes.mjs';

/** Three findings, one per sentence, after a clean greeting (the caret can start where there is none). */
export const THREE = 'Hi Dana, thanks for writing. Our system is working perfectly. That is not our fault. Calm down, it is only one day late.';
/** Nothing to flag. */
const CLEAN = 'Thanks for the report. I have refunded the charge.';
/** Two findings on one short line. */
const TWO = 'Our system is working perfectly. That is not our fault.';

/** A 1280×800 window, and the same window at 200% zoom. */
const ZOOMS = [
  { name: '100%', width: 1280, height: 800, scale: 1 },
  { name: '200%', width: 640, height: 400, scale: 2 },
];

async function openFixture(t, id) {
  const page = await t.newPage();
  t.step(`open ${id}.html`);
  await page.goto(`${t.origin}/${id}.html?noquote=1`);
  try {
    await page.waitForFunction(() => window.__editorReady === true, undefined, { timeout: 15_000, polling: 100 });
  } catch {
    throw new Failure(`fixture ${id}.html never set window.__editorReady${t.errorsText()}`);
  }
  return page;
}

export async function typeReply(t, page, text) {
  t.step(`type ${JSON.stringify(text.slice(0, 40))}…`);
  await page.evaluate(() => window.__editor.focus());
  await waitProbe(page, { op: 'state', predicate: 'r.focused', what: 'focus is in the reply box', timeout: 3000 });
  await page.keyboard.type(text);
  await waitProbe(page, { op: 'state', predicate: `r.text === ${JSON.stringify(text)}`, what: 'the editor holds what was typed', timeout: 5000 });
}

/** Waits for the findings hook to reach `min`, then for every flagged span's highlight; returns the spans in text order. */
export async function flagged(t, page, min) {
  await waitProbe(page, { op: 'hook', predicate: `r.value !== null && r.value >= ${min}`, what: `data-reply-coach-findings ≥ ${min}`, timeout: t.env.hookTimeout });
  const spans = await waitProbe(page, { op: 'targets', predicate: `r.length >= ${min}`, what: `${min} highlighted spans`, timeout: 3000 });
  return spans.sort((a, b) => a.start - b.start);
}

/** Puts the caret at text offset `at` in the editor (DOM selection; the editor follows it). */
export const caretAt = (page, at) =>
  page.evaluate((at) => {
    const el = window.__editor.editable;
    if (el.tagName === 'TEXTAREA') {
      el.focus();
      el.setSelectionRange(at, at);
      return;
    }
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let left = at;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (left <= n.data.length) {
        getSelection().setBaseAndExtent(n, left, n, left);
        return;
      }
      left -= n.data.length;
    }
  }, at);

/** The open card's box, the words of its finding, the caret's line, Send and the viewport, in CSS pixels of the top viewport. */
const geometry = (page) =>
  page.evaluate(() => {
    const plain = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const shadow = document.querySelector('reply-coach-root')?.shadowRoot;
    const pos = shadow?.querySelector('[data-rc-card-pos]');
    const editable = window.__editor.editable;
    const box = plain(editable.getBoundingClientRect());
    const words = [];
    if (editable.tagName === 'TEXTAREA') {
      for (const span of shadow?.querySelectorAll('.rc-m-active') ?? []) for (const r of span.getClientRects()) words.push(plain(r));
    } else {
      for (const range of CSS.highlights.get('reply-coach-active') ?? []) for (const r of range.getClientRects()) words.push(plain(r));
    }
    // The caret sits in the card's words in these tests: its line is theirs (a textarea has no
    // caret rect to ask for; a contenteditable's collapsed selection has one).
    let caret = null;
    const sel = getSelection();
    if (editable.tagName !== 'TEXTAREA' && sel.rangeCount && editable.contains(sel.focusNode)) {
      const r = sel.getRangeAt(0).getClientRects()[0];
      if (r) caret = { left: box.left, right: box.right, top: r.top, bottom: r.bottom };
    }
    if (!caret && words.length) caret = { left: box.left, right: box.right, top: words[0].top, bottom: words[0].bottom };
    return {
      card: pos && pos.getClientRects().length ? plain(pos.getBoundingClientRect()) : null,
      side: pos?.getAttribute('data-rc-card-pos') ?? null,
      words,
      caret,
      send: plain(document.getElementById('send').getBoundingClientRect()),
      viewport: { width: innerWidth, height: innerHeight },
    };
  });

const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

function expectPlaced(g, where) {
  expectTrue(g.card, `${where}: the card is on screen`, g);
  expectTrue(g.words.length > 0, `${where}: the card's words are highlighted as active`, g);
  const { card, viewport } = g;
  expectTrue(card.left >= -0.5 && card.top >= -0.5 && card.right <= viewport.width + 0.5 && card.bottom <= viewport.height + 0.5, `${where}: the card lies inside the viewport`, g);
  for (const w of g.words) expectTrue(!overlap(card, w), `${where}: the card covers its flagged words`, { card, words: w, side: g.side });
  expectTrue(!g.caret || !overlap(card, g.caret), `${where}: the card covers the caret's line`, { card, caret: g.caret, side: g.side });
  expectTrue(!overlap(card, g.send), `${where}: the card covers the Send button`, { card, send: g.send, side: g.side });
}

/**
 * Lays the fixture out so the reply's first line can be brought to any edge: the composer spans
 * the page (no side column), the page scrolls far both ways, and `align` puts the text at the
 * left or right of the box.
 */
const layout = (page, align) =>
  page.evaluate((align) => {
    document.querySelector('.ticket-meta').style.display = 'none';
    const ticket = document.querySelector('.ticket');
    ticket.style.cssText = 'display:block;max-width:none;margin:0;padding:0 4px';
    document.body.style.padding = '1500px 0';
    window.__editor.editable.style.textAlign = align;
  }, align);

/** Scrolls so the editor's first line sits `y` px from the top of the viewport (negative: from the bottom). */
const scrollFirstLineTo = (page, y) =>
  page.evaluate((y) => {
    const r = window.__editor.editable.getBoundingClientRect();
    const want = y >= 0 ? y : innerHeight + y;
    window.scrollBy(0, r.top + 10 - want);
  }, y);

/** Where the first line goes for each edge (`y(h)`: from the top of a viewport `h` high; negative: from the bottom). */
const EDGES = [
  { edge: 'top', align: 'left', y: () => 2 },
  { edge: 'bottom', align: 'left', y: () => -34 },
  { edge: 'left', align: 'left', y: (h) => Math.round(h * 0.4) },
  { edge: 'right', align: 'right', y: (h) => Math.round(h * 0.5) },
];

async function setZoom(page, zoom) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: zoom.width, height: zoom.height, deviceScaleFactor: zoom.scale, mobile: false });
  await page.waitForFunction((w) => innerWidth === w, zoom.width, { timeout: 3000 });
  return cdp;
}

async function openCardAt(page, target) {
  await page.keyboard.press('Escape');
  await waitProbe(page, { op: 'card', predicate: '!r.open', what: 'no card open before Alt+Enter', timeout: 2000 });
  await caretAt(page, Math.floor((target.start + target.end) / 2));
  await page.keyboard.press('Alt+Enter');
  await waitProbe(page, { op: 'card', predicate: 'r.open', what: 'Alt+Enter opens the card', timeout: 3000 });
  // Measured and placed on the next frames.
  await page.waitForFunction(() => document.querySelector('reply-coach-root')?.shadowRoot?.querySelector('[data-rc-card-pos]')?.style.visibility === 'visible', undefined, { timeout: 2000 });
  await page.waitForTimeout(100);
}

export function registerCardKeysTests({ test }) {
  for (const id of ['textarea', 'prosemirror']) {
    for (const zoom of ZOOMS) {
      test(`card keys: placement at ${zoom.name} zoom near every edge of the viewport (${id})`, async (t) => {
        const page = await openFixture(t, id);
        await setZoom(page, zoom);
        await typeReply(t, page, TWO);
        for (const { edge, align, y } of EDGES) {
          t.step(`flagged words near the ${edge} edge`);
          await layout(page, align);
          await scrollFirstLineTo(page, y(zoom.height));
          const spans = await flagged(t, page, 2);
          // Right-aligned, the line's last finding is the one at the right edge.
          await openCardAt(page, edge === 'right' ? spans.at(-1) : spans[0]);
          const g = await geometry(page);
          if (edge === 'left') expectTrue(g.words[0].left < 40, 'the flagged words start at the left edge', g.words);
          if (edge === 'right') expectTrue(g.words.at(-1).right > zoom.width - 60, 'the flagged words end at the right edge', g.words);
          if (edge === 'top') expectTrue(g.words[0].top < 30, 'the flagged words are at the top edge', g.words);
          if (edge === 'bottom') expectTrue(g.words.at(-1).bottom > zoom.height - 40, 'the flagged words are at the bottom edge', g.words);
          expectPlaced(g, `${zoom.name}, words near the ${edge} edge`);
          if (edge === 'right') expectTrue(g.card.right > g.words.at(-1).left, 'near the right edge the card stays by its words', g);
          if (zoom.scale === 1 && id === 'prosemirror') await t.shot(page, `card-${edge}`);
        }
      });
    }
  }

  test('card keys: Tab enters the card, Tab and Shift+Tab cycle inside it, Escape gives the caret back', async (t) => {
    const page = await openFixture(t, 'prosemirror');
    await typeReply(t, page, TWO);
    const [first] = await flagged(t, page, 1);
    const at = first.start + 3;
    await caretAt(page, at);
    await page.keyboard.press('Alt+Enter');
    await waitProbe(page, { op: 'card', predicate: 'r.open', what: 'Alt+Enter opens the card', timeout: 3000 });
    const inCard = () =>
      page.evaluate(() => {
        const shadow = document.querySelector('reply-coach-root').shadowRoot;
        const a = shadow.activeElement;
        const pos = shadow.querySelector('[data-rc-card-pos]');
        const all = [...pos.querySelectorAll('button:not([disabled]), summary')].filter((e) => e.getClientRects().length);
        return {
          inside: !!a && pos.contains(a),
          index: all.indexOf(a),
          apply: all.indexOf(pos.querySelector('button[data-rc-apply]')),
          count: all.length,
          hint: shadow.querySelector('[data-rc-keys]')?.textContent ?? '',
        };
      });
    expectTrue((await inCard()).hint.includes('Tab'), 'the card says how to reach it with the keyboard', await inCard());
    t.step('Tab moves into the card');
    await page.keyboard.press('Tab');
    let f = await inCard();
    expectTrue(f.inside && f.index === f.apply && f.count > 2, 'Tab from the editor focuses the card’s first rewrite', f);
    const start = f.index;
    expectTrue(/Esc/.test(f.hint), 'inside the card, the hint says Escape goes back', f);
    t.step(`Tab ${f.count} times: around the card, past its last control to its first, back to the rewrite`);
    for (let i = 1; i <= f.count; i++) {
      await page.keyboard.press('Tab');
      const now = await inCard();
      expectTrue(now.inside, `after ${i} Tab presses focus is still in the card`, now);
      expectEqual(now.index, (start + i) % f.count, `focused control after ${i} Tab presses (of ${f.count} controls)`);
    }
    t.step('Shift+Tab back to the first control, then from the first to the last');
    for (let i = 1; i <= start + 1; i++) await page.keyboard.press('Shift+Tab');
    f = await inCard();
    expectTrue(f.inside && f.index === f.count - 1, 'Shift+Tab wraps from the first control to the last', f);
    t.step('Escape');
    await page.keyboard.press('Escape');
    await waitProbe(page, { op: 'card', predicate: '!r.open', what: 'Escape closes the card', timeout: 2000 });
    const state = await waitProbe(page, { op: 'state', predicate: 'r.focused', what: 'focus is back in the editor after Escape', timeout: 2000 });
    expectEqual(show(state.selection), show([at, at]), 'the caret is back where it was before Tab');
    expectEqual(state.text, TWO, 'the text is untouched');
  });

  for (const id of ['prosemirror', 'textarea']) {
    test(`card keys: Alt+Shift+. and Alt+Shift+, step through the findings and announce them (${id})`, async (t) => {
      const page = await openFixture(t, id);
      await typeReply(t, page, THREE);
      const spans = await flagged(t, page, 3);
      await caretAt(page, 2);
      const expectAt = async (i, what) => {
        const state = await waitProbe(page, {
          op: 'state',
          predicate: `r.focused && r.caret === ${spans[i].start}`,
          what: `${what}: the caret moves to the start of ${JSON.stringify(spans[i].text)} (offset ${spans[i].start})`,
          timeout: 3000,
        });
        await waitProbe(page, { op: 'card', predicate: 'r.open', what: `${what}: the card opens`, timeout: 2000 });
        const said = `Finding ${i + 1} of ${spans.length}`;
        try {
          await page.waitForFunction(
            (said) => {
              const el = document.querySelector('reply-coach-root')?.shadowRoot?.querySelector('[data-rc-live]');
              return el && el.getAttribute('aria-live') === 'polite' && el.textContent.startsWith(said);
            },
            said,
            { timeout: 2000, polling: 50 },
          );
        } catch {
          const text = await page.evaluate(() => document.querySelector('reply-coach-root')?.shadowRoot?.querySelector('[data-rc-live]')?.textContent ?? null);
          throw new Failure(`${what}: the aria-live region says ${JSON.stringify(text)}, wanted it to start with ${JSON.stringify(said)}`);
        }
        return state;
      };
      t.step('Alt+Shift+. from the greeting: the first finding');
      await page.keyboard.press('Alt+Shift+Period');
      await expectAt(0, 'first Alt+Shift+.');
      t.step('again: the second');
      await page.keyboard.press('Alt+Shift+Period');
      await expectAt(1, 'second Alt+Shift+.');
      await page.keyboard.press('Alt+Shift+Period');
      await expectAt(2, 'third Alt+Shift+.');
      t.step('past the last it wraps to the first');
      await page.keyboard.press('Alt+Shift+Period');
      await expectAt(0, 'fourth Alt+Shift+.');
      t.step('Alt+Shift+, goes back, wrapping to the last');
      await page.keyboard.press('Alt+Shift+Comma');
      const state = await expectAt(2, 'Alt+Shift+,');
      expectEqual(state.text, THREE, 'stepping leaves the text alone');
      const category = (await look(page, 'card')).category;
      const live = await page.evaluate(() => document.querySelector('reply-coach-root').shadowRoot.querySelector('[data-rc-live]').textContent);
      expectTrue(live.includes(category), 'the announcement names the category the card shows', { live, category });
    });
  }

  test('card keys: the counter shows the hook’s count, lists the findings, a row opens that card', async (t) => {
    const page = await openFixture(t, 'textarea');
    const counter = () =>
      page.evaluate(() => {
        const el = document.querySelector('reply-coach-root')?.shadowRoot?.querySelector('[data-rc-counter]');
        if (!el || !el.getClientRects().length) return null;
        const r = el.getBoundingClientRect();
        return { text: el.textContent, rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom }, label: el.getAttribute('aria-label') };
      });
    await typeReply(t, page, CLEAN);
    await waitProbe(page, { op: 'hook', predicate: 'r.value === 0', what: 'the clean reply reads 0', timeout: t.env.hookTimeout });
    await page.waitForTimeout(300);
    expectEqual(await counter(), null, 'no counter beside a reply with nothing to look at');
    await page.keyboard.type(` ${THREE}`);
    const spans = await flagged(t, page, 3);
    const hook = (await look(page, 'hook')).value;
    await page.waitForFunction((n) => document.querySelector('reply-coach-root')?.shadowRoot?.querySelector('[data-rc-counter]')?.textContent === String(n), hook, { timeout: 3000 }).catch(() => {});
    const pill = await counter();
    expectTrue(pill, 'a [data-rc-counter] beside the flagged reply', pill);
    expectEqual(pill.text, String(hook), 'the counter’s text is the hook’s count (data-reply-coach-findings)');
    const g = await geometry(page);
    const box = await page.evaluate(() => {
      const r = window.__editor.editable.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    expectTrue(!overlap(pill.rect, g.send), 'the counter does not cover Send', { pill: pill.rect, send: g.send });
    expectTrue(pill.rect.right <= box.right + 1 && pill.rect.bottom >= box.top + (box.bottom - box.top) / 2, 'the counter sits at the reply box’s bottom-right', { pill: pill.rect, box });
    t.step('press the counter');
    await page.locator('[data-rc-counter]').click();
    const rows = await page.waitForFunction(() => {
      const list = document.querySelector('reply-coach-root')?.shadowRoot?.querySelector('[data-rc-findings-list]');
      if (!list || list.style.visibility !== 'visible') return false;
      return [...list.querySelectorAll('[data-rc-finding-row]')].map((b) => ({ key: b.getAttribute('data-rc-finding-row'), text: b.textContent }));
    }, undefined, { timeout: 3000 }).then((h) => h.jsonValue()).catch(() => null);
    expectTrue(rows, 'pressing the counter opens [data-rc-findings-list]', await counter());
    expectEqual(rows.length, spans.length, 'one row per flagged span');
    for (let i = 0; i < spans.length; i++) expectTrue(rows[i].text.includes(spans[i].text), `row ${i + 1} names its flagged words in reading order`, { row: rows[i], span: spans[i].text });
    t.step('press the second row');
    await page.locator(`[data-rc-finding-row="${rows[1].key}"]`).click();
    const card = await waitProbe(page, { op: 'card', predicate: 'r.open', what: 'the row opens its card', timeout: 3000 });
    expectTrue(rows[1].text.startsWith(card.category), 'the card is the row’s finding (same category)', { row: rows[1], card: card.category });
    const state = await waitProbe(page, { op: 'state', predicate: `r.focused && r.caret === ${spans[1].start}`, what: 'the caret moves to the row’s words, focus in the editor', timeout: 2000 });
    expectEqual(state.text, `${CLEAN} ${THREE}`, 'the text is untouched');
    const listGone = await page.evaluate(() => !document.querySelector('reply-coach-root').shadowRoot.querySelector('[data-rc-findings-list]'));
    expectTrue(listGone, 'the list closes once a row is chosen');
  });
}
