import type { SiteDef } from './types';

/** Zoho Desk: Zoho's own editor in an iframe (`.ze_area`), one host per data centre. */
export default {
  id: 'zoho-desk',
  name: 'Zoho Desk',
  // [S MWR Zoho tools] desk.zoho.*; a match pattern cannot wildcard the TLD, so one per data centre [I].
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
  // [S same] /agent/{portal}/{dept}/tickets/details/{id}
  paths: ['/agent/*'],
  // [S Zoho Mail/Forms/SDP scripts; I for Desk] `.ze_area` is the iframe; its body is the editable.
  replyBox: ['iframe.ze_area'],
  // [I]
  quote: ['blockquote'],
  // [S same] the body is prefilled with the signature; [I, unverified] its marker.
  signature: ['[id*="signature" i]'],
  editor: { apply: [], readOnly: "Zoho's own editor has no tested adapter" },
} satisfies SiteDef;

// Test URLs:
// https://desk.zoho.com/agent/<portal>/<department>/tickets/details/<id>
