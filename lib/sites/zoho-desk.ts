import type { SiteDef } from './types';

/** Zoho Desk: one host per data centre (a match pattern cannot wildcard the TLD). */
export default {
  id: 'zoho-desk',
  name: 'Zoho Desk',
  matches: [
    'https://desk.zoho.com/*',
    'https://desk.zoho.eu/*',
    'https://desk.zoho.in/*',
    'https://desk.zoho.com.au/*',
    'https://desk.zoho.jp/*',
    'https://desk.zoho.com.cn/*',
    'https://desk.zoho.ca/*',
    'https://desk.zoho.sa/*',
  ],
  // [I] Zoho's reply editor is an iframe document (designMode body), found by the frame scan.
  replyBox: ['[id*="reply" i] [contenteditable="true"]', '.ze_area'],
  quote: ['blockquote', '.zd_quote'],
  signature: ['[id*="signature" i]'],
  editor: 'generic',
} satisfies SiteDef;

// Test URLs:
// https://desk.zoho.com/agent/<org>/<department>/tickets/details/<id>
