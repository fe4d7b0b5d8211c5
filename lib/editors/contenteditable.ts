import { editableAdapter } from './editable';

/**
 * A plain contenteditable the browser edits by itself (no editor library): insertText lands
 * in the browser's own undo stack. Only chosen where the page is known to be plain (local
 * fixture pages, sites the user enabled); an unknown editor gets the read-only `generic`.
 */
export default editableAdapter({
  id: 'contenteditable',
  selector: '[contenteditable]:not([contenteditable="false"])',
});
