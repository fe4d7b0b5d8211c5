/**
 * `<textarea>`: the value is the text. A rewrite goes through `execCommand('insertText')` on
 * the selected span (Chromium and Firefox ≥ 89 support it in textareas): it fires
 * beforeinput/input (React and Vue see the change) and is one step of the native undo stack.
 * No setRangeText fallback: that would silently break Ctrl+Z.
 */
import { caretAfterApply, focusEditable, settle } from './apply';
import { isTextarea } from '../page/dom';
import type { EditorAdapter, TextSnapshot } from './types';

const textarea: EditorAdapter = {
  id: 'textarea',
  canApply: true,
  matches: (el) => isTextarea(el),
  read(el): TextSnapshot {
    return {
      text: (el as HTMLTextAreaElement).value,
      ignore: [],
      toDomRange: () => null,
      fromDomPoint: () => null,
    };
  },
  async apply(el, start, end, expected, replacement) {
    const ta = el as HTMLTextAreaElement;
    const before = ta.value;
    if (before.slice(start, end) !== expected) return { ok: false, reason: 'stale' };
    const want = before.slice(0, start) + replacement + before.slice(end);
    focusEditable(ta);
    ta.setSelectionRange(start, end);
    ta.ownerDocument.execCommand('insertText', false, replacement);
    await settle(ta.ownerDocument.defaultView ?? window);
    if (ta.value !== want) return { ok: false, reason: 'refused' };
    const [cs, ce] = caretAfterApply(start, replacement);
    ta.setSelectionRange(cs, ce);
    return { ok: true };
  },
};

export default textarea;
