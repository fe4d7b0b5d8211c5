import type { SiteDef } from './types';

/** Zammad (self-hosted): a TipTap reply editor. */
export default {
  id: 'zammad',
  name: 'Zammad',
  matches: [],
  // [S Zammad FieldEditorInput.vue] TipTap's EditorContent carries data-test-id="field-editor";
  // the ProseMirror root inside it has role="textbox".
  replyBox: ['[data-test-id="field-editor"] .ProseMirror[contenteditable="true"]'],
  // [I]
  quote: ['blockquote'],
  // [S Zammad extensions/Signature.ts via FieldEditorInput.vue]
  signature: ['div.signature[data-signature="true"]'],
  // Internal articles: no public source shows how the editor tells one, so none is detected.
  editor: { apply: ['prosemirror'] },
} satisfies SiteDef;

// Test URLs:
// https://support.example.com/desktop/tickets/<id>
