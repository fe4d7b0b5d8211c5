import type { SiteDef } from './types';

/** FreeScout (self-hosted): a Summernote reply editor; read-only coaching. */
export default {
  id: 'freescout',
  name: 'FreeScout',
  matches: [],
  // [S FreeScout templates] Summernote's editable.
  replyBox: ['.note-editable[contenteditable="true"]'],
  // [I]
  quote: ['blockquote'],
  // Signature and notes: no public source shows their markup in the editor.
  editor: { apply: [], readOnly: 'Summernote has no tested adapter' },
} satisfies SiteDef;

// Test URLs:
// https://help.example.com/conversation/<id>
