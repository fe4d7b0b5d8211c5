/**
 * Word edges for French patterns. JavaScript's `\b` knows only ASCII letters, so it fails next to
 * "é", "à" or "ç" ("responsabilité.", "ça arrive"). These stand in at such an edge; trigger
 * derivation reads both as separators (lib/checker/triggers.ts).
 */
/** Before a word: the start of the sentence, a space or punctuation. */
export const START = String.raw`(?<=^|[\s,;:.!?(«"“—–])`;
/** After a word: the end of the sentence, a space or punctuation. */
export const END = String.raw`(?=$|[\s,;:.!?)»"”…])`;
