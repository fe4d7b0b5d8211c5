import type { SiteDef } from './types';

/** Freshdesk: Froala (`.fr-element`) or Redactor reply editor; unknown editors stay read-only. */
export default {
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: ['https://*.freshdesk.com/*'],
  replyBox: [
    // [S weak: unnamed third-party selector list]
    '.fr-element[contenteditable="true"]',
    '.redactor-editor[contenteditable="true"]',
    '.redactor_editor[contenteditable="true"]',
  ],
  // [I] Freshdesk quotes the thread in a "freshdesk_quote" blockquote.
  quote: ['.freshdesk_quote', 'blockquote'],
  signature: ['.fd-signature', '[data-signature]'],
  // [I] "Add note" opens the same editor inside a note form.
  internalNote: ['[data-test-id*="note" i][data-test-id*="editor" i]', '.private-note', '[class*="add-note" i]'],
  editor: 'generic',
} satisfies SiteDef;

// Test URLs:
// https://<subdomain>.freshdesk.com/a/tickets/<id>
