/**
 * Edits inside contenteditable boxes: editors that handle beforeinput themselves fire no
 * `input`, so a MutationObserver over each box's subtree tells the coach which box changed.
 */
import { whileValid, type PageContext } from './context';

export class EditObserver {
  private readonly watched = new Set<HTMLElement>();
  private readonly observer: MutationObserver;

  constructor(context: PageContext, onEdit: (el: HTMLElement) => void) {
    this.observer = new MutationObserver(
      whileValid(context, (records: MutationRecord[]) => {
        const touched = new Set<HTMLElement>();
        for (const r of records) {
          for (const el of this.watched) if (el.contains(r.target)) touched.add(el);
        }
        for (const el of touched) onEdit(el);
      }),
    );
  }

  observe(el: HTMLElement): void {
    this.watched.add(el);
    this.observer.observe(el, { childList: true, subtree: true, characterData: true });
  }

  unobserve(el: HTMLElement): void {
    if (!this.watched.delete(el)) return;
    // MutationObserver has no unobserve: observe the remaining boxes again.
    this.observer.disconnect();
    for (const other of this.watched) this.observer.observe(other, { childList: true, subtree: true, characterData: true });
  }

  disconnect(): void {
    this.watched.clear();
    this.observer.disconnect();
  }
}
