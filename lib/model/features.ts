/**
 * Sentence features for the tone model: word uni-, bi- and trigrams, word prefixes and suffixes,
 * and cheap linguistic classes (second person, our side, negation, modality, intensifiers,
 * comparisons with others, evaluative words from compromise's lexicon, questions), hashed into a
 * fixed space. Pure and allocation-light: it runs on every sentence the agent writes.
 */
import { lexiconTags } from '../checker/nlp';
import { eachToken } from '../checker/scan';

/** Hash space: 2^20 buckets. The trained model keeps only the buckets that carry weight. */
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a state after `s`, continuing from `h`: features hash piece by piece, without building strings. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** The same over `s[from, to)`: a word's prefix or suffix without slicing it out. */
function fnvRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** FNV-1a over a string, folded into the hash space. */
export function hashFeature(s: string): number {
  return (fnv(FNV_OFFSET, s) >>> 0) & MASK;
}

/**
 * Mixes a 32-bit value into a running hash (murmur3's finalizer steps). N-grams combine the
 * hashes of their words this way, so each word is hashed once per sentence, not once per n-gram.
 */
function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const fold = (h: number) => (h >>> 0) & MASK;
const wordHash = (w: string) => fnv(FNV_OFFSET, w);

/** The bucket of an n-gram feature of `kind` ("w", "b", "t", "c", "cb", "cw") over its parts. */
export function ngramBucket(kind: keyof typeof P, ...parts: string[]): number {
  let h = P[kind];
  for (const part of parts) h = mix(h, wordHash(part));
  return fold(h);
}

const P = { w: fnv(FNV_OFFSET, 'w:'), p: fnv(FNV_OFFSET, 'p:'), s: fnv(FNV_OFFSET, 's:'), b: fnv(FNV_OFFSET, 'b:'), t: fnv(FNV_OFFSET, 't:'), c: fnv(FNV_OFFSET, 'c:'), cb: fnv(FNV_OFFSET, 'cb:'), cw: fnv(FNV_OFFSET, 'cw:') };
const START = wordHash('<s>');
const END = wordHash('</s>');

// A Map, not an object: a word like "constructor" must not find Object.prototype's.
const CLASS = new Map<string, string>();
const put = (cls: string, words: string) => {
  for (const w of words.split(' ')) CLASS.set(w, cls);
};
put('YOU', "you your yours yourself you're you've you'd you'll");
put('WE', "we our us ours ourselves we're we've we'd we'll");
put('ME', "i my me mine i'm i've i'd i'll");
put('NEG', "not never no nothing nobody none nor cannot can't won't don't doesn't didn't isn't aren't wasn't weren't shouldn't wouldn't couldn't haven't hasn't hadn't");
put('MOD', 'should must could might would need needs needed have has ought');
put('INT', 'just simply really only clearly obviously even actually honestly literally quite very surely certainly basically merely hardly');
put('CMP', 'most other others everyone everybody anyone majority plenty many else usual normal typical');
put('HEDGE', 'afraid unfortunately sadly regrettably');

/** Lexicon classes already looked up (bounded: a long day's vocabulary, not every typo). */
const looked = new Map<string, string>();

/** A word's class, or '' when it has none. Evaluative words come from compromise's lexicon. */
function classOf(w: string): string {
  const c = CLASS.get(w);
  if (c) return c;
  if (w.length <= 3) return '';
  let cls = looked.get(w);
  if (cls === undefined) {
    const tags = lexiconTags(w);
    cls = tags.includes('Adjective') || tags.includes('Comparable') ? 'ADJ' : tags.includes('Adverb') ? 'ADV' : '';
    if (looked.size > 20000) looked.clear();
    looked.set(w, cls);
  }
  return cls;
}

/** The normalized tokens of a sentence: lower case, numbers and codes folded, names marked. */
export function tokens(sentence: string): string[] {
  const out: string[] = [];
  // Lower-cased once; a character whose lower case changes length (rare) falls back per token.
  const lower = sentence.toLowerCase();
  const aligned = lower.length === sentence.length;
  eachToken(sentence, (start, end) => {
    let digits = 0;
    for (let i = start; i < end; i++) {
      const c = sentence.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
    }
    let w: string;
    if (digits === end - start) w = '<num>';
    else if (digits > 0) w = '<code>';
    else if (out.length > 0 && isName(sentence, start, end)) w = '<name>';
    else {
      w = aligned ? lower.slice(start, end) : sentence.slice(start, end).toLowerCase();
      if (w.includes('’')) w = w.replace(/’/g, "'");
    }
    out.push(w);
  });
  return out;
}

/** A capitalized word after the first ("Priya", "London"), not "I" or "I'm". */
function isName(text: string, start: number, end: number): boolean {
  const a = text.charCodeAt(start);
  const b = end - start > 1 ? text.charCodeAt(start + 1) : -1;
  if (a < 128 && b < 128) return a >= 65 && a <= 90 && b >= 97 && b <= 122;
  return /^\p{Lu}\p{Ll}/u.test(text.slice(start, end));
}

export interface Context {
  /** The sentence's paragraph gives a reason / an alternative (the pack's signals). */
  reason: boolean;
  alternative: boolean;
  /** Position: the first sentence of the reply's own text, the last one. */
  first: boolean;
  last: boolean;
}

/**
 * The feature buckets of one sentence, with the word each lexical feature came from (for the
 * "why" of a finding). Buckets may repeat; the model sums them.
 */
export function featurize(sentence: string, ctx: Context): { buckets: number[]; words: string[]; tokens: number } {
  return featurizeTokens(tokens(sentence), ctx);
}

/** The same from the sentence's tokens (`tokens()`), when the caller already has them. */
export function featurizeTokens(t: readonly string[], ctx: Context): { buckets: number[]; words: string[]; tokens: number } {
  const buckets: number[] = [];
  const words: string[] = [];
  eachFeature(t, ctx, (bucket, word) => {
    buckets.push(bucket);
    words.push(word);
  });
  return { buckets, words, tokens: wordCount(t) };
}

/** Fixed features, hashed once. */
const F = Object.fromEntries(
  ['bias', 'x:you+neg', 'x:you+mod', 'x:you+adj', 'x:we+neg', 'x:cmp+you', 'x:question+you', 'x:question', 'len:short', 'len:mid', 'len:long', 'ctx:reason', 'ctx:alternative', 'ctx:explained', 'ctx:first', 'ctx:last'].map((f) => [f, hashFeature(f)]),
) as Record<string, number>;

/**
 * Calls `put(bucket, word)` for every feature of a sentence's tokens, in a fixed order, with the
 * word a lexical feature came from ('' for the others). Scoring sums weights straight from here,
 * without collecting the buckets.
 */
export function eachFeature(
  t: readonly string[],
  ctx: Context,
  put: (bucket: number, word: string) => void,
  /** false: leave out each word's own features (`eachWordFeature`): the caller sums them per word. */
  wordFeatures = true,
): void {
  const info = t.map(wordInfo);
  put(F.bias, '');
  let classes = 0;
  let prevClass = 0;
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    const { h, bit, ch } = info[i];
    if (wordFeatures) wordFeaturesOf(w, info[i], put);
    const prev = i > 0 ? info[i - 1].h : START;
    put(fold(mix(mix(P.b, prev), h)), w);
    if (i > 1) put(fold(mix(mix(mix(P.t, info[i - 2].h), prev), h)), w);
    if (ch) {
      classes |= bit;
      put(fold(mix(mix(P.cb, i > 0 ? prevClass || prev : START), ch)), '');
      if (i + 1 < t.length) put(fold(mix(mix(P.cw, ch), info[i + 1].h)), t[i + 1]);
    }
    prevClass = ch;
  }
  put(fold(mix(mix(P.b, t.length ? info[t.length - 1].h : START), END)), '');
  const has = (cls: keyof typeof CLASS_BIT) => (classes & CLASS_BIT[cls]) !== 0;
  if (has('YOU') && has('NEG')) put(F['x:you+neg'], '');
  if (has('YOU') && has('MOD')) put(F['x:you+mod'], '');
  if (has('YOU') && has('ADJ')) put(F['x:you+adj'], '');
  if (has('WE') && has('NEG')) put(F['x:we+neg'], '');
  if (has('CMP') && has('YOU')) put(F['x:cmp+you'], '');
  if (t[t.length - 1] === '?') put(has('YOU') ? F['x:question+you'] : F['x:question'], '');
  put(t.length < 6 ? F['len:short'] : t.length < 16 ? F['len:mid'] : F['len:long'], '');
  if (ctx.reason) put(F['ctx:reason'], '');
  if (ctx.alternative) put(F['ctx:alternative'], '');
  if (ctx.reason && ctx.alternative) put(F['ctx:explained'], '');
  if (ctx.first) put(F['ctx:first'], '');
  if (ctx.last) put(F['ctx:last'], '');
}

/** The features of one word that do not depend on its neighbours: the word, its prefix and suffix, its class. */
export function eachWordFeature(w: string, put: (bucket: number, word: string) => void): void {
  wordFeaturesOf(w, wordInfo(w), put);
}

function wordFeaturesOf(w: string, { h, pre, suf, ch }: WordInfo, put: (bucket: number, word: string) => void): void {
  put(fold(mix(P.w, h)), w);
  if (pre !== undefined) {
    put(pre, w);
    put(suf!, w);
  }
  if (ch) put(fold(mix(P.c, ch)), '');
}

/** What the features need of one word, worked out once per word and kept (a day's vocabulary). */
interface WordInfo {
  h: number;
  /** Prefix and suffix buckets, for words longer than five letters. */
  pre?: number;
  suf?: number;
  /** The word's class bit and class hash (0: no class). */
  bit: number;
  ch: number;
}

const infos = new Map<string, WordInfo>();

function wordInfo(w: string): WordInfo {
  let info = infos.get(w);
  if (!info) {
    const c = classOf(w);
    info = { h: wordHash(w), bit: c ? CLASS_BIT[c] : 0, ch: c ? classHash(c) : 0 };
    if (w.length > 5) {
      info.pre = fold(fnvRange(P.p, w, 0, 4));
      info.suf = fold(fnvRange(P.s, w, w.length - 3, w.length));
    }
    if (infos.size > 20000) infos.clear();
    infos.set(w, info);
  }
  return info;
}

/** One bit per word class, for the class-combination features. */
const CLASS_BIT: Record<string, number> = { YOU: 1, WE: 2, ME: 4, NEG: 8, MOD: 16, INT: 32, CMP: 64, HEDGE: 128, ADJ: 256, ADV: 512 };

/** Tokens that are words (not "?" or "!"). */
export function wordCount(t: readonly string[]): number {
  let n = 0;
  for (const w of t) if (w !== '?' && w !== '!') n++;
  return n;
}

/** Class names hash like words; a handful, hashed once. */
const classHashes = new Map<string, number>();
function classHash(c: string): number {
  let h = classHashes.get(c);
  if (h === undefined) classHashes.set(c, (h = wordHash(c)));
  return h;
}
