/**
 * The coach bundle: editor adapters, highlights and the counter's pill — not the checker, and not
 * the card. Not listed in the manifest: the background injects it into a frame with
 * scripting.executeScript once the content script found a reply box there, so helpdesk tabs
 * without one never pay for it. It runs in the content script's isolated world and publishes
 * `globalThis.__replyCoach`; the content script starts it with its context.
 *
 * The checker runs once per browser, in the background (lib/engine/engine.ts): this frame sends
 * each box's text there as edits (lib/page/remote-lint.ts) over the extension's own messaging,
 * never through the page. Why there and not here: see "How it is built" in the README (one copy
 * of compromise, the tone model and the caches for every tab instead of one per frame, and no
 * compile of them on the helpdesk's main thread).
 *
 * The card and the findings list (Preact, their styles, the guideline texts) are a second bundle,
 * entrypoints/card-ui.ts, injected the same way the first time one of them is shown.
 */
import { browser, defineUnlistedScript } from '#imports';
import { createCoach } from '@/lib/page/coach';
import { COACH_API_VERSION } from '@/lib/page/coach-api';
import { CARD_UI_VERSION } from '@/lib/page/card-ui-api';
import { pillRenderer } from '@/lib/page/counter-pill';
import { extensionDeps } from '@/lib/page/extension';
import { installCardUi, lazyUi } from '@/lib/page/lazy-ui';
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
      const ui = lazyUi(
        async () => {
          // A card UI of another build in this world (an update): inject ours instead.
          if (globalThis.__replyCoachUi?.version !== CARD_UI_VERSION) globalThis.__replyCoachUi = undefined;
          if (!globalThis.__replyCoachUi) {
            const res = (await send({ type: 'coach:inject-ui' })) as { ok: boolean } | undefined;
            if (!res?.ok) return undefined;
          }
          return context.isValid ? globalThis.__replyCoachUi : undefined;
        },
        installCardUi,
      );
      return createCoach({
        ...extensionDeps(context),
        context,
        lint: remoteLint(send),
        renderCard: ui.renderCard,
        cardLoading: ui,
        renderCounter: pillRenderer(ui.renderList),
        host: normalizeHost(location.hostname),
      });
    },
  };
});
