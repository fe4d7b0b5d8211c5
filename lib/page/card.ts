/**
 * The one card of a frame: which finding it shows (by key), how it was opened, its status
 * line, the hover timers, and drawing it next to its words. Rendering is injected (the card UI
 * bundle, loaded on first use, renders components/coach-card.tsx: lib/page/lazy-ui.ts), so this
 * module knows no UI library.
 */
import type { Finding, GuidelineId } from '../checker/types';
import { t } from '../i18n/page';
import type { ReplyBox } from './box';
import { ContextTimer, type PageContext } from './context';
import { restoreFocus } from './focus';
import type { Box } from './geometry';
import { keepClear, type KeepClear } from './keep-clear';
import { inReadingOrder } from './reading-order';
import { sentenceBefore } from './preview-diff';
import { uiRoot } from './ui-root';

/** Hover time on an underline before its card opens, and grace time to reach the card. */
export const HOVER_OPEN_MS = 250;
export const HOVER_CLOSE_MS = 350;


/** What the card is placed by (lib/page/placement.ts): its words' line boxes and what it must keep clear of. */
export interface CardAnchor extends KeepClear {
  words: Box[];
}

/**
 * The guideline a card cites: its id, the reply's language and the team's own wording, if any.
 * The card UI looks its text up (lib/guidelines holds every language's texts, which the coach
 * bundle in each helpdesk frame does not carry).
 */
export interface GuidelineRef {
  id: GuidelineId;
  lang?: string;
  own?: string;
}

/** What the card shows and what its buttons call. */
export interface CardView {
  anchor: CardAnchor;
  finding: Finding;
  guideline: GuidelineRef;
  /** false: the editor has no tested adapter; suggestions are copied, not applied. */
  canApply: boolean;
  status: string;
  busy: boolean;
  /** The organization's pack that locks this rule on, if any. */
  lockedBy?: string;
  /** The finding's sentence as it reads now, for the previews of its rewrites (lib/page/preview-diff.ts). */
  sentence?: string;
  onApply(index: number): void;
  onCopy(index: number): void;
  onIgnore(): void;
  onIgnoreEverywhere(): void;
  onDisableRule(): void;
  /** Present while the status offers to undo "Turn off" (the card then shows only that). */
  onUndo?(): void;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** Set when a next/previous-finding step opened the card: where its finding is among the box's, to announce. */
  step?: { index: number; total: number };
}

/** A renderer that may still be loading: whether a draw waits, and when it is done. */
export interface CardLoading {
  readonly pending: boolean;
  ready(): Promise<boolean>;
}

/** Draws `view` into `into`, or clears it (null). */
export type CardRenderer = (view: CardView | null, into: HTMLElement) => void;

/** What the card's buttons do (lib/page/card-actions.ts). */
export interface CardButtons {
  apply(index: number): void;
  copy(index: number): void;
  ignore(): void;
  ignoreEverywhere(): void;
  disableRule(): void;
  undo(): void;
}

export interface OpenCard {
  readonly box: ReplyBox;
  readonly key: string;
  via: 'hover' | 'keyboard';
  status: string;
  busy: boolean;
  /** Editor selection to restore when focus comes back from the card. */
  saved: [number, number] | null;
  /** A next/previous-finding step opened it: the card announces its place among the box's findings. */
  stepped?: boolean;
  /** After "Turn off": the finding as it was, where it was, and its Undo, shown until the offer ends. */
  held?: { finding: Finding; anchor: CardAnchor; undo(): Promise<void> };
}

export interface CardOptions {
  context: PageContext;
  render: CardRenderer;
  /** Where `render` stands when it draws later (the card UI loads on first use: lib/page/lazy-ui.ts); none: it draws at once. */
  loading?: CardLoading;
  /** Makes what the buttons of this card do. */
  buttons(card: Card): CardButtons;
  /** The guideline text and policy lock for a finding under the settings in force. */
  describe(finding: Finding): { guideline: GuidelineRef; lockedBy?: string };
}

export class Card {
  private state: OpenCard | null = null;
  private overCard = false;
  private readonly openTimer: ContextTimer;
  private readonly closeTimer: ContextTimer;
  private readonly holdTimer: ContextTimer;
  private readonly buttons: CardButtons;

  constructor(private readonly opts: CardOptions) {
    this.openTimer = new ContextTimer(opts.context);
    this.closeTimer = new ContextTimer(opts.context);
    this.holdTimer = new ContextTimer(opts.context);
    this.buttons = opts.buttons(this);
  }

  /** The open card, or null. */
  get current(): OpenCard | null {
    return this.state;
  }

  /** Whether the open card is still waiting to be drawn (the card UI is loading). */
  get drawing(): boolean {
    return !!this.state && !!this.opts.loading?.pending;
  }

  /** Resolves once the card asked for is drawn (at once when the renderer draws synchronously). */
  drawn(): Promise<unknown> {
    return this.opts.loading?.ready() ?? Promise.resolve();
  }

  /** The finding the open card shows (null when closed or the finding is gone). */
  finding(): Finding | null {
    return this.state ? (this.state.box.finding(this.state.key) ?? null) : null;
  }

  /** Opens the card for finding `key` of `box` (an open card for the same finding stays); `stepped`: by next/previous finding. */
  open(box: ReplyBox, key: string, via: OpenCard['via'], stepped = false): void {
    this.openTimer.clear();
    this.closeTimer.clear();
    this.holdTimer.clear();
    if (!box.finding(key)) return;
    const card = this.state;
    if (card && card.box === box && card.key === key) {
      if (via === 'keyboard') card.via = via;
      if (stepped && !card.stepped) {
        card.stepped = true;
        this.draw();
      }
      return;
    }
    // Cards of editors without a tested adapter say so (docs/helpdesks.md, "Editor binding": unknown editor → read-only).
    this.state = { box, key, via, status: box.canApply ? '' : t('card.readOnly'), busy: false, saved: null, stepped };
    box.highlighter.setActive(key);
    this.draw();
  }

  /** Closes the card; `returnFocus` puts focus and selection back in the editor if the card had it. */
  close(returnFocus: boolean): void {
    this.openTimer.clear();
    this.closeTimer.clear();
    this.holdTimer.clear();
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

  /**
   * Keeps the open card where it is for `ms` after its finding goes (its rule was turned off),
   * showing `status` and offering `undo`; focus in the card moves to the Undo button.
   */
  hold(box: ReplyBox, status: string, undo: () => Promise<void>, ms: number): void {
    const card = this.state;
    if (!card || card.box !== box) return;
    const finding = box.finding(card.key);
    const anchor = anchorOf(box, card.key);
    if (!finding || !anchor) return;
    const root = uiRoot();
    const hadFocus = root.shadow.activeElement != null;
    Object.assign(card, { held: { finding, anchor, undo }, status, busy: false });
    this.holdTimer.start(() => {
      if (this.state === card) this.close(true);
    }, ms);
    this.draw();
    if (hadFocus) root.cards.querySelector<HTMLButtonElement>('button[data-rc-undo]')?.focus();
  }

  /** After a check of `box`: follow the open finding, or close if it is gone. */
  refresh(box: ReplyBox): void {
    const card = this.state;
    if (!card || card.box !== box || card.held) return;
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
    const finding = card.held?.finding ?? card.box.finding(card.key);
    const anchor = finding && (card.held?.anchor ?? anchorOf(card.box, card.key));
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
        sentence: sentenceOf(card.box, finding),
        step: card.stepped ? stepOf(card.box, card.key) : undefined,
        onApply: (i) => buttons.apply(i),
        onCopy: (i) => buttons.copy(i),
        onIgnore: () => buttons.ignore(),
        onIgnoreEverywhere: () => buttons.ignoreEverywhere(),
        onDisableRule: () => buttons.disableRule(),
        onUndo: card.held ? () => buttons.undo() : undefined,
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
    this.holdTimer.dispose();
  }

  private scheduleClose(): void {
    this.closeTimer.start(() => {
      if (this.state?.via === 'hover' && !this.state.held && !this.overCard && uiRoot().shadow.activeElement == null) this.close(false);
    }, HOVER_CLOSE_MS);
  }
}

/** The finding's sentence in the text its box checked (its fixes say where), if it has any. */
function sentenceOf(box: ReplyBox, finding: Finding): string | undefined {
  const fix = finding.fixes?.[0];
  return fix && box.snap ? sentenceBefore(box.snap.text, fix) : undefined;
}

function anchorOf(box: ReplyBox, key: string): CardAnchor | null {
  const words = box.highlighter.rectsOf(key).filter((r) => r.width > 0 || r.height > 0);
  return words.length ? { words, ...keepClear(box.el) } : null;
}

/** Where finding `key` is among the box's findings in reading order (1-based). */
function stepOf(box: ReplyBox, key: string): { index: number; total: number } {
  const order = inReadingOrder(box.findings);
  return { index: order.findIndex((f) => f.key === key) + 1, total: order.length };
}
