/**
 * Whether suggestion `i` of a finding leaves its sentence out (lib/checker/drop-sentence.ts): an
 * empty replacement whose sentence reads as nothing after Apply. The card and the popup name it
 * ("Leave this sentence out") instead of previewing an empty sentence, and offer nothing to copy.
 */
import type { Finding } from '../checker/types';
import type { ApplyResult } from '../messages';

export function removesSentence(f: Pick<Finding, 'suggestions' | 'fixes'>, i: number): boolean {
  return f.suggestions[i] === '' && f.fixes?.[i]?.sentence === '';
}

/**
 * Whether Apply failed because the editor will not take an edit here (it refused one, or cannot
 * be edited safely): the agent makes the change by hand — copies the rewrite, or for a removal
 * deletes the sentence. A stale or composing refusal is worth another Apply instead.
 */
export function editByHand(reason: ApplyResult['reason']): boolean {
  return reason === 'refused' || reason === 'read-only';
}
