/**
 * Content script entry: small on purpose (every helpdesk tab loads it). It only finds reply
 * boxes; the first one found asks the background to inject the coach bundle (checker,
 * compromise, editor adapters, card UI) into this frame, then hands every box to it.
 */
import { defineContentScript } from '#imports';
import { HELPDESK_MATCHES } from '@/lib/sites';
import { start } from '@/lib/page/content';

export default defineContentScript({
  // The e2e build adds local fixture hosts in wxt.config.ts; the release build never matches them.
  matches: [...HELPDESK_MATCHES],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main: (ctx) => start(ctx),
});
