import type { SiteDef } from './types';

/** Zendesk Agent Workspace: CKEditor 5 composer (pixiebrix-extension #7683, Briskine PR #464). */
export default {
  id: 'zendesk',
  name: 'Zendesk',
  matches: ['https://*.zendesk.com/*'],
  replyBox: [
    // [I] Agent Workspace composer; the CKEditor root is what the adapter attaches to.
    '[data-test-id="omnicomposer-rich-text-ckeditor"]',
    '.ck-editor__editable[contenteditable="true"]',
    // [I] Zendesk Support classic: plain textarea of the comment form.
    'textarea[name="comment[value]"]',
  ],
  // [I] Zendesk wraps quoted history of follow-ups in a blockquote.
  quote: ['blockquote', '.zd-comment-quote'],
  signature: ['.zd-signature', '[data-signature]'],
  // [I] The composer switches its channel to "Internal note"; the editor frame turns yellow.
  internalNote: [
    '[data-test-id*="internal-note" i]',
    '[data-channel="internal"]',
    '[class*="internalNote" i]',
    '.is-internal',
  ],
  editor: 'ckeditor5',
} satisfies SiteDef;

// Test URLs:
// https://<subdomain>.zendesk.com/agent/tickets/<id>
