/**
 * The one card of a frame: which finding it shows (by key), how it was opened, its status
 * line, the hover timers, and drawing it next to its words. Rendering is injected (the coach
 * bundle renders components/coach-card.tsx), so this module knows no UI library.
 */
import type { Finding } from '../checker/types';
import type { Guideline } from '../guidelines/en';
import type { ReplyBox } from './box';
import { ContextTimer, type PageContext } from './context';
import { restoreFocus } from './focus';
import { uiRoot } from './ui-root';

/** Hover time on an underline before its card opens, and grace time to reach the card. */
export const HOVER_OPEN_MS = 250;
export const HOVER_CLOSE_MS = 350;

/** Shown on cards of editors without a tested adapter (helpdesks.md: unknown editor → read-only). */
export const READ_ONLY_NOTE = 'Reply Coach does not edit this editor directly: copy a rewrite and paste it.';

/** Where the card goes: the first line box of its words (left, top) and the bottom of the last. */
export interface CardAnchor {
  left: number;
  top: number;
  bottom: number;
}

/** What the card shows and what its buttons call. */
export interface CardView {
  anchor: CardAnchor;
  finding: Finding;
  guideline: Guideline;
  /** false: the editor has no tested adapter; suggestions are copied, not applied. */
  canApply: boolean;
  status: string;
  busy: boolean;
  /** The organization's pack that locks this rule on, if any. */
  lockedBy?: string;
  onApply(index: number): void;
  onCopy(index: number): void;
  onIgnore(): void;
  onDisableRule(): void;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

/** Draws `view` into `into`, or clears it (null). */
export type CardRenderer = (view: CardView | null, into: HTMLElement) => void;

/** What the card's buttons do (lib/page/card-actions.ts). */
export interface CardButtons {
  apply(index: number): void;
  copy(index: number): void;
  ignore(): void;
  disableRule(): void;
}

export interface OpenCard {
  readonly box: ReplyBox;
  readonly key: string;
  via: 'hover' | 'keyboard';
  status: string;
  busy: boolean;
  /** Editor selection to restore when focus comes back from the card. */
  saved: [number, number] | null;
}

export interface CardOptions {
  context: PageContext;
  render: CardRenderer;
  /** Makes what the buttons of this card do. */
  buttons(card: Card): CardButtons;
  /** The guideline text and policy lock for a finding under the settings in force. */
  describe(finding: Finding): { guideline: Guideline; lockedBy?: string };
}

export class Card {
  private state: OpenCard | null = null;
  private overCard = false;
  private readonly openTimer: ContextTimer;
  private readonly closeTimer: ContextTimer;
  private readonly buttons: CardButtons;

  constructor(private readonly opts: CardOptions) {
    this.openTimer = new ContextTimer(opts.context);
    this.closeTimer = new ContextTimer(opts.context);
    this.buttons = opts.buttons(this);
  }

  /** The open card, or null. */
  get current(): OpenCard | null {
    return this.state;
  }

  /** The finding the open card shows (null when closed or the finding is gone). */
  finding(): Finding | null {
    return this.state ? (this.state.box.finding(this.state.key) ?? null) : null;
  }

  /** Opens the card for finding `key` of `box` (an open card for the same finding stays). */
  open(box: ReplyBox, key: string, via: OpenCard['via']): void {
    this.openTimer.clear();
    this.closeTimer.clear();
    if (!box.finding(key)) return;
    const card = this.state;
    if (card && card.box === box && card.key === key) {
      if (via === 'keyboard') card.via = via;
      return;
    }
    this.state = { box, key, via, status: box.canApply ? '' : READ_ONLY_NOTE, busy: false, saved: null };
    box.highlighter.setActive(key);
    this.draw();
  }

  /** Closes the card; `returnFocus` puts focus and selection back in the editor if the card had it. */
  close(returnFocus: boolean): void {
    this.openTimer.clear();
    this.closeTimer.clear();
    const card = this.state;
    if (!card) return;
    const root = uiRoot();
    const hadFocus = root.shadow.activeElement != null;
    this.state = null;
    this.overCard = false;
    card.box.highlighter.setActive(null);
    this.opts.render(null, root.cards);
    if (returnFocus && hadFocus) restoreFocus(card.box, card.saved);
  }

  /** Sets the status line and busy state of the open card and draws it. */
  update(box: ReplyBox, change: { status?: string; busy?: boolean }): void {
    const card = this.state;
    if (!card || card.box !== box) return;
    Object.assign(card, change);
    this.draw();
  }

  /** After a check of `box`: follow the open finding, or close if it is gone. */
  refresh(box: ReplyBox): void {
    const card = this.state;
    if (!card || card.box !== box) return;
    if (!box.finding(card.key)) {
      this.close(true);
      return;
    }
    box.highlighter.setActive(card.key);
    this.draw();
  }

  /** The pointer moved over `box`, onto the underline of finding `key` or off every underline (null). */
  pointAt(box: ReplyBox, key: string | null): void {
    const card = this.state;
    if (key) {
      this.closeTimer.clear();
      if (card && card.box === box && card.key === key) return;
      this.openTimer.start(() => this.open(box, key, 'hover'), HOVER_OPEN_MS);
    } else this.leave(box);
  }

  /** The pointer left `box` (or its underlines): a card opened by hover closes after the grace time. */
  leave(box: ReplyBox): void {
    this.openTimer.clear();
    if (this.state?.via === 'hover' && this.state.box === box) this.scheduleClose();
  }

  /** Redraws the open card (its words moved). */
  draw(): void {
    const root = uiRoot();
    const card = this.state;
    if (!card) {
      this.opts.render(null, root.cards);
      return;
    }
    const finding = card.box.finding(card.key);
    const anchor = finding && anchorOf(card.box, card.key);
    if (!finding || !anchor) {
      this.close(false);
      return;
    }
    const { buttons } = this;
    this.opts.render(
      {
        anchor,
        finding,
        ...this.opts.describe(finding),
        canApply: card.box.canApply,
        status: card.status,
        busy: card.busy,
        onApply: (i) => buttons.apply(i),
        onCopy: (i) => buttons.copy(i),
        onIgnore: () => buttons.ignore(),
        onDisableRule: () => buttons.disableRule(),
        onClose: () => this.close(true),
        onPointerEnter: () => {
          this.overCard = true;
          this.closeTimer.clear();
        },
        onPointerLeave: () => {
          this.overCard = false;
          if (this.state?.via === 'hover') this.scheduleClose();
        },
      },
      root.cards,
    );
  }

  /** Stops the timers (the coach is going away). */
  dispose(): void {
    this.openTimer.dispose();
    this.closeTimer.dispose();
  }

  private scheduleClose(): void {
    this.closeTimer.start(() => {
      if (this.state?.via === 'hover' && !this.overCard && uiRoot().shadow.activeElement == null) this.close(false);
    }, HOVER_CLOSE_MS);
  }
}

function anchorOf(box: ReplyBox, key: string): CardAnchor | null {
  const rects = box.highlighter.rectsOf(key);
  if (!rects.length) return null;
  const first = rects[0];
  const last = rects[rects.length - 1];
  return { left: first.left, top: first.top, bottom: last.top + last.height };
}
