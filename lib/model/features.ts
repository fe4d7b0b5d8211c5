/**
 * Sentence features for the tone model: word uni-, bi- and trigrams, word prefixes and suffixes,
 * and cheap linguistic classes (second person, our side, negation, modality, intensifiers,
 * comparisons with others, evaluative words, questions), hashed into a fixed space. The classes
 * are each language's own (./classes); Han text, written without spaces, is read a character at
 * a time, so the n-grams are its character uni-, bi- and trigrams. Pure and allocation-light: it
 * runs on every sentence the agent writes.
 */
import { eachToken } from '../checker/scan';
import { CLASS_TABLES, type ClassTable } from './classes';

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

/** The normalized tokens of a sentence: lower case, numbers and codes folded, names marked, Han text a character a token. */
export function tokens(sentence: string): string[] {
  const out: string[] = [];
  // Lower-cased once; a character whose lower case changes length (rare) falls back per token.
  const lower = sentence.toLowerCase();
  const aligned = lower.length === sentence.length;
  eachToken(sentence, (start, end) => {
    let digits = 0;
    let wide = false;
    for (let i = start; i < end; i++) {
      const c = sentence.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
      else if (c >= 0x2e80) wide = true;
    }
    if (wide && hanToken(sentence, start, end, lower, aligned, out)) return;
    out.push(foldWord(sentence, start, end, digits, lower, aligned, out.length > 0));
  });
  return out;
}

/** One word as a token: `<num>`, `<code>`, `<name>` (not the first word), or its lower case. */
function foldWord(sentence: string, start: number, end: number, digits: number, lower: string, aligned: boolean, mayBeName: boolean): string {
  if (digits === end - start) return '<num>';
  if (digits > 0) return '<code>';
  if (mayBeName && isName(sentence, start, end)) return '<name>';
  const w = aligned ? lower.slice(start, end) : sentence.slice(start, end).toLowerCase();
  return w.includes('’') ? w.replace(/’/g, "'") : w;
}

const HAN = /^\p{Script=Han}$/u;
/** Code points outside the main ideograph block already tested for the Han script. */
const hanSeen = new Map<number, boolean>();

/** Whether a code point is of the Han script (`\p{Script=Han}`): the main ideograph block directly, the rest tested once. */
function isHan(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp < 0x2e80) return false;
  let han = hanSeen.get(cp);
  if (han === undefined) {
    han = HAN.test(String.fromCodePoint(cp));
    // A flood of rare characters must not grow it without end.
    if (hanSeen.size > 4096) hanSeen.clear();
    hanSeen.set(cp, han);
  }
  return han;
}

/**
 * A token with Han characters in it ("沒問題", "LINE付款"): each Han character becomes a token of
 * its own, and the letters or digits between them a word as usual. False (nothing added) when
 * the token has no Han character after all.
 */
function hanToken(sentence: string, start: number, end: number, lower: string, aligned: boolean, out: string[]): boolean {
  let han = false;
  let run = start;
  let digits = 0;
  const flush = (to: number) => {
    // A run between Han characters loses the joining marks at its edges ("-ok" → "ok").
    let a = run;
    let b = to;
    while (a < b && isJoiner(sentence.charCodeAt(a))) a++;
    while (b > a && isJoiner(sentence.charCodeAt(b - 1))) b--;
    if (a < b) out.push(foldWord(sentence, a, b, digits, lower, aligned, out.length > 0));
    digits = 0;
  };
  for (let i = start; i < end; ) {
    const cp = sentence.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isHan(cp)) {
      if (!han) {
        han = true;
        // The letters before the first Han character: only now known to be a run of their own.
        for (let j = start; j < i; j++) if (sentence.charCodeAt(j) >= 48 && sentence.charCodeAt(j) <= 57) digits++;
      }
      flush(i);
      out.push(sentence.slice(i, i + width));
      run = i + width;
    } else if (han && cp >= 48 && cp <= 57) digits++;
    i += width;
  }
  if (han) flush(end);
  return han;
}

/** Whether a token or a why-word starts with a Han character (tokens() makes each Han character its own token). */
export function hanText(w: string): boolean {
  return w.length > 0 && w.charCodeAt(0) >= 0x2e80 && isHan(w.codePointAt(0)!);
}

/** A token that is one Han character (tokens() makes each its own token). */
function isHanChar(w: string): boolean {
  return w.length <= 2 && w.charCodeAt(0) >= 0x2e80 && isHan(w.codePointAt(0)!) && w.length === (w.codePointAt(0)! > 0xffff ? 2 : 1);
}

const isJoiner = (c: number) => c === 39 || c === 45 || c === 0x2019;

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

export interface SentenceFeatures {
  buckets: number[];
  words: string[];
  tokens: number;
}

/** Fixed features, hashed once. */
const F = Object.fromEntries(
  ['bias', 'x:you+neg', 'x:you+mod', 'x:you+adj', 'x:we+neg', 'x:cmp+you', 'x:question+you', 'x:question', 'len:short', 'len:mid', 'len:long', 'ctx:reason', 'ctx:alternative', 'ctx:explained', 'ctx:first', 'ctx:last'].map((f) => [f, hashFeature(f)]),
) as Record<string, number>;

/** One bit per word class, for the class-combination features. */
const CLASS_BIT: Record<string, number> = { YOU: 1, WE: 2, ME: 4, NEG: 8, MOD: 16, INT: 32, CMP: 64, HEDGE: 128, ADJ: 256, ADV: 512 };

/** What the features need of one word, worked out once per word and kept (a day's vocabulary). */
interface WordInfo {
  h: number;
  /** Prefix and suffix buckets, for words longer than five letters. */
  pre?: number;
  suf?: number;
  /** The word feature of an elided token's stem ("l'adresse" → "adresse"). */
  stem?: number;
  /** The word's class bit and class hash (0: no class). */
  bit: number;
  ch: number;
}

/** Words of a language whose features are kept (bounded: a long day's vocabulary, not every typo). */
const MAX_WORDS = 20000;

/** One language's features: its word classes over the shared hashing. */
export class Features {
  private readonly classes = new Map<string, string>();
  private readonly elisions: ReadonlySet<string>;
  private readonly infos = new Map<string, WordInfo>();

  constructor(private readonly table: ClassTable) {
    // A Map, not an object: a word like "constructor" must not find Object.prototype's.
    for (const [cls, words] of Object.entries(table.words)) for (const w of words!.split(' ')) this.classes.set(w, cls);
    this.elisions = new Set(table.elisions ?? []);
  }

  /** The feature buckets of a sentence's tokens, with the word each lexical feature came from. */
  ofTokens(t: readonly string[], ctx: Context): SentenceFeatures {
    const buckets: number[] = [];
    const words: string[] = [];
    this.each(t, ctx, (bucket, word) => {
      buckets.push(bucket);
      words.push(word);
    });
    return { buckets, words, tokens: wordCount(t) };
  }

  /**
   * Calls `put(bucket, word)` for every feature of a sentence's tokens, in a fixed order, with the
   * word a lexical feature came from ('' for the others). Scoring sums weights straight from here,
   * without collecting the buckets.
   */
  each(
    t: readonly string[],
    ctx: Context,
    put: (bucket: number, word: string) => void,
    /** false: leave out each word's own features (`eachWord`): the caller sums them per word. */
    wordFeatures = true,
    /** false: the caller ignores the words (scoring), so Han n-grams are not named by their characters. */
    named = true,
  ): void {
    const info: WordInfo[] = new Array(t.length);
    for (let i = 0; i < t.length; i++) info[i] = this.info(t[i]);
    put(F.bias, '');
    let classes = 0;
    let prevClass = 0;
    for (let i = 0; i < t.length; i++) {
      const w = t[i];
      const { h, bit, ch } = info[i];
      if (wordFeatures) wordFeaturesOf(w, info[i], put);
      const prev = i > 0 ? info[i - 1].h : START;
      // Han characters make the words a reader sees ("自己", "我們不"): a character n-gram is named by all of them.
      const pair = named && i > 0 && isHanChar(w) && isHanChar(t[i - 1]);
      put(fold(mix(mix(P.b, prev), h)), pair ? t[i - 1] + w : w);
      if (i > 1) put(fold(mix(mix(mix(P.t, info[i - 2].h), prev), h)), pair && isHanChar(t[i - 2]) ? t[i - 2] + t[i - 1] + w : w);
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
  eachWord(w: string, put: (bucket: number, word: string) => void): void {
    wordFeaturesOf(w, this.info(w), put);
  }

  /** A word's class, or '' when it has none. */
  private classOf(w: string): string {
    const c = this.classes.get(w);
    if (c) return c;
    const stem = this.stemAt(w);
    if (stem > 0) return this.classes.get(w.slice(0, stem)) || this.classOf(w.slice(stem));
    if (w.length <= 3 || !this.table.evaluative) return '';
    return this.table.evaluative(w);
  }

  /** Where the stem of an elided token starts ("l'adresse" → 2), or 0 when it is not one. */
  private stemAt(w: string): number {
    if (!this.elisions.size) return 0;
    const at = w.indexOf("'");
    return at > 0 && at < w.length - 1 && this.elisions.has(w.slice(0, at + 1)) ? at + 1 : 0;
  }

  private info(w: string): WordInfo {
    let info = this.infos.get(w);
    if (!info) {
      const c = this.classOf(w);
      info = { h: wordHash(w), bit: c ? CLASS_BIT[c] : 0, ch: c ? classHash(c) : 0 };
      if (w.length > 5) {
        info.pre = fold(fnvRange(P.p, w, 0, 4));
        info.suf = fold(fnvRange(P.s, w, w.length - 3, w.length));
      }
      const stem = this.stemAt(w);
      if (stem > 0) info.stem = fold(mix(P.w, fnvRange(FNV_OFFSET, w, stem, w.length)));
      if (this.infos.size > MAX_WORDS) this.infos.clear();
      this.infos.set(w, info);
    }
    return info;
  }
}

function wordFeaturesOf(w: string, { h, pre, suf, stem, ch }: WordInfo, put: (bucket: number, word: string) => void): void {
  put(fold(mix(P.w, h)), w);
  if (pre !== undefined) {
    put(pre, w);
    put(suf!, w);
  }
  if (stem !== undefined) put(stem, w);
  if (ch) put(fold(mix(P.c, ch)), '');
}

const byLang = new Map<string, Features>();

/** The features of a language's model; a language without a class table has none. */
export function featuresFor(lang: string): Features {
  let f = byLang.get(lang);
  if (!f) {
    const table = Object.hasOwn(CLASS_TABLES, lang) ? CLASS_TABLES[lang] : undefined;
    if (!table) throw new Error(`tone model: no word classes for language "${lang}"`);
    byLang.set(lang, (f = new Features(table)));
  }
  return f;
}

/**
 * The feature buckets of one sentence, with the word each lexical feature came from (for the
 * "why" of a finding). Buckets may repeat; the model sums them.
 */
export function featurize(sentence: string, ctx: Context, lang = 'en'): SentenceFeatures {
  return featuresFor(lang).ofTokens(tokens(sentence), ctx);
}

/** The same from the sentence's tokens (`tokens()`), when the caller already has them. */
export function featurizeTokens(t: readonly string[], ctx: Context, lang = 'en'): SentenceFeatures {
  return featuresFor(lang).ofTokens(t, ctx);
}

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
