import type { SiteDef } from './types';

/** Crisp inbox: a Lexical chat composer with reply and note tabs. */
export default {
  id: 'crisp',
  name: 'Crisp',
  // [S riskirills66/crispextended manifest]
  matches: ['https://app.crisp.chat/*'],
  // [S riskirills66/crispextended] the composer field, holding span[data-lexical-text].
  replyBox: ['.c-editor-composer__field.c-conversation-box-field__field-composer-field'],
  // [S same] the reply tab is `div[name="reply"].c-base-tabs__item--reply`; [I, unverified] the
  // note tab is its `name="note"` sibling and the selected tab carries an `--active` modifier.
  internalNote: [{ indicator: 'div[name="note"][class*="c-base-tabs__item--active"]' }],
  // [S same] Lexical.
  editor: { apply: ['lexical'] },
} satisfies SiteDef;

// Test URLs:
// https://app.crisp.chat/website/<website>/inbox/<session>/
