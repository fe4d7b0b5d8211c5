import type { SiteDef } from './types';

/** Chatwoot (self-hosted): a ProseMirror reply box, or a textarea on plain-text channels. */
export default {
  id: 'chatwoot',
  name: 'Chatwoot',
  matches: [],
  // [S Chatwoot ReplyBox.vue] `.reply-box__top` holds the editor: WootMessageEditor (ProseMirror,
  // @chatwoot/prosemirror-schema) or a resizable textarea; the To/Cc/Bcc head is separate inputs.
  replyBox: ['.reply-box .reply-box__top .ProseMirror[contenteditable="true"]', '.reply-box .reply-box__top > textarea'],
  // [I]
  quote: ['blockquote'],
  // [S same] the signature is appended as text, with no marker; a private note gets `is-private`.
  internalNote: ['.reply-box.is-private'],
  // [S same]
  editor: { apply: ['prosemirror', 'textarea'] },
} satisfies SiteDef;

// Test URLs:
// https://chat.example.com/app/accounts/<account>/conversations/<id>
