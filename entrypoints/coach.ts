/**
 * The coach bundle: editor adapters, highlights and the card — not the checker. Not listed in
 * the manifest: the background injects it into a frame with scripting.executeScript once the
 * content script found a reply box there, so helpdesk tabs without one never pay for it. It runs
 * in the content script's isolated world and publishes `globalThis.__replyCoach`; the content
 * script starts it with its context.
 *
 * The checker runs once per browser, in the background (lib/engine/engine.ts): this frame sends
 * each box's text there as edits (lib/page/remote-lint.ts) over the extension's own messaging,
 * never through the page. Why there and not here: see "How it is built" in the README (one copy
 * of compromise, the tone model and the caches for every tab instead of one per frame, and no
 * compile of them on the helpdesk's main thread).
 */
import { h, render } from 'preact';
import { browser, defineUnlistedScript } from '#imports';
import { CoachCard } from '@/components/coach-card';
import { CoachCounter } from '@/components/coach-counter';
import { createCoach } from '@/lib/page/coach';
import { COACH_API_VERSION } from '@/lib/page/coach-api';
import { extensionDeps } from '@/lib/page/extension';
import { remoteLint } from '@/lib/page/remote-lint';
import { installRemoteCatalogues } from '@/lib/page/remote-catalogue';
import { normalizeHost } from '@/lib/settings/host';
import type { ToBackground } from '@/lib/messages';

export default defineUnlistedScript(() => {
  globalThis.__replyCoach ??= {
    version: COACH_API_VERSION,
    start: (context) => {
      const send = (message: ToBackground) => browser.runtime.sendMessage(message);
      // The UI's other locales come from the background, one when it is chosen (lib/i18n).
      installRemoteCatalogues(send);
      return createCoach({
        ...extensionDeps(context),
        context,
        lint: remoteLint(send),
        renderCard: (view, into) => render(view ? h(CoachCard, view) : null, into),
        renderCounter: (view, into) => render(view ? h(CoachCounter, view) : null, into),
        host: normalizeHost(location.hostname),
      });
    },
  };
});
