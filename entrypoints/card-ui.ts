/**
 * The card UI bundle: the card, the counter's findings list, Preact and their styles
 * (components/card-ui.tsx). Not listed in the manifest: the coach bundle asks the background to
 * inject it into its frame (`coach:inject-ui`) the first time a card or a list is to be shown,
 * so a reply box that is only checked and highlighted never pays for it (lib/page/lazy-ui.ts).
 * It runs in the coach bundle's isolated world and publishes `globalThis.__replyCoachUi`.
 */
import { defineUnlistedScript } from '#imports';
import { cardUi } from '@/components/card-ui';

export default defineUnlistedScript(() => {
  globalThis.__replyCoachUi ??= cardUi;
});
