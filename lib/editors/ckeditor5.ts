import { editableAdapter } from './editable';

/**
 * CKEditor 5: acts on beforeinput only (Chromium fires none for execCommand, and the editor
 * re-renders the old text over a bare DOM change), so the rewrite arrives as a beforeinput
 * `insertReplacementText` with its target range, which the editor turns into a model change
 * and one undo step. It re-renders its root's attributes (ckeditor5 #267), so the test hook
 * goes on the first ancestor the editor does not create: the parent of the classic editor's
 * `.ck-editor` wrapper, or an inline editor's parent.
 */
export default editableAdapter({
  id: 'ckeditor5',
  selector: '.ck-editor__editable',
  skip: '.ck-fake-selection-container, .ck-widget__type-around, .ck-widget__selection-handle, .ck-widget__resizer',
  via: 'beforeinput',
  hookTarget: (el) => (el.closest('.ck-editor')?.parentElement ?? el.parentElement ?? el) as HTMLElement,
});
