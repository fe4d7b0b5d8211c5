/**
 * Checks a rewritten sentence against the original before it is offered: every fact survives,
 * the seams are clean, the apostrophe style and acronym casing are the text's own. A rewrite
 * that fails is not shown (the eval audits the same properties independently).
 */
import { fillPlaceholders } from './placeholder';
import { codeBefore, eachFactToken, eachToken, isAlnum, isLetter } from './scan';

export type ApostropheStyle = 'straight' | 'curly';

/** The style a paragraph already uses; straight when it has none (what keyboards type). */
export function apostropheStyle(text: string): ApostropheStyle {
  // Apostrophes after a letter (`\p{L}['’]`), counted without a Unicode-property regex.
  let curly = 0;
  let straight = 0;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 39 || c === 0x2019) && isLetter(codeBefore(text, i))) {
      if (c === 39) straight++;
      else curly++;
    }
  }
  return curly > straight ? 'curly' : 'straight';
}

/** Converts the apostrophes inside words (not quotation marks) to `style`. */
export function withApostrophes(text: string, style: ApostropheStyle): string {
  const from = style === 'straight' ? '’' : "'";
  let at = text.indexOf(from);
  if (at === -1) return text;
  // Between two letters, or (to straight) a plural possessive before a space: "customers’ orders".
  const to = style === 'straight' ? "'" : '’';
  let out = '';
  let done = 0;
  for (; at !== -1; at = text.indexOf(from, at + 1)) {
    const before = at > 0 ? codeBefore(text, at) : 0;
    const next = text.codePointAt(at + 1) ?? 0;
    const inWord = isLetter(before) && isLetter(next);
    const possessive = style === 'straight' && before === 115 && /\s/.test(text[at + 1] ?? '');
    if (!inWord && !possessive) continue;
    out += text.slice(done, at) + to;
    done = at + 1;
  }
  return done === 0 ? text : out + text.slice(done);
}

/**
 * Facts of a sentence: tokens with a digit or currency sign (amounts, dates, codes, order numbers),
 * acronyms and codes in capitals, and capitalized words after the first (names, products).
 * `exempt` lists words the rewrite is meant to change (emphasis capitals being lowered).
 */
export function factsOf(sentence: string, exempt: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  // No digit, currency sign or capital after the first letter: no facts to keep.
  if (!/[\d$€£¥]|.\p{Lu}/su.test(sentence)) return out;
  // Chinese runs words straight into numbers and codes ("訂單A123的包裹", "2026/11/03前"): there a
  // Han character ends a fact token, so the fact is the code, not the code with its neighbours.
  const text = HAN.test(sentence) ? sentence.replace(HAN_ALL, ' ') : sentence;
  let index = 0;
  eachFactToken(text, (start, end) => {
    const first = index++ === 0;
    const c = text.charCodeAt(start);
    const tok = text.slice(start, end);
    // Most words are lower-case letters without digits: not facts, and cheap to skip.
    if (c >= 97 && c <= 122 && !/[\d$€£¥]/.test(tok)) return;
    const w = tok.replace(/[.,:]+$/, '');
    if (exempt.has(w)) return;
    if (/[\d$€£¥]/u.test(w)) out.push(w);
    else if (/^\p{Lu}[\p{Lu}\d&-]+$/u.test(w)) out.push(w);
    else if (!first && /^\p{Lu}/u.test(w) && !/^I(?:['’]|$)/u.test(w)) out.push(w.replace(/['’]s$/u, ''));
  });
  return out;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;
const HAN_ALL = /[\u3400-\u9fff\uf900-\ufaff]/gu;

/** Whether the text spaces ; : ! ? off the word before, as French typography does ("Merci !"). */
export function spacedMarks(text: string): boolean {
  return /\S[ \u00a0\u202f][;:!?]/u.test(text);
}

/** Each word repeated straight after itself, lower-cased (tokens as lib/checker/scan.ts reads them). */
function eachDoubled(text: string, each: (word: string) => boolean | void): void {
  const lower = text.toLowerCase();
  let last = '';
  let stopped = false;
  eachToken(lower, (start, end) => {
    if (stopped) return;
    const word = lower.slice(start, end);
    if (word === last && word !== '?' && word !== '!') stopped = each(word) === true;
    last = word;
  });
}

/** Words the text itself doubles ("nous nous permettons"): not a seam error when a rewrite keeps them. */
function doubledWords(text: string): Set<string> {
  const out = new Set<string>();
  eachDoubled(text, (w) => void out.add(w));
  return out;
}

/** Words a sentence cannot end on. */
const JOINING_WORDS = new Set(['and', 'but', 'or', 'because', 'so', 'to', 'the', 'a', 'an', 'of']);

/** The last word of a text, before its closing marks, lower-cased ('' when a letter or digit does not end it). */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s.!?]/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && isAlnum(codeBefore(text, start))) start--;
  return text.slice(start, end).toLowerCase();
}

const ARTICLE_PRONOUN = /\b(?:the|a|an)\s+(?:it|them|this|these|those|something|they|you|he|she|we)\b/i;

/** Why `rewritten` may not replace `original`, or null when it is fine. */
export function vetRewrite(
  original: string,
  rewritten: string,
  style: ApostropheStyle,
  exempt?: ReadonlySet<string>,
  joiners?: ReadonlySet<string>,
  originalFacts: readonly string[] = factsOf(original, exempt),
): string | null {
  if (!rewritten.trim()) return 'empty';
  // A gap followed straight by a stray word ("you'll find it in [place] calling again").
  if (joiners) {
    for (const m of rewritten.matchAll(/\]\s+([\p{L}'’]+)/gu)) if (!joiners.has(m[1].toLowerCase())) return `stray "${m[1]}" after a gap`;
  }
  if (rewritten === original) return 'unchanged';
  const filled = fillPlaceholders(rewritten, 'x');
  // Facts: every occurrence must survive (a name may move to the start and change case only there).
  const have = new Map<string, number>();
  // Without facts in the original there is nothing to lose: the rewrite's own need no reading.
  if (originalFacts.length) for (const f of factsOf(filled)) have.set(f, (have.get(f) ?? 0) + 1);
  const lower = originalFacts.length ? filled.toLowerCase() : '';
  for (const f of originalFacts) {
    const n = have.get(f) ?? 0;
    if (n > 0) have.set(f, n - 1);
    else if (!/^\p{Lu}\p{Ll}/u.test(f) || !lower.includes(f.toLowerCase())) return `drops "${f}"`;
  }
  let own: Set<string> | undefined;
  let doubled: string | undefined;
  eachDoubled(filled, (w) => {
    if (/^(?:\d+|that|had|very)$/.test(w) || (own ??= doubledWords(original)).has(w)) return false;
    doubled = w;
    return true;
  });
  if (doubled !== undefined) return `doubles "${doubled}"`;
  // French typography spaces ; : ! ? off the word before: one no-break space there is meant, and
  // so is one plain space in a text written that way.
  const spaced = spacedMarks(original);
  const marks = !spaced && !/[\u00a0\u202f]/.test(filled) ? filled : filled.replace(spaced ? /(?<=[^\s,;:])[ \u00a0\u202f](?=[;:!?])/gu : /(?<=[^\s,;:])[\u00a0\u202f](?=[;:!?])/gu, '');
  if (/ {2}|\s[,.;:!?]|[,;:]\s*[,.;:!?]|,,|(?<![.])\.\.(?![.])/.test(marks)) return 'broken punctuation';
  // Full-width marks (Chinese) at a seam: "，，", "。。", "，。", a space before one.
  if (/[，、；：。][ \t]*[，。、；：！？]|[！？][ \t]*[，。、；：]|\s[，。、；：！？]/u.test(marks)) return 'broken punctuation';
  if (/[,;](?=\p{L})/u.test(filled)) return 'no space after a comma';
  // A slot filled with a pronoun after the template's article: "the it wasn't quite right".
  if (ARTICLE_PRONOUN.test(filled) && !ARTICLE_PRONOUN.test(original)) return 'article before a pronoun';
  if (/^[\s"“'‘(]*\p{Ll}/u.test(filled) && /^[\s"“'‘(]*\p{Lu}/u.test(original)) return 'lower-case start';
  if (JOINING_WORDS.has(lastWord(filled))) return 'ends on a joining word';
  if (rewritten.includes(style === 'straight' ? '’' : "'") && (style === 'straight' ? /\p{L}’\p{L}/u : /\p{L}'\p{L}/u).test(rewritten)) return 'apostrophe style';
  return null;
}
