/**
 * Renders underlines and nothing else; knows no editor (harper's Highlights.ts split).
 *  - contenteditable: the CSS Custom Highlight API. Ranges live in the editor's DOM but add
 *    nothing to it; the `::highlight()` rules go in the document (or shadow root) that holds
 *    the text, never inside the editable root.
 *  - textarea: a mirrored overlay inside Reply Coach's shadow root, laid exactly over the
 *    textarea (font, padding, line-height, width, scroll), with transparent text and
 *    underlined spans.
 *  - no Highlight API (Firefox < 140): underline boxes in the overlay from the ranges' rects,
 *    recomputed on scroll, resize and every render (docs/helpdesks.md §F6).
 * Severity is colour plus a non-colour cue: error = double underline on a tint, warning = wavy,
 * info = dotted. Colours keep ≥ 4.5:1 against white.
 */
import type { Severity } from '../checker/types';
import { isTextarea } from '../page/dom';
import { frameOffset, hits, type Box } from '../page/geometry';
import { SEVERITY_COLORS, SEVERITY_RANK } from '../page/severity';
import type { TextSnapshot } from './types';

export interface Mark {
  /** The finding's key (lib/page/finding-key.ts): how the coach names this mark. */
  id: string;
  start: number;
  end: number;
  severity: Severity;
}

export interface Highlighter {
  /** Draws `marks` (offsets into `snap.text`). */
  render(marks: readonly Mark[], snap: TextSnapshot): void;
  /** Emphasises mark `id` (its card is open), or none. */
  setActive(id: string | null): void;
  /** Rects of mark `id` in this script's viewport (iframe offsets added). */
  rectsOf(id: string): Box[];
  /** Id of the mark under (x, y) given in `el`'s own viewport, or null. */
  hitTest(x: number, y: number): string | null;
  /** Re-measure (textarea overlay, fallback boxes) after layout changes. */
  sync(): void;
  /**
   * The agent is typing at the selection: marks in the text node being edited are stale until
   * the next check, so they are set aside (not drawn, not hit, not measured) until `render`.
   */
  editing(): void;
  destroy(): void;
}

const NAMES: Record<Severity | 'active', string> = {
  error: 'reply-coach-error',
  warning: 'reply-coach-warning',
  info: 'reply-coach-info',
  active: 'reply-coach-active',
};

/** `::highlight()` rules: installed once per document or shadow root holding coached text. */
export const HIGHLIGHT_CSS = `
::highlight(${NAMES.info}) { text-decoration: underline dotted ${SEVERITY_COLORS.info}; text-decoration-thickness: 2px; }
::highlight(${NAMES.warning}) { text-decoration: underline wavy ${SEVERITY_COLORS.warning}; text-decoration-thickness: 1.5px; }
::highlight(${NAMES.error}) { text-decoration: underline double ${SEVERITY_COLORS.error}; text-decoration-thickness: 1.5px; background-color: rgba(197, 34, 31, 0.08); }
::highlight(${NAMES.active}) { background-color: rgba(180, 83, 9, 0.16); }
`;

/** Styles of the overlay marks (textarea mirror and fallback boxes), inside the shadow root. */
export const OVERLAY_CSS = `
.rc-mirror { position: fixed; pointer-events: none; overflow: hidden; color: transparent; box-sizing: border-box;
  white-space: pre-wrap; overflow-wrap: break-word; margin: 0; border: 0 solid transparent; background: transparent; }
.rc-mirror span { border-radius: 2px; }
.rc-m-info { text-decoration: underline dotted ${SEVERITY_COLORS.info}; text-decoration-thickness: 2px; }
.rc-m-warning { text-decoration: underline wavy ${SEVERITY_COLORS.warning}; text-decoration-thickness: 1.5px; }
.rc-m-error { text-decoration: underline double ${SEVERITY_COLORS.error}; text-decoration-thickness: 1.5px; background: rgba(197, 34, 31, 0.08); }
.rc-m-active { background: rgba(180, 83, 9, 0.16); }
.rc-box { position: fixed; pointer-events: none; height: 0; border-bottom: 2px solid; }
.rc-box.rc-m-info { border-bottom-style: dotted; border-color: ${SEVERITY_COLORS.info}; }
.rc-box.rc-m-warning { border-bottom-style: dashed; border-color: ${SEVERITY_COLORS.warning}; }
.rc-box.rc-m-error { border-bottom-style: double; border-bottom-width: 3px; border-color: ${SEVERITY_COLORS.error}; }
`;

type HighlightCtor = new (...ranges: AbstractRange[]) => Set<AbstractRange> & { priority: number };
interface HighlightWindow {
  Highlight?: HighlightCtor;
  CSS?: { highlights?: Map<string, unknown> };
  CSSStyleSheet: typeof CSSStyleSheet;
}

/** Per document: our Highlight objects, shared by every box of that document. */
const registries = new WeakMap<Document, Record<string, Set<AbstractRange>>>();
/** What carries the `::highlight()` rules in each document or shadow root: a `<style>` (document.open/write removes it) or an adopted sheet. */
const styled = new WeakMap<Node, Element | 'adopted'>();

function highlightWindow(el: Element): HighlightWindow {
  return (el.ownerDocument.defaultView ?? window) as unknown as HighlightWindow;
}

export function supportsHighlights(el: Element): boolean {
  const w = highlightWindow(el);
  return typeof w.Highlight === 'function' && !!w.CSS?.highlights;
}

/** One small stylesheet in the document or shadow root that holds the text (not in the editable). */
function ensureHighlightStyle(el: Element): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  const had = styled.get(root);
  if (had === 'adopted' || (had && had.isConnected)) return;
  if (root.nodeType === 11) {
    const sr = root as ShadowRoot;
    const Sheet = highlightWindow(el).CSSStyleSheet;
    try {
      const sheet = new Sheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      sr.adoptedStyleSheets = [...sr.adoptedStyleSheets, sheet];
      styled.set(root, 'adopted');
      return;
    } catch {
      // older engines: fall through to a <style> in the shadow root (outside the editable)
    }
    const style = el.ownerDocument.createElement('style');
    style.textContent = HIGHLIGHT_CSS;
    sr.appendChild(style);
    styled.set(root, style);
    return;
  }
  const doc = root as Document;
  const style = doc.createElement('style');
  style.setAttribute('data-reply-coach', 'highlights');
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
  styled.set(root, style);
}

function registryFor(el: Element): Record<string, Set<AbstractRange>> {
  const doc = el.ownerDocument;
  let reg = registries.get(doc);
  const w = highlightWindow(el);
  if (!reg) {
    reg = {};
    const priorities: Record<string, number> = { info: 1, warning: 2, error: 3, active: 4 };
    for (const [key, name] of Object.entries(NAMES)) {
      const h = new w.Highlight!();
      h.priority = priorities[key];
      reg[name] = h;
    }
    registries.set(doc, reg);
  }
  // (Re)register every time: a page calling CSS.highlights.clear() must not drop ours for good.
  for (const [name, h] of Object.entries(reg)) if (w.CSS!.highlights!.get(name) !== h) w.CSS!.highlights!.set(name, h);
  return reg;
}

export function createHighlighter(el: HTMLElement, layer: HTMLElement): Highlighter {
  if (isTextarea(el)) return textareaHighlighter(el, layer);
  if (supportsHighlights(el)) return apiHighlighter(el);
  return boxHighlighter(el, layer);
}

/** Rects of `range` (none for a mark that is not drawn) in this script's viewport. */
const rangeRects = (el: HTMLElement, range: Range | undefined): Box[] => (range ? rectsInTop(range.getClientRects(), el) : []);

function rectsInTop(rects: Iterable<DOMRect>, node: Node): Box[] {
  const o = frameOffset(node);
  const out: Box[] = [];
  for (const r of rects) if (r.width > 0 || r.height > 0) out.push({ left: r.left + o.x, top: r.top + o.y, width: r.width, height: r.height });
  return out;
}

/** Severity first, then the narrower span: what the pointer most likely means when marks overlap. */
export function outranks(a: Omit<Mark, 'id'>, b: Omit<Mark, 'id'>): boolean {
  const d = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  return d > 0 || (d === 0 && a.end - a.start < b.end - b.start);
}

/** Id of the best mark under (x, y), or null. */
function hitId(marks: readonly Mark[], rects: (i: number) => Iterable<DOMRect>, x: number, y: number): string | null {
  let best = -1;
  for (let i = 0; i < marks.length; i++) {
    if (best >= 0 && !outranks(marks[i], marks[best])) continue;
    for (const r of rects(i)) {
      if (hits(r, x, y)) {
        best = i;
        break;
      }
    }
  }
  return best < 0 ? null : marks[best].id;
}

/** Index of mark `id` in `marks`, or -1 (a null id is none). */
const indexOf = (marks: readonly Mark[], id: string | null) => (id == null ? -1 : marks.findIndex((m) => m.id === id));

/** One DOM range per mark, index for index (an unmappable mark gets an empty range). */
function rangesFor(el: HTMLElement, marks: readonly Mark[], snap: TextSnapshot): Range[] {
  return marks.map((m) => snap.toDomRange(m.start, m.end) ?? el.ownerDocument.createRange());
}

/** CSS Custom Highlight API over a contenteditable. */
function apiHighlighter(el: HTMLElement): Highlighter {
  ensureHighlightStyle(el);
  let marks: readonly Mark[] = [];
  let ranges: Range[] = [];
  let active: Range | null = null;
  /** Marks set aside while the agent edits their text (indexes into `marks`). */
  const aside = new Set<number>();
  const clear = () => {
    const reg = registryFor(el);
    ranges.forEach((range, i) => reg[NAMES[marks[i].severity]].delete(range));
    if (active) reg[NAMES.active].delete(active);
    marks = [];
    ranges = [];
    active = null;
    aside.clear();
  };
  const shown = (i: number) => (aside.has(i) ? undefined : ranges[i]);
  return {
    render(next, snap) {
      clear();
      const reg = registryFor(el);
      marks = next;
      ranges = rangesFor(el, marks, snap);
      ranges.forEach((range, i) => reg[NAMES[marks[i].severity]].add(range));
    },
    setActive(id) {
      const reg = registryFor(el);
      if (active) reg[NAMES.active].delete(active);
      // The agent asked for this mark (its card opens): one set aside while typing is drawn again.
      const i = indexOf(marks, id);
      if (aside.delete(i)) reg[NAMES[marks[i].severity]].add(ranges[i]);
      active = ranges[i] ?? null;
      if (active) reg[NAMES.active].add(active);
    },
    rectsOf: (id) => rangeRects(el, shown(indexOf(marks, id))),
    hitTest: (x, y) => hitId(marks, (i) => shown(i)?.getClientRects() ?? [], x, y),
    sync() {},
    editing() {
      // Why: with a live highlight range in the text being typed, Chromium's typing cost in a
      // 2,000-word ProseMirror reply measured 1.11× a no-op extension's; with it set aside, 1.00×
      // (`npm run bench:page -- --only typing`).
      const at = el.ownerDocument.getSelection?.()?.focusNode;
      // A caret on the editor itself (an empty box) names no text node: nothing is set aside.
      if (!at || at === el || !el.contains(at) || !ranges.length) return;
      const reg = registryFor(el);
      ranges.forEach((range, i) => {
        if (aside.has(i) || (range.startContainer !== at && range.endContainer !== at && !range.intersectsNode(at))) return;
        aside.add(i);
        reg[NAMES[marks[i].severity]].delete(range);
        if (range === active) {
          reg[NAMES.active].delete(range);
          active = null;
        }
      });
    },
    destroy: clear,
  };
}

/** Overlay boxes under each range (engines without the Highlight API). */
function boxHighlighter(el: HTMLElement, layer: HTMLElement): Highlighter {
  let marks: readonly Mark[] = [];
  let ranges: Range[] = [];
  let active = -1;
  const group = layer.ownerDocument.createElement('div');
  layer.appendChild(group);
  const draw = () => {
    group.textContent = '';
    ranges.forEach((range, i) => {
      for (const r of rectsInTop(range.getClientRects(), el)) {
        const b = layer.ownerDocument.createElement('div');
        b.className = `rc-box rc-m-${marks[i].severity}${i === active ? ' rc-m-active' : ''}`;
        b.style.cssText = `left:${r.left}px;top:${r.top + r.height - 1}px;width:${r.width}px`;
        group.appendChild(b);
      }
    });
  };
  const stop = followLayout(el, draw);
  return {
    render(next, snap) {
      marks = next;
      ranges = rangesFor(el, marks, snap);
      active = -1;
      draw();
    },
    setActive(id) {
      active = indexOf(marks, id);
      draw();
    },
    rectsOf: (id) => rangeRects(el, ranges[indexOf(marks, id)]),
    hitTest: (x, y) => hitId(marks, (i) => ranges[i].getClientRects(), x, y),
    sync: draw,
    // The boxes are redrawn from the ranges' rects on every layout change anyway.
    editing() {},
    destroy() {
      stop();
      group.remove();
    },
  };
}

/** Properties copied from the textarea so the mirror wraps exactly like it. */
const MIRRORED = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontFeatureSettings',
  'fontKerning', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'textAlign',
  'direction', 'tabSize', 'wordBreak', 'overflowWrap', 'whiteSpace', 'paddingTop', 'paddingRight',
  'paddingBottom', 'paddingLeft', 'textRendering', 'hyphens',
] as const;

/** The mirrored overlay over a textarea. */
function textareaHighlighter(ta: HTMLTextAreaElement, layer: HTMLElement): Highlighter {
  const doc = layer.ownerDocument;
  const mirror = doc.createElement('div');
  mirror.className = 'rc-mirror';
  mirror.setAttribute('aria-hidden', 'true');
  layer.appendChild(mirror);
  let spans: HTMLElement[] = [];
  let drawn: readonly Mark[] = [];
  let active = -1;

  const sync = () => {
    if (!ta.isConnected) return;
    const cs = (ta.ownerDocument.defaultView ?? window).getComputedStyle(ta);
    const r = ta.getBoundingClientRect();
    const o = frameOffset(ta);
    const s = mirror.style;
    for (const p of MIRRORED) (s as unknown as Record<string, string>)[p] = cs[p];
    if (cs.whiteSpace === 'normal') s.whiteSpace = 'pre-wrap';
    s.display = cs.display === 'none' || cs.visibility === 'hidden' ? 'none' : 'block';
    s.left = `${r.left + ta.clientLeft + o.x}px`;
    s.top = `${r.top + ta.clientTop + o.y}px`;
    // clientWidth/Height leave out borders and the scrollbar: the text wraps at the same width.
    s.width = `${ta.clientWidth}px`;
    s.height = `${ta.clientHeight}px`;
    mirror.scrollTop = ta.scrollTop;
    mirror.scrollLeft = ta.scrollLeft;
  };
  const stop = followLayout(ta, sync);
  ta.addEventListener('scroll', sync, { passive: true });

  return {
    render(marks, snap) {
      const text = snap.text;
      mirror.textContent = '';
      drawn = marks;
      // Overlapping marks: the one that outranks is drawn; the others keep an empty span so
      // indexes stay aligned with `marks`.
      const shown = new Set<Mark>();
      for (const m of [...marks].sort((a, b) => (outranks(a, b) ? -1 : outranks(b, a) ? 1 : 0))) {
        if (![...shown].some((o) => o.start < m.end && m.start < o.end)) shown.add(m);
      }
      spans = marks.map(() => doc.createElement('span'));
      let at = 0;
      for (const m of [...shown].sort((a, b) => a.start - b.start)) {
        const span = spans[marks.indexOf(m)];
        if (m.start > at) mirror.appendChild(doc.createTextNode(text.slice(at, m.start)));
        span.className = `rc-m-${m.severity}`;
        span.textContent = text.slice(m.start, m.end);
        mirror.appendChild(span);
        at = m.end;
      }
      // A trailing newline needs a character after it to take a line, as it does in the textarea.
      mirror.appendChild(doc.createTextNode(text.slice(at) + '\u200b'));
      active = -1;
      sync();
    },
    setActive(id) {
      spans[active]?.classList.remove('rc-m-active');
      active = indexOf(drawn, id);
      spans[active]?.classList.add('rc-m-active');
    },
    rectsOf(id) {
      const span = spans[indexOf(drawn, id)];
      return span ? [...span.getClientRects()].map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height })) : [];
    },
    hitTest(x, y) {
      // Spans live in this script's viewport; (x, y) is in the textarea's.
      const o = frameOffset(ta);
      return hitId(drawn, (i) => spans[i].getClientRects(), x + o.x, y + o.y);
    },
    sync,
    // The mirror is rebuilt from the textarea's value on every render; typing moves nothing of ours.
    editing() {},
    destroy() {
      stop();
      ta.removeEventListener('scroll', sync);
      mirror.remove();
    },
  };
}

/**
 * Calls `draw` (coalesced per frame) when the layout under `el` may have moved: scrolling in
 * any ancestor, window resize or zoom, the element's own size, web fonts arriving.
 */
function followLayout(el: HTMLElement, draw: () => void): () => void {
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      draw();
    });
  };
  const wins = new Set<Window>([window, el.ownerDocument.defaultView ?? window]);
  for (const w of wins) {
    w.addEventListener('scroll', schedule, { capture: true, passive: true });
    w.addEventListener('resize', schedule, { passive: true });
  }
  const ro = new ResizeObserver(schedule);
  ro.observe(el);
  const fonts = el.ownerDocument.fonts;
  fonts?.addEventListener?.('loadingdone', schedule);
  return () => {
    for (const w of wins) {
      w.removeEventListener('scroll', schedule, { capture: true });
      w.removeEventListener('resize', schedule);
    }
    ro.disconnect();
    fonts?.removeEventListener?.('loadingdone', schedule);
  };
}
