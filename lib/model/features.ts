/**
 * Sentence features for the tone model: word uni-, bi- and trigrams, word prefixes and suffixes,
 * and cheap linguistic classes (second person, our side, negation, modality, intensifiers,
 * comparisons with others, evaluative words from compromise's lexicon, questions), hashed into a
 * fixed space. Pure and allocation-light: it runs on every sentence the agent writes.
 */
import { lexiconTags } from '../checker/nlp';

/** Hash space: 2^20 buckets. The trained model keeps only the buckets that carry weight. */
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a state after `s`, continuing from `h`: features hash piece by piece, without building strings. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** FNV-1a over a string, folded into the hash space. */
export function hashFeature(s: string): number {
  return (fnv(FNV_OFFSET, s) >>> 0) & MASK;
}

/** The bucket of the feature `prefix` + parts joined by "_" (the same as hashing that string). */
function hashParts(prefix: number, a: string, b?: string, c?: string): number {
  let h = fnv(prefix, a);
  if (b !== undefined) h = fnv(fnv(h, '_'), b);
  if (c !== undefined) h = fnv(fnv(h, '_'), c);
  return (h >>> 0) & MASK;
}

const P = { w: fnv(FNV_OFFSET, 'w:'), p: fnv(FNV_OFFSET, 'p:'), s: fnv(FNV_OFFSET, 's:'), b: fnv(FNV_OFFSET, 'b:'), t: fnv(FNV_OFFSET, 't:'), c: fnv(FNV_OFFSET, 'c:'), cb: fnv(FNV_OFFSET, 'cb:'), cw: fnv(FNV_OFFSET, 'cw:') };

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

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[?!]/gu;

/** The normalized tokens of a sentence: lower case, numbers and codes folded, names marked. */
export function tokens(sentence: string): string[] {
  const out: string[] = [];
  let first = true;
  for (const m of sentence.matchAll(TOKEN)) {
    const raw = m[0].replace(/’/g, "'");
    let w: string;
    if (/^\d+$/.test(raw)) w = '<num>';
    else if (/\d/.test(raw)) w = '<code>';
    else if (!first && /^\p{Lu}\p{Ll}/u.test(raw) && raw !== 'I' && !raw.startsWith("I'")) w = '<name>';
    else w = raw.toLowerCase();
    out.push(w);
    first = false;
  }
  return out;
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
  const t = tokens(sentence);
  const buckets: number[] = [];
  const words: string[] = [];
  const add = (f: string, word = '') => {
    buckets.push(hashFeature(f));
    words.push(word);
  };
  const put = (bucket: number, word = '') => {
    buckets.push(bucket);
    words.push(word);
  };
  add('bias');
  const classes = t.map(classOf);
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    put(hashParts(P.w, w), w);
    if (w.length > 5) {
      put(hashParts(P.p, w.slice(0, 4)), w);
      put(hashParts(P.s, w.slice(-3)), w);
    }
    const prev = i > 0 ? t[i - 1] : '<s>';
    put(hashParts(P.b, prev, w), w);
    if (i > 1) put(hashParts(P.t, t[i - 2], prev, w), w);
    const c = classes[i];
    if (c) {
      put(hashParts(P.c, c));
      const pc = i > 0 ? classes[i - 1] || prev : '<s>';
      put(hashParts(P.cb, pc, c));
      if (i + 1 < t.length) put(hashParts(P.cw, c, t[i + 1]), t[i + 1]);
    }
  }
  add(`b:${t[t.length - 1] ?? '<s>'}_</s>`);
  const has = (cls: string) => classes.includes(cls);
  if (has('YOU') && has('NEG')) add('x:you+neg');
  if (has('YOU') && has('MOD')) add('x:you+mod');
  if (has('YOU') && has('ADJ')) add('x:you+adj');
  if (has('WE') && has('NEG')) add('x:we+neg');
  if (has('CMP') && has('YOU')) add('x:cmp+you');
  if (t[t.length - 1] === '?') add(has('YOU') ? 'x:question+you' : 'x:question');
  add(t.length < 6 ? 'len:short' : t.length < 16 ? 'len:mid' : 'len:long');
  if (ctx.reason) add('ctx:reason');
  if (ctx.alternative) add('ctx:alternative');
  if (ctx.reason && ctx.alternative) add('ctx:explained');
  if (ctx.first) add('ctx:first');
  if (ctx.last) add('ctx:last');
  return { buckets, words, tokens: t.filter((w) => w !== '?' && w !== '!').length };
}
