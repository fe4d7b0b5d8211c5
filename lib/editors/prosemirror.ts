import { editableAdapter } from './editable';

/**
 * ProseMirror / TipTap / Atlaskit: the view reads DOM changes back into its state, so a native
 * insertText lands in prosemirror-history as one step. Widgets are decorations, not text.
 */
export default editableAdapter({
  id: 'prosemirror',
  selector: '.ProseMirror',
  skip: '.ProseMirror-widget, .ProseMirror-gapcursor',
});
