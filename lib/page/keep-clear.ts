/**
 * What Reply Coach's floating UI keeps clear of around a reply box, measured in this script's
 * viewport: the box itself, the caret's line across it and the helpdesk's Send button (found as
 * discovery finds it: a send/reply button of the box's closest container that has one).
 */
import { selectionFor } from '../editors/apply';
import { sendButtonsNear } from './send-buttons';
import { isTextarea } from './dom';
import { toTopViewport, type Box } from './geometry';
import { uiRoot } from './ui-root';

export interface KeepClear {
  /** The reply box (the card docks beside it). */
  box: Box;
  /** The caret's line across the box; null when the caret is not in it. */
  caretLine: Box | null;
  /** The Send button(s). */
  avoid: Box[];
}

/** Send buttons per box, looked up again after this long (helpdesks re-render their composers). */
const SEND_TTL_MS = 1000;
const sendCache = new WeakMap<HTMLElement, { at: number; buttons: Element[] }>();

function sendButtons(el: HTMLElement): Element[] {
  const now = performance.now();
  const hit = sendCache.get(el);
  if (hit && now - hit.at < SEND_TTL_MS && hit.buttons.every((b) => b.isConnected)) return hit.buttons;
  const buttons = sendButtonsNear(el);
  sendCache.set(el, { at: now, buttons });
  return buttons;
}

const visible = (r: Box) => r.width > 0 && r.height > 0;

/** The rect of `el` in this script's viewport. */
export function topRect(el: Element): Box {
  const r = el.getBoundingClientRect();
  return toTopViewport({ left: r.left, top: r.top, width: r.width, height: r.height }, el);
}

/**
 * What to keep clear of around `el`. `caretKept`: the caret still counts when `el` has lost
 * focus to Reply Coach's own UI (a textarea has no visible caret then, but gets it back).
 */
export function keepClear(el: HTMLElement, caretKept = uiRoot().shadow.activeElement != null): KeepClear {
  const box = topRect(el);
  const line = isTextarea(el) ? textareaCaret(el, caretKept) : editableCaret(el);
  const caretLine = line && visible(line) ? { left: box.left, top: line.top, width: box.width, height: line.height } : null;
  return { box, caretLine, avoid: sendButtons(el).map(topRect).filter(visible) };
}

/** The caret's rect in a contenteditable (its own viewport mapped to this one), or null. */
function editableCaret(el: HTMLElement): Box | null {
  const sel = selectionFor(el);
  const node = sel?.focusNode;
  if (!sel || !node || !el.contains(node)) return null;
  const range = el.ownerDocument.createRange();
  try {
    range.setStart(node, sel.focusOffset);
  } catch {
    return null;
  }
  range.collapse(true);
  let r: Box | undefined = range.getClientRects()[0];
  if (!r || !r.height) {
    // A caret in an empty line (<p><br></p>): the line's element.
    const at = node.nodeType === 1 ? ((node.childNodes[sel.focusOffset] as Element | undefined) ?? (node as Element)) : node.parentElement;
    const lineEl = at && at.nodeType === 1 ? (at as Element) : node.parentElement;
    if (!lineEl) return null;
    const b = lineEl.getBoundingClientRect();
    const lh = parseFloat((lineEl.ownerDocument.defaultView ?? window).getComputedStyle(lineEl).lineHeight) || 20;
    r = { left: b.left, top: b.top, width: b.width, height: Math.min(b.height || lh, lh) };
  }
  return toTopViewport({ left: r.left, top: r.top, width: r.width, height: r.height }, el);
}

/** Properties that decide where a textarea's text wraps. */
const WRAPPING = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch', 'lineHeight', 'letterSpacing', 'wordSpacing',
  'textTransform', 'textIndent', 'tabSize', 'wordBreak', 'overflowWrap', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
] as const;

/**
 * The caret's line in a textarea: its text up to the caret laid out in a hidden copy (inside
 * Reply Coach's shadow root, never the page's DOM). Null when the textarea is not focused (and
 * the caret is not `kept`) or the caret's line is scrolled out of the textarea.
 */
function textareaCaret(ta: HTMLTextAreaElement, kept: boolean): Box | null {
  if (ta.ownerDocument.activeElement !== ta && !kept) return null;
  const cs = (ta.ownerDocument.defaultView ?? window).getComputedStyle(ta);
  const copy = document.createElement('div');
  const s = copy.style;
  for (const p of WRAPPING) (s as unknown as Record<string, string>)[p] = cs[p];
  s.position = 'absolute';
  s.visibility = 'hidden';
  s.boxSizing = 'border-box';
  s.whiteSpace = 'pre-wrap';
  s.width = `${ta.clientWidth}px`;
  copy.textContent = ta.value.slice(0, ta.selectionEnd);
  const mark = document.createElement('span');
  mark.textContent = '\u200b';
  copy.appendChild(mark);
  uiRoot().layer.appendChild(copy);
  const y = mark.offsetTop - ta.scrollTop;
  const height = Math.max(mark.offsetHeight, parseFloat(cs.lineHeight) || 0);
  copy.remove();
  if (y + height <= 0 || y >= ta.clientHeight) return null;
  const r = ta.getBoundingClientRect();
  return toTopViewport({ left: r.left, top: r.top + ta.clientTop + y, width: r.width, height }, ta);
}
