/**
 * check(): text → Report. Pure: no DOM, no browser APIs, no globals beyond a bounded cache.
 * The same function runs in the content script, popup, CLI and benchmarks.
 */
import { DEFAULT_GUIDELINE, type CheckOptions, type CustomRule, type DroppedSuggestion, type Finding, type Lang, type LangSpan, type Report, type Settings } from './types';
import { splitBody, type Paragraph } from './segment';
import { detectLang, detectLangs } from './lang';
import { analyzeParagraph, type ParagraphAnalysis, type RawMatch } from './analyze';
import { givesOwnReason, SIGNAL_NAMES } from './signals';
import { PACKS } from '../rules';
import type { CompiledPack } from './pack';
import { compileCustomRules, findAll } from './custom-rules';
import { buildChecklist, type Signals } from './checklist';
import { scoreReport } from './score';
import { countWords as countTextWords } from './scan';
import { BoundedCache } from './bounded-cache';

export type * from './types';
export { detectLang, detectLangs } from './lang';
export { scoreReport } from './score';

/**
 * The paragraph cache is bounded by entries and by the characters its keys hold: one 50 KB
 * paragraph edited all day must not keep megabytes of old versions (UTF-16: 2 bytes a character).
 */
const CACHE_LIMIT = 400;
export const CACHE_CHAR_LIMIT = 1_000_000;
const cache = new BoundedCache<ParagraphAnalysis>(CACHE_LIMIT, CACHE_CHAR_LIMIT);

/** Forgets cached paragraph results (benchmarks use it for cold runs). */
export function clearCache(): void {
  cache.clear();
  customCache = new WeakMap();
}

/** What the cache holds now (tests and the soak bench read it). */
export function cacheStats(): { entries: number; chars: number } {
  return cache.stats();
}

function analyzeCached(p: Paragraph, pack: CompiledPack, model: boolean): ParagraphAnalysis {
  return cache.getOrMake(`${pack.lang}${model ? '' : '-rules'}\u0000${p.text}`, () => analyzeParagraph(p.text, pack, model));
}

export function check(text: string, opts: CheckOptions = {}): Report {
  const body = splitBody(text, opts.ignore);
  // The language of the agent's own words: a quoted customer message or a signature in another
  // language must not decide it. An explicit language is the whole reply's.
  const { lang, langs } = replyLangs(text, body.paragraphs, opts.lang);
  const pack = PACKS[lang as Lang];
  // Each paragraph is checked with the pack of its own language; one without a pack is left alone.
  const paragraphs: Paragraph[] = [];
  const packs: CompiledPack[] = [];
  body.paragraphs.forEach((p, i) => {
    const its = langs[i].lang === lang ? pack : PACKS[langs[i].lang as Lang];
    if (!its) return;
    paragraphs.push(p);
    packs.push(its);
  });
  if (!pack || !paragraphs.length) return { lang, langs, score: 100, findings: [], checklist: buildChecklist(null, []), words: countWords(body.paragraphs), gaps: 0 };
  const settings = opts.settings ?? {};
  const analyses = paragraphs.map((p, i) => analyzeCached(p, packs[i], opts.model !== false));
  const signals = findSignals(paragraphs, analyses);
  const raw: Finding[] = [];
  const dropped: DroppedSuggestion[] = [];
  const origin = new Map<Finding, { m: RawMatch; p: Paragraph }>();
  paragraphs.forEach((p, i) => {
    const { matches, signals: own } = analyses[i];
    // A refusal counts as explained by a reason and an alternative in its own paragraph, not by
    // unrelated sentences elsewhere in the reply ("you are welcome to reply" in the sign-off).
    let explained: Explained | undefined;
    for (const m of matches) {
      if (m.rule.def.explainable) explained ??= { reason: own.get('reason') !== null, alternative: own.get('alternative') !== null };
      const f = toFinding(m, p, text, explained, settings, packs[i]);
      if (f) {
        raw.push(f);
        origin.set(f, { m, p });
      }
    }
  });
  for (const l of new Set(packs.map((k) => k.lang))) {
    raw.push(...customFindings(paragraphs.filter((_, i) => packs[i].lang === l), text, l, settings));
  }
  const findings = dedupe(yieldOverlaps(withoutModelRepeats(raw, (f) => origin.get(f)?.m.rule.def.message), yieldsOf(pack, packs)));
  // Rewrites are built for the findings reported, not for the ones dropped above.
  for (const f of findings) {
    const from = origin.get(f);
    if (!from) continue;
    const r = from.m.rewrites();
    f.suggestions = [...r.suggestions]; // a copy: the cached analysis must not be changed through a report
    if (r.fixes.length) f.fixes = r.fixes.map((x) => ({ ...x, start: from.p.start + x.start, end: from.p.start + x.end }));
    if (opts.audit) for (const d of r.dropped) dropped.push({ ruleId: f.ruleId, ...d });
  }
  const explainables = raw.filter((f) => f.category === 'refusal' || f.category === 'policy');
  const checklist = buildChecklist(signals, explainables);
  const gaps = findings.filter((f) => f.category === 'placeholder').length;
  const report: Report = { lang, langs, score: scoreReport(findings, checklist), findings, checklist, words: signals.words, gaps };
  if (opts.audit) report.dropped = dropped;
  return report;
}

/** The reply's language and each own paragraph's: detected, or the explicit `lang` for all. */
function replyLangs(text: string, paragraphs: Paragraph[], given: CheckOptions['lang']): { lang: string; langs: LangSpan[] } {
  if (given && given !== 'auto') return { lang: given, langs: paragraphs.map((p) => ({ start: p.start, end: p.end, lang: given })) };
  // Nothing of the agent's own (all quoted, or empty): the text as a whole still has a language.
  if (!paragraphs.some((p) => p.text.trim())) return { lang: detectLang(text), langs: [] };
  return detectLangs(paragraphs);
}

/** The yield rules of every pack used (rule ids are per language, so they never clash). */
function yieldsOf(pack: CompiledPack, packs: CompiledPack[]): CompiledPack['yields'] {
  const used = new Set(packs);
  if (used.size === 1 && used.has(pack)) return pack.yields;
  return new Map([...used].flatMap((k) => [...k.yields]));
}

function countWords(paragraphs: Paragraph[]): number {
  let n = 0;
  // Chinese counts characters (scan.ts countWords): a reply of a few clauses is not a one-liner.
  for (const p of paragraphs) n += countTextWords(p.text);
  return n;
}

/** The reply's signals: for each, its first occurrence in a paragraph, from the cached analyses. */
function findSignals(paragraphs: Paragraph[], analyses: ParagraphAnalysis[]): Signals {
  const signals = { words: countWords(paragraphs) } as Signals;
  for (const name of SIGNAL_NAMES) {
    for (let i = 0; i < paragraphs.length; i++) {
      const at = analyses[i].signals.get(name);
      if (at) {
        signals[name] = { start: paragraphs[i].start + at.start, end: paragraphs[i].start + at.end };
        break;
      }
    }
  }
  return signals;
}

interface Explained {
  reason: boolean;
  alternative: boolean;
}


function toFinding(m: RawMatch, p: Paragraph, text: string, explained: Explained | undefined, settings: Settings, pack: CompiledPack): Finding | null {
  const def = m.rule.def;
  const override = settings.rules?.[def.id];
  if (override?.enabled === false) return null;
  let severity = override?.severity ?? def.severity;
  let message = def.message;
  if (def.explainable) {
    const given = Number(Boolean(explained?.reason)) + Number(Boolean(explained?.alternative));
    if (given === 2) return null;
    // The model scored the sentence with the paragraph's reason and alternative signals among its
    // features: half an explanation elsewhere in the paragraph is already in its judgment, not a
    // reason to soften it again. A no that carries its own reason ("…, because the code may only
    // go to your registered address") is no longer a flat no, whoever flagged it.
    if (given === 1 && (def.detector !== 'model' || givesOwnReason(p.text.slice(m.start, m.end), pack))) {
      severity = 'info';
      message = def.partialMessage ?? def.message;
    }
  }
  const start = p.start + m.start;
  const end = p.start + m.end;
  return {
    ruleId: def.id,
    category: def.category,
    severity,
    start,
    end,
    text: text.slice(start, end),
    message,
    guideline: def.guideline,
    suggestions: [],
    ...(m.why?.length ? { why: [...m.why] } : {}),
  };
}

function customFindings(paragraphs: Paragraph[], text: string, lang: string, settings: Settings): Finding[] {
  const rules = customFor(settings, lang);
  if (!rules.length) return [];
  const compiled = compileCustomRules(rules);
  const out: Finding[] = [];
  for (const p of paragraphs) {
    const hits = customHits(rules, compiled, p.text);
    compiled.forEach((c, i) => {
      const r = c.rule;
      const override = settings.rules?.[`custom:${r.id}`];
      if (override?.enabled === false) return;
      for (const hit of hits[i]) {
        const start = p.start + hit.start;
        const end = p.start + hit.end;
        out.push({
          ruleId: `custom:${r.id}`,
          category: r.category,
          severity: override?.severity ?? r.severity,
          start,
          end,
          text: text.slice(start, end),
          message: r.message,
          guideline: r.guideline ?? DEFAULT_GUIDELINE[r.category],
          suggestions: [...(r.suggestions ?? [])],
        });
      }
    });
  }
  return out;
}

/**
 * Custom-rule matches per paragraph, cached per rule list like the built-in analysis: typing in
 * one paragraph re-runs the team's rules on that paragraph only. Bounded like the main cache.
 */
type Hits = Array<Array<{ start: number; end: number }>>;
let customCache = new WeakMap<readonly CustomRule[], BoundedCache<Hits>>();

function customHits(rules: readonly CustomRule[], compiled: ReturnType<typeof compileCustomRules>, para: string): Hits {
  let byText = customCache.get(rules);
  if (!byText) customCache.set(rules, (byText = new BoundedCache<Hits>(CACHE_LIMIT, CACHE_CHAR_LIMIT)));
  return byText.getOrMake(para, () => findAll(compiled, para));
}

/** The same array per settings object and language, so compiled custom rules stay cached. */
const customByLang = new WeakMap<Settings, Map<string, CustomRule[]>>();
function customFor(settings: Settings, lang: string): CustomRule[] {
  if (!settings.custom?.length) return [];
  let byLang = customByLang.get(settings);
  if (!byLang) customByLang.set(settings, (byLang = new Map()));
  let list = byLang.get(lang);
  if (!list) byLang.set(lang, (list = settings.custom.filter((r) => r.lang === lang)));
  return list;
}

/**
 * A model finding says nothing new where a rule finding of its category already speaks. Where
 * that rule finding was only a nudge (a no with half its explanation: a reason or an alternative
 * in the paragraph, not both), the model — which was trained with those same paragraph signals —
 * has judged the sentence a problem anyway: the rule finding takes the model's severity, keeps
 * its own rewrites, and says why.
 */
function withoutModelRepeats(findings: Finding[], fullMessage: (f: Finding) => string | undefined): Finding[] {
  const rules = findings.filter((f) => !f.ruleId.includes('.model.'));
  return findings.filter((f) => {
    if (!f.ruleId.includes('.model.')) return true;
    const same = rules.filter((r) => r.category === f.category && r.start < f.end && r.end > f.start);
    for (const r of same) {
      if (r.severity === 'info' && f.severity !== 'info') {
        r.severity = f.severity;
        r.message = fullMessage(r) ?? r.message;
        if (f.why?.length) r.why = [...f.why];
      }
    }
    return same.length === 0;
  });
}

/** Drops findings whose rule yields to another category covering the same text. */
function yieldOverlaps(findings: Finding[], yields: CompiledPack['yields']): Finding[] {
  if (!yields.size) return findings;
  // Per category: findings sorted by start, with the furthest end reached so far, so an overlap
  // test is one binary search (a long reply can carry thousands of findings).
  const index = new Map<string, { starts: number[]; maxEnd: number[] }>();
  const categoryOf = (c: string) => {
    let entry = index.get(c);
    if (!entry) {
      const list = findings.filter((f) => f.category === c).sort((a, b) => a.start - b.start);
      let max = -1;
      entry = { starts: list.map((f) => f.start), maxEnd: list.map((f) => (max = Math.max(max, f.end))) };
      index.set(c, entry);
    }
    return entry;
  };
  return findings.filter((f) => {
    const yieldsTo = yields.get(f.ruleId);
    if (!yieldsTo) return true;
    for (const c of yieldsTo) {
      if (c === f.category) continue;
      const { starts, maxEnd } = categoryOf(c);
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] < f.end) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0 && maxEnd[lo - 1] > f.start) return false;
    }
    return true;
  });
}

const RANK = { error: 2, warning: 1, info: 0 } as const;

/** Sorts by position; of two overlapping findings in one category, keeps the more severe, then the longer. */
function dedupe(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Array<Finding | null> = [];
  // Per category, the index in `kept` of the finding reaching furthest right: with starts sorted,
  // it is the only one a new finding of that category can overlap.
  const last = new Map<string, number>();
  for (const f of sorted) {
    const i = last.get(f.category);
    const k = i === undefined ? null : kept[i];
    if (!k || k.end <= f.start) {
      last.set(f.category, kept.length);
      kept.push(f);
      continue;
    }
    if (RANK[f.severity] > RANK[k.severity] || (RANK[f.severity] === RANK[k.severity] && f.end - f.start > k.end - k.start)) {
      kept[i!] = f;
    }
  }
  return (kept.filter(Boolean) as Finding[]).sort((a, b) => a.start - b.start || a.end - b.end);
}

