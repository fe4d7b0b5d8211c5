/**
 * The popup's messages to this frame (through the background): re-check every box, apply a
 * rewrite of finding `key` in box `boxId`, or scroll to that finding and open its card. Other
 * frames' boxes are not answered here, so the frame that holds the box answers.
 */
import type { ApplyResult, ToContent } from '../messages';
import { checkToContent } from './inbound-messages';
import { applySuggestion } from './apply-fix';
import type { ReplyBox } from './box';
import type { Card } from './card';
import { isTextarea } from './dom';

export interface PopupProtocolOptions {
  boxById(id: string): ReplyBox | undefined;
  runAll(): void;
  card: Card;
}

/** A runtime.onMessage handler: a promise for the messages this frame answers, else undefined. */
export function popupProtocol({ boxById, runAll, card }: PopupProtocolOptions) {
  return (message: unknown): Promise<ApplyResult | boolean> | undefined => {
    const checked = checkToContent(message);
    if (!checked.ok) return undefined;
    const msg: ToContent = checked.message;
    if (msg.type === 'recheck') {
      runAll();
      return undefined;
    }
    const box = boxById(msg.boxId);
    if (!box) return undefined; // another frame's box: let that frame answer
    const f = box.finding(msg.key);
    if (msg.type === 'finding:apply') {
      if (!f) {
        box.run();
        return Promise.resolve({ ok: false, reason: 'stale' });
      }
      return applySuggestion(box, f, msg.suggestion).then((r) => {
        box.run();
        return r;
      });
    }
    if (!f) return Promise.resolve(false);
    reveal(box, f.start, f.end, msg.key);
    requestAnimationFrame(() => card.open(box, msg.key, 'keyboard'));
    return Promise.resolve(true);
  };
}

/** Scrolls the words [start, end) of `box` (mark `key`) into view. */
function reveal(box: ReplyBox, start: number, end: number, key: string): void {
  if (isTextarea(box.el)) {
    const ta = box.el;
    const rect = box.highlighter.rectsOf(key)[0];
    const taRect = ta.getBoundingClientRect();
    if (rect) ta.scrollTop += rect.top - taRect.top - ta.clientHeight / 2;
  } else {
    const range = box.snap?.toDomRange(start, end);
    const target = range?.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }
  box.el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  box.highlighter.sync();
}
