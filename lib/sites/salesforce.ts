import type { SiteDef } from './types';

/**
 * Salesforce Service Cloud (Lightning): the customer email is a customized CKEditor 4 in nested
 * iframes, which Salesforce rewrites with document.open/write after load; Quill boxes are feed posts.
 */
export default {
  id: 'salesforce',
  name: 'Salesforce Service Cloud',
  // [I]
  matches: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'],
  replyBox: [
    // [S Briskine PR #478, 981e5c96] the email composer's editable body, inside nested iframes.
    'body.cke_editable',
    // [S Briskine 775adead; LWC source copies] Quill in LWC synthetic shadow: feed posts and fields.
    '.ql-editor.slds-rich-text-area__content',
  ],
  // [I]
  quote: ['blockquote'],
  // [I, unverified]
  signature: ['[id*="signature" i]'],
  // [I] Feed posts are internal unless shared: coached as internal notes.
  internalNote: ['.slds-rich-text-area__content'],
  // CKEditor 4 has no tested adapter (the markup keeps it read-only); [I] Quill is the LWC's.
  editor: { apply: ['quill'] },
} satisfies SiteDef;

// Test URLs:
// https://<org>.lightning.force.com/lightning/r/Case/<id>/view
