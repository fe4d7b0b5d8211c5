import type { SiteDef } from './types';

/**
 * Jira Service Management: the comment editor (Atlaskit, ProseMirror) where it has the
 * "Add internal note" / "Reply to customer" tabs. Confluence pages, issue descriptions and Jira
 * Software comments on the same hosts are left alone.
 */
export default {
  id: 'jira-service-management',
  name: 'Jira Service Management',
  // [S binki transition-preselect-comment; liferay-jira-userscript] Atlassian Cloud sites.
  matches: ['https://*.atlassian.net/*'],
  // [I] The issue view: /browse/<key> and the service desk's queues; Confluence is under /wiki/.
  paths: ['/browse/*', '/jira/servicedesk/*'],
  replyBox: [
    // [S userscripts: the comment composer wraps #ak-editor-textarea, the ProseMirror root]
    '[data-testid="issue.activity.comment"] .ProseMirror[contenteditable="true"]',
    '[data-test-id="issue.activity.comment"] .ProseMirror[contenteditable="true"]',
    // [S liferay-jira-userscript 2026-01] the transition modal's comment editor.
    '#comment-container .ProseMirror[contenteditable="true"]',
  ],
  // [S binki transition-preselect-comment; liferay-jira-userscript] tab 1 is "Reply to customer"
  // (tab 0 "Add internal note"), in the issue view and in the transition modal.
  replyIf: { indicator: '[id$="comment-editor-container-tabs-1"]' },
  // [I]
  quote: ['blockquote'],
  // [S liferay-jira-userscript] the selected tab 0 is an internal note; the modal has its own tabs.
  internalNote: [
    {
      scope: 'section[data-testid="issue-transition.ui.issue-transition-modal"]',
      indicator: '#issue-transition-comment-editor-container-tabs-0[aria-selected="true"]',
    },
    { indicator: '#comment-editor-container-tabs-0[aria-selected="true"]' },
  ],
  // [S unpkg @atlaskit/editor-core; Briskine 63102452] ProseMirror.
  editor: { apply: ['prosemirror'] },
  optional: 'the service-management comment editor only',
} satisfies SiteDef;

// Test URLs:
// https://<site>.atlassian.net/jira/servicedesk/projects/<key>/queues/custom/<n>/<issue>
// https://<site>.atlassian.net/browse/<issue>
