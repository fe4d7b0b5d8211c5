/** Compiles a validated language pack into the structures the engine runs. */
import * as v from 'valibot';
import { LangPackSchema, type LangPack, type RuleDef } from '../rules/types';

export interface CompiledRule {
  def: RuleDef;
  /** Cheap existence test for each pattern; `patterns` (with group indices) runs only after a hit. */
  probes: RegExp[];
  patterns: RegExp[];
  unless: RegExp[];
}

export interface CompiledPack {
  lang: LangPack['lang'];
  rules: CompiledRule[];
  byTrigger: Map<string, CompiledRule[]>;
  /** ruleId → categories it yields to. */
  yields: Map<string, Set<string>>;
  detectors: { caps?: CompiledRule; punctuation?: CompiledRule; placeholder?: CompiledRule };
  acronymWords: Set<string>;
  negations: Set<string>;
  /** Policy frames a rewrite may drop ("Per our policy, "), from the lexicon. */
  frames: Array<{ re: RegExp; with?: string }>;
  softener: RegExp;
  joiners: Set<string>;
  signals: Record<'reason' | 'alternative' | 'acknowledge' | 'nextStep' | 'timeframe' | 'followUp' | 'ongoing', RegExp>;
}

export class RulePackDataError extends Error {}

/** In rule patterns a straight apostrophe also matches the curly one. */
function compile(source: string, where: string, flags: string): RegExp {
  try {
    return new RegExp(source.replace(/'/g, "['’]"), flags);
  } catch (e) {
    throw new RulePackDataError(`${where}: ${(e as Error).message}`);
  }
}

/** Validates the pack (schema, unique ids, regular expressions) and compiles it. */
export function compilePack(input: unknown): CompiledPack {
  const parsed = v.safeParse(LangPackSchema, input);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue) ?? '(root)';
    throw new RulePackDataError(`rule pack: ${path}: ${issue.message}`);
  }
  const pack = parsed.output;
  const seen = new Set<string>();
  const rules: CompiledRule[] = [];
  const byTrigger = new Map<string, CompiledRule[]>();
  const detectors: CompiledPack['detectors'] = {};
  const yields = new Map<string, Set<string>>();
  pack.rules.forEach((def, i) => {
    const where = `${pack.lang} rules[${i}] (${def.id})`;
    if (seen.has(def.id)) throw new RulePackDataError(`${where}: duplicate id`);
    seen.add(def.id);
    if (!def.id.startsWith(`${pack.lang}.${def.category}.`)) {
      throw new RulePackDataError(`${where}: id must start with "${pack.lang}.${def.category}."`);
    }
    const rule: CompiledRule = {
      def,
      // `d` gives group offsets for the `span` group; `g` so matchAll can walk every match.
      probes: (def.patterns ?? []).map((p, j) => compile(p, `${where} patterns[${j}]`, 'iu')),
      patterns: (def.patterns ?? []).map((p, j) => compile(p, `${where} patterns[${j}]`, 'gidu')),
      unless: (def.unless ?? []).map((p, j) => compile(p, `${where} unless[${j}]`, 'iu')),
    };
    if (def.yieldsTo?.length) yields.set(def.id, new Set(def.yieldsTo));
    const kind = def.detector ?? 'pattern';
    if (kind !== 'pattern') {
      detectors[kind] = rule;
    } else {
      if (!def.triggers?.length || !rule.patterns.length) {
        throw new RulePackDataError(`${where}: a pattern rule needs triggers and patterns`);
      }
      for (const t of def.triggers) byTrigger.set(t, [...(byTrigger.get(t) ?? []), rule]);
    }
    rules.push(rule);
  });
  const lx = pack.lexicon;
  const any = (list: string[], name: string) => compile(list.map((s) => `(?:${s})`).join('|'), `${pack.lang} lexicon.${name}`, 'i');
  return {
    lang: pack.lang,
    rules,
    byTrigger,
    yields,
    detectors,
    acronymWords: new Set(lx.acronymWords),
    negations: new Set(lx.negations),
    joiners: new Set(lx.joiners),
    softener: compile(`(?:${lx.softeners.join('|')})$`, `${pack.lang} lexicon.softeners`, 'iu'),
    frames: lx.frames.map((f, i) => {
      const [source, replacement] = typeof f === 'string' ? [f, undefined] : [f.pattern, f.with];
      return { re: compile(source, `${pack.lang} lexicon.frames[${i}]`, 'iu'), with: replacement };
    }),
    signals: {
      reason: any(lx.reason, 'reason'),
      alternative: any(lx.alternative, 'alternative'),
      acknowledge: any(lx.acknowledge, 'acknowledge'),
      nextStep: any(lx.nextStep, 'nextStep'),
      timeframe: any(lx.timeframe, 'timeframe'),
      followUp: any(lx.followUp, 'followUp'),
      ongoing: any(lx.ongoing, 'ongoing'),
    },
  };
}
