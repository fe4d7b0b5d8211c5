/**
 * A team's own rules (rule pack `custom[]`), compiled into finders the engine runs.
 *
 * Team rules come from people, not from us, so nothing here may hang a tab or throw:
 * - `phrase` rules become a JavaScript RegExp built only from escaped literals, whitespace
 *   runs and one-word wildcards whose character classes never overlap their neighbours', so
 *   every match attempt is linear.
 * - `regex` rules run on RE2 (`re2js`), which matches in linear time by construction and has no
 *   backreferences or lookbehind to abuse.
 * Both kinds match on a copy of the text whose curly apostrophes (’ ‘ ʼ) are straightened.
 * Each of those is one UTF-16 unit, so offsets into the copy are offsets into the original.
 */
import { RE2JS } from 're2js';
import type { CustomRule } from './types';

export interface CompiledCustomRule {
  rule: CustomRule;
  /** Non-empty matches, left to right, as UTF-16 offsets into `text`. Never throws. */
  find(text: string): Array<{ start: number; end: number }>;
  /** Why the rule could not be compiled; its `find` then always returns []. */
  error?: string;
  /**
   * A phrase rule's triggers: lower-case runs of letters and digits that every match contains as
   * whole runs. A text without one of them cannot match, so the pattern is neither compiled nor run.
   */
  triggers?: string[];
}

/** A rule that matches more often than this in one text is a broken rule, not feedback. */
export const MAX_MATCHES_PER_RULE = 1000;

/** Default for `regex` rules that give no `flags`. */
export const DEFAULT_REGEX_FLAGS = 'i';

const HAS_CURLY_APOSTROPHE = /[\u2018\u2019\u02BC]/;

/** Straightens ’ ‘ ʼ to ' without changing the length of the string. */
export function straightenApostrophes(text: string): string {
  // A fresh /g literal per call: no lastIndex shared at module level.
  return HAS_CURLY_APOSTROPHE.test(text) ? text.replace(/[\u2018\u2019\u02BC]/g, "'") : text;
}

/**
 * Compiles a `regex` rule's pattern the way the checker runs it.
 * Throws RE2's syntax error (backreferences, lookaround, bad syntax): pack validation uses it
 * to reject a pattern with RE2's own reason.
 */
export function compileRegexPattern(pattern: string, flags: string = DEFAULT_REGEX_FLAGS): RE2JS {
  let bits = 0;
  if (flags.includes('i')) bits |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) bits |= RE2JS.MULTILINE;
  if (flags.includes('s')) bits |= RE2JS.DOTALL;
  // `u` is accepted for familiarity: RE2 always matches by code point.
  return RE2JS.compile(straightenApostrophes(pattern), bits);
}

/** Letters, digits, combining marks and `_`: what a phrase's "word" is made of. */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';
/** One word for `*`: starts with a word character, may contain apostrophes ("don't"). */
const ANY_WORD = `${WORD_CHAR}[\\p{L}\\p{N}\\p{M}_']*`;
/** Not inside a word: no word character before, nor a word character plus apostrophe ("can|'t"). */
const WORD_START = `(?<!${WORD_CHAR})(?<!${WORD_CHAR}')`;
/** Not followed by more of the same word: "we can" does not match inside "we can't". */
const WORD_END = `(?!${WORD_CHAR}|'${WORD_CHAR})`;
const IS_WORD_CHAR = /^[\p{L}\p{N}\p{M}_]$/u;

function escapeLiteral(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * Builds the JavaScript source of a `phrase` rule. Returns null when the phrase has nothing to
 * match (empty, or only wildcards).
 * - whole words, case-insensitive, any run of whitespace between words
 * - a `*` standing alone is exactly one word; a `*` inside a word is a literal asterisk
 * - Chinese (`zh`): a plain substring, no word boundaries and no wildcard
 */
export function phraseSource(pattern: string, lang: string): string | null {
  const tokens = straightenApostrophes(pattern).trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return null;
  if (lang === 'zh') return tokens.map(escapeLiteral).join('\\s+');
  if (tokens.every((t) => t === '*')) return null;
  const parts = tokens.map((t) => (t === '*' ? ANY_WORD : escapeLiteral(t)));
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const startsWithWord = first === '*' || IS_WORD_CHAR.test(String.fromCodePoint(first.codePointAt(0)!));
  const endsWithWord = last === '*' || IS_WORD_CHAR.test([...last].pop()!);
  return (startsWithWord ? WORD_START : '') + parts.join('\\s+') + (endsWithWord ? WORD_END : '');
}

/**
 * The words a phrase needs: the lower-case ASCII runs of letters and digits of its literal words.
 * Inside a match each is bounded by the phrase's own word boundaries, by the whitespace between
 * its words or by punctuation in the pattern, so each is a whole run of the text too: a text
 * lacking one cannot match. None for Chinese (substrings, no word boundaries). Runs with other
 * letters are left out (lower-casing and the regex's case folding could disagree there), so a
 * text spelled with look-alike letters (ſ for s) may go unmatched.
 */
export function phraseTriggers(pattern: string, lang: string): string[] | undefined {
  if (lang === 'zh') return undefined;
  const runs = new Set<string>();
  for (const token of straightenApostrophes(pattern).trim().split(/\s+/)) {
    if (token === '*') continue;
    for (const m of token.matchAll(/[\p{L}\p{N}]+/gu)) if (/^[a-z0-9]+$/i.test(m[0])) runs.add(m[0].toLowerCase());
  }
  return runs.size ? [...runs] : undefined;
}

type Matcher = (normalized: string) => Array<{ start: number; end: number }>;

function phraseMatcher(rule: CustomRule): Matcher {
  const source = phraseSource(rule.pattern, rule.lang);
  if (source === null) throw new Error('the phrase has no words to match');
  const re = new RegExp(source, 'giu');
  return (text) => {
    const out: Array<{ start: number; end: number }> = [];
    // matchAll works on a copy of `re`, so no lastIndex is shared between calls.
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      out.push({ start: m.index, end: m.index + m[0].length });
      if (out.length >= MAX_MATCHES_PER_RULE) break;
    }
    return out;
  };
}

function regexMatcher(rule: CustomRule): Matcher {
  const re = compileRegexPattern(rule.pattern, rule.flags ?? DEFAULT_REGEX_FLAGS);
  return (text) => {
    const out: Array<{ start: number; end: number }> = [];
    // test() runs on RE2's DFA and is several times faster than collecting matches: most
    // texts match no team rule, so they never pay for the slower pass.
    if (!re.test(text)) return out;
    for (const m of re.matchAll(text)) {
      const start = m.index ?? 0;
      if (m[0].length === 0) continue;
      out.push({ start, end: start + m[0].length });
      if (out.length >= MAX_MATCHES_PER_RULE) break;
    }
    return out;
  };
}

/** Compiled matchers by rule object, so a new array of the same rules does not recompile. */
const compiledMatchers = new WeakMap<CustomRule, { matcher: Matcher } | { error: string }>();

function matcherFor(rule: CustomRule): { matcher: Matcher } | { error: string } {
  let entry = compiledMatchers.get(rule);
  if (!entry) {
    try {
      entry = { matcher: rule.kind === 'regex' ? regexMatcher(rule) : phraseMatcher(rule) };
    } catch (e) {
      entry = { error: e instanceof Error ? e.message : String(e) };
    }
    compiledMatchers.set(rule, entry);
  }
  return entry;
}

function compileOne(rule: CustomRule, normalize: (text: string) => string): CompiledCustomRule {
  const triggers = rule.kind === 'phrase' ? phraseTriggers(rule.pattern, rule.lang) : undefined;
  // A triggered rule compiles on first use: a 500-rule pack costs nothing for the phrases a
  // text never mentions (a Unicode-aware RegExp takes milliseconds to compile).
  const entry = triggers ? undefined : matcherFor(rule);
  if (entry && 'error' in entry) return { rule, find: () => [], error: entry.error };
  return {
    rule,
    ...(triggers ? { triggers } : {}),
    find(text) {
      if (typeof text !== 'string' || text.length === 0) return [];
      const e = entry ?? matcherFor(rule);
      if ('error' in e) return [];
      try {
        return e.matcher(normalize(text));
      } catch {
        // RE2 can refuse at match time (memory budget); a team rule must never break a check.
        return [];
      }
    },
  };
}

/** The lower-case runs of letters and digits of a text: what phrase triggers are looked up in. */
export function alnumRuns(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z0-9]+/g)) out.add(m[0]);
  return out;
}

/**
 * Every rule's matches in one text, rule by rule (`hits[i]` for `rules[i]`). Phrase rules missing a
 * trigger word in the text are skipped without running.
 */
export function findAll(rules: readonly CompiledCustomRule[], text: string): Array<Array<{ start: number; end: number }>> {
  let runs: Set<string> | undefined;
  return rules.map((r) => {
    if (r.triggers) {
      const have = (runs ??= alnumRuns(straightenApostrophes(text)));
      if (!r.triggers.every((t) => have.has(t))) return [];
    }
    return r.find(text);
  });
}

const compiledSets = new WeakMap<readonly CustomRule[], CompiledCustomRule[]>();

/**
 * Compiles a validated rule pack's `custom` rules. The result is cached by array identity (and
 * each rule by object identity), so a check() per keystroke with the same settings compiles once. Never throws: a rule that
 * cannot compile (settings that skipped validation) gets an `error` and matches nothing.
 */
export function compileCustomRules(rules: readonly CustomRule[]): CompiledCustomRule[] {
  const cached = compiledSets.get(rules);
  if (cached) return cached;
  // Every rule of one check() sees the same text: straighten it once, not once per rule.
  let lastInput: string | undefined;
  let lastOutput = '';
  const normalize = (text: string): string => {
    if (text !== lastInput) {
      lastInput = text;
      lastOutput = straightenApostrophes(text);
    }
    return lastOutput;
  };
  const compiled = rules.map((rule) => compileOne(rule, normalize));
  compiledSets.set(rules, compiled);
  return compiled;
}
