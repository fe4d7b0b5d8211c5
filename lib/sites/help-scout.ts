import type { SiteDef } from './types';

/** Help Scout: contenteditable conversation editor (PopClip-Extensions #331 for the host). */
export default {
  id: 'help-scout',
  name: 'Help Scout',
  matches: ['https://secure.helpscout.net/*'],
  replyBox: ['[data-cy="ConvoEditor"] [contenteditable="true"]', '[data-cy="ConvoEditor"]'],
  quote: ['blockquote'],
  signature: ['.signature', '[data-signature]'],
  // [I] Notes are written in the same editor with the note mode selected.
  internalNote: ['[data-cy*="Note" i]', '.is-note', '[class*="NoteEditor" i]'],
  editor: 'generic',
} satisfies SiteDef;

// Test URLs:
// https://secure.helpscout.net/conversation/<id>/<number>
