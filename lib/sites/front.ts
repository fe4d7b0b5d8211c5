import type { SiteDef } from './types';

/** Front: rich composer; editor library unknown. */
export default {
  id: 'front',
  name: 'Front',
  matches: ['https://app.frontapp.com/*'],
  // [I]
  replyBox: ['[data-testid*="composer" i] [contenteditable="true"]'],
  quote: ['blockquote', '.front-blockquote'],
  signature: ['.front-signature', '[data-signature]'],
  editor: 'generic',
} satisfies SiteDef;

// Test URLs:
// https://app.frontapp.com/inboxes/teammates/<id>/inbox/open
