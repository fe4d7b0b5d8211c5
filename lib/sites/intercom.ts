import type { SiteDef } from './types';

/** Intercom inbox (agroptima/intercom-browser-extension for the host); editor library unknown. */
export default {
  id: 'intercom',
  name: 'Intercom',
  matches: ['https://app.intercom.com/*'],
  // [I]
  replyBox: ['.inbox__conversation-composer [contenteditable="true"]', '[data-testid*="composer" i] [contenteditable="true"]'],
  quote: ['blockquote'],
  internalNote: ['[class*="note" i][class*="composer" i]'],
  editor: 'generic',
} satisfies SiteDef;

// Test URLs:
// https://app.intercom.com/a/inbox/<workspace>/inbox/conversation/<id>
