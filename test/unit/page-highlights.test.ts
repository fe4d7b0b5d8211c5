// @vitest-environment happy-dom
/**
 * Underlines (lib/editors/highlights.ts): CSS Custom Highlight ranges over a contenteditable
 * (the editor's DOM untouched), a mirrored overlay for a textarea, boxes where the Highlight
 * API is missing — each mark named by its finding's key.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pickAdapter } from '../../lib/editors';
import { createHighlighter as create, type Highlighter, type Mark } from '../../lib/editors/highlights';
import { removeUiRoot, uiRoot } from '../../lib/page/ui-root';
import { stubLayout, textareaBox } from './page-fakes';

const TEXT = 'Calm down, it is not our fault.';
const mark = (id: string, phrase: string, severity: Mark['severity']): Mark => {
  const start = TEXT.indexOf(phrase);
  return { id, start, end: start + phrase.length, severity };
};
const CALM = mark('calm', 'Calm down', 'error');
const FAULT = mark('fault', 'not our fault', 'warning');

/** The page's Highlight API, as Chromium has it. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
type HighlightWindow = { Highlight?: unknown; CSS?: { highlights?: Map<string, Set<AbstractRange>> } };
const win = () => document.defaultView as unknown as HighlightWindow;
const registry = () => win().CSS!.highlights!;
const texts = (name: string) => [...(registry().get(`reply-coach-${name}`) ?? [])].map((r) => (r as Range).toString());

function editable(): HTMLElement {
  document.body.innerHTML = `<div id="ed" contenteditable="true"><p>${TEXT}</p></div>`;
  return document.getElementById('ed')!;
}

/** Highlighters of the test: the per-document Highlight objects are shared, so each test removes its ranges. */
const made: Highlighter[] = [];
const createHighlighter = (el: HTMLElement, layer: HTMLElement) => {
  const h = create(el, layer);
  made.push(h);
  return h;
};

beforeEach(() => stubLayout());
afterEach(() => {
  for (const h of made.splice(0)) h.destroy();
  removeUiRoot();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  delete win().Highlight;
  delete win().CSS;
});

describe('over a contenteditable, with the Highlight API', () => {
  beforeEach(() => {
    win().Highlight = FakeHighlight;
    Object.defineProperty(win(), 'CSS', { value: { highlights: new Map() }, configurable: true, writable: true });
  });

  it('puts a range over each flagged span, by severity, and leaves the editor’s DOM alone', () => {
    const el = editable();
    const before = el.innerHTML;
    const h = createHighlighter(el, uiRoot().layer);
    h.render([CALM, FAULT], pickAdapter(el, true).read(el));
    expect(texts('error')).toEqual(['Calm down']);
    expect(texts('warning')).toEqual(['not our fault']);
    expect(el.innerHTML).toBe(before);
    expect(document.head.querySelectorAll('style[data-reply-coach="highlights"]')).toHaveLength(1);
    expect(el.querySelector('style')).toBeNull();
  });

  it('emphasises the mark whose card is open, by key, and measures it', () => {
    const el = editable();
    const h = createHighlighter(el, uiRoot().layer);
    h.render([CALM, FAULT], pickAdapter(el, true).read(el));
    h.setActive('fault');
    expect(texts('active')).toEqual(['not our fault']);
    expect(h.rectsOf('fault').length).toBeGreaterThan(0);
    expect(h.rectsOf('nothing')).toEqual([]);
    h.setActive(null);
    expect(texts('active')).toEqual([]);
  });

  it('names the mark under the pointer, the more severe where marks overlap', () => {
    const el = editable();
    const h = createHighlighter(el, uiRoot().layer);
    h.render([FAULT, CALM], pickAdapter(el, true).read(el));
    // The stubbed layout puts every range in one box: both marks are under (50, 50).
    expect(h.hitTest(50, 50)).toBe('calm');
    expect(h.hitTest(900, 900)).toBeNull();
  });

  it('while the agent types, sets aside the marks of the text being edited until the next render', () => {
    document.body.innerHTML = `<div id="ed" contenteditable="true"><p>${TEXT}</p><p>Calm down again.</p></div>`;
    const el = document.getElementById('ed')!;
    const second = el.querySelectorAll('p')[1].firstChild!;
    const snap = pickAdapter(el, true).read(el);
    const again = snap.text.indexOf('Calm down again');
    const AGAIN: Mark = { id: 'again', start: again, end: again + 'Calm down'.length, severity: 'error' };
    const h = createHighlighter(el, uiRoot().layer);
    h.render([CALM, FAULT, AGAIN], snap);
    h.setActive('again');
    // The caret in the second paragraph, as after a keystroke there.
    getSelection()!.collapse(second, 3);
    h.editing();
    expect(texts('error')).toEqual(['Calm down']);
    expect(texts('warning')).toEqual(['not our fault']);
    expect(texts('active')).toEqual([]);
    expect(h.rectsOf('again')).toEqual([]);
    expect(h.rectsOf('calm').length).toBeGreaterThan(0);
    // Its card opening (Alt+Enter right after typing) draws it again, as the active mark.
    h.setActive('again');
    expect(texts('active')).toEqual(['Calm down']);
    expect(texts('error')).toEqual(['Calm down', 'Calm down']);
    expect(h.rectsOf('again').length).toBeGreaterThan(0);
    getSelection()!.collapse(second, 3);
    h.editing();
    // The next check draws them all again.
    h.render([CALM, FAULT, AGAIN], snap);
    expect(texts('error')).toEqual(['Calm down', 'Calm down']);
    // A caret on the editor itself sets nothing aside.
    getSelection()!.collapse(el, 0);
    h.editing();
    expect(texts('error')).toEqual(['Calm down', 'Calm down']);
  });

  it('replaces its ranges on the next render, registers again after a page clears CSS.highlights, and removes all on destroy', () => {
    const el = editable();
    const h = createHighlighter(el, uiRoot().layer);
    const snap = pickAdapter(el, true).read(el);
    h.render([CALM, FAULT], snap);
    h.render([FAULT], snap);
    expect(texts('error')).toEqual([]);
    expect(texts('warning')).toEqual(['not our fault']);
    registry().clear();
    h.render([CALM], snap);
    expect(texts('error')).toEqual(['Calm down']);
    h.destroy();
    expect(texts('error')).toEqual([]);
    expect(texts('warning')).toEqual([]);
  });
});

describe('without the Highlight API', () => {
  it('draws underline boxes in Reply Coach’s layer instead, and removes them on destroy', () => {
    const el = editable();
    const h = createHighlighter(el, uiRoot().layer);
    h.render([CALM, FAULT], pickAdapter(el, true).read(el));
    expect(uiRoot().layer.querySelectorAll('.rc-box.rc-m-error')).toHaveLength(1);
    expect(uiRoot().layer.querySelectorAll('.rc-box.rc-m-warning')).toHaveLength(1);
    h.setActive('calm');
    expect(uiRoot().layer.querySelectorAll('.rc-box.rc-m-active')).toHaveLength(1);
    h.destroy();
    expect(uiRoot().layer.querySelectorAll('.rc-box')).toHaveLength(0);
  });
});

describe('over a textarea', () => {
  it('mirrors the text with the flagged spans underlined; where marks overlap the more severe is drawn', () => {
    const ta = textareaBox(TEXT);
    const h = createHighlighter(ta, uiRoot().layer);
    const wide = mark('wide', 'Calm down, it', 'warning');
    h.render([wide, CALM, FAULT], pickAdapter(ta, true).read(ta));
    const mirror = uiRoot().layer.querySelector('.rc-mirror')!;
    expect(mirror.textContent?.replace('\u200b', '')).toBe(TEXT);
    expect([...mirror.querySelectorAll('span[class]')].map((s) => [s.className, s.textContent])).toEqual([
      ['rc-m-error', 'Calm down'],
      ['rc-m-warning', 'not our fault'],
    ]);
    h.setActive('fault');
    expect(mirror.querySelector('.rc-m-active')?.textContent).toBe('not our fault');
    expect(h.hitTest(50, 50)).toBe('calm');
    h.destroy();
    expect(uiRoot().layer.querySelector('.rc-mirror')).toBeNull();
  });
});
