/** Focus between the editor and the card: Tab moves into the card and cycles inside it, closing it gives focus and selection back. */
import { focusEditable, selectText } from '../editors/apply';
import type { ReplyBox } from './box';
import { isTextarea } from './dom';

/** Where Tab from the editor lands: the card's first rewrite (Apply or Copy), else its first button. */
export function firstCardButton(cards: HTMLElement): HTMLButtonElement | null {
  return cards.querySelector<HTMLButtonElement>('button[data-rc-apply], button[data-rc-copy]') ?? cards.querySelector('button');
}

/** Focuses the box's editor and puts back the selection saved when focus left it (text offsets). */
export function restoreFocus(box: ReplyBox, saved: [number, number] | null): void {
  focusEditable(box.el);
  if (!saved) return;
  if (isTextarea(box.el)) box.el.setSelectionRange(Math.min(...saved), Math.max(...saved));
  else selectText(box.el, box.adapter.read(box.el), saved[0], saved[1]);
}

/** What can take focus inside the card (buttons, the guideline's disclosure). */
const FOCUSABLE = 'button:not([disabled]), summary, a[href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Tab inside the open card: the element after (Shift+Tab: before) the focused one, wrapping
 * from the last to the first, so focus stays in the card until Escape gives it back.
 */
export function nextInCard(container: HTMLElement, backwards: boolean): HTMLElement | null {
  const all = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  if (!all.length) return null;
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
  const i = all.findIndex((el) => el === active);
  if (i < 0) return backwards ? all[all.length - 1] : all[0];
  return all[(i + (backwards ? all.length - 1 : 1)) % all.length];
}
