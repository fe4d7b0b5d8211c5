import { editableAdapter } from './editable';

/**
 * Draft.js: reconciles the block the browser changed (editOnInput) into its EditorState; its
 * undo stack takes the change as one step. Its placeholder lives outside the content root.
 */
export default editableAdapter({
  id: 'draftjs',
  selector: '.public-DraftEditor-content',
});
