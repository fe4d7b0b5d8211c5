/**
 * The counter beside each reply box: a small pill at the box's bottom-right with the number of
 * findings worth a look (the same count as the badge and the test hook: warnings and errors),
 * coloured by the worst of them. Pressing it opens the box's findings list; a row there opens
 * that finding's card. It follows scrolling and the caret like the card, and never covers the
 * caret's line, Send or flagged words (lib/page/placement.ts placePill).
 *
 * Hidden when nothing counts (a "0" on every quiet box is noise; the badge says the reply is
 * clean). Shown on read-only boxes too: their findings and cards (Copy instead of Apply) are as
 * real as anywhere else, and the counter is how the agent finds them.
 *
 * Rendering is injected: the pill in plain DOM (./counter-pill.ts), the open list by the card UI
 * (components/counter-list.tsx, loaded on first use like the card).
 */
import type { Severity } from '../checker/types';
import type { ReportedFinding } from '../messages';
import type { ReplyBox } from './box';
import { ContextTimer, whileValid, type PageContext } from './context';
import type { Box } from './geometry';
import { keepClear, type KeepClear } from './keep-clear';
import { intersects, placePill, type Size } from './placement';
import { inReadingOrder } from './reading-order';
import { countsAsFlag, SEVERITY_RANK } from './severity';
import { isolateEvents, uiRoot } from './ui-root';

export interface CounterView {
  /** The pill's box in viewport pixels. */
  pill: Box;
  /** Findings worth a look (warnings and errors). */
  count: number;
  bySeverity: Record<Severity, number>;
  /** The worst severity among the counted findings: the pill's colour. */
  worst: Severity;
  /** The open findings list: every finding of the box in reading order, and what the list keeps clear of. */
  list: { findings: ReportedFinding[]; clear: KeepClear } | null;
  onToggle(): void;
  onPick(key: string): void;
  onCloseList(): void;
}

/** Draws `view` into `into`, or clears it (null). */
export type CounterRenderer = (view: CounterView | null, into: HTMLElement) => void;

/** The pill's size for a count (a wider pill for two and three digits). */
export function pillSize(count: number): Size {
  return { width: count > 99 ? 40 : count > 9 ? 32 : 26, height: 22 };
}

export interface CountersOptions {
  context: PageContext;
  signal: AbortSignal;
  render: CounterRenderer;
  /** A row of the list was chosen: open that finding's card. */
  pick(box: ReplyBox, key: string): void;
}

interface Slot {
  into: HTMLElement;
  listOpen: boolean;
  /** Redraws once the caret has settled (see watch). */
  settle: ContextTimer;
  /** Where the pill was last drawn, and the box it was placed in (null: not drawn). */
  drawn: { pill: Box; box: Box } | null;
}

/**
 * How long the caret must rest before the pill moves off its line: measuring a textarea's caret
 * line copies the text before it into a mirror, too costly for every keystroke of a long reply.
 */
export const CARET_SETTLE_MS = 200;

export class Counters {
  private readonly slots = new Map<ReplyBox, Slot>();
  private queued = false;

  constructor(private readonly opts: CountersOptions) {
    // A press outside Reply Coach's UI closes an open list.
    document.addEventListener(
      'pointerdown',
      whileValid(opts.context, (e: PointerEvent) => {
        if (e.isTrusted && !e.composedPath().includes(uiRoot().host)) this.closeLists();
      }),
      { capture: true, passive: true, signal: opts.signal },
    );
  }

  /** Whether any box has a counter slot (scrolling then redraws them). */
  any(): boolean {
    return this.slots.size > 0;
  }

  /** Draws `box`'s counter after a check (first time: starts following its caret). */
  update(box: ReplyBox): void {
    if (!this.slots.has(box)) this.watch(box);
    this.draw(box);
  }

  /** The box went away. */
  remove(box: ReplyBox): void {
    const slot = this.slots.get(box);
    if (!slot) return;
    this.slots.delete(box);
    slot.settle.dispose();
    this.opts.render(null, slot.into);
    slot.into.remove();
  }

  /** Redraws every counter in the next frame (caret moves, settings). */
  schedule(): void {
    if (this.queued || !this.slots.size) return;
    this.queued = true;
    requestAnimationFrame(
      whileValid(this.opts.context, () => {
        this.queued = false;
        this.drawAll();
      }),
    );
  }

  /** Redraws every counter now (scroll-follow.ts calls it once per frame while the page scrolls). */
  drawAll(): void {
    for (const box of this.slots.keys()) this.draw(box);
  }

  closeLists(): void {
    for (const [box, slot] of this.slots) {
      if (!slot.listOpen) continue;
      slot.listOpen = false;
      this.draw(box);
    }
  }

  private watch(box: ReplyBox): void {
    const into = document.createElement('div');
    const settle = new ContextTimer(this.opts.context);
    this.slots.set(box, { into, listOpen: false, settle, drawn: null });
    const scope = { passive: true, signal: AbortSignal.any([this.opts.signal, box.signal]) };
    const later = whileValid(this.opts.context, () => settle.start(() => this.followCaret(box), CARET_SETTLE_MS));
    // The caret's line moves with typing, clicks and arrow keys; the pill keeps off it once the caret rests.
    for (const type of ['keyup', 'pointerup', 'focus', 'blur'] as const) box.el.addEventListener(type, later, scope);
    box.el.ownerDocument.addEventListener('selectionchange', later, scope);
  }

  /**
   * The caret came to rest: the pill moves only if the caret's line (or Send) now runs under it or
   * the box moved. Placing it again measures every flagged word, which in a long reply costs a
   * layout on each pause of the typing; the words themselves move only with a check, which places
   * the pill again anyway (update).
   */
  private followCaret(box: ReplyBox): void {
    const slot = this.slots.get(box);
    if (!slot) return;
    const drawn = slot.drawn;
    let clear: KeepClear | undefined;
    if (drawn && !slot.listOpen && box.el.isConnected) {
      clear = keepClear(box.el);
      const same = (a: Box, b: Box) => a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;
      const covered = [...(clear.caretLine ? [clear.caretLine] : []), ...clear.avoid].some((r) => intersects(r, drawn.pill));
      if (same(clear.box, drawn.box) && !covered) return;
    }
    this.draw(box, clear);
  }

  /** `clear`: what the pill keeps clear of, when the caller has just measured it. */
  private draw(box: ReplyBox, clear?: KeepClear): void {
    const slot = this.slots.get(box);
    if (!slot) return;
    slot.drawn = null;
    const view = this.viewOf(box, slot, clear);
    if (!view) {
      slot.listOpen = false;
      this.opts.render(null, slot.into);
      return;
    }
    if (!slot.into.isConnected) container().appendChild(slot.into);
    this.opts.render(view, slot.into);
  }

  private viewOf(box: ReplyBox, slot: Slot, measured?: KeepClear): CounterView | null {
    const counted = box.findings.filter(countsAsFlag);
    if (!counted.length || !box.el.isConnected) return null;
    const clear = measured ?? keepClear(box.el);
    const size = pillSize(counted.length);
    const words = box.findings.flatMap((f) => box.highlighter.rectsOf(f.key));
    const spot = placePill({
      viewport: { width: window.innerWidth, height: window.innerHeight },
      box: clear.box,
      pill: size,
      avoid: [...(clear.caretLine ? [clear.caretLine] : []), ...clear.avoid, ...words],
    });
    if (!spot) return null;
    slot.drawn = { pill: { ...spot, ...size }, box: clear.box };
    const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of box.findings) bySeverity[f.severity]++;
    const worst = counted.reduce((a, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[a] ? f.severity : a), counted[0].severity);
    return {
      pill: { ...spot, ...size },
      count: counted.length,
      bySeverity,
      worst,
      list: slot.listOpen ? { findings: inReadingOrder(box.findings), clear } : null,
      onToggle: () => {
        slot.listOpen = !slot.listOpen;
        this.draw(box);
      },
      onPick: (key) => {
        slot.listOpen = false;
        this.draw(box);
        this.opts.pick(box, key);
      },
      onCloseList: () => {
        slot.listOpen = false;
        this.draw(box);
      },
    };
  }
}

/** The counters' container in the UI root (made on first use, again after the root was made anew). */
function container(): HTMLElement {
  const { shadow } = uiRoot();
  let c = shadow.querySelector<HTMLElement>('.rc-counters');
  if (!c) {
    c = document.createElement('div');
    c.className = 'rc-counters';
    isolateEvents(c);
    shadow.appendChild(c);
  }
  return c;
}
