import { editableAdapter } from './editable';

/**
 * Quill 2: its input module handles beforeinput insertText over a selection itself and records
 * it in Quill's history. `.ql-ui` holds list markers; `.ql-cursor` a zero-width placeholder.
 */
export default editableAdapter({
  id: 'quill',
  selector: '.ql-editor',
  skip: '.ql-ui, .ql-cursor',
});
