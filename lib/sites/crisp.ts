import type { SiteDef } from './types';

/** Crisp inbox: chat composer (textarea or contenteditable) [I]. */
export default {
  id: 'crisp',
  name: 'Crisp',
  matches: ['https://app.crisp.chat/*'],
  replyBox: ['.c-conversation-box-field textarea', '.c-conversation-box-field [contenteditable="true"]'],
  // [I] Crisp's composer switches to "private note" mode.
  internalNote: ['[class*="note" i][class*="conversation-box" i]'],
  editor: 'textarea',
} satisfies SiteDef;

// Test URLs:
// https://app.crisp.chat/website/<website>/inbox/<session>/
