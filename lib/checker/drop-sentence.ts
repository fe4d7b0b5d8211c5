/**
 * The rewrite of a sentence that is better left out: a boast about the company, a lesson that
 * talks down, a "that's nothing" that plays the problem down. The tone model flags such sentences
 * without a rule construction to rebuild them around, and what a good agent does with them is
 * delete them: the rest of the reply already helps (G2, G3, G4). The rewrite is offered only when
 * leaving the sentence out loses nothing the customer needs and leaves the paragraph whole:
 *  - its category is one whose sentences carry no answer (defensive, condescending, dismissive);
 *  - it states no fact: no number, amount, code or name (lib/checker/vet.ts factsOf), no gap;
 *  - it gives no reason and offers nothing (the pack's signals), and is short: in a long sentence
 *    the slip is often one clause beside an explanation the customer needs;
 *  - it is not its paragraph's only sentence, and does not introduce what follows (":");
 *  - the sentence after it does not lean back on it ("That is why…", "Donc…", "Därför…", "所以…").
 */
import type { CompiledPack } from './pack';
import type { Rewrites } from './rewrite';
import type { Sentence } from './segment';
import { factsOf } from './vet';
import { hasPlaceholder } from './placeholder';
import { countWords } from './scan';

/** The categories whose flagged sentences can go without loss. */
const REMOVABLE = new Set(['defensive', 'condescending', 'dismissive']);

/** Longest sentence offered for removal, in words (a Chinese character counts as one, lib/checker/scan.ts countWords). */
export const MAX_REMOVABLE_WORDS = 24;

/**
 * What to delete to leave sentence `i` of a paragraph out, relative to the paragraph: the sentence
 * and the space after it, or for the last one the space before it; null when it is the only one.
 */
export function removalRange(sentences: readonly Sentence[], i: number): [number, number] | null {
  const s = sentences[i];
  if (i + 1 < sentences.length) return [s.start, sentences[i + 1].start];
  if (i > 0) return [sentences[i - 1].end, s.end];
  return null;
}

/**
 * The removal as a rewrite of sentence `s` (flagged in `category`), or null where it is not
 * offered. `next` is the sentence after it in the paragraph.
 */
export function dropRewrite(
  category: string,
  s: Sentence,
  range: readonly [number, number] | null | undefined,
  next: Sentence | undefined,
  pack: Pick<CompiledPack, 'leansBack' | 'signals'>,
): Rewrites | null {
  if (!range || !REMOVABLE.has(category)) return null;
  if (/[:：]\s*$/u.test(s.text) || hasPlaceholder(s.text) || countWords(s.text) > MAX_REMOVABLE_WORDS || factsOf(s.text).length) return null;
  if (pack.signals.reason.test(s.text) || pack.signals.alternative.test(s.text)) return null;
  if (next && opensLeaningBack(next.text, pack.leansBack)) return null;
  // An empty replacement: the sentence is gone, and so is one of the spaces around it.
  return { suggestions: [''], fixes: [{ start: range[0], end: range[1], text: '', sentence: '' }], dropped: [] };
}

/** Whether `text` opens with one of `words` (a whole word, or for Chinese its first characters). */
function opensLeaningBack(text: string, words: ReadonlySet<string>): boolean {
  if (!words.size) return false;
  const lower = text.trimStart().toLowerCase().replace(/’/g, "'");
  const first = /^[\p{L}']+/u.exec(lower)?.[0] ?? '';
  if (words.has(first)) return true;
  // Unspaced text (Chinese): the first word is not delimited, so a listed word is a prefix.
  for (const w of words) if (/^\p{Script=Han}/u.test(w) && lower.startsWith(w)) return true;
  return false;
}
