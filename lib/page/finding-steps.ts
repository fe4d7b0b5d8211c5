/**
 * Next / previous finding from the reply box (the manifest's commands relayed by the
 * background, or the same keys pressed in the box): the caret goes to the start of the flagged
 * words, they scroll into view and their card opens, announcing "Finding 2 of 5: …".
 */
import { checkFindingStep } from './inbound-messages';
import type { ReplyBox } from './box';
import type { Card } from './card';
import { isTextarea } from './dom';
import { restoreFocus } from './focus';
import { inReadingOrder } from './reading-order';
import { uiRoot } from './ui-root';

export type StepDirection = 'next' | 'previous';

interface Span {
  key: string;
  start: number;
  end: number;
}

/**
 * The finding a step lands on: the one after (before) the current finding — the open card's,
 * else the one under the caret — or, with none, the first after (last before) the caret.
 * Wraps around at either end. Null when there are no findings.
 */
export function stepTarget<T extends Span>(findings: readonly T[], from: { key: string | null; caret: number | null }, direction: StepDirection): T | null {
  const list = inReadingOrder(findings);
  const n = list.length;
  if (!n) return null;
  const i = from.key == null ? -1 : list.findIndex((f) => f.key === from.key);
  if (i >= 0) return list[(i + (direction === 'next' ? 1 : n - 1)) % n];
  const c = from.caret;
  if (c == null) return direction === 'next' ? list[0] : list[n - 1];
  if (direction === 'next') return list.find((f) => f.start > c) ?? list[0];
  return [...list].reverse().find((f) => f.end < c) ?? list[n - 1];
}

/** Puts the caret at the start of finding `key`, scrolls its words into view and opens its card (by keyboard). */
export function showFinding(box: ReplyBox, card: Card, key: string, stepped: boolean): void {
  const f = box.finding(key);
  if (!f) return;
  restoreFocus(box, [f.start, f.start]);
  if (!isTextarea(box.el)) {
    const range = box.snap?.toDomRange(f.start, f.end);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
  box.el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  box.highlighter.sync();
  card.open(box, key, 'keyboard', stepped);
}

/** One step from where the agent is in `box`. */
export function stepFinding(box: ReplyBox, card: Card, direction: StepDirection): boolean {
  const open = card.current?.box === box ? card.current.key : null;
  const caret = box.caret();
  const key = open ?? (caret == null ? null : box.findingAt(caret));
  const target = stepTarget(box.findings, { key, caret }, direction);
  if (!target) return false;
  showFinding(box, card, target.key, true);
  return true;
}

/** The box the agent is in: the one holding focus in a focused document, or the open card's while focus is in the card. */
export function focusedBox(boxes: Iterable<ReplyBox>, card: Card): ReplyBox | undefined {
  if (card.current && uiRoot().shadow.activeElement != null && document.hasFocus()) return card.current.box;
  for (const box of boxes) {
    const el = box.el;
    if (!el.ownerDocument.hasFocus()) continue;
    const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
    if (active && (active === el || el.contains(active))) return box;
  }
  return undefined;
}

/**
 * The background's relay of the next/previous-finding command (lib/background/commands.ts), an
 * inbox handler: every frame of the tab gets it, the one whose box has focus steps and answers.
 */
export function stepMessages(boxes: () => Iterable<ReplyBox>, card: Card) {
  return (message: unknown): Promise<boolean> | undefined => {
    const checked = checkFindingStep(message);
    if (!checked.ok) return undefined;
    const box = focusedBox(boxes(), card);
    if (!box) return undefined; // another frame has focus: let it answer
    return Promise.resolve(stepFinding(box, card, checked.message.direction));
  };
}
