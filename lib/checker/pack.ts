/** Compiles a validated language pack into the structures the engine runs. */
import * as v from 'valibot';
import { LangPackSchema, type LangPack, type RuleDef } from '../rules/types';
import { ToneModel, type ModelFile } from '../model/model';

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
  /** The trained tone model and its findings' rules, by the model's category index. */
  model?: { scorer: ToneModel; rules: Array<CompiledRule | undefined>; vetoes: Map<string, RegExp> };
  acronymWords: Set<string>;
  codeContext: { before?: RegExp; after?: RegExp };
  /** Two exclamation marks after these words are warmth, not shouting ("Thanks!!"). */
  warmMarks?: RegExp;
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
  const modelRules = new Map<string, CompiledRule>();
  pack.rules.forEach((def, i) => {
    const where = `${pack.lang} rules[${i}] (${def.id})`;
    if (seen.has(def.id)) throw new RulePackDataError(`${where}: duplicate id`);
    seen.add(def.id);
    if (def.detector !== 'model' && !def.id.startsWith(`${pack.lang}.${def.category}.`)) {
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
    if (kind === 'model') {
      if (def.id !== `${pack.lang}.model.${def.category}`) throw new RulePackDataError(`${where}: a model rule's id is "${pack.lang}.model.${def.category}"`);
      modelRules.set(def.category, rule);
    } else if (kind !== 'pattern') {
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
  let model: CompiledPack['model'];
  if (pack.model) {
    let scorer: ToneModel;
    try {
      scorer = new ToneModel(pack.model as unknown as ModelFile);
    } catch (e) {
      throw new RulePackDataError(`${pack.lang} model: ${(e as Error).message}`);
    }
    const vetoes = new Map(Object.entries(lx.modelVetoes ?? {}).map(([c, list]) => [c, compile(list.map((x) => `(?:${x})`).join('|'), `${pack.lang} lexicon.modelVetoes.${c}`, 'iu')]));
    model = { scorer, rules: scorer.categories.map((c) => modelRules.get(c)), vetoes };
  }
  const any = (list: string[], name: string) => compile(list.map((s) => `(?:${s})`).join('|'), `${pack.lang} lexicon.${name}`, 'i');
  return {
    lang: pack.lang,
    rules,
    byTrigger,
    yields,
    detectors,
    model,
    acronymWords: new Set(lx.acronymWords),
    codeContext: {
      before: lx.codeBefore?.length ? compile(`(?:${lx.codeBefore.join('|')})$`, `${pack.lang} lexicon.codeBefore`, 'iu') : undefined,
      after: lx.codeAfter?.length ? compile(`^(?:${lx.codeAfter.join('|')})`, `${pack.lang} lexicon.codeAfter`, 'iu') : undefined,
    },
    warmMarks: lx.warmWords?.length ? compile(`\\b(?:${lx.warmWords.join('|')})\\s*$`, `${pack.lang} lexicon.warmWords`, 'iu') : undefined,
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
