import type { SiteDef } from './types';

/** Front: a rich composer on each company's subdomain; its editor library is unknown. */
export default {
  id: 'front',
  name: 'Front',
  // [S USM-scripts 2025-10; a Front extension README] company subdomains of frontapp.com.
  matches: ['https://*.frontapp.com/*'],
  // [I, unverified] Briskine 693951dc shows a contenteditable with div paragraphs, no selector.
  replyBox: ['[data-testid*="composer" i] [contenteditable="true"]'],
  heuristic: true,
  // [S email-parser fixtures] sent mail quotes in `blockquote.front-blockquote[type=cite]`.
  quote: ['.front-blockquote', 'blockquote'],
  // [I] Comments are written in a separate box, so the composer is never a note.
  editor: { apply: [], readOnly: "Front's editor library is unknown" },
} satisfies SiteDef;

// Test URLs:
// https://<company>.frontapp.com/inboxes/teammates/<id>/inbox/open
