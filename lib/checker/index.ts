/**
 * check(): text → Report. Pure: no DOM, no browser APIs, no globals beyond a bounded cache.
 * The same function runs in the content script, popup, CLI and benchmarks.
 */
import type { CheckOptions, ChecklistItem, Finding, Range, Report, Settings } from './types';
import { splitBody, type Paragraph } from './segment';
import { detectLang } from './lang';
import { analyzeParagraph, type RawMatch } from './analyze';
import { PACKS } from '../rules';
import type { CompiledPack } from './pack';
import { compileCustomRules } from './custom-rules';
import { buildChecklist, type Signals } from './checklist';
import { scoreReport } from './score';

export type * from './types';
export { detectLang } from './lang';
export { scoreReport } from './score';

const CACHE_LIMIT = 400;
const cache = new Map<string, RawMatch[]>();

/** Forgets cached paragraph results (benchmarks use it for cold runs). */
export function clearCache(): void {
  cache.clear();
}

function analyzeCached(p: Paragraph, pack: CompiledPack): RawMatch[] {
  const key = `${pack.lang}\u0000${p.text}`;
  let hit = cache.get(key);
  if (hit) {
    cache.delete(key); // keep recently used entries at the end
  } else {
    hit = analyzeParagraph(p.text, pack);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, hit);
  return hit;
}

export function check(text: string, opts: CheckOptions = {}): Report {
  const lang = opts.lang && opts.lang !== 'auto' ? opts.lang : detectLang(text);
  const pack = PACKS[lang as keyof typeof PACKS];
  if (!pack) return { lang, score: 100, findings: [], checklist: buildChecklist(null, [], []) };
  const body = splitBody(text, opts.ignore);
  const settings = opts.settings ?? {};
  const signals = findSignals(body.paragraphs, pack);
  const raw: Finding[] = [];
  for (const p of body.paragraphs) {
    for (const m of analyzeCached(p, pack)) {
      const f = toFinding(m, p, text, signals, settings);
      if (f) raw.push(f);
    }
  }
  raw.push(...customFindings(body.paragraphs, text, lang, settings));
  const findings = dedupe(yieldOverlaps(raw, pack));
  const explainables = raw.filter((f) => f.category === 'refusal' || f.category === 'policy');
  const checklist = buildChecklist(signals, explainables, body.paragraphs);
  return { lang, score: scoreReport(findings, checklist), findings, checklist };
}

function findSignals(paragraphs: Paragraph[], pack: CompiledPack): Signals {
  const signals = { words: 0 } as Signals;
  for (const p of paragraphs) signals.words += (p.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  for (const name of ['reason', 'alternative', 'acknowledge', 'nextStep', 'timeframe', 'followUp', 'ongoing'] as const) {
    for (const p of paragraphs) {
      const m = pack.signals[name].exec(p.text);
      if (m) {
        signals[name] = { start: p.start + m.index, end: p.start + m.index + m[0].length };
        break;
      }
    }
  }
  return signals;
}

function toFinding(m: RawMatch, p: Paragraph, text: string, signals: Signals, settings: Settings): Finding | null {
  const def = m.rule.def;
  const override = settings.rules?.[def.id];
  if (override?.enabled === false) return null;
  let severity = override?.severity ?? def.severity;
  let message = def.message;
  if (def.explainable) {
    const given = Number(Boolean(signals.reason)) + Number(Boolean(signals.alternative));
    if (given === 2) return null;
    if (given === 1) {
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
    suggestions: m.suggestions,
  };
}

function customFindings(paragraphs: Paragraph[], text: string, lang: string, settings: Settings): Finding[] {
  const rules = settings.custom?.filter((r) => r.lang === lang);
  if (!rules?.length) return [];
  const out: Finding[] = [];
  for (const c of compileCustomRules(rules)) {
    const r = c.rule;
    const override = settings.rules?.[`custom:${r.id}`];
    if (override?.enabled === false) continue;
    for (const p of paragraphs) {
      for (const hit of c.find(p.text)) {
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
          suggestions: r.suggestions ?? [],
        });
      }
    }
  }
  return out;
}

const DEFAULT_GUIDELINE = {
  blame: 'G7',
  defensive: 'G3',
  dismissive: 'G2',
  condescending: 'G4',
  refusal: 'G5',
  policy: 'G6',
  shouting: 'G8',
} as const;

/** Drops findings whose rule yields to another category covering the same text. */
function yieldOverlaps(findings: Finding[], pack: CompiledPack): Finding[] {
  return findings.filter((f) => {
    const yieldsTo = pack.yields.get(f.ruleId);
    return !yieldsTo || !findings.some((o) => o !== f && yieldsTo.has(o.category) && o.start < f.end && f.start < o.end);
  });
}

const RANK = { error: 2, warning: 1, info: 0 } as const;

/** Sorts by position; of two overlapping findings in one category, keeps the more severe, then the longer. */
function dedupe(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const f of sorted) {
    const clash = kept.findIndex((k) => k.category === f.category && k.start < f.end && f.start < k.end);
    if (clash === -1) {
      kept.push(f);
      continue;
    }
    const k = kept[clash];
    if (RANK[f.severity] > RANK[k.severity] || (RANK[f.severity] === RANK[k.severity] && f.end - f.start > k.end - k.start)) {
      kept[clash] = f;
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

export type { Range, ChecklistItem };
