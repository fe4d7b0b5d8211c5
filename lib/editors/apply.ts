/**
 * Applying a rewrite through the editor's own input path, shared by the contenteditable
 * adapters (against the failure modes in docs/helpdesks.md §F1–§F4):
 *  1. refuse with 'stale' if the text under [start, end) changed since the check;
 *  2. focus, select the DOM range, let the editor see the selection change;
 *  3. one `insertText` (execCommand: fires beforeinput/input, lands in the editor's or the
 *     browser's undo stack as one step), or for editors that ignore it a single synthetic
 *     `beforeinput` `insertReplacementText` with the replacement as data (and in a
 *     DataTransfer, where the page can read one: not in Firefox);
 *  4. after the editor flushes, re-read and verify the whole text; anything else is 'refused'.
 * Never retried, never written to the DOM directly.
 */
import type { ApplyResult, ReadContext, TextSnapshot } from './types';
import { findPlaceholders } from '../checker/placeholder';

export type ReadFn = (el: HTMLElement, ctx?: ReadContext) => TextSnapshot;

export interface ApplyOptions {
  /**
   * How the edit is sent. 'execCommand' (default): `insertText`, for editors that read the DOM
   * change back (ProseMirror, Quill, Lexical, Draft.js, plain). 'beforeinput': for editors that
   * only act on beforeinput (CKEditor 5, Slate) — Chromium fires none for execCommand, so
   * those editors would re-render the old text or, worse, keep a model that differs from the
   * DOM. If nobody handles the synthetic event (not cancelled), nothing changed, and the
   * execCommand path runs instead: still one write.
   */
  via?: 'execCommand' | 'beforeinput';
  /** Called right before and right after the write (TinyMCE undo levels). */
  aroundEdit?(el: HTMLElement): void;
}

/** Where the selection goes after apply: the first placeholder, else just after the replacement. */
export function caretAfterApply(start: number, replacement: string): [number, number] {
  const [first] = findPlaceholders(replacement);
  if (first) return [start + first.start, start + first.end];
  const end = start + replacement.length;
  return [end, end];
}

/** Resolves after the editor had a chance to handle events and render (microtask + frame). */
export function settle(win: Window): Promise<void> {
  return new Promise((resolve) => {
    queueMicrotask(() => {
      let done = false;
      const finish = () => {
        if (!done) {
          done = true;
          resolve();
        }
      };
      // rAF does not run in a hidden tab; the timeout keeps apply from hanging there.
      win.requestAnimationFrame(() => win.setTimeout(finish, 0));
      win.setTimeout(finish, 100);
    });
  });
}

/** The Selection that sees inside `el`'s tree (a shadow root's own in Chromium). */
export function selectionFor(el: Node): Selection | null {
  const root = el.getRootNode() as (Document | ShadowRoot) & { getSelection?: () => Selection | null };
  if (root.nodeType === 11 && typeof root.getSelection === 'function') return root.getSelection();
  return (el.ownerDocument ?? (el as Document)).getSelection();
}

/** The selection inside `el` as text offsets [anchor, focus], or null when it is elsewhere. */
export function selectionOffsets(el: HTMLElement, snap: TextSnapshot): [number, number] | null {
  const sel = selectionFor(el);
  if (!sel || !sel.anchorNode || !sel.focusNode) return null;
  const a = snap.fromDomPoint(sel.anchorNode, sel.anchorOffset);
  const f = snap.fromDomPoint(sel.focusNode, sel.focusOffset);
  return a == null || f == null ? null : [a, f];
}

/** Selects [start, end) of `snap` in the DOM. */
export function selectText(el: HTMLElement, snap: TextSnapshot, start: number, end: number): boolean {
  const range = snap.toDomRange(start, end);
  const sel = selectionFor(el) ?? el.ownerDocument.getSelection();
  if (!range || !sel) return false;
  sel.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  return true;
}

/** Focuses the editable without scrolling (and its iframe first, for an iframe editor). */
export function focusEditable(el: HTMLElement): void {
  const win = el.ownerDocument.defaultView;
  if (win && win !== window && el.ownerDocument.activeElement !== el) {
    try {
      win.focus();
    } catch {
      // cross-origin frames are never passed here
    }
  }
  if (el.ownerDocument.activeElement !== el || !el.ownerDocument.hasFocus()) el.focus({ preventScroll: true });
}

/** The contenteditable apply every library adapter shares (see the file comment). */
export async function applyToEditable(
  el: HTMLElement,
  read: ReadFn,
  start: number,
  end: number,
  expected: string,
  replacement: string,
  opts: ApplyOptions = {},
): Promise<ApplyResult> {
  const doc = el.ownerDocument;
  const win = doc.defaultView ?? window;
  let snap = read(el);
  if (snap.text.slice(start, end) !== expected) return { ok: false, reason: 'stale' };
  const before = snap.text;
  const want = before.slice(0, start) + replacement + before.slice(end);

  focusEditable(el);
  // The editor takes the new selection on selectionchange (ProseMirror, Lexical, Slate); one that
  // moves the caret on focus (Zendesk moves it to the start) gets it once more.
  snap = await selectAndSettle(el, read, start, end);
  if (snap.text !== before) return { ok: false, reason: 'stale' };

  opts.aroundEdit?.(el);
  const handled = opts.via === 'beforeinput' && !sendBeforeInput(el, snap, start, end, replacement);
  if (!handled) doc.execCommand('insertText', false, replacement);
  opts.aroundEdit?.(el);
  // Where the DOM already shows the result, select right away: an editor that reads the
  // selection back with the edit (ProseMirror, Quill) then keeps ours instead of its own.
  const [cs, ce] = caretAfterApply(start, replacement);
  const early = read(el);
  if (early.text === want) selectText(el, early, cs, ce);
  await settle(win);
  snap = read(el);

  // Anything but the expected text (untouched: the editor ignored the command) is a refusal:
  // reported, never retried another way.
  if (snap.text !== want) return { ok: false, reason: 'refused' };
  await selectAndSettle(el, read, cs, ce);
  return { ok: true };
}

/**
 * Selects [start, end), lets the editor react, and selects once more if the editor put its own
 * selection back (focus handlers, Quill restoring its saved range after a change): only the
 * selection, never the text. Returns the text as it then reads.
 */
async function selectAndSettle(el: HTMLElement, read: ReadFn, start: number, end: number): Promise<TextSnapshot> {
  const win = el.ownerDocument.defaultView ?? window;
  selectText(el, read(el), start, end);
  await settle(win);
  let snap = read(el);
  const now = selectionOffsets(el, snap);
  if (!now || Math.min(...now) !== start || Math.max(...now) !== end) {
    selectText(el, snap, start, end);
    await settle(win);
    snap = read(el);
  }
  return snap;
}

/**
 * A synthetic `beforeinput` the way a spell-checker replacement arrives: inputType
 * `insertReplacementText`, the text in `data` and (where the page can read it) a DataTransfer,
 * the target range given. An empty replacement (a sentence left out) arrives as the deletion of
 * the range, `deleteContentBackward`, as Backspace over a selection does: slate-react reads an
 * empty replacement's DataTransfer as nothing to insert and leaves the text as it was. Only
 * editors that handle beforeinput themselves (and preventDefault it) act on it. Returns false
 * when the editor cancelled it (it took the edit over).
 */
function sendBeforeInput(el: HTMLElement, snap: TextSnapshot, start: number, end: number, replacement: string): boolean {
  const win = el.ownerDocument.defaultView ?? window;
  const range = snap.toDomRange(start, end);
  if (!range) return true;
  const W = win as unknown as typeof globalThis;
  const target = new W.StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
  const edit = replacement
    ? { inputType: 'insertReplacementText', data: replacement, dataTransfer: pageReadableDataTransfer(win, replacement) }
    : { inputType: 'deleteContentBackward' };
  const ev = new W.InputEvent('beforeinput', { ...edit, targetRanges: [target], bubbles: true, cancelable: true, composed: true });
  // false when the editor cancelled it, i.e. took the edit over.
  return el.dispatchEvent(ev);
}

/**
 * A DataTransfer holding `text` that the page's own scripts can read, or null where they could
 * not. In a Firefox content script, a DataTransfer made through the page's constructor is an
 * Xray wrapper (it has `wrappedJSObject`) and Firefox hides the items the extension puts in it
 * from the page: an editor that reads `dataTransfer` before `data` (slate-react) would insert
 * an empty string. Without one, editors take the text from `data` (CKEditor 5 prefers `data`
 * anyway); Chromium keeps the DataTransfer, as its own replacement events carry one.
 */
export function pageReadableDataTransfer(win: Window, text: string): DataTransfer | null {
  const dt = new (win as unknown as typeof globalThis).DataTransfer();
  if ((dt as DataTransfer & { wrappedJSObject?: unknown }).wrappedJSObject !== undefined) return null;
  dt.setData('text/plain', text);
  return dt;
}
