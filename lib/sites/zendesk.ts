import type { SiteDef } from './types';

/** Zendesk Agent Workspace: a CKEditor 5 composer per open ticket, its channel switcher beside it. */
export default {
  id: 'zendesk',
  name: 'Zendesk',
  // [S Briskine zendesk plugin]
  matches: ['https://*.zendesk.com/*'],
  // [I] The agent interface lives under /agent/; the help center (/hc/) is the customers'.
  paths: ['/agent/*'],
  replyBox: [
    // [S pixiebrix #7683; Briskine PR #464; zendesk-auto-translate] the CKEditor 5 editable root.
    '[data-test-id="omnicomposer-rich-text-ckeditor"]',
    // [I, unverified] Zendesk Support without Agent Workspace: the comment form's textarea.
    'textarea[name="comment[value]"]',
  ],
  // [I] Follow-ups quote the thread in a blockquote.
  quote: ['blockquote'],
  // [I from Zendesk's docs] The agent signature is added to the sent comment, not the composer.
  internalNote: [
    // [S userscripts] The channel switcher button sits beside the editor; its aria-label names the
    // channel. Every open ticket's panel stays in the DOM, each under its own side-conversations
    // anchor [S userscripts; I]. "intern" covers Internal/Interne/Intern/Interna [I: localized labels].
    {
      scope: '[data-side-conversations-anchor-id]',
      indicator: 'button[data-test-id="omnichannel-channel-switcher-button"][aria-label*="intern" i]',
    },
  ],
  // [S pixiebrix #7683] CKEditor 5; the classic textarea is a plain one.
  editor: { apply: ['ckeditor5', 'textarea'] },
} satisfies SiteDef;

// Test URLs:
// https://<subdomain>.zendesk.com/agent/tickets/<id>
