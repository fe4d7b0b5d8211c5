/**
 * Capital-letter emphasis and stacked punctuation. An all-capitals token is shouting when it
 * spells a word; acronyms (FAQ, IBAN, CGNAT, 2FA, IPv4) are recognised by their shape: digits,
 * mixed case, or letters that do not spell a known word. A short list of acronyms that happen to
 * spell words (US, IT, OK) is only a fallback.
 */
import { lexiconTags } from './nlp';

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Lexicon tags that mark names, places, currencies, units and abbreviations: capitals are normal
 * there. Abbreviations too: in capitals "MS" (LC-MS), "CA" (CA$84) and "ST" are codes, not "Ms."
 * or "ca." shouted.
 */
const NAME_TAGS = new Set(['Currency', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Organization', 'Country', 'Place', 'Region', 'City', 'Unit', 'ProperNoun', 'Acronym', 'Abbreviation']);

function known(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.length) {
    if (tags.some((t) => NAME_TAGS.has(t))) return false;
    // Two- and three-letter bare nouns in the lexicon are units and codes (GB, KB, MB).
    return !(word.length <= 3 && tags.length === 1 && tags[0] === 'Noun');
  }
  // Inflected forms the lexicon stores only as stems: FOLDERS, CHECKED, CHARGING.
  for (const [suffix, add] of [['s', ''], ['es', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', '']] as const) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix) && lexiconTags(word.slice(0, -suffix.length) + add).length) return true;
  }
  return false;
}

/**
 * Does this all-capitals token spell a word (rather than an acronym)? `words`: the pack's own
 * list of words for a language other than English (lexicon `capsWords`); with it, the English
 * lexicon is not consulted ("LE", "PIN" and "BOX" are words there, not in French).
 */
export function spellsWord(token: string, acronymWords: Set<string>, words?: ReadonlySet<string>): boolean {
  if (acronymWords.has(token)) return false;
  const parts = token.split(/[-'’]/).filter(Boolean);
  if (parts.length > 1) return parts.some((p) => p.length >= 2 && spellsWord(p, acronymWords, words));
  const lower = token.toLowerCase();
  if (words ? words.has(lower) : known(lower)) return true;
  // Long, pronounceable tokens are words the lexicon lacks (RECEIPTS, CONFIRMATION, IMPÉRATIF).
  const vowels = (lower.match(/[aeiouyàâäéèêëîïôöùûü]/g) ?? []).length;
  return lower.length >= 6 && vowels >= 2;
}

const TWO_CAPS = /\p{Lu}['’-]?\p{Lu}/u;

const isCapsToken = (t: string) => /^[\p{Lu}'’-]+$/u.test(t) && (t.match(/\p{Lu}/gu) ?? []).length >= 2;

export interface Span {
  start: number;
  end: number;
}

/** What marks a capitalized word as a code rather than emphasis (the pack's lexicon). */
export interface CodeContext {
  /** Matches the text just before the token ("HTTP ", "promo code "). */
  before?: RegExp;
  /** Matches the text just after it (" request", " /v1/orders"). */
  after?: RegExp;
}

/** Quoted, back-ticked or bracketed stretches: a label or code named there is a mention, not emphasis. */
function quotedRanges(sentence: string): Span[] {
  const out: Span[] = [];
  for (const m of sentence.matchAll(/`[^`\n]{1,80}`|(?<![\p{L}\p{N}])['‘"“«][^'’"”»\n]{1,60}['’"”»](?![\p{L}\p{N}])/gu)) {
    out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** What may stand between two capitalized labels of one mention: spaces, a comma, ">" (the words "then", "and", "or" are tokens of their own). */
const LABEL_GAP = /^[\s,>›→/|]+$/u;
/** Words that join two labels of one mention: "tap CONFIRM, then DONE". */
const LABEL_JOINER = /^(?:then|and|or)$/iu;

/** Runs of all-capitals tokens in a sentence that contain at least one spelled word. */
export function capsRuns(sentence: string, acronymWords: Set<string>, codes: CodeContext = {}, words?: ReadonlySet<string>): Span[] {
  // Most sentences have no two capitals in a row: nothing to look at.
  if (!TWO_CAPS.test(sentence)) return [];
  const runs: Span[] = [];
  const quoted = /['‘"“«`]/u.test(sentence) ? quotedRanges(sentence) : [];
  let run: { start: number; end: number; word: boolean } | null = null;
  let lastEnd = 0;
  /** The previous token was a mention (a label, a status, a code): capitals that carry on from it are too. */
  let mention = false;
  const close = () => {
    if (run?.word) runs.push({ start: run.start, end: run.end });
    run = null;
  };
  for (const m of sentence.matchAll(TOKEN)) {
    const tok = m[0].replace(/['’-]+$/, '');
    const start = m.index!;
    const end = start + tok.length;
    const gap = sentence.slice(lastEnd, start);
    lastEnd = end;
    // Identifiers and codes: env vars (DATABASE_URL), flags (--DRY-RUN), paths, assignments,
    // anything quoted, and words the lexicon's context marks as codes (HTTP PUT, code WELCOME).
    const caps = isCapsToken(tok);
    // "says NO SIGNAL", "tap CONFIRM, then DONE", "Settings > PRIVACY": one label, or a path of them.
    const carriesOn: boolean = mention && caps && LABEL_GAP.test(gap);
    // A heading such as "NOTE:" or "UPDATE:" that opens the sentence.
    const heading = caps && start === 0 && /^:\s/.test(sentence.slice(end, end + 2));
    const isCode: boolean =
      !caps ||
      carriesOn ||
      heading ||
      /[@/_=$-]/.test(gap.slice(-1)) ||
      /^[_=(/.]\w/.test(sentence.slice(end, end + 2)) ||
      quoted.some((q) => q.start < start && q.end > end) ||
      // An adverb is emphasis even after "says": "it says CLEARLY in the terms".
      // Inside a shouted run the context is the run itself ("READ THE MANUAL" is not "read" + a label).
      (!/LY$/u.test(tok) && !(run && /^[\s,]*$/.test(gap)) && Boolean(codes.before?.test(sentence.slice(Math.max(0, start - 24), start)))) ||
      Boolean(codes.after?.test(sentence.slice(end, end + 24)));
    mention = isCode && (caps || (mention && LABEL_JOINER.test(tok)));
    if (isCode) {
      close();
      continue;
    }
    const word = spellsWord(tok, acronymWords, words);
    if (run && /^[\s,]*$/.test(gap)) {
      run.end = end;
      run.word ||= word;
    } else {
      close();
      run = { start, end, word };
    }
  }
  close();
  return runs;
}

/** "!!", "!!!", "?!", "?!?", "??" — stacked marks (analyze.ts lets exactly two "!" pass: warmth, not shouting). */
export const STACKED_MARKS = /[!?]*(?:!!|\?\?|\?!|!\?)[!?]*/g;
/** The same for Chinese, whose marks are full-width: "！！", "！！！", "？！", "！？", "？？" (half-width ones mixed in too). */
export const STACKED_MARKS_FULL_WIDTH = /[!?！？]*(?:[!！]{2}|[?？]{2}|[?？][!！]|[!！][?？])[!?！？]*/g;
