import { editableAdapter } from './editable';

/**
 * TinyMCE (classic iframe mode): the text lives in the iframe's `<body id="tinymce">`; the
 * edit is that document's execCommand. TinyMCE keeps typing out of its undo stack until a
 * "non-typing" event, so Ctrl+Z after a bare insertText would also undo what the agent typed
 * before. An `input` of type insertReplacementText (what the browser's spell-checker sends)
 * makes it store a level: one before the write (the agent's text) and one after (the rewrite),
 * so one Ctrl+Z goes back exactly. The test hook stays on that body (docs/architecture.md,
 * "The test hook": for an iframe editor, the editable root inside it).
 */
export default editableAdapter({
  id: 'tinymce',
  selector: 'body#tinymce, body.mce-content-body',
  skip: '[data-mce-bogus="all"]',
  aroundEdit(el) {
    const W = (el.ownerDocument.defaultView ?? window) as unknown as typeof globalThis;
    el.dispatchEvent(new W.InputEvent('input', { inputType: 'insertReplacementText', bubbles: true }));
  },
});
