/**
 * Word boundaries for Swedish patterns. JavaScript's `\b` knows only ASCII letters, so it never
 * matches beside å, ä or ö: `\bpå\b` cannot match "på". Where a pattern starts or ends on one
 * of those letters it uses these instead: a lookaround on the characters that separate words.
 * Being a positive lookaround on separators, lib/checker/triggers.ts reads it as a boundary, so
 * the word next to it can still be a trigger word.
 *
 * No straight apostrophe inside the classes: compilePack turns every `'` into `['’]`.
 */
const SEPARATORS = String.raw`\s"“”(),.;:!?…–—/`;

/** Start of a word: the start of the sentence or a separator before it. */
export const B = String.raw`(?<=^|[${SEPARATORS}])`;

/** End of a word: the end of the sentence or a separator after it. */
export const E = String.raw`(?=$|[${SEPARATORS}])`;
