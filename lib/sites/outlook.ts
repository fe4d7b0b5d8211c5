import type { SiteDef } from './types';

/** Outlook on the web: RoosterJS editor (roosterjs #56); read-only coaching. */
export default {
  id: 'outlook',
  name: 'Outlook on the web',
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  replyBox: ['div[contenteditable="true"][role="textbox"]', 'div[contenteditable="true"][aria-label*="message body" i]'],
  // Sent HTML: everything from #appendonsend on is the quoted thread.
  quote: ['#appendonsend', '#appendonsend ~ *', '#divRplyFwdMsg', 'blockquote'],
  // [I] Signatures are inserted as #Signature / #signature_bookmark blocks.
  signature: ['#Signature', '[id^="Signature"]', '#signature_bookmark'],
  editor: 'generic',
  optional: 'read-only coaching',
} satisfies SiteDef;

// Test URLs:
// https://outlook.office.com/mail/inbox/id/<id>
// https://outlook.live.com/mail/0/inbox/id/<id>
