/**
 * What the content script does in each frame: pick the site definition, discover reply boxes,
 * and load the coach bundle on the first one. Kept free of the checker and of Preact.
 */
import { browser, ContentScriptContext } from '#imports';
import type { ToBackground } from '../messages';
import { siteForUrl, USER_SITE } from '../sites';
import { COACH_API_VERSION, type CoachApi } from './coach-api';
import { startDiscovery } from './discovery';

export function start(ctx: ContentScriptContext): void {
  // A same-origin child frame (TinyMCE's srcdoc iframe, about:blank) is scanned by its parent's
  // script, which also places the UI over it; attaching here too would coach the box twice.
  if (hasScriptedParent()) return;
  // Injected again by "Coach this page" where the manifest's script already runs: one is enough.
  if (globalThis.__replyCoachContent && !globalThis.__replyCoachContent.isInvalid) return;
  globalThis.__replyCoachContent = ctx;
  shieldFromForgedRestart(ctx);

  // No helpdesk definition: a custom domain the user enabled, or a local fixture page in the
  // e2e build. Both treat every visible textarea/contenteditable as a reply box.
  const site = siteForUrl(location.href) ?? USER_SITE;
  const allEditables = site === USER_SITE;

  // A coach left by a previous version of the extension in this world is dead: drop it.
  if (globalThis.__replyCoach) {
    try {
      globalThis.__replyCoach.destroy();
    } catch {
      // its extension context is gone
    }
    globalThis.__replyCoach = undefined;
  }

  const queue = new Set<HTMLElement>();
  let coach: CoachApi | undefined;
  let loading: Promise<void> | undefined;

  const load = () =>
    (loading ??= (async () => {
      const msg: ToBackground = { type: 'coach:inject' };
      const res = (await browser.runtime.sendMessage(msg)) as { ok: boolean } | undefined;
      const api = globalThis.__replyCoach;
      if (!res?.ok || !api || api.version !== COACH_API_VERSION || ctx.isInvalid) return;
      coach = api;
      for (const el of queue) coach.attach(el, site);
      queue.clear();
    })().catch(() => {
      // Site disabled or injection refused: stay idle until the next page load.
    }));

  startDiscovery(document, {
    site,
    allEditables,
    signal: ctx.signal,
    onBox(el) {
      if (coach) coach.attach(el, site);
      else {
        queue.add(el);
        void load();
      }
    },
    onGone(el) {
      queue.delete(el);
      coach?.detach(el);
    },
  });

  ctx.onInvalidated(() => {
    coach?.destroy();
    if (globalThis.__replyCoach === coach) globalThis.__replyCoach = undefined;
  });
}

/**
 * WXT 0.21's duplicate-script guard: every ContentScriptContext listens on `document` for the
 * CustomEvent `<extension id>:content:wxt:content-script-started` and invalidates itself when
 * one arrives from another instance (`verifyScriptStartedEvent` only compares the detail's
 * script name and message id). A page script can dispatch that event too, and the coach would
 * tear itself down. This listener runs first (capture on `window`, before the target phase
 * on `document`) and stops the event while this extension is alive: then it is either forged,
 * or a second copy of this script in the same world, which `start()` turns away anyway. After
 * an update or reload `browser.runtime.id` is gone here, and the newer script's event is let
 * through to stop this orphaned one, as WXT intends.
 */
export function shieldFromForgedRestart(ctx: ContentScriptContext, target: Window = window): void {
  const type = scriptStartedEventName();
  const stop = (e: Event) => {
    let alive = false;
    try {
      alive = browser.runtime?.id != null;
    } catch {
      alive = false;
    }
    if (alive) e.stopImmediatePropagation();
  };
  target.addEventListener(type, stop, { capture: true, signal: ctx.signal });
}

/** The event name WXT's guard listens for (a private static in 0.21; the same formula as a fallback). */
export function scriptStartedEventName(): string {
  const named = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  return typeof named === 'string' ? named : `${browser.runtime?.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
}

function hasScriptedParent(): boolean {
  if (window === window.top) return false;
  try {
    return window.frameElement != null;
  } catch {
    return false;
  }
}
