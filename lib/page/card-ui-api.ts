/**
 * The contract between the coach bundle and the card UI bundle (`entrypoints/card-ui.ts`): the
 * card, the counter's findings list, Preact and their styles, injected into the coach bundle's
 * world the first time one of them is shown (lib/page/lazy-ui.ts). A reply box that is only
 * checked, highlighted and counted never loads it. Types only: importing this costs no bytes.
 */
import type { CardRenderer } from './card';
import type { CounterView } from './counter';

/** Draws a box's open findings list into `into` (`view.list` set), or clears it (null). */
export type ListRenderer = (view: CounterView | null, into: HTMLElement) => void;

export interface CardUi {
  /** Bumped when the contract changes: a card UI of another build is injected again. */
  readonly version: 1;
  /** The card's and the list's styles, added once to the UI root's shadow root. */
  readonly css: string;
  renderCard: CardRenderer;
  renderList: ListRenderer;
}

export const CARD_UI_VERSION = 1;

declare global {
  // eslint-disable-next-line no-var
  var __replyCoachUi: CardUi | undefined;
}
