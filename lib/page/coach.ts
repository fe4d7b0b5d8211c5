/**
 * The coach of one frame: owns the reply boxes the content script hands over and the one card,
 * and wires the page modules together. Everything outside the page comes in through `CoachDeps`
 * (as harper's `LintFramework(lintProvider, actions)`), so the coach never touches `browser.*`
 * or storage itself: entrypoints/coach.ts passes the checker and lib/page/extension.ts.
 *
 * When the content script's context is invalidated (the extension was updated or reloaded) the
 * coach lets go of everything — highlights, hooks, listeners, timers, its UI host — and, unless a
 * newer copy of the content script took the frame over, tells the agent once to reload the tab.
 */
import type { Finding } from '../checker/types';
import { langOfRule } from '../guidelines/en';
import { applyLocaleSetting, onLocaleChange, t } from '../i18n/page';
import type { BoxReport } from '../messages';
import type { AllowEntry, EffectiveSettings } from '../settings';
import { isRuleLocked, UNNAMED_POLICY } from '../settings/policy-lock';
import type { SiteDef } from '../sites/types';
import { ReplyBox, type BoxHost, type LintFn } from './box';
import { Card, type CardLoading, type CardRenderer } from './card';
import { cardActions } from './card-actions';
import { Counters, type CounterRenderer } from './counter';
import { showFinding, stepMessages } from './finding-steps';
import type { CoachApi } from './coach-api';
import type { PageContext } from './context';
import { isTextarea } from './dom';
import { EditObserver } from './edit-observer';
import { routeInput } from './input-routing';
import { popupProtocol } from './popup-protocol';
import { followScroll } from './scroll-follow';
import { removeUiRoot, uiRoot } from './ui-root';
import { showUpdateNotice } from './update-notice';

/** What the coach asks of the extension (harper's `actions`). */
export interface CoachActions {
  /** A box's latest check, for the popup and the badge. */
  report(report: BoxReport): void;
  /** The box went away or is not coached any more. */
  removeReport(boxId: string): void;
  /** Turns a rule off everywhere (rejects with a SettingsLockedError when policy locks it); resolves to its Undo. */
  disableRule(ruleId: string): Promise<() => Promise<void>>;
  /** "Ignore everywhere": adds the finding's phrase to the agent's allow list (rejects as disableRule does). */
  allowPhrase(finding: Finding): Promise<AllowEntry>;
  copy(text: string): Promise<boolean>;
}

/** The settings in force: `cb` gets them once read, then on every change; returns unsubscribe. */
export interface SettingsStream {
  subscribe(cb: (settings: EffectiveSettings) => void): () => void;
}

/** Messages from the popup: `handler`'s promise is the answer; returns unsubscribe. */
export interface Inbox {
  subscribe(handler: (message: unknown) => Promise<unknown> | undefined): () => void;
}

export interface CoachDeps {
  lint: LintFn;
  /** Start the engine behind `lint` ahead of need (called on focus and keystrokes: it must be cheap when the engine runs). */
  wake?: () => void;
  actions: CoachActions;
  settings: SettingsStream;
  inbox: Inbox;
  /** The content script's context: validity, invalidation. */
  context: PageContext;
  renderCard: CardRenderer;
  /** Where `renderCard` stands when it draws later (the card UI loads on first use); none: it draws at once. */
  cardLoading?: CardLoading;
  /** The counter beside each box (lib/page/counter-pill.ts and its list); none without it. */
  renderCounter?: CounterRenderer;
  /** This page's host, normalized (sites the agent paused are listed by host). */
  host: string;
  /** "Reply Coach was updated — reload this tab…": the text, or what words it when shown (lib/i18n needs no `browser.*`). */
  updateNotice: string | (() => string);
  /** Apply the settings' UI language (lib/i18n); false where the page around the coach follows it itself (the try page). */
  followLocale?: boolean;
}

/** The pack that locks a rule, by its name; a pack without one in the UI's words. */
const policyName = (by: string | undefined) => (by === undefined || by === UNNAMED_POLICY ? t('options.lockBadgeUnnamed') : by);

export function createCoach(deps: CoachDeps): CoachApi {
  const { context, actions } = deps;
  // A coach before this one in this world ended with its content script; its notice goes.
  removeUiRoot();
  const life = new AbortController();
  const signal = AbortSignal.any([life.signal, context.signal]);
  const boxes = new Map<HTMLElement, ReplyBox>();
  const byId = new Map<string, ReplyBox>();
  let seq = 0;
  let settings: EffectiveSettings | null = null;

  const runAll = () => {
    for (const b of boxes.values()) b.run();
    counters?.schedule();
  };

  const card = new Card({
    context,
    render: deps.renderCard,
    loading: deps.cardLoading,
    buttons: (c) =>
      cardActions({
        card: c,
        copy: actions.copy,
        disableRule: actions.disableRule,
        allowPhrase: actions.allowPhrase,
        phraseAllowed(entry) {
          if (settings) settings = { ...settings, allowList: [...settings.allowList, entry] };
          runAll();
        },
        ruleOff(ruleId) {
          if (settings) settings = { ...settings, rules: { ...settings.rules, [ruleId]: { ...settings.rules[ruleId], enabled: false } } };
          runAll();
        },
      }),
    describe: (f: Finding) => ({
      guideline: { id: f.guideline, lang: langOfRule(f.ruleId), own: settings?.guidelines?.[f.guideline] },
      lockedBy: isRuleLocked(settings, f.ruleId) ? policyName(settings?.lockedBy) : undefined,
    }),
  });

  const counters = deps.renderCounter
    ? new Counters({ context, signal, render: deps.renderCounter, pick: (box, key) => showFinding(box, card, key, true) })
    : null;

  const boxHost: BoxHost = {
    context,
    lint: deps.lint,
    wake: deps.wake,
    settings: () => settings,
    paused: () => !!settings?.disabledSites.includes(deps.host),
    layer: () => uiRoot().layer,
    onChecked: (box) => {
      card.refresh(box);
      counters?.update(box);
    },
    report: actions.report,
    removeReport: actions.removeReport,
  };

  const popup = popupProtocol({ boxById: (id) => byId.get(id), runAll, card });
  // The next/previous-finding command, relayed by the background.
  const steps = stepMessages(() => boxes.values(), card);

  // Boxes wait for the first read (ReplyBox.run returns while settings are null), then every
  // change re-checks them.
  const unsubscribe = [
    deps.settings.subscribe((s) => {
      settings = s;
      runAll();
      if (deps.followLocale !== false) void applyLocaleSetting(s.uiLocale);
    }),
    // The agent picked another language for Reply Coach: what is on screen is worded again.
    onLocaleChange(() => {
      card.draw();
      counters?.drawAll();
    }),
    deps.inbox.subscribe((message) => popup(message) ?? steps(message)),
  ];

  const edits = new EditObserver(context, (el) => boxes.get(el)?.schedule());
  const boxOf = (target: EventTarget | undefined) => {
    if (!target || !(target as Node).nodeType) return undefined;
    for (const b of boxes.values()) if (b.el === target || b.el.contains(target as Node)) return b;
    return undefined;
  };
  const input = routeInput(context, signal, card, boxOf);
  followScroll(context, signal, () => card.current != null, () => card.draw());
  if (counters) followScroll(context, signal, () => counters.any(), () => counters.drawAll());

  let gone = false;
  /** Lets go of everything: the context was invalidated under us. */
  function teardown(): void {
    if (gone) return;
    gone = true;
    const coached = boxes.size > 0;
    card.close(false);
    card.dispose();
    life.abort();
    edits.disconnect();
    for (const b of boxes.values()) b.destroy();
    boxes.clear();
    byId.clear();
    for (const stop of unsubscribe) stop();
    stopListening();
    removeUiRoot();
    if (coached && !context.replaced) showUpdateNotice(typeof deps.updateNotice === 'function' ? deps.updateNotice() : deps.updateNotice);
  }
  const stopListening = context.onInvalidated(teardown);

  return {
    attach(el: HTMLElement, site: SiteDef) {
      if (boxes.has(el) || gone || !context.isValid) return;
      const id = `box-${++seq}`;
      const box = new ReplyBox(id, el, site, boxHost);
      boxes.set(el, box);
      byId.set(id, box);
      input.listenDocument(document);
      input.listenDocument(el.ownerDocument);
      input.listenBox(box);
      if (!isTextarea(el)) edits.observe(el);
      box.run();
    },
    detach(el: HTMLElement) {
      const box = boxes.get(el);
      if (!box) return;
      if (card.current?.box === box) card.close(false);
      counters?.remove(box);
      boxes.delete(el);
      byId.delete(box.id);
      edits.unobserve(el);
      box.destroy();
    },
  };
}
