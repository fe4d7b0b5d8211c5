import type { SiteDef } from './types';

/** Gmail: Google's own contenteditable with its own undo stack: read-only coaching. */
export default {
  id: 'gmail',
  name: 'Gmail',
  // [S Briskine]
  matches: ['https://mail.google.com/*'],
  // [S InboxSDK gmail-compose-view.ts; gmail.js] the compose body; To/Cc/subject are outside `.Ap`.
  replyBox: ['.Ap [g_editable="true"]'],
  // [S InboxSDK; sent-mail HTML] quoted history, and the "show trimmed content" toggle `.ajR`;
  // [I] `.gmail_extra` of older mail, any blockquote.
  quote: ['.gmail_quote', '.ajR', '.gmail_extra', 'blockquote'],
  // [S same]
  signature: ['.gmail_signature_prefix', '.gmail_signature', '[data-smartmail="gmail_signature"]'],
  // [S w3c/editing #150]
  editor: { apply: [], readOnly: "Gmail's editor keeps its own undo history" },
  optional: 'read-only coaching',
} satisfies SiteDef;

// Test URLs:
// https://mail.google.com/mail/u/0/#inbox/<thread>  (reply)
// https://mail.google.com/mail/u/0/#inbox?compose=new
