/**
 * The real coach (lib/page/coach.ts) on this page's two reply boxes. On a helpdesk the content
 * script finds the boxes and the background injects the coach bundle (entrypoints/coach.ts); an
 * extension page runs no content script and may import the coach itself, so this page starts it
 * the way the bundle does — same checker, card, highlights, Apply and settings — with two
 * differences: the boxes are attached directly (no discovery needed), and reports stay on the
 * page instead of going to the background, which takes reports only from content scripts in tabs.
 * For the same reason the settings, Turn off and Ignore everywhere go straight to lib/settings
 * here: the background answers those requests from content scripts only.
 */
import { cardUi } from '@/components/card-ui';
import type { ExplainedReport } from '@/lib/box-why';
import { check } from '@/lib/checker';
import { createCoach } from '@/lib/page/coach';
import type { PageContext } from '@/lib/page/context';
import { extensionDeps, FALLBACK_SETTINGS } from '@/lib/page/extension';
import { installCardUi } from '@/lib/page/lazy-ui';
import { allowPhrase, getEffectiveSettings, turnRuleOff, watchSettings, type EffectiveSettings } from '@/lib/settings';
import { USER_SITE } from '@/lib/sites';

/** An extension page's context: valid until the page stops it (an update closes extension pages anyway). */
function pageContext(life: AbortController): PageContext {
  return {
    get isValid() {
      return !life.signal.aborted;
    },
    signal: life.signal,
    onInvalidated(cb) {
      life.signal.addEventListener('abort', cb, { once: true });
      return () => life.signal.removeEventListener('abort', cb);
    },
    replaced: false,
  };
}

/** Coaches `boxes`; `onReport` gets each box's latest check. Returns the function that stops it. */
export function startTryCoach(boxes: HTMLElement[], onReport: (report: ExplainedReport) => void): () => void {
  const life = new AbortController();
  const context = pageContext(life);
  const { actions, updateNotice } = extensionDeps(context);
  const settings = {
    subscribe(cb: (s: EffectiveSettings) => void) {
      const use = (s: EffectiveSettings) => context.isValid && cb(s);
      getEffectiveSettings().then(use, () => use(FALLBACK_SETTINGS));
      return watchSettings(use);
    },
  };
  // The card UI is part of this page (a helpdesk frame has it injected on first use).
  installCardUi(cardUi);
  const coach = createCoach({
    context,
    settings,
    updateNotice,
    actions: { ...actions, disableRule: turnRuleOff, allowPhrase, report: onReport, removeReport: () => {} },
    // The popup talks to content scripts in tabs; nothing here to answer it.
    inbox: { subscribe: () => () => {} },
    lint: (text, opts) => check(text, { lang: 'auto', ...opts }),
    renderCard: cardUi.renderCard,
    host: location.hostname,
    // The page follows the language setting itself (./App.tsx); the coach's card follows the page.
    followLocale: false,
  });
  for (const el of boxes) coach.attach(el, USER_SITE);
  return () => life.abort();
}
