import type { SiteDef } from './types';

/** osTicket (self-hosted): Redactor over the reply and internal-note textareas; read-only coaching. */
export default {
  id: 'osticket',
  name: 'osTicket',
  matches: [],
  // [S osTicket templates] staff pages are under /scp/.
  paths: ['/scp/*'],
  replyBox: [
    // [I] Redactor's editable sits in `.redactor-box` beside the textarea it replaces.
    '.redactor-box [contenteditable="true"]',
    // [S osTicket templates] the reply and note textareas, when rich text is off.
    'textarea#response',
    'textarea#internal_note',
  ],
  // [I]
  quote: ['blockquote'],
  // [S osTicket templates] the note form's textarea is #internal_note; [I] Redactor keeps it in its box.
  internalNote: ['textarea#internal_note', { scope: '.redactor-box', indicator: 'textarea#internal_note' }],
  editor: { apply: [], readOnly: 'Redactor has no tested adapter' },
} satisfies SiteDef;

// Test URLs:
// https://tickets.example.com/scp/tickets.php?id=<id>
