/** Writing a rewrite into a reply box, for the card's Apply and the popup's. */
import type { Finding } from '../checker/types';
import type { ApplyResult } from '../messages';
import type { ReplyBox } from './box';

/**
 * Applies suggestion `i` of `f` through the box's adapter: the checker's exact fix when it gave
 * one (it may reach past the flagged words, e.g. to re-capitalize after a dropped frame), else
 * the plain replacement of the flagged words.
 */
export async function applySuggestion(box: ReplyBox, f: Finding, i: number): Promise<ApplyResult> {
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
