/**
 * The features the language guess reads from Latin-script text: each word, each letter trigram
 * of the word padded with a space on both sides (" och", "och", "ch "), and each letter beyond
 * ASCII on its own ("ä", "ø", "ñ": one letter, many rare trigrams). The profile
 * generator (scripts/gen-lang-profile.mjs) and the detector (./lang.ts) both cut text into words
 * with eachPart and hash what the generator spells out with the functions here, so a feature
 * counted in training is the feature looked up at run time.
 *
 * Words are runs of Latin letters and apostrophes, cut after each apostrophe ("c'est" → "c'", "est";
 * ’ reads as '). A run that holds a digit is a code or an order number ("SE-4471", "A12B") and
 * gives no feature: it is the same in every language.
 */
import { isLetter } from './scan';

const APOSTROPHE = 39;
const CURLY = 0x2019;
const SPACE = 32;
/** Longer words still give their trigrams, but not a word feature (they are never in a profile). */
export const MAX_WORD = 24;

const isDigit = (c: number) => c >= 48 && c <= 57;
/** Latin letters only (through Latin Extended-B): other scripts are told apart by ./lang.ts first. */
const isLatin = (c: number) => (c < 0x250 ? isLetter(c) : false);

/**
 * Calls `each(start, end)` for every word part of `lower` (text already lower-cased) in order,
 * until `each` returns true. Returns the index reached.
 */
export function eachPart(lower: string, each: (start: number, end: number) => boolean | void, from = 0): number {
  const n = lower.length;
  let i = from;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (!(isLatin(c) || isDigit(c))) {
      i++;
      continue;
    }
    const start = i;
    let digit = false;
    while (i < n) {
      c = lower.charCodeAt(i);
      if (isDigit(c)) digit = true;
      else if (!(c === APOSTROPHE || c === CURLY || isLatin(c))) break;
      i++;
    }
    if (digit) continue;
    let s = start;
    for (let j = start; j < i; j++) {
      c = lower.charCodeAt(j);
      if (c !== APOSTROPHE && c !== CURLY) continue;
      if (j > s && each(s, j + 1)) return j + 1;
      s = j + 1;
    }
    if (i > s && each(s, i)) return i;
  }
  return i;
}

const code = (lower: string, i: number) => {
  const c = lower.charCodeAt(i);
  return c === CURLY ? APOSTROPHE : c;
};

const WORD_SEED = 0x811c9dc5;
const TRIGRAM_SEED = 0x2f5a1e37;
const LETTER_SEED = 0x5bd1e995;

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

/** Hash of the word `lower[start, end)`; never 0 (0 marks an empty slot of the profile table). */
export function wordHash(lower: string, start: number, end: number): number {
  let h = WORD_SEED;
  for (let i = start; i < end; i++) h = mix(h, code(lower, i));
  return h | 0 || 1;
}

/** Hash of the trigram a b c (character codes, 32 for the padding space); never 0. */
export function trigramHash(a: number, b: number, c: number): number {
  return mix(mix(mix(TRIGRAM_SEED, a), b), c) | 0 || 1;
}

/** Hash of one letter (a character code beyond ASCII); never 0. */
export function letterHash(c: number): number {
  return mix(LETTER_SEED, c) | 0 || 1;
}

/** A profile's spelling of a trigram ("_oc" for " oc") as character codes. */
export function trigramCodes(spelled: string): [number, number, number] {
  const at = (i: number) => (spelled[i] === '_' ? SPACE : spelled.charCodeAt(i));
  return [at(0), at(1), at(2)];
}
