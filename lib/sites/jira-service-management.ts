import type { SiteDef } from './types';

/** Jira Service Management: @atlaskit/editor-core, ProseMirror-based [I]. */
export default {
  id: 'jira-service-management',
  name: 'Jira Service Management',
  matches: ['https://*.atlassian.net/*'],
  replyBox: ['.ProseMirror[contenteditable="true"]'],
  quote: ['blockquote'],
  // [I] "Add internal note" and "Reply to customer" tabs share the editor.
  internalNote: ['[data-testid*="internal-note" i]', '[aria-label*="internal note" i]'],
  editor: 'prosemirror',
  optional: 'coaches Confluence and Jira issues too',
} satisfies SiteDef;

// Test URLs:
// https://<site>.atlassian.net/jira/servicedesk/projects/<key>/queues/custom/<n>/<issue>
// https://<site>.atlassian.net/browse/<issue>
