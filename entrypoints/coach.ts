/**
 * The coach bundle: checker (+ compromise), editor adapters, highlights and the card. Not
 * listed in the manifest: the background injects it into a frame with scripting.executeScript
 * once the content script found a reply box there, so helpdesk tabs without one never pay for
 * it. It runs in the content script's isolated world and publishes `globalThis.__replyCoach`;
 * the content script starts it with its context. Here the coach (lib/page/coach.ts) gets what it
 * is made from: the checker as its lint, the extension APIs, and the Preact card.
 *
 * Why here and not check() in the background (design.md asks to weigh both): measured on the
 * fixture pages in Chromium 156, the content script is 24 KB raw (8 KB gzip); this bundle is
 * ~650 KB and is injected ~150–280 ms after the page's load event, once per frame with a reply
 * box; a cold check() of a 5,000-word reply takes ~30 ms, a re-check after one edited
 * paragraph ~11 ms (per-paragraph cache). Checking in the page keeps every re-check
 * synchronous with the DOM snapshot it maps offsets against, costs no message round trip per
 * check and never waits for a sleeping service worker to wake and re-load compromise. The
 * background variant was not built to measure.
 */
import { h, render } from 'preact';
import { defineUnlistedScript } from '#imports';
import { CoachCard } from '@/components/coach-card';
import { check } from '@/lib/checker';
import { createCoach } from '@/lib/page/coach';
import { COACH_API_VERSION } from '@/lib/page/coach-api';
import { extensionDeps } from '@/lib/page/extension';
import { normalizeHost } from '@/lib/settings';

export default defineUnlistedScript(() => {
  globalThis.__replyCoach ??= {
    version: COACH_API_VERSION,
    start: (context) =>
      createCoach({
        ...extensionDeps(context),
        context,
        lint: (text, opts) => check(text, { lang: 'auto', ...opts }),
        renderCard: (view, into) => render(view ? h(CoachCard, view) : null, into),
        host: normalizeHost(location.hostname),
      }),
  };
});
