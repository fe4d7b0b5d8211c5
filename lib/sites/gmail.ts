import type { SiteDef } from './types';

/** Gmail: Google's own contenteditable with its own undo stack (w3c/editing #150): read-only coaching. */
export default {
  id: 'gmail',
  name: 'Gmail',
  matches: ['https://mail.google.com/*'],
  replyBox: ['div[contenteditable="true"][g_editable="true"]', 'div[contenteditable="true"][role="textbox"][aria-label]'],
  // Sent-mail HTML: quoted history and signature classes.
  quote: ['.gmail_quote', '.gmail_extra', 'blockquote'],
  signature: ['.gmail_signature', '.gmail_signature_prefix', '[data-smartmail="gmail_signature"]'],
  editor: 'generic',
  optional: 'read-only coaching',
} satisfies SiteDef;

// Test URLs:
// https://mail.google.com/mail/u/0/#inbox/<thread>  (reply)
// https://mail.google.com/mail/u/0/#inbox?compose=new
