import type { SiteDef } from './types';

/** Outlook on the web: a RoosterJS body; read-only coaching. The To/Cc/Bcc fields are never coached. */
export default {
  id: 'outlook',
  name: 'Outlook on the web',
  // [S Briskine; M365 endpoint lists and a meeting-cost extension for outlook.cloud.microsoft]
  matches: [
    'https://outlook.live.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  // [S Briskine outlook.js and its spec, 2026] the body; To/Cc/Bcc are contenteditable too, without aria-multiline.
  replyBox: ['div[contenteditable="true"][aria-multiline="true"]'],
  // [S sent HTML] everything from #appendonsend on is the quoted thread; [I] any blockquote.
  quote: ['#appendonsend', '#appendonsend ~ *', '#divRplyFwdMsg', 'blockquote'],
  // [S sent HTML] #Signature (it sometimes wraps the quote too); [I, unverified] the other two.
  signature: ['#Signature', '[id^="Signature"]', '#signature_bookmark'],
  // [S roosterjs #56, maintainer] RoosterJS keeps its own undo history.
  editor: { apply: [], readOnly: 'RoosterJS has no tested adapter' },
  optional: 'read-only coaching',
} satisfies SiteDef;

// Test URLs:
// https://outlook.office.com/mail/inbox/id/<id>
// https://outlook.cloud.microsoft/mail/inbox/id/<id>
