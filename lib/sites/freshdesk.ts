import type { SiteDef } from './types';

/** Freshdesk agent interface: a Froala reply editor. The customer portal (/support/) is never coached. */
export default {
  id: 'freshdesk',
  name: 'Freshdesk',
  // [S MWR booking userscript; 0xdevalias/userscripts]
  matches: ['https://*.freshdesk.com/*'],
  // [S same] agents work under /a/ (/a/tickets/<id>);
  // /support/tickets/* is the customer portal (a Redactor editor).
  paths: ['/a/*'],
  // [S same] Froala's editable inside the ticket editor; Send is `.ticket-editor__footer .reply-btn`.
  replyBox: ['.ticket-editor .fr-element[contenteditable="true"]'],
  // [S same] `div.freshdesk_quote > blockquote.freshdesk_quote`; [I] any other blockquote is quoted text too.
  quote: ['.freshdesk_quote', 'blockquote'],
  // [I] The signature carries no marker.
  // [S legacy note form] "Private" checkbox of the legacy helpdesk note form; the current one: unknown.
  internalNote: [{ scope: 'form', indicator: '#helpdesk_note_private:checked' }],
  // No Froala adapter is tested.
  editor: { apply: [], readOnly: 'Froala has no tested adapter yet' },
} satisfies SiteDef;

// Test URLs:
// https://<subdomain>.freshdesk.com/a/tickets/<id>
