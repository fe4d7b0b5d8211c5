/**
 * Builds a rule's rewrites as phrase surgery on its own sentence, then vets each one.
 *
 * A template either replaces the flagged words (`{span}`, `{group}`, `{group|infinitive}`) or
 * rebuilds the sentence from its own parts, so its facts stay:
 *   {body}      the sentence without its closing punctuation   ("We cannot extend the voucher")
 *   {end}       that closing punctuation                        (".")
 *   {without}   the sentence with the flagged words dropped     ("As I said, X" → "X")
 *   {unframed}  the sentence with a policy frame dropped        ("Per our policy, X" → "X")
 * and the transform `|contract` ("cannot" → "can't"). A rebuilt sentence needs four words of its
 * own left, else the template is skipped. Every result is re-capitalized, given the paragraph's
 * apostrophe style, vetted (facts, seams) and re-checked for the same category; only then is it
 * offered, as the smallest edit that turns the sentence into it.
 */
import type { Sentence } from './segment';
import { toInfinitive } from './nlp';
import { apostropheStyle, factsOf, spacedMarks, vetRewrite, withApostrophes, type ApostropheStyle } from './vet';
import { fillPlaceholders } from './placeholder';
import { countWords, isLetter } from './scan';

/** A fix relative to the paragraph (check() shifts it into the reply). */
export interface RawFix {
  start: number;
  end: number;
  text: string;
  sentence: string;
}

export interface RewriteContext {
  /** The sentence, with offsets relative to the paragraph. */
  sentence: Sentence;
  /** The flagged words, relative to the sentence. */
  span: [number, number];
  /** The words the rule matched (inside `span`; the same unless the rule flags its whole sentence): what `{without}` drops. */
  phrase: [number, number];
  groups: Record<string, string | undefined>;
  style: ApostropheStyle;
  /** Policy frames a rewrite may drop or replace (the pack's lexicon), tried in order. */
  frames: ReadonlyArray<{ re: RegExp; with?: string }>;
  /** Words that may follow a gap mid-sentence. */
  joiners?: ReadonlySet<string>;
  /** A trailing softener to drop before a clause is appended ("…, I'm afraid"). */
  softener?: RegExp;
  /** Words the rewrite is meant to change, exempt from the facts check. */
  exempt?: ReadonlySet<string>;
  /** True when the rewritten sentence (placeholders filled) is still flagged in the same category within [start, end). */
  reflags(sentence: string, start: number, end: number): boolean;
}

export interface Rewrites {
  suggestions: string[];
  fixes: RawFix[];
  dropped: Array<{ sentence: string; reason: string }>;
}

/** Suggestions offered per finding at most: the card shows two; later templates are fallbacks. */
export const MAX_SUGGESTIONS = 2;

const SENTENCE_SLOT = /\{(?:body|without|unframed|end)(?:\|\w+)?\}/;
const GREETING = /^(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|thanks|thank\s+you|bonjour|bonsoir|madame|monsieur|cher|chère|merci)\b[^,]{0,40}$/iu;

const TRANSFORMS: Record<string, (s: string) => string> = {
  infinitive: toInfinitive,
  lower: (s) => s.toLowerCase(),
  contract: (s) =>
    // Every form it contracts ends in "not": most bodies have none.
    !/not\b/i.test(s)
      ? s
      : s
      .replace(/\bcan(?:\s+)?not\b/giu, (m) => (m[0] === 'C' ? 'Can’t' : 'can’t'))
      .replace(/\bwill not\b/giu, (m) => (m[0] === 'W' ? 'Won’t' : 'won’t'))
      .replace(/\b(do|does|did|is|are|was|were|would|could|should) not\b/giu, '$1n’t'),
};

export function paragraphStyle(para: string): ApostropheStyle {
  return apostropheStyle(para);
}

export function buildRewrites(templates: readonly string[], ctx: RewriteContext): Rewrites {
  const out: Rewrites = { suggestions: [], fixes: [], dropped: [] };
  const original = ctx.sentence.text;
  const seen = new Set<string>();
  const facts = factsOf(original, ctx.exempt);
  for (const tpl of templates) {
    if (out.suggestions.length >= MAX_SUGGESTIONS) break;
    const frames: string[] = [];
    const candidate = SENTENCE_SLOT.test(tpl) ? rebuild(tpl, ctx, frames) : replaceSpan(tpl, ctx);
    if (candidate === null) continue;
    const rewritten = tidy(candidate, original, ctx.style);
    if (seen.has(rewritten)) continue;
    seen.add(rewritten);
    const fix = smallestEdit(original, rewritten);
    const reason = vetRewrite(original, rewritten, ctx.style, ctx.exempt, ctx.joiners, frames.length ? withoutFrameCodes(facts, frames) : facts) ?? (reflagged(rewritten, fix, ctx) ? 'flagged again' : null);
    if (reason) {
      out.dropped.push({ sentence: rewritten, reason });
      continue;
    }
    out.fixes.push({ start: ctx.sentence.start + fix.start, end: ctx.sentence.start + fix.end, text: fix.text, sentence: rewritten });
    out.suggestions.push(forSpan(original, rewritten, fix, ctx.span));
  }
  return out;
}

/**
 * The facts a rewrite must keep once a policy frame is dropped: an acronym that was part of the
 * frame goes with it ("Conformément à nos CGV, " → the rule's content, without "CGV").
 */
function withoutFrameCodes(facts: readonly string[], frames: readonly string[]): string[] {
  const out = [...facts];
  for (const code of factsOf(frames.join(' ')).filter((f) => /^\p{Lu}[\p{Lu}&-]+$/u.test(f))) {
    const i = out.indexOf(code);
    if (i >= 0) out.splice(i, 1);
  }
  return out;
}

/** Re-checks the edited words of the new sentence, with its placeholders filled. */
function reflagged(rewritten: string, fix: { start: number; text: string }, ctx: RewriteContext): boolean {
  const filled = fillPlaceholders(rewritten.slice(0, fix.start), 'this');
  const middle = fillPlaceholders(fix.text, 'this');
  const text = filled + middle + fillPlaceholders(rewritten.slice(fix.start + fix.text.length), 'this');
  return ctx.reflags(text, filled.length, filled.length + Math.max(1, middle.length));
}

function fillSlots(tpl: string, values: (name: string) => string | null): string | null {
  let failed = false;
  const text = tpl.replace(/\{(\w+)(?:\|(\w+))?\}/g, (_, name: string, transform?: string) => {
    const raw = values(name);
    if (raw === null) {
      failed = true;
      return '';
    }
    const value = name === 'end' ? raw : raw.trim();
    return transform && TRANSFORMS[transform] ? TRANSFORMS[transform](value) : value;
  });
  return failed ? null : text;
}

function replaceSpan(tpl: string, ctx: RewriteContext): string | null {
  const [s, e] = ctx.span;
  const text = ctx.sentence.text;
  const filled = fillSlots(tpl, (name) => (name === 'span' ? text.slice(s, e) : (ctx.groups[name] ?? '')));
  if (filled === null) return null;
  const replacement = filled.replace(/\s{2,}/g, ' ').trim();
  // A clause of its own ("I understand why this matters to you") cannot follow a word that needs
  // its complement: "it's not worth filing a claim over" must not become "it's I understand…".
  if (CLAUSE_START.test(replacement) && NEEDS_COMPLEMENT.test(text.slice(0, s))) return null;
  return text.slice(0, s) + caseFor(replacement, text, s) + text.slice(e);
}

/** A replacement that opens with a subject: a clause of its own. */
const CLAUSE_START = /^(?:I|I['’](?:m|ve|ll|d)|we|we['’](?:re|ve|ll|d)|it|it['’]s|this|that['’]s|there|here['’]?s?|while|if)\s/iu;
/** Words a clause cannot follow: a verb or article waiting for its complement. */
const NEEDS_COMPLEMENT = /\b(?:is|are|was|were|be|been|being|am|it['’]s|that['’]s|there['’]s|what['’]s|the|a|an|to|of|not|very|too|quite|really)\s*$/iu;

/** `frames`: receives the policy frame an `{unframed}` slot dropped. */
function rebuild(tpl: string, ctx: RewriteContext, frames: string[]): string | null {
  const text = ctx.sentence.text;
  // The closing punctuation, found by walking back from the end (a regex anchored at $ would
  // retry from every position of a long whitespace run).
  let cut = text.length;
  while (cut > 0 && /\s/u.test(text[cut - 1])) cut--;
  while (cut > 0 && /["”’)\]」』）]/u.test(text[cut - 1])) cut--;
  while (cut > 0 && /[.!?…。！？]/u.test(text[cut - 1])) cut--;
  // A trailing softener ("…, I'm afraid") would strand the clause the template appends.
  const body = ctx.softener ? text.slice(0, cut).replace(ctx.softener, '') : text.slice(0, cut);
  // "… possible ?": French typography's space before the mark stays with it.
  const end = (/^[;:!?]/.test(text.slice(cut)) && /[ \u00a0\u202f]$/u.test(text.slice(0, cut)) ? text[cut - 1] : '') + text.slice(cut).trim();
  const [s, e] = ctx.phrase;
  const parts: Record<string, () => string | null> = {
    body: () => body,
    end: () => end,
    without: () => join(body.slice(0, Math.min(s, body.length)), body.slice(Math.min(e, body.length)), body.slice(s, e)),
    unframed: () => {
      for (const { re, with: replacement } of ctx.frames) {
        const m = re.exec(body);
        if (!m) continue;
        const after = body.slice(m.index + m[0].length);
        frames.push(m[0]);
        return replacement ? join(body.slice(0, m.index), `${replacement} ${after.replace(/^\s+/u, '')}`, m[0]) : join(body.slice(0, m.index), after, m[0]);
      }
      return null;
    },
  };
  const filled = fillSlots(tpl, (name) => {
    const get = parts[name];
    if (!get) return ctx.groups[name] ?? '';
    const value = get();
    if (value === null) return null;
    // Words as a reader counts them: in Chinese, characters (scan.ts countWords).
    if (name !== 'end' && countWords(value) < 4) return null;
    return value;
  });
  return filled;
}

/**
 * Joins what is left either side of a removed phrase. A comma before the phrase stays when the
 * phrase was not itself set off by commas ("Ltd, per our terms an invoice" → "Ltd, an invoice";
 * "The refund, as I said, is done" → "The refund is done"); a greeting keeps its comma.
 */
function join(before: string, after: string, removed = ''): string {
  const b = before.replace(/[\s,;:—–\-，、；：]+$/u, '');
  const a = after.replace(/^[\s,;:—–\-，、；：]+/u, '');
  if (!b) return capitalize(a);
  if (!a) return b;
  // Chinese has no space between words and writes a full-width comma; a comma before the removed
  // phrase stays, since what precedes it is a clause or an address of its own ("王先生，依規定，X" → "王先生，X").
  if (FULL_WIDTH.test(b[b.length - 1]) || FULL_WIDTH.test(a[0])) return /[,，]\s*$/u.test(before) ? `${b}，${a}` : `${b}${a}`;
  const commaBefore = /,\s*$/u.test(before);
  const commaAfter = /^\s*,/u.test(after) || /,\s*$/u.test(removed);
  return GREETING.test(b) || (commaBefore && !commaAfter) ? `${b}, ${a}` : `${b} ${a}`;
}

/** A Han character or a full-width mark: text written without spaces between words. */
const FULL_WIDTH = /^[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]$/u;

/** Upper-cases the first letter when it is lower case (whatever precedes it that is not a letter stays). */
function capitalize(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (!isLetter(cp)) {
      if (cp > 0xffff) i++;
      continue;
    }
    const c = String.fromCodePoint(cp);
    return LOWER_LETTER.test(c) ? s.slice(0, i) + c.toUpperCase() + s.slice(i + c.length) : s;
  }
  return s;
}

const LOWER_LETTER = /^\p{Ll}$/u;

/** Capitalizes a replacement that starts the sentence, lower-cases one that does not (names and acronyms kept). */
function caseFor(text: string, sentence: string, at: number): string {
  if (!text) return text;
  const before = sentence.slice(0, at);
  if (before.trim() === '' || /[.!?:]\s*$/.test(before)) return capitalize(text);
  const first = text.split(/[\s,]/)[0];
  if (first === 'I' || /^I['’]/.test(first) || /^\p{Lu}{2,}/u.test(first) || first.startsWith('[')) return text;
  return text[0].toLowerCase() + text.slice(1);
}

/** Spacing and punctuation at the seams, the sentence's capital, the paragraph's apostrophes. */
const UNTIDY = /[ \t]{2}|\s[,.;:!?]|[,;:]\s*[.!?]|,\s*,/;

function tidy(s: string, original: string, style: ApostropheStyle): string {
  let t = s.trim();
  // Most candidates are already tidy: one test instead of four replaces.
  if (UNTIDY.test(t)) {
    t = t
      .replace(/[ \t]{2,}/g, ' ')
      .replace(/\s+([,.])/g, '$1')
      // French typography spaces ; : ! ? off the word before: a no-break space there is always
      // meant, and a plain one is kept where the text itself is written so.
      .replace(/[ \t\n]+([;:!?])/g, spacedMarks(original) ? ' $1' : '$1')
      .replace(/([,;:])\s*([.!?])/g, '$2')
      .replace(/,\s*,/g, ',');
  }
  // Full-width marks (Chinese) at a seam: no space before one, and one mark where two meet ("，，" → "，", "，。" → "。").
  if (/[，。！？、；：]/u.test(t)) t = t.replace(/[ \t]+(?=[，。！？、；：])/gu, '').replace(/[，、；：]+(?=[，。！？])/gu, '').replace(/。{2,}/gu, '。');
  if (/^\P{L}*\p{Lu}/u.test(original)) t = capitalize(t);
  return withApostrophes(t, style);
}

/** The smallest whole-word edit that turns `a` into `b`. */
function smallestEdit(a: string, b: string): { start: number; end: number; text: string } {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  // Snap to word boundaries so an edit never splits a word.
  // A Han character is a word of its own (Chinese has no spaces to find words by).
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’]/u.test(c) && !FULL_WIDTH.test(c);
  // Back off only while the boundary falls inside a word.
  while (p > 0 && isWord(a[p - 1]) && (isWord(a[p]) || isWord(b[p]))) p--;
  while (q > 0 && isWord(a[a.length - q]) && (isWord(a[a.length - q - 1]) || isWord(b[b.length - q - 1]))) q--;
  return { start: p, end: a.length - q, text: b.slice(p, b.length - q) };
}

/** The replacement of the flagged words alone: exact when the edit stays inside them. */
function forSpan(original: string, rewritten: string, fix: { start: number; end: number; text: string }, [s, e]: [number, number]): string {
  if (fix.start >= s && fix.end <= e) return original.slice(s, fix.start) + fix.text + original.slice(fix.end, e);
  // The edit reaches past the flagged words (a re-capitalized next word): the flagged words'
  // share of the new sentence, compared without case.
  const tail = original.slice(e);
  const head = original.slice(0, s);
  const lb = rewritten.toLowerCase();
  const startAt = lb.startsWith(head.toLowerCase()) ? head.length : 0;
  const tailTrim = tail.replace(/^[\s,;:—–-]+/u, '');
  const endAt = lb.endsWith(tailTrim.toLowerCase()) ? rewritten.length - tailTrim.length : rewritten.length;
  return rewritten.slice(startAt, Math.max(startAt, endAt)).trim();
}
