/**
 * Finds rule matches in one paragraph. The result depends only on the paragraph's text and the
 * pack, so it is cached per paragraph; reply-level adjustments happen later in check().
 */
import type { CompiledPack, CompiledRule } from './pack';
import { splitSentences, type Sentence } from './segment';
import { capsRuns, STACKED_MARKS } from './shouting';
import { toInfinitive, wordTags } from './nlp';

export interface RawMatch {
  rule: CompiledRule;
  /** Offsets relative to the paragraph. */
  start: number;
  end: number;
  suggestions: string[];
}

// Global patterns here are only used through matchAll, which works on a copy: no shared lastIndex.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const PLACEHOLDER = /\[[a-z][a-z' -]{1,38}[a-z]\](?!\()/g;

export function analyzeParagraph(para: string, pack: CompiledPack): RawMatch[] {
  const out: RawMatch[] = [];
  for (const s of splitSentences(para)) {
    analyzeSentence(s, pack, out);
  }
  return out;
}

function analyzeSentence(s: Sentence, pack: CompiledPack, out: RawMatch[]): void {
  const candidates = new Set<CompiledRule>();
  for (const m of s.text.matchAll(WORD)) {
    const word = m[0].toLowerCase().replace(/’/g, "'");
    const rules = pack.byTrigger.get(word);
    if (rules) for (const r of rules) candidates.add(r);
  }
  for (const rule of candidates) {
    const hit = matchRule(rule, s, pack);
    if (hit) out.push(hit);
  }
  const { caps, punctuation, placeholder } = pack.detectors;
  if (caps) {
    for (const run of capsRuns(s.text, pack.acronymWords)) {
      const text = s.text.slice(run.start, run.end);
      out.push({ rule: caps, start: s.start + run.start, end: s.start + run.end, suggestions: [caseFor(text.toLowerCase(), s, run.start)] });
    }
  }
  if (punctuation) {
    for (const m of s.text.matchAll(STACKED_MARKS)) {
      const start = s.start + m.index!;
      out.push({ rule: punctuation, start, end: start + m[0].length, suggestions: [m[0].includes('?') ? '?' : '.'] });
    }
  }
  if (placeholder) {
    for (const m of s.text.matchAll(PLACEHOLDER)) {
      const start = s.start + m.index!;
      out.push({ rule: placeholder, start, end: start + m[0].length, suggestions: [] });
    }
  }
}

function matchRule(rule: CompiledRule, s: Sentence, pack: CompiledPack): RawMatch | null {
  const def = rule.def;
  if (!rule.probes.some((re) => re.test(s.text))) return null;
  if (rule.unless.some((re) => re.test(s.text))) return null;
  for (const re of rule.patterns) {
    for (const m of s.text.matchAll(re)) {
      const matched = m.indices?.groups?.span ?? [m.index!, m.index! + m[0].length];
      if (def.negatable && negatedBefore(s.text, matched[0], pack.negations)) continue;
      const [start, end] = def.span === 'sentence' ? [0, s.text.length] : matched;
      if (def.confirm) {
        const g = m.indices?.groups?.[def.confirm.group];
        // Patterns without the group need no confirmation.
        if (g) {
        const tags = wordTags(s.text.slice(g[0], g[1]));
        if (!def.confirm.tags.some((t) => tags.has(t))) continue;
        if (def.confirm.notTags?.some((t) => tags.has(t))) continue;
        }
      }
      const suggestions = def.suggestions.map((tpl) => caseFor(fill(tpl, s.text.slice(start, end), m.groups ?? {}), s, start));
      return { rule, start: s.start + start, end: s.start + end, suggestions: [...new Set(suggestions)] };
    }
  }
  return null;
}

function negatedBefore(text: string, at: number, negations: Set<string>): boolean {
  const before = text.slice(Math.max(0, at - 40), at).toLowerCase().replace(/’/g, "'");
  const words = before.match(/[a-z']+/g) ?? [];
  return words.slice(-3).some((w) => negations.has(w) || w.endsWith("n't"));
}

const TRANSFORMS: Record<string, (s: string) => string> = {
  infinitive: toInfinitive,
  lower: (s) => s.toLowerCase(),
};

function fill(template: string, span: string, groups: Record<string, string | undefined>): string {
  return template
    .replace(/\{(\w+)(?:\|(\w+))?\}/g, (_, name: string, transform?: string) => {
      const raw = name === 'span' ? span : (groups[name] ?? '');
      const value = raw.trim();
      return transform && TRANSFORMS[transform] ? TRANSFORMS[transform](value) : value;
    })
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Capitalises a replacement that starts a sentence; lower-cases one that does not. */
function caseFor(text: string, s: Sentence, relStart: number): string {
  if (!text) return text;
  const atStart = s.text.slice(0, relStart).trim() === '' || /[.!?:]\s*$/.test(s.text.slice(0, relStart));
  if (atStart) return text[0].toUpperCase() + text.slice(1);
  const first = text.split(/[\s,]/)[0];
  if (first === 'I' || first.startsWith("I'") || /^\p{Lu}{2,}/u.test(first) || /^\[/.test(first)) return text;
  return text[0].toLowerCase() + text.slice(1);
}
