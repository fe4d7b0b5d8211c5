import type { SiteDef } from './types';

/** HubSpot Help Desk / conversations inbox; editor library unknown. */
export default {
  id: 'hubspot',
  name: 'HubSpot',
  matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  // [I]
  replyBox: ['[data-test-id*="composer" i] [contenteditable="true"]', '[data-test-id*="reply-editor" i] [contenteditable="true"]'],
  quote: ['blockquote'],
  signature: ['.hs-signature', '[data-signature]'],
  internalNote: ['[data-test-id*="comment" i]'],
  editor: 'generic',
} satisfies SiteDef;

// Test URLs:
// https://app.hubspot.com/help-desk/<portal>/view/<view>/ticket/<id>
// https://app.hubspot.com/live-messages/<portal>/inbox/<id>
