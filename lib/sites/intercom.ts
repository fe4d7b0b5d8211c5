import type { SiteDef } from './types';

/** Intercom inbox: a ProseMirror composer, in the US, EU and Australian regions. */
export default {
  id: 'intercom',
  name: 'Intercom',
  // [S agroptima/intercom-browser-extension; several integrations for the eu/au hosts]
  matches: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  replyBox: [
    // [S a 2026 copilot userscript] the new inbox's reply composer.
    '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
    // [S Intercom Tag Enforcer v2.09] the composer's ProseMirror editor.
    '.ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"]',
  ],
  // [I]
  quote: ['blockquote'],
  internalNote: [
    // [S Intercom Tag Enforcer] old inbox: the note editor sits in `.conversation__text.o__note`,
    // and the selected note tab is `[data-intercom-target=note-tab].o__selected`. New inbox: unknown.
    '.o__note',
    { indicator: '[data-intercom-target="note-tab"].o__selected' },
  ],
  // [S same] ProseMirror.
  editor: { apply: ['prosemirror'] },
} satisfies SiteDef;

// Test URLs:
// https://app.intercom.com/a/inbox/<workspace>/inbox/conversation/<id>
// https://app.eu.intercom.com/a/inbox/<workspace>/inbox/conversation/<id>
