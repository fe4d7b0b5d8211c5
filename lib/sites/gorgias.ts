import type { SiteDef } from './types';

/** Gorgias: a Draft.js ticket reply editor. */
export default {
  id: 'gorgias',
  name: 'Gorgias',
  // [S ines-parreira/prototypes]
  matches: ['https://*.gorgias.com/*'],
  // [S same] <store>.gorgias.com/app/ticket/<id>
  paths: ['/app/*'],
  // [S same, TicketReplyEditor.tsx] Draft.js.
  replyBox: ['.public-DraftEditor-content'],
  // [I]
  quote: ['blockquote'],
  // Signature: [S same, Signature.tsx] appended as plain Draft text with no marker, so none is skipped.
  // [S same] the field's wrapper gets `is-internal-note` when the message is not public.
  internalNote: ['.is-internal-note'],
  // [S same, TicketReplyEditor.tsx]
  editor: { apply: ['draftjs'] },
} satisfies SiteDef;

// Test URLs:
// https://<store>.gorgias.com/app/ticket/<id>
