/**
 * The coach bundle's runtime in one frame (injected lazily by the background, see
 * entrypoints/coach.ts): owns the reply boxes handed over by the content script, the one card,
 * and the messages from the popup. Listeners are scoped to an AbortSignal; nothing polls.
 */
import { h, render } from 'preact';
import { browser } from '#imports';
import { CoachCard, type CardAnchor } from '../../components/coach-card';
import type { Finding } from '../checker/types';
import { focusEditable, selectText } from '../editors/apply';
import { guidelineText } from '../guidelines/en';
import type { ApplyResult, BoxReport, ToBackground, ToContent } from '../messages';
import { checkToContent } from '../messages-schema';
import { getEffectiveSettings, isRuleLocked, normalizeHost, setRuleEnabled, UNNAMED_POLICY, watchSettings, type EffectiveSettings } from '../settings';
import type { SiteDef } from '../sites/types';
import { ReplyBox, findingKey, type BoxHost } from './box';
import { COACH_API_VERSION, type CoachApi } from './coach-api';
import { isTextarea } from './dom';
import { removeUiRoot, uiRoot } from './ui-root';

/** Hover time on an underline before its card opens, and grace time to reach the card. */
const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 350;

const REFUSED: Record<NonNullable<ApplyResult['reason']>, string> = {
  stale: 'The reply changed since this check, so nothing was replaced. Checked again.',
  refused: 'The editor did not accept the change; your text is untouched. Copy the rewrite instead.',
  'read-only': 'This editor cannot be changed safely from here: copy the rewrite instead.',
  composing: 'Finish the character you are composing, then apply.',
};

/** Shown on cards of editors without a tested adapter (helpdesks.md: unknown editor → read-only). */
const READ_ONLY_NOTE = 'Reply Coach does not edit this editor directly: copy a rewrite and paste it.';

/** Built-in rules as they ship, used only if storage cannot be read at all. */
const FALLBACK_SETTINGS: EffectiveSettings = {
  rules: {},
  custom: [],
  guidelines: {},
  disabledSites: [],
  coachInternalNotes: false,
  customDomains: [],
  managed: false,
  packName: null,
  locked: { rules: [], custom: [], guidelines: [] },
};

interface OpenCard {
  box: ReplyBox;
  key: string;
  index: number;
  via: 'hover' | 'keyboard';
  status: string;
  busy: boolean;
  /** Editor selection to restore when focus comes back from the card. */
  saved: [number, number] | null;
}

function send(msg: ToBackground): void {
  browser.runtime.sendMessage(msg).catch(() => {
    // background restarting or extension reloaded: the next check sends again
  });
}

export function createCoach(): CoachApi {
  const life = new AbortController();
  const signal = life.signal;
  const boxes = new Map<HTMLElement, ReplyBox>();
  const byId = new Map<string, ReplyBox>();
  const docs = new WeakSet<Document>();
  let seq = 0;
  let settings: EffectiveSettings | null = null;
  const host = normalizeHost(location.hostname);
  let card: OpenCard | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let overCard = false;

  const paused = () => !!settings?.disabledSites.includes(host);
  const boxHost: BoxHost = {
    settings: () => settings,
    paused,
    layer: () => uiRoot().layer,
    onChecked: refreshCard,
    report: (report: BoxReport) => send({ type: 'report:update', report }),
    removeReport: (boxId) => send({ type: 'report:remove', boxId }),
  };

  // Boxes wait for the first read (ReplyBox.run returns while settings are null), then every
  // change re-checks them. Unreadable storage falls back to the defaults: coach, don't stall.
  const useSettings = (s: EffectiveSettings) => {
    settings = s;
    for (const b of boxes.values()) b.run();
  };
  getEffectiveSettings().then(useSettings, () => useSettings(FALLBACK_SETTINGS));
  const unwatch = watchSettings(useSettings);
  signal.addEventListener('abort', unwatch, { once: true });

  /** Edits inside contenteditable boxes (editors that handle beforeinput fire no `input`). */
  const contentObserver = new MutationObserver((records) => {
    const touched = new Set<ReplyBox>();
    for (const r of records) {
      for (const b of boxes.values()) if (b.el.contains(r.target)) touched.add(b);
    }
    for (const b of touched) b.schedule();
  });

  // ---------------------------------------------------------------------------------------
  // Card

  function anchorOf(box: ReplyBox, index: number): CardAnchor | null {
    const rects = box.highlighter.rectsOf(index);
    if (!rects.length) return null;
    const first = rects[0];
    const last = rects[rects.length - 1];
    return { left: first.left, top: first.top, bottom: last.top + last.height };
  }

  function drawCard(): void {
    const root = uiRoot();
    if (!card) {
      render(null, root.cards);
      return;
    }
    const { box, index } = card;
    const finding = box.findings[index];
    const anchor = finding && anchorOf(box, index);
    if (!finding || !anchor) {
      closeCard(false);
      return;
    }
    render(
      h(CoachCard, {
        anchor,
        finding,
        guideline: guidelineText(finding.guideline, settings?.guidelines),
        canApply: box.canApply,
        status: card.status,
        busy: card.busy,
        onApply: (i: number) => void applySuggestion(i),
        onCopy: (i: number) => void copySuggestion(i),
        onIgnore: ignoreHere,
        onDisableRule: () => void disableRule(),
        lockedBy: isRuleLocked(settings, finding.ruleId) ? (settings?.lockedBy ?? UNNAMED_POLICY) : undefined,
        onClose: () => closeCard(true),
        onPointerEnter: () => {
          overCard = true;
          clearTimeout(closeTimer);
        },
        onPointerLeave: () => {
          overCard = false;
          if (card?.via === 'hover') scheduleClose();
        },
      }),
      root.cards,
    );
  }

  function openCard(box: ReplyBox, index: number, via: OpenCard['via']): void {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    const f = box.findings[index];
    if (!f || !box.snap) return;
    const key = findingKey(f, box.snap.text);
    if (card && card.box === box && card.key === key) {
      if (via === 'keyboard') card.via = via;
      return;
    }
    const status = box.canApply ? '' : READ_ONLY_NOTE;
    card = { box, key, index, via, status, busy: false, saved: null };
    box.highlighter.setActive(index);
    drawCard();
  }

  /** Closes the card; `returnFocus` puts focus and selection back in the editor if the card had it. */
  function closeCard(returnFocus: boolean): void {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (!card) return;
    const { box, saved } = card;
    const hadFocus = uiRoot().shadow.activeElement != null;
    card = null;
    overCard = false;
    box.highlighter.setActive(null);
    render(null, uiRoot().cards);
    if (returnFocus && hadFocus) restoreFocus(box, saved);
  }

  function restoreFocus(box: ReplyBox, saved: [number, number] | null): void {
    focusEditable(box.el);
    if (!saved) return;
    if (isTextarea(box.el)) (box.el as HTMLTextAreaElement).setSelectionRange(Math.min(...saved), Math.max(...saved));
    else selectText(box.el, box.adapter.read(box.el), saved[0], saved[1]);
  }

  function scheduleClose(): void {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (card?.via === 'hover' && !overCard && uiRoot().shadow.activeElement == null) closeCard(false);
    }, HOVER_CLOSE_MS);
  }

  /** After a check: follow the open finding to its new index, or close if it is gone. */
  function refreshCard(box: ReplyBox): void {
    if (!card || card.box !== box) return;
    const text = box.snap?.text ?? '';
    const index = box.findings.findIndex((f) => findingKey(f, text) === card!.key);
    if (index < 0) {
      closeCard(true);
      return;
    }
    card.index = index;
    box.highlighter.setActive(index);
    drawCard();
  }

  function currentFinding(): Finding | null {
    return card ? (card.box.findings[card.index] ?? null) : null;
  }

  async function applySuggestion(i: number): Promise<void> {
    const f = currentFinding();
    if (!card || !f) return;
    const { box } = card;
    card.busy = true;
    card.status = 'Applying…';
    drawCard();
    const result = await applyTo(box, f, i);
    if (result.ok) {
      closeCard(false);
      box.run();
      return;
    }
    if (card && card.box === box) {
      card.busy = false;
      card.status = REFUSED[result.reason ?? 'refused'];
      drawCard();
    }
    if (result.reason === 'stale') box.run();
  }

  /**
   * Applies suggestion `i` of `f`: its exact fix when the checker gave one (it may reach past the
   * flagged words, e.g. to re-capitalize after a dropped frame), else the plain replacement.
   */
  async function applyTo(box: ReplyBox, f: Finding, i: number): Promise<ApplyResult> {
    const replacement = f.suggestions[i];
    if (replacement === undefined) return { ok: false, reason: 'stale' };
    if (!box.canApply) return { ok: false, reason: 'read-only' };
    if (box.composing) return { ok: false, reason: 'composing' };
    const fix = f.fixes?.[i];
    const checked = box.snap?.text;
    try {
      if (fix && checked !== undefined && checked.slice(f.start, f.end) === f.text) {
        return await box.adapter.apply(box.el, fix.start, fix.end, checked.slice(fix.start, fix.end), fix.text);
      }
      return await box.adapter.apply(box.el, f.start, f.end, f.text, replacement);
    } catch {
      return { ok: false, reason: 'refused' };
    }
  }

  async function copySuggestion(i: number): Promise<void> {
    const f = currentFinding();
    if (!card || !f) return;
    let ok = false;
    try {
      await navigator.clipboard.writeText(f.fixes?.[i]?.sentence ?? f.suggestions[i]);
      ok = true;
    } catch {
      ok = false;
    }
    const over = f.fixes?.[i] ? 'the sentence' : 'the underlined words';
    card.status = ok ? `Copied. Paste it over ${over}.` : 'Copying was blocked: select the rewrite and copy it by hand.';
    drawCard();
  }

  function ignoreHere(): void {
    const f = currentFinding();
    if (!card || !f) return;
    const { box, key } = card;
    box.ignored.add(key);
    closeCard(true);
    box.run();
  }

  async function disableRule(): Promise<void> {
    const f = currentFinding();
    if (!card || !f) return;
    const { box } = card;
    card.busy = true;
    drawCard();
    try {
      await setRuleEnabled(f.ruleId, false);
      if (settings) settings = { ...settings, rules: { ...settings.rules, [f.ruleId]: { ...settings.rules[f.ruleId], enabled: false } } };
      closeCard(true);
      for (const b of boxes.values()) b.run();
    } catch (e) {
      if (card?.box === box) {
        card.busy = false;
        card.status =
          (e as Error)?.name === 'SettingsLockedError'
            ? "Your organization's policy sets this rule, so it stays on."
            : 'Could not save the setting. Try again from the Reply Coach popup.';
        drawCard();
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // Pointer and keyboard

  function boxOf(target: EventTarget | null | undefined): ReplyBox | undefined {
    if (!target || !(target as Node).nodeType) return undefined;
    for (const b of boxes.values()) if (b.el === target || b.el.contains(target as Node)) return b;
    return undefined;
  }

  // Only a person opens the card or acts on it: script-made events (e.isTrusted false) are
  // ignored here, and inside the card's shadow root (ui-root.ts guardUi) before any handler.
  function onPointerMove(box: ReplyBox, e: MouseEvent): void {
    if (!e.isTrusted) return;
    const index = box.highlighter.hitTest(e.clientX, e.clientY);
    if (index >= 0) {
      clearTimeout(closeTimer);
      if (card && card.box === box && card.index === index) return;
      clearTimeout(openTimer);
      openTimer = setTimeout(() => openCard(box, index, 'hover'), HOVER_OPEN_MS);
    } else {
      clearTimeout(openTimer);
      if (card?.via === 'hover' && card.box === box) scheduleClose();
    }
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    if (e.isComposing || e.keyCode === 229) return;
    const box = boxOf(e.composedPath()[0]);
    if (!box) return;
    if (e.key === 'Enter' && e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      const caret = box.caret();
      const index = caret == null ? -1 : box.findingAt(caret);
      if (index < 0) return;
      e.preventDefault();
      e.stopPropagation();
      openCard(box, index, 'keyboard');
      return;
    }
    if (!card || card.box !== box) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      closeCard(false);
    } else if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      // The card is open: Tab moves into it (the only way focus ever enters it).
      const cards = uiRoot().cards;
      const first = cards.querySelector<HTMLButtonElement>('button[data-rc-apply], button[data-rc-copy]') ?? cards.querySelector('button');
      if (!first) return;
      e.preventDefault();
      e.stopPropagation();
      card.saved = box.saveSelection();
      first.focus();
    }
  }

  /** A press anywhere but on the card closes it (the selection is left as the press makes it). */
  function onPointerDown(e: Event): void {
    if (!card || !e.isTrusted) return;
    const inCard = e.composedPath().some((n) => n === uiRoot().host);
    if (!inCard) closeCard(false);
  }

  function listenDocument(doc: Document): void {
    if (docs.has(doc)) return;
    docs.add(doc);
    doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
    doc.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true, signal });
  }

  // Keep the card next to its words while the page scrolls or resizes.
  let queued = false;
  const follow = () => {
    if (!card || queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      if (card) drawCard();
    });
  };
  window.addEventListener('scroll', follow, { capture: true, passive: true, signal });
  window.addEventListener('resize', follow, { passive: true, signal });

  // ---------------------------------------------------------------------------------------
  // Messages from the popup (through the background)

  const onMessage = (message: unknown): Promise<ApplyResult | boolean> | undefined => {
    const checked = checkToContent(message);
    if (!checked.ok) return undefined;
    const msg: ToContent = checked.message;
    if (msg.type === 'recheck') {
      for (const b of boxes.values()) b.run();
      return undefined;
    }
    const box = byId.get(msg.boxId);
    if (!box) return undefined; // another frame's box: let that frame answer
    const index = box.findings.findIndex((f) => f.ruleId === msg.ruleId && f.start === msg.start && f.end === msg.end);
    if (msg.type === 'finding:apply') {
      const f = box.findings[index];
      if (!f) {
        box.run();
        return Promise.resolve({ ok: false, reason: 'stale' });
      }
      return applyTo(box, f, msg.suggestion).then((r) => {
        box.run();
        return r;
      });
    }
    if (msg.type === 'finding:show') {
      if (index < 0) return Promise.resolve(false);
      showFinding(box, index);
      return Promise.resolve(true);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage as never), { once: true });

  function showFinding(box: ReplyBox, index: number): void {
    const f = box.findings[index];
    if (isTextarea(box.el)) {
      const ta = box.el as HTMLTextAreaElement;
      const rect = box.highlighter.rectsOf(index)[0];
      const taRect = ta.getBoundingClientRect();
      if (rect) ta.scrollTop += rect.top - taRect.top - ta.clientHeight / 2;
    } else {
      const range = box.snap?.toDomRange(f.start, f.end);
      const target = range?.startContainer.parentElement;
      target?.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    box.el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    box.highlighter.sync();
    requestAnimationFrame(() => openCard(box, index, 'keyboard'));
  }

  // ---------------------------------------------------------------------------------------
  // API for the content script

  return {
    version: COACH_API_VERSION,
    attach(el: HTMLElement, site: SiteDef) {
      if (boxes.has(el) || signal.aborted) return;
      const id = `box-${++seq}`;
      // Plain contenteditable is trusted where no product editor is expected (see lib/editors/index.ts).
      const box = new ReplyBox(id, el, site, boxHost, site.id === 'user' || site.editor === 'contenteditable');
      boxes.set(el, box);
      byId.set(id, box);
      listenDocument(document);
      listenDocument(el.ownerDocument);
      if (!isTextarea(el)) contentObserver.observe(el, { childList: true, subtree: true, characterData: true });
      const scope = { signal: AbortSignal.any([signal, box.signal]) };
      el.addEventListener('mousemove', (e) => onPointerMove(box, e), { passive: true, ...scope });
      el.addEventListener(
        'mouseleave',
        (e) => {
          if (!e.isTrusted) return;
          clearTimeout(openTimer);
          if (card?.via === 'hover' && card.box === box) scheduleClose();
        },
        { passive: true, ...scope },
      );
      // Typing closes the card (our own apply is busy and keeps it).
      el.addEventListener('beforeinput', () => card?.box === box && !card.busy && closeCard(false), scope);
      box.run();
    },
    detach(el: HTMLElement) {
      const box = boxes.get(el);
      if (!box) return;
      if (card?.box === box) closeCard(false);
      boxes.delete(el);
      byId.delete(box.id);
      box.destroy();
      // MutationObserver has no unobserve: re-observe the remaining boxes.
      contentObserver.disconnect();
      for (const b of boxes.values()) if (!isTextarea(b.el)) contentObserver.observe(b.el, { childList: true, subtree: true, characterData: true });
    },
    destroy() {
      closeCard(false);
      life.abort();
      contentObserver.disconnect();
      for (const b of boxes.values()) b.destroy();
      boxes.clear();
      byId.clear();
      removeUiRoot();
    },
  };
}
