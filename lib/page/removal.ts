/**
 * Whether suggestion `i` of a finding leaves its sentence out (lib/checker/drop-sentence.ts): an
 * empty replacement whose sentence reads as nothing after Apply. The card and the popup name it
 * ("Leave this sentence out") instead of previewing an empty sentence, and offer nothing to copy.
 */
import type { Finding } from '../checker/types';

export function removesSentence(f: Pick<Finding, 'suggestions' | 'fixes'>, i: number): boolean {
  return f.suggestions[i] === '' && f.fixes?.[i]?.sentence === '';
}
