import type { SiteDef } from './types';

/** Salesforce Service Cloud (Lightning): CKEditor 4 in nested iframes, Quill in LWC (Briskine PR #478). */
export default {
  id: 'salesforce',
  name: 'Salesforce Service Cloud',
  matches: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'],
  replyBox: ['.ql-editor', 'body.cke_editable', '[contenteditable="true"].slds-rich-text-area__content'],
  quote: ['blockquote'],
  signature: ['[id*="signature" i]'],
  editor: 'quill',
} satisfies SiteDef;

// Test URLs:
// https://<org>.lightning.force.com/lightning/r/Case/<id>/view
