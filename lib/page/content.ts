/**
 * What the content script does in each frame: pick the site definition, discover reply boxes,
 * and load the coach bundle on the first one, handing it this script's context. Kept free of
 * the checker and of Preact.
 */
import { browser, ContentScriptContext } from '#imports';
import type { ToBackground } from '../messages';
import { domainSiteOf } from '../settings/domain-sites';
import type { SiteDef } from '../sites/types';
import { COACH_API_VERSION, type CoachApi } from './coach-api';
import type { PageContext } from './context';
import { startDiscovery } from './discovery';
import { UI_TAG } from './dom';
import { pageSite } from './page-site';

export function start(ctx: ContentScriptContext): void {
  // A same-origin child frame (TinyMCE's srcdoc iframe, about:blank) is scanned by its parent's
  // script, which also places the UI over it; attaching here too would coach the box twice.
  if (hasScriptedParent()) return;
  // Injected again by "Coach this page" where the manifest's script already runs: one is enough.
  if (globalThis.__replyCoachContent && !globalThis.__replyCoachContent.isInvalid) return;
  globalThis.__replyCoachContent = ctx;
  // The coach bundle takes this script's `browser` instead of a polyfill of its own (lib/page/world-browser.ts).
  globalThis.__replyCoachBrowser = browser;
  const context = toPageContext(ctx, shieldFromForgedRestart(ctx));

  // A coach bundle of another version in this world: inject ours instead. UI left by an orphaned
  // copy of this script (its "reload this tab" notice): this copy coaches now.
  if (globalThis.__replyCoach?.version !== COACH_API_VERSION) globalThis.__replyCoach = undefined;
  for (const stale of document.querySelectorAll(UI_TAG)) stale.remove();

  void pageSite(new URL(location.href), domainSiteOf).then(({ site, allEditables }) => {
    if (ctx.isValid) discover(ctx, context, site, allEditables);
  });
}

function discover(ctx: ContentScriptContext, context: PageContext, site: SiteDef, allEditables: boolean): void {
  const queue = new Set<HTMLElement>();
  let coach: CoachApi | undefined;
  let loading: Promise<void> | undefined;

  const load = () =>
    (loading ??= (async () => {
      if (!ctx.isValid) return;
      const msg: ToBackground = { type: 'coach:inject' };
      const res = (await browser.runtime.sendMessage(msg)) as { ok: boolean } | undefined;
      const bundle = globalThis.__replyCoach;
      if (!res?.ok || !bundle || bundle.version !== COACH_API_VERSION || !ctx.isValid) return;
      coach = bundle.start(context);
      for (const el of queue) coach.attach(el, site);
      queue.clear();
    })().catch(() => {
      // Site disabled, injection refused or the extension went away: stay idle until the next page load.
    }));

  startDiscovery(document, {
    site,
    allEditables,
    context,
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
}

/** WXT's context as the page code takes it (lib/page/context.ts), with what the shield saw. */
export function toPageContext(ctx: ContentScriptContext, shield: { readonly replaced: boolean }): PageContext {
  return {
    get isValid() {
      return ctx.isValid;
    },
    signal: ctx.signal,
    onInvalidated: (cb) => ctx.onInvalidated(cb),
    get replaced() {
      return shield.replaced;
    },
  };
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
 * through to stop this orphaned one, as WXT intends; `replaced` then says the newer one took over.
 */
export function shieldFromForgedRestart(ctx: ContentScriptContext, target: Window = window): { readonly replaced: boolean } {
  const type = scriptStartedEventName();
  let replaced = false;
  const stop = (e: Event) => {
    let alive = false;
    try {
      alive = browser.runtime?.id != null;
    } catch {
      alive = false;
    }
    if (alive) e.stopImmediatePropagation();
    else replaced = true;
  };
  target.addEventListener(type, stop, { capture: true, signal: ctx.signal });
  return {
    get replaced() {
      return replaced;
    },
  };
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
