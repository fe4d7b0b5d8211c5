/**
 * Text of a contenteditable region and the two-way map between text offsets and DOM points.
 *
 * The text is a list of lines joined by `\n`, decided from the markup alone (no computed
 * styles, so offsets never depend on layout): a block element starts and ends a line, `<br>`
 * ends a line unless it is the last thing before a block boundary (then it only keeps an
 * empty line open, the way `<p><br></p>` renders), an empty block renders nothing. NBSP reads
 * as a space (browsers insert it to keep typed spaces visible), zero-width placeholders
 * (Slate, Quill's cursor) read as nothing. Every other character maps 1:1 to a DOM character,
 * so `text.slice(a, b)` is exactly what a DOM range over the same characters holds.
 */
import type { Range as TextRange } from '../checker/types';
import type { TextSnapshot } from './types';

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'caption',
]);

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'select', 'iframe', 'object']);

/** Text that only holds zero-width placeholders. */
const ZERO_WIDTH = /^[\u200b\ufeff]+$/;
/** Whitespace-only markup indentation between blocks (only skipped when white-space collapses). */
const INDENTATION = /^[ \t]*\n[\s]*$/;

export interface ReadOptions {
  /** Elements whose text is left out (editor UI inside the editable: placeholders, widgets). */
  skip?: string;
  /** Elements whose text stays but is reported in `ignore` (quoted thread, signature). */
  ignore?: readonly string[];
  /** `white-space` of the root collapses (normal/nowrap): markup indentation is not text. */
  collapsesSpace?: boolean;
}

interface TextSeg {
  node: Text;
  start: number;
}

/** Reads `root`'s text and builds the offset map. */
export function readEditable(root: HTMLElement, opts: ReadOptions = {}): TextSnapshot {
  const parts: string[] = [];
  const segs: TextSeg[] = [];
  const ignore: TextRange[] = [];
  const ignoreSel = opts.ignore?.length ? opts.ignore.join(',') : '';
  let pos = 0;
  let lineOpen = false;
  let needNewline = false;
  /** The pending newline came from a `<br>`: dropped if a block boundary follows. */
  let fromBr = false;

  const newlineIfNeeded = () => {
    if (needNewline) {
      parts.push('\n');
      pos++;
      needNewline = false;
    }
    fromBr = false;
  };
  const blockBoundary = () => {
    if (fromBr) {
      needNewline = false;
      fromBr = false;
    }
    if (lineOpen) {
      needNewline = true;
      lineOpen = false;
    }
  };

  const walk = (node: Node, ignoring: boolean): void => {
    if (node.nodeType === 3) {
      const text = node as Text;
      const data = text.data;
      if (!data || ZERO_WIDTH.test(data)) return;
      if (opts.collapsesSpace && INDENTATION.test(data)) return;
      newlineIfNeeded();
      segs.push({ node: text, start: pos });
      parts.push(data.includes('\u00a0') ? data.replace(/\u00a0/g, ' ') : data);
      pos += data.length;
      lineOpen = true;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.localName;
    if (SKIPPED.has(tag)) return;
    if (opts.skip && el !== root && el.matches(opts.skip)) return;
    if (tag === 'br') {
      newlineIfNeeded();
      lineOpen = true;
      needNewline = true;
      fromBr = true;
      return;
    }
    const block = el !== root && BLOCKS.has(tag);
    const ignored = !ignoring && !!ignoreSel && el !== root && el.matches(ignoreSel);
    if (block) blockBoundary();
    const firstSeg = segs.length;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, ignoring || ignored);
    if (block) blockBoundary();
    if (ignored && segs.length > firstSeg) ignore.push({ start: segs[firstSeg].start, end: pos });
  };

  walk(root, false);
  const text = parts.join('');
  return makeSnapshot(root, text, segs, ignore);
}

function makeSnapshot(root: HTMLElement, text: string, segs: TextSeg[], ignore: TextRange[]): TextSnapshot {
  const doc = root.ownerDocument;
  const byNode = new Map<Text, TextSeg>();
  for (const s of segs) byNode.set(s.node, s);

  /** Index of the last segment starting at or before `offset` (-1 if none). */
  const segAt = (offset: number): number => {
    let lo = 0;
    let hi = segs.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid].start <= offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };

  /** DOM point of `offset`; at a boundary, `forward` picks the following text (a range start). */
  const point = (offset: number, forward: boolean): [Node, number] => {
    if (!segs.length) return [root, 0];
    let i = segAt(offset);
    if (i < 0) return [segs[0].node, 0];
    let s = segs[i];
    const len = s.node.data.length;
    if (offset - s.start < len) return [s.node, offset - s.start];
    // `offset` is at the end of seg i, or on a newline after it.
    if (offset - s.start === len && !forward) return [s.node, len];
    const next = segs[i + 1];
    if (next && (forward || offset >= next.start)) return [next.node, Math.max(0, offset - next.start)];
    return [s.node, len];
  };

  return {
    text,
    ignore,
    toDomRange(start, end) {
      const r = doc.createRange();
      const [sn, so] = point(start, true);
      const [en, eo] = end === start ? [sn, so] : point(end, false);
      r.setStart(sn, so);
      r.setEnd(en, eo);
      if (r.collapsed && end > start) r.setEnd(sn, so);
      return r;
    },
    fromDomPoint(node, offset) {
      if (node !== root && !root.contains(node)) return null;
      if (node.nodeType === 3) {
        const s = byNode.get(node as Text);
        if (s) return s.start + Math.min(offset, (node as Text).data.length);
      }
      // Element point (or a skipped text node): the first text at or after it.
      const probe = doc.createRange();
      try {
        probe.setStart(node, node.nodeType === 3 ? Math.min(offset, (node as Text).data.length) : offset);
      } catch {
        return null;
      }
      let lo = 0;
      let hi = segs.length - 1;
      let first = segs.length;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        // comparePoint: -1 when the text node's start is before the point.
        if (probe.comparePoint(segs[mid].node, 0) >= 0) {
          first = mid;
          hi = mid - 1;
        } else lo = mid + 1;
      }
      if (first === segs.length) return text.length;
      // The point may be inside a segment that starts before it (element point inside a text's parent).
      return segs[first].start;
    },
  };
}

/** Whether `el`'s white-space collapses markup indentation (read once per check). */
export function collapsesSpace(el: Element): boolean {
  const ws = (el.ownerDocument.defaultView ?? window).getComputedStyle(el).whiteSpace;
  return ws === 'normal' || ws === 'nowrap' || ws === '';
}
