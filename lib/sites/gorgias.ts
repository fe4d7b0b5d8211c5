import type { SiteDef } from './types';

/** Gorgias: ticket reply editor (Draft.js-like contenteditable) [I]. */
export default {
  id: 'gorgias',
  name: 'Gorgias',
  matches: ['https://*.gorgias.com/*'],
  // [I]
  replyBox: ['.public-DraftEditor-content', '[data-testid*="reply" i] [contenteditable="true"]'],
  quote: ['blockquote'],
  signature: ['[data-signature]'],
  internalNote: ['[class*="internal-note" i]', '[data-testid*="internal-note" i]'],
  editor: 'draftjs',
} satisfies SiteDef;

// Test URLs:
// https://<store>.gorgias.com/app/ticket/<id>
