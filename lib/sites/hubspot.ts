import type { SiteDef } from './types';

/** HubSpot help desk and conversations inbox: ProseMirror composers, in every region the evidence names. */
export default {
  id: 'hubspot',
  name: 'HubSpot',
  // [S public configs] app, app-eu1 and app-na2; other app-* regions: no evidence.
  matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*', 'https://app-na2.hubspot.com/*'],
  // [S Briskine PR #512/#514, 2023-09]
  replyBox: ['div.ProseMirror[contenteditable="true"]'],
  // [I]
  quote: ['blockquote'],
  // Internal comments: no public source shows their markup, so none is detected.
  editor: { apply: ['prosemirror'] },
} satisfies SiteDef;

// Test URLs:
// https://app.hubspot.com/help-desk/<portal>/view/<view>/ticket/<id>
// https://app-na2.hubspot.com/live-messages/<portal>/inbox/<id>
