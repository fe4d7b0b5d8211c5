/**
 * Word scanning by character code. The checker reads every sentence several times (trigger
 * words, model tokens, word counts, the language guess); a Unicode-property regex (`\p{L}`) costs
 * about three times an ASCII test in V8, and most support text is ASCII, so letters and digits
 * are tested here with an ASCII fast path and a cached property test for everything else.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;
/** Non-ASCII code points already classified: bit 1 letter or digit, bit 2 letter. */
const seen = new Map<number, number>();

function classify(cp: number): number {
  let bits = seen.get(cp);
  if (bits === undefined) {
    const ch = String.fromCodePoint(cp);
    bits = (LETTER_OR_DIGIT.test(ch) ? 1 : 0) | (LETTER.test(ch) ? 2 : 0);
    // A long day's scripts are a few hundred characters; a flood of rare ones must not grow it.
    if (seen.size > 4096) seen.clear();
    seen.set(cp, bits);
  }
  return bits;
}

/** The code point at `i` (a surrogate pair read as one). */
function codeAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) ?? c) : c;
}

/** Where the word around index `i` starts (`i` itself when no word character precedes it). */
export function wordStartBefore(text: string, i: number): number {
  while (i > 0) {
    const c = codeBefore(text, i);
    if (c === APOSTROPHE || c === CURLY || c === HYPHEN || isAlnum(c)) i -= width(c);
    else break;
  }
  return i;
}

/** The code point that ends just before index `i`. */
export function codeBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? (text.codePointAt(i - 2) ?? c) : c;
}

/** Whether the code point is a letter or a digit (`[\p{L}\p{N}]`). */
export function isAlnum(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return (classify(cp) & 1) !== 0;
}

/** Whether the code point is a letter (`\p{L}`). */
export function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return (classify(cp) & 2) !== 0;
}

const APOSTROPHE = 39;
const CURLY = 0x2019;
const HYPHEN = 45;

/** UTF-16 length of the code point. */
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * Words as `[\p{L}\p{N}][\p{L}\p{N}'’-]*`: a letter or digit, then letters, digits, apostrophes
 * and hyphens (trailing ones included). Calls `each(start, end)` for every word that starts in
 * `[from, to)`, in order, each read to its end (which may lie past `to`).
 */
export function eachWord(text: string, each: (start: number, end: number) => void, from = 0, to = text.length): void {
  const n = text.length;
  const stop = Math.min(to, n);
  let i = from;
  while (i < stop) {
    const cp = codeAt(text, i);
    if (!isAlnum(cp)) {
      i += width(cp);
      continue;
    }
    const start = i;
    i += width(cp);
    while (i < n) {
      const c = codeAt(text, i);
      if (c === APOSTROPHE || c === CURLY || c === HYPHEN || isAlnum(c)) i += width(c);
      else break;
    }
    each(start, i);
  }
}

/**
 * Tokens as `[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[?!]`: runs of letters and digits joined by
 * single inner apostrophes or hyphens, and each question or exclamation mark on its own.
 */
export function eachToken(text: string, each: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = codeAt(text, i);
    if (cp === 63 || cp === 33) {
      each(i, i + 1);
      i++;
      continue;
    }
    if (!isAlnum(cp)) {
      i += width(cp);
      continue;
    }
    const start = i;
    i += width(cp);
    for (;;) {
      while (i < n && isAlnum(codeAt(text, i))) i += width(codeAt(text, i));
      const j = text.charCodeAt(i);
      if (i + 1 < n && (j === APOSTROPHE || j === CURLY || j === HYPHEN) && isAlnum(codeAt(text, i + 1))) i++;
      else break;
    }
    each(start, i);
  }
}

/**
 * Literal trigger strings by their first UTF-16 unit, for a language written without spaces
 * (lib/checker/triggers.ts, mode `substrings`): the analyzer finds which of them a sentence holds.
 */
export type LiteralIndex = ReadonlyMap<number, readonly string[]>;

export function literalIndex(literals: Iterable<string>): LiteralIndex {
  const index = new Map<number, string[]>();
  for (const lit of new Set(literals)) {
    const list = index.get(lit.charCodeAt(0));
    if (list) list.push(lit);
    else index.set(lit.charCodeAt(0), [lit]);
  }
  return index;
}

/** Calls `each(start, end)` for every occurrence of an indexed literal in the text, overlapping ones included. */
export function eachLiteral(text: string, index: LiteralIndex, each: (start: number, end: number) => void): void {
  for (let i = 0; i < text.length; i++) {
    const list = index.get(text.charCodeAt(i));
    if (list) for (const lit of list) if (text.startsWith(lit, i)) each(i, i + lit.length);
  }
}

/** Whether the code point is a Han character (CJK ideographs, their extensions and compatibility forms). */
export function isHan(cp: number): boolean {
  return (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3134f);
}

/**
 * How many words the text holds: runs of letters and digits, except that each Han character counts
 * as one (Chinese is written without spaces, and its length is counted in characters). The same
 * as countAlnumRuns for a text without Han characters.
 */
export function countWords(text: string): number {
  let n = 0;
  let inRun = false;
  for (let i = 0; i < text.length; ) {
    const cp = codeAt(text, i);
    const alnum = isAlnum(cp);
    if (alnum && (!inRun || isHan(cp))) n++;
    // A Latin word straight after a Han character is a word of its own.
    inRun = alnum && !isHan(cp);
    i += width(cp);
  }
  return n;
}

/** How many runs of letters and digits (`[\p{L}\p{N}]+`) the text holds. */
export function countAlnumRuns(text: string): number {
  let n = 0;
  let inRun = false;
  for (let i = 0; i < text.length; ) {
    const cp = codeAt(text, i);
    const alnum = isAlnum(cp);
    if (alnum && !inRun) n++;
    inRun = alnum;
    i += width(cp);
  }
  return n;
}

/** Characters a fact token may hold inside it: `.,:/'’_&-` (decimals, dates, codes, URLs). */
function isFactInner(c: number): boolean {
  return c === 46 || c === 44 || c === 58 || c === 47 || c === APOSTROPHE || c === CURLY || c === 95 || c === 38 || c === HYPHEN;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isCurrency = (c: number) => c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;
const SPACE = /^\s$/u;

/**
 * Fact-shaped tokens as `[\p{L}\p{N}][\p{L}\p{N}.,:/'’_&-]*[\p{L}\p{N}%]|[\p{L}\p{N}]|[$€£¥]\s?\d[\d.,]*`:
 * words and codes with their inner punctuation ("ORD-4411", "14:30", "5.2"), a trailing percent
 * sign, and amounts after a currency sign ("£ 12.50").
 */
export function eachFactToken(text: string, each: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = codeAt(text, i);
    if (isAlnum(cp)) {
      let j = i + width(cp);
      let lastAlnumEnd = j;
      while (j < n) {
        const c = codeAt(text, j);
        if (isAlnum(c)) lastAlnumEnd = j += width(c);
        else if (isFactInner(c)) j++;
        else break;
      }
      const end = text.charCodeAt(j) === 37 ? j + 1 : lastAlnumEnd;
      each(i, end);
      i = end;
      continue;
    }
    if (isCurrency(cp)) {
      let j = i + 1;
      if (j < n && SPACE.test(text[j])) j++;
      if (j < n && isDigit(text.charCodeAt(j))) {
        while (j < n && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44)) j++;
        each(i, j);
        i = j;
        continue;
      }
    }
    i += width(cp);
  }
}
