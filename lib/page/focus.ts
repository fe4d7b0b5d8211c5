/** Focus between the editor and the card: Tab moves into the card, closing it gives focus and selection back. */
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
