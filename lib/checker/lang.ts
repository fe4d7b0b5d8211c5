/**
 * The language of a reply and of each of its paragraphs, enough to route them to a rule pack and
 * to leave alone the text no pack is for.
 *
 * Script first: kana → ja, Hangul → ko, Han → zh (Traditional) or zh-Hans (more simplified-only
 * than traditional-only characters, ./han-variants.ts), Cyrillic, Greek, Hebrew, Arabic, Thai.
 * Latin-script text is scored against word, trigram and letter profiles (./lang-profile.ts, built
 * by scripts/gen-lang-profile.mjs) of the supported languages and of the neighbours a reply must
 * not be taken for (Norwegian, Danish, German, Spanish, Italian, Dutch, Portuguese): each feature
 * adds its weight in each language, and the highest total wins. Latin text without a clear lead
 * over English is taken as English, as short replies like "Claim denied." are.
 * Measured on data/lang-detect by scripts/eval-lang.mjs; test/unit/lang.test.ts holds the targets.
 */
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './han-variants';
import { eachPart, letterHash, MAX_WORD, trigramHash, wordHash } from './lang-features';
import { LETTERS, LEVEL_STEP, PROFILE_LANGS, TRIGRAMS, WORDS } from './lang-profile';
import { LANGS, type LangSpan, type Range } from './types';

const SPACE = 32;
const apostrophe = (c: number) => (c === 0x2019 ? 39 : c);

const N = PROFILE_LANGS.length;
const EN = PROFILE_LANGS.indexOf('en');
/**
 * The supported languages start with this much weight: the replies Reply Coach sees are mostly
 * in them, and a near tie ("Trevlig helg!": Swedish, though Norwegian says "helg" too) goes their
 * way. Small enough that a neighbour's own words still win.
 */
const SUPPORTED_PRIOR = 1.5;
const PRIOR = Int32Array.from(PROFILE_LANGS, (l) => ((LANGS as readonly string[]).includes(l) ? SUPPORTED_PRIOR / LEVEL_STEP : 0));
/** Another Latin language needs this lead over English (in profile weight) to win. */
const EN_MARGIN = 2;
/**
 * A paragraph is given its own language, unlike the reply's, only with this lead and this many
 * words its language's profile knows ("Pavement licence application – Café Kaya" has trigrams
 * that look French, but one French word)...
 */
const PARAGRAPH_MARGIN = 8;
const PARAGRAPH_WORDS = 2;
/** ...or, in another script, this many of its characters. */
const PARAGRAPH_SCRIPT = 4;
/**
 * Characters read of the whole reply, shared out among its paragraphs (each reads at least
 * MIN_SAMPLE, at most SAMPLE): a paragraph's language shows in its first words, and the checker
 * runs on every pause, so a 2,000-word reply must not be read in full.
 */
const BUDGET = 1000;
const SAMPLE = 400;
const MIN_SAMPLE = 40;
/** A lead this large over every other language ends the reading of a paragraph early. */
const DECISIVE = 30;

/**
 * Open-addressing table: feature hash → row of per-language weights in profile levels (one byte
 * each). Compact on purpose: the lookups jump all over it, and a small table stays in cache.
 */
interface Table {
  /** Pairs: the hash (0 = empty slot), then its row's offset into `levels`. */
  slots: Int32Array;
  levels: Uint8Array;
  mask: number;
}

let table: Table | null = null;

function buildTable(): Table {
  // Built once, on the first reply to detect, straight from the profile's lists: no substring,
  // array or Map per feature (the CLI pays this on every start). A feature listed in several
  // languages shares one row; rows are numbered in the order features first appear.
  let listed = 0;
  const lists: Array<[list: string, lang: number, level: number, kind: number]> = [];
  PROFILE_LANGS.forEach((lang, li) => {
    WORDS[lang].forEach((list, i) => lists.push([list, li, i + 1, 0]));
    TRIGRAMS[lang].forEach((list, i) => lists.push([list, li, i + 1, 1]));
    LETTERS[lang].forEach((list, i) => lists.push([list, li, i + 1, 2]));
  });
  // At most one row per listed feature (entries are separated by single spaces).
  for (const [list] of lists) for (let at = -1; ; listed++) if ((at = list.indexOf(' ', at + 1)) < 0) break;
  listed += lists.length;
  let size = 1;
  while (size < listed * 1.5) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  const levels = new Uint8Array(listed * N);
  let rows = 0;
  const spelled = (t: string, i: number) => (t.charCodeAt(i) === 95 ? SPACE : t.charCodeAt(i));
  for (const [list, lang, level, kind] of lists) {
    for (let from = 0; from < list.length; ) {
      let to = list.indexOf(' ', from);
      if (to < 0) to = list.length;
      if (to > from) {
        const hash = kind === 0 ? wordHash(list, from, to) : kind === 1 ? trigramHash(spelled(list, from), spelled(list, from + 1), spelled(list, from + 2)) : letterHash(list.charCodeAt(from));
        let i = hash & mask;
        while (slots[i * 2] !== 0 && slots[i * 2] !== hash) i = (i + 1) & mask;
        if (slots[i * 2] === 0) {
          slots[i * 2] = hash;
          slots[i * 2 + 1] = rows++ * N;
        }
        levels[slots[i * 2 + 1] + lang] = level;
      }
      from = to + 1;
    }
  }
  return { slots, levels: levels.slice(0, rows * N), mask };
}

/**
 * What one stretch of text shows: characters by script, and Latin profile scores. Kept in
 * reused arrays (a reply is read paragraph by paragraph on every pause, and fresh typed arrays
 * for each paragraph cost more than the reading).
 */
interface Evidence {
  /** Characters by script, indexed by the S_ constants. */
  chars: Int32Array;
  /** Per language, the profile levels of its features found (LEVEL_STEP of weight each). */
  scores: Int32Array;
  /** Per language, how many of the words its profile knows. */
  known: Int32Array;
}

const S_LATIN = 0;
const S_HAN = 1;
const S_SIMPLIFIED = 2;
const S_TRADITIONAL = 3;
const S_KANA = 4;
const S_HANGUL = 5;
const S_CYRILLIC = 6;
const S_GREEK = 7;
const S_HEBREW = 8;
const S_ARABIC = 9;
const S_THAI = 10;
const SCRIPTS = 11;
/** Scripts other than Latin, Han, kana and Hangul, each taken as one language. */
const OTHER_SCRIPTS: Array<[number, string]> = [
  [S_CYRILLIC, 'ru'],
  [S_GREEK, 'el'],
  [S_HEBREW, 'he'],
  [S_ARABIC, 'ar'],
  [S_THAI, 'th'],
];

const newEvidence = (): Evidence => ({ chars: new Int32Array(SCRIPTS), scores: new Int32Array(N), known: new Int32Array(N) });

function clearEvidence(e: Evidence): void {
  e.chars.fill(0);
  e.scores.fill(0);
  e.known.fill(0);
}

function addInto(into: Evidence, e: Evidence): void {
  for (let i = 0; i < SCRIPTS; i++) into.chars[i] += e.chars[i];
  for (let i = 0; i < N; i++) {
    into.scores[i] += e.scores[i];
    into.known[i] += e.known[i];
  }
}

const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fff;
/** Per CJK unified ideograph: 1 simplified-only, 2 traditional-only, 0 either. */
let hanVariant: Uint8Array | null = null;

function buildHanVariant(): Uint8Array {
  const v = new Uint8Array(HAN_LAST - HAN_FIRST + 1);
  for (const c of SIMPLIFIED_ONLY) v[c - HAN_FIRST] = 1;
  for (const c of TRADITIONAL_ONLY) v[c - HAN_FIRST] = 2;
  return v;
}

// Code units, not code points: every range counted here lies in the Basic Multilingual Plane.
function countScripts(sample: string, chars: Int32Array): void {
  const variant = (hanVariant ??= buildHanVariant());
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) chars[S_LATIN]++;
    } else if (c >= HAN_FIRST && c <= HAN_LAST) {
      chars[S_HAN]++;
      const v = variant[c - HAN_FIRST];
      if (v === 1) chars[S_SIMPLIFIED]++;
      else if (v === 2) chars[S_TRADITIONAL]++;
    } else if (c >= 0xc0 && c <= 0x24f) chars[S_LATIN]++;
    else if (c >= 0x3040 && c <= 0x30ff) chars[S_KANA]++;
    else if (c >= 0xac00 && c <= 0xd7af) chars[S_HANGUL]++;
    else if (c >= 0x0400 && c <= 0x04ff) chars[S_CYRILLIC]++;
    else if (c >= 0x0370 && c <= 0x03ff) chars[S_GREEK]++;
    else if (c >= 0x0590 && c <= 0x05ff) chars[S_HEBREW]++;
    else if (c >= 0x0600 && c <= 0x06ff) chars[S_ARABIC]++;
    else if (c >= 0x0e00 && c <= 0x0e7f) chars[S_THAI]++;
  }
}

/**
 * Adds the profile weights of the words of `sample` (and of their trigrams and letters) to
 * `scores`. A capitalized word inside a sentence ("Hei Ola", "Saludos, Javier") or a word with a
 * capital inside it ("iPhone", "PostNord") is a name or a brand, the same in every language: it
 * counts only if the profiles know it as a word ("Sie", "Ihnen").
 */
function scoreLatin(sample: string, scores: Int32Array, known: Int32Array): void {
  const { slots, levels, mask } = (table ??= buildTable());
  const lower = sample.toLowerCase();
  // Lower-casing can change the length (a dotted capital I); then every word counts.
  const cased = lower.length === sample.length;
  /** The row of a feature (an offset into `levels`), or -1. */
  const find = (hash: number): number => {
    let i = hash & mask;
    for (;;) {
      const k = slots[i * 2];
      if (k === hash) return slots[i * 2 + 1];
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  };
  const add = (at: number) => {
    if (at >= 0) for (let l = 0; l < N; l++) scores[l] += levels[at + l];
  };
  const decisive = DECISIVE / LEVEL_STEP;
  let words = 0;
  let after = 0; // end of the previous word
  eachPart(lower, (s, e) => {
    const word = e - s <= MAX_WORD ? find(wordHash(lower, s, e)) : -1;
    const shape = cased && word < 0 ? nameShape(sample, lower, s, e) : PLAIN;
    const skip = shape === INNER_CAPITAL || (shape === CAPITALIZED && !startsSentence(sample, after, s));
    after = e;
    if (skip) return false;
    if (word >= 0) {
      add(word);
      for (let l = 0; l < N; l++) if (levels[word + l] > 0) known[l]++;
    }
    let a = SPACE;
    let b = lower.charCodeAt(s);
    for (let i = s; i < e; i++) {
      if (b >= 0xc0) add(find(letterHash(b)));
      const c = i + 1 < e ? lower.charCodeAt(i + 1) : SPACE;
      add(find(trigramHash(apostrophe(a), apostrophe(b), apostrophe(c))));
      a = b;
      b = c;
    }
    // Every few words, stop once one language leads all others by far.
    if (++words % 4 === 0) {
      const [best, second] = topTwo(scores);
      if (scores[best] - scores[second] >= decisive) return true;
    }
    return false;
  });
}

/** No word between `from` and `at`, and either nothing before or a sentence end or line break. */
function startsSentence(text: string, from: number, at: number): boolean {
  if (from === 0) return true;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0x2026) return true;
  }
  return false;
}

const PLAIN = 0;
const CAPITALIZED = 1;
const INNER_CAPITAL = 2;

/** PLAIN (lower case, or all capitals: shouting, an acronym), CAPITALIZED ("Ola") or INNER_CAPITAL ("iPhone"). */
function nameShape(text: string, lower: string, s: number, e: number): number {
  let upper = 0;
  let inner = false;
  for (let i = s; i < e; i++) {
    if (text.charCodeAt(i) !== lower.charCodeAt(i)) {
      upper++;
      if (i > s) inner = true;
    }
  }
  if (upper === 0 || upper === e - s) return PLAIN;
  return inner ? INNER_CAPITAL : CAPITALIZED;
}

function topTwo(scores: Int32Array): [number, number] {
  let best = 0;
  let second = 1;
  if (scores[second] > scores[best]) [best, second] = [second, best];
  for (let i = 2; i < N; i++) {
    if (scores[i] > scores[best]) {
      second = best;
      best = i;
    } else if (scores[i] > scores[second]) second = i;
  }
  return [best, second];
}

/** Reads the first `length` characters of `text` into `e` (cleared first) and decides. */
function read(text: string, length: number, e: Evidence): Decision {
  clearEvidence(e);
  const sample = text.length > length ? text.slice(0, length) : text;
  countScripts(sample, e.chars);
  // Latin words only count where the script leaves the choice to them.
  const byScript = scriptLang(e.chars);
  if (byScript) return byScript;
  scoreLatin(sample, e.scores, e.known);
  return latinLang(e);
}

interface Decision {
  lang: string;
  /** In its own script: how many characters chose it; Latin: its lead over the runner-up. */
  strength: number;
  /** Latin: words of the text its language's profile knows. */
  known: number;
  latin: boolean;
}

const script = (lang: string, n: number): Decision => ({ lang, strength: n, known: 0, latin: false });

/** The script choice of decide(), or null when the Latin profiles decide. */
function scriptLang(c: Int32Array): Decision | null {
  const latin = c[S_LATIN];
  const han = c[S_HAN];
  const kana = c[S_KANA];
  if (kana > 0 && kana * 5 >= han && kana + han > latin) return script('ja', kana + han);
  if (c[S_HANGUL] > latin) return script('ko', c[S_HANGUL]);
  // A Han character says about as much as a short Latin word: "iPhone 15 的保固" is Chinese.
  if (han > 0 && han * 6 >= latin) return script(c[S_SIMPLIFIED] > c[S_TRADITIONAL] ? 'zh-Hans' : 'zh', han);
  for (let i = 0; i < OTHER_SCRIPTS.length; i++) {
    const [s, lang] = OTHER_SCRIPTS[i];
    if (c[s] > latin) return script(lang, c[s]);
  }
  if (latin === 0) return script('und', 0);
  return null;
}

const decide = (e: Evidence): Decision => scriptLang(e.chars) ?? latinLang(e);

/** Scores with the supported languages' prior added (scratch space of latinLang). */
const adjusted = new Int32Array(N);

function latinLang(e: Evidence): Decision {
  for (let i = 0; i < N; i++) adjusted[i] = e.scores[i] + PRIOR[i];
  const [best, second] = topTwo(adjusted);
  const weight = (i: number) => adjusted[i] * LEVEL_STEP;
  if (best !== EN && weight(best) - weight(EN) < EN_MARGIN) return { lang: 'en', strength: weight(EN) - weight(best), known: e.known[EN], latin: true };
  return { lang: PROFILE_LANGS[best], strength: weight(best) - weight(second), known: e.known[best], latin: true };
}

const one = newEvidence();
const all = newEvidence();

/** The language of `text` as one piece: a supported code, a neighbour's, or 'und'. */
export function detectLang(text: string): string {
  return read(text, BUDGET, one).lang;
}

/**
 * The reply's language (from all its paragraphs together) and each paragraph's. A paragraph keeps
 * the reply's language unless it clearly shows another: a greeting or a name line ("Hi Anna,",
 * "Lars Berg") has too little to go on and follows the reply.
 */
export function detectLangs(paragraphs: readonly (Range & { text: string })[]): { lang: string; langs: LangSpan[] } {
  clearEvidence(all);
  const length = Math.max(MIN_SAMPLE, Math.min(SAMPLE, Math.floor(BUDGET / paragraphs.length)));
  const own = paragraphs.map((p) => {
    const d = read(p.text, length, one);
    addInto(all, one);
    return d;
  });
  const lang = decide(all).lang;
  const langs = paragraphs.map((p, i) => {
    const d = own[i];
    const clear = d.lang !== 'und' && (d.latin ? d.strength >= PARAGRAPH_MARGIN && d.known >= PARAGRAPH_WORDS : d.strength >= PARAGRAPH_SCRIPT);
    return { start: p.start, end: p.end, lang: clear ? d.lang : lang };
  });
  return { lang, langs };
}
