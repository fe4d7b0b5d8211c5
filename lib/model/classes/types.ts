/** The word classes the tone model's features know, and what a language gives for them. */

export type WordClass = 'YOU' | 'WE' | 'ME' | 'NEG' | 'MOD' | 'INT' | 'CMP' | 'HEDGE' | 'ADJ' | 'ADV';

export interface ClassTable {
  /** The words of each class, lower case, separated by spaces (tokens as lib/model/features.ts makes them). */
  words: Partial<Record<WordClass, string>>;
  /**
   * Elided words that join the next one with an apostrophe ("n'", "l'", "qu'"): a token that
   * starts with one also counts as its stem ("l'adresse" as "adresse"), and takes the elided
   * word's class when it has one ("n'avez" is a negation), else the stem's.
   */
  elisions?: readonly string[];
  /** The evaluative class (ADJ, ADV) of a word longer than three letters outside the lists, from a lexicon. */
  evaluative?: (word: string) => 'ADJ' | 'ADV' | '';
}
