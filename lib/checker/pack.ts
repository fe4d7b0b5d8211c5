/** Compiles a validated language pack into the structures the engine runs. */
import * as v from 'valibot';
import { LangPackSchema, type LangPack, type RuleDef } from '../rules/types';
import { ToneModel, type ModelFile } from '../model/model';
import { coverMode, deriveTriggers, sourceHash, type CoverMode } from './triggers';
import { literalIndex, type LiteralIndex } from './scan';
import { STACKED_MARKS, STACKED_MARKS_FULL_WIDTH } from './shouting';

export interface CompiledRule {
  def: RuleDef;
  /** Cheap existence test for each pattern; `patterns` (with group indices) runs only after a hit. */
  probes: RegExp[];
  patterns: RegExp[];
  unless: RegExp[];
  /**
   * Per pattern, the words one of which every match contains (its derived cover), or null when
   * the pattern has none and runs whenever the rule does (listed triggers, `alwaysRun`): a
   * sentence without any of a pattern's words skips that pattern's probe.
   */
  covers: Array<ReadonlySet<string> | null>;
  /** The words that make a sentence worth examining: derived from the patterns, plus any the rule lists. Empty for `alwaysRun` rules and detectors. */
  triggers: string[];
}

export interface CompiledPack {
  lang: LangPack['lang'];
  rules: CompiledRule[];
  /** Word → the pattern rules it triggers; every word also gets the `alwaysRun` rules (see TriggerIndex). */
  byTrigger: Map<string, CompiledRule[]>;
  /** Pattern rules that run on every sentence with a word in it. */
  alwaysRun: CompiledRule[];
  /**
   * A language written without spaces (coverMode `substrings`): the trigger literals, which a
   * sentence offers to `byTrigger` where it holds them, instead of its words.
   */
  literals?: LiteralIndex;
  /** Stacked ! and ? marks as the language writes them; `fullWidth`: the calm replacement is one full-width ！ or ？. */
  stackedMarks: RegExp;
  fullWidth: boolean;
  /** ruleId → categories it yields to. */
  yields: Map<string, Set<string>>;
  detectors: { caps?: CompiledRule; punctuation?: CompiledRule; placeholder?: CompiledRule };
  /** The trained tone model and its findings' rules, by the model's category index. */
  model?: {
    scorer: ToneModel;
    rules: Array<CompiledRule | undefined>;
    vetoes: Map<string, RegExp>;
    /** Where a sentence divides into clauses the model reads on their own too (lexicon `clauseCuts`). */
    clauseCuts?: RegExp;
  };
  acronymWords: Set<string>;
  /** The language's words that read as emphasis in capitals (lexicon `capsWords`); absent: English. */
  capsWords?: Set<string>;
  codeContext: { before?: RegExp; after?: RegExp };
  negations: Set<string>;
  /** Policy frames a rewrite may drop ("Per our policy, "), from the lexicon. */
  frames: Array<{ re: RegExp; with?: string }>;
  softener: RegExp;
  joiners: Set<string>;
  /** Words that tie a sentence to the one before it (lexicon `leansBack`). */
  leansBack: Set<string>;
  signals: Record<'reason' | 'alternative' | 'acknowledge' | 'nextStep' | 'timeframe' | 'followUp' | 'ongoing', RegExp>;
}

export class RulePackDataError extends Error {}

/**
 * The trigger index analyze.ts looks each word of a sentence up in. `alwaysRun` rules come back
 * for every word, after the word's own rules, so they run on any sentence that has a word.
 */
class TriggerIndex extends Map<string, CompiledRule[]> {
  constructor(private readonly always: CompiledRule[]) {
    super();
  }

  add(word: string, rule: CompiledRule): void {
    const list = super.get(word) ?? [...this.always];
    // Own rules first, the always-run ones after, each once.
    if (!list.includes(rule)) list.splice(list.length - this.always.length, 0, rule);
    super.set(word, list);
  }

  override get(word: string): CompiledRule[] | undefined {
    return super.get(word) ?? (this.always.length ? this.always : undefined);
  }
}

/**
 * A pattern rule's trigger words: each pattern's derived cover (lib/checker/triggers.ts), plus
 * any the rule lists. A pattern with no cover needs `alwaysRun`, or listed triggers to stand in.
 * `known`: covers derived in advance, used while the pattern is unchanged.
 */
function ruleTriggers(def: RuleDef, where: string, known: LangPack['derivedTriggers'], mode: CoverMode): { triggers: string[]; covers: CompiledRule['covers'] } {
  const covers: CompiledRule['covers'] = [];
  if (def.alwaysRun) return { triggers: [], covers: (def.patterns ?? []).map(() => null) };
  const words = new Set(def.triggers ?? []);
  (def.patterns ?? []).forEach((p, j) => {
    const entry = known?.[`${def.id} patterns[${j}]`];
    const cover = entry && entry.source === sourceHash(p) ? { words: entry.words } : deriveTriggers(p, mode);
    if (cover.words) for (const w of cover.words) words.add(w);
    else if (!def.triggers?.length) {
      throw new RulePackDataError(`${where} patterns[${j}]: no trigger words (${cover.reason}): give it a required word, or mark the rule alwaysRun`);
    }
    covers.push(cover.words ? new Set(cover.words) : null);
  });
  return { triggers: [...words], covers };
}

/**
 * In rule patterns a straight apostrophe also matches the curly one. Patterns are validated with
 * the `u` flag (its stricter syntax), but run without it where nothing in them needs it: V8 runs
 * a case-insensitive `iu` expression more than ten times slower than the same one with `i` alone,
 * and for these patterns the two match the same text (`é`/`É` still fold without `u`).
 */
function compileIn(source: string, where: string, flags: string, latin: boolean): RegExp {
  const text = source.replace(/'/g, "['’]");
  let re: RegExp;
  try {
    re = new RegExp(text, flags);
  } catch (e) {
    throw new RulePackDataError(`${where}: ${(e as Error).message}`);
  }
  // French and Swedish patterns mark word edges with \p{L} (\b knows no é or å): in a pack of a
  // Latin-script language that is the Latin letters, which need no `u` (and an expression compiled
  // without `u`, as the lexicon's signals are, reads them right only spelled out).
  const plain = latin ? latinLetters(text) : text;
  if (!flags.includes('u')) return plain === text ? re : new RegExp(plain, flags);
  return NEEDS_UNICODE.test(plain) ? re : new RegExp(plain, flags.replace('u', ''));
}

/** What only the `u` flag reads right: property escapes, code point escapes, characters beyond the BMP. */
const NEEDS_UNICODE = /\\[pP]\{|\\u\{|[\uD800-\uDFFF]/;

/** Letters of the Latin script: ASCII, Latin-1 and Latin Extended-A/B (œ, ÿ, ł…). */
const LATIN = 'A-Za-zªºÀ-ÖØ-öø-ɏ';

/** `\p{L}` spelled as the Latin letters, in a class or as one; anything else is left as it is. */
function latinLetters(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const escape = source.slice(i, i + 5);
      if (escape === '\\p{L}') {
        out += inClass ? LATIN : `[${LATIN}]`;
        i += 4;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** Validates the pack (schema, unique ids, regular expressions) and compiles it. */
type PackData = v.InferOutput<typeof LangPackSchema>;

/**
 * A rule with its regular expressions. Eager: compiled now, so a bad pattern fails the pack's
 * compilation with its place. Otherwise (a built-in pack, whose every pattern the unit tests
 * compile) each list is compiled when a sentence first reaches it: a short reply triggers a few
 * dozen of a pack's rules, and compiling all of them costs a cold start several milliseconds.
 */
function compiledRule(def: RuleDef, make: Record<'probes' | 'patterns' | 'unless', () => RegExp[]>, eager: boolean): CompiledRule {
  const rule = { def, covers: (def.patterns ?? []).map(() => null), triggers: [] } as unknown as CompiledRule;
  for (const key of ['probes', 'patterns', 'unless'] as const) {
    if (eager) {
      rule[key] = make[key]();
      continue;
    }
    let list: RegExp[] | undefined;
    Object.defineProperty(rule, key, { enumerable: true, get: () => (list ??= make[key]()) });
  }
  return rule;
}

function validPack(input: unknown): PackData {
  const parsed = v.safeParse(LangPackSchema, input);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue) ?? '(root)';
    throw new RulePackDataError(`rule pack: ${path}: ${issue.message}`);
  }
  return parsed.output;
}

/** What the schema's transform does to a valid pack: `{ re, flag }` patterns become their `re`. */
function expandPatterns(input: v.InferInput<typeof LangPackSchema>): PackData {
  const rules = input.rules.map((r) => (r.patterns ? { ...r, patterns: r.patterns.map((p) => (typeof p === 'string' ? p : p.re)) } : r));
  return { ...input, rules } as PackData;
}

/**
 * Compiles a rule pack, validated against `LangPackSchema`. `trusted`: a built-in pack, which
 * test/unit/rules-meta.test.ts validates; at run time only its pattern shorthand is expanded,
 * which saves the schema walk (about 7 ms of a cold CLI start or a waking service worker).
 */
export function compilePack(input: unknown, opts: { trusted?: boolean } = {}): CompiledPack {
  const pack = opts.trusted ? expandPatterns(input as v.InferInput<typeof LangPackSchema>) : validPack(input);
  const seen = new Set<string>();
  const rules: CompiledRule[] = [];
  const alwaysRun: CompiledRule[] = [];
  const triggered: CompiledRule[] = [];
  const detectors: CompiledPack['detectors'] = {};
  const yields = new Map<string, Set<string>>();
  const modelRules = new Map<string, CompiledRule>();
  const mode = coverMode(pack.lang);
  // A spaced language is written in Latin script here (en, fr, sv): see compileIn().
  const compile = (source: string, where: string, flags: string) => compileIn(source, where, flags, mode === 'words');
  pack.rules.forEach((def, i) => {
    const where = `${pack.lang} rules[${i}] (${def.id})`;
    if (seen.has(def.id)) throw new RulePackDataError(`${where}: duplicate id`);
    seen.add(def.id);
    if (def.detector !== 'model' && !def.id.startsWith(`${pack.lang}.${def.category}.`)) {
      throw new RulePackDataError(`${where}: id must start with "${pack.lang}.${def.category}."`);
    }
    const all = (list: readonly string[] | undefined, what: string, flags: string) => () => (list ?? []).map((p, j) => compile(p, `${where} ${what}[${j}]`, flags));
    const rule = compiledRule(def, {
      // `d` gives group offsets for the `span` group; `g` so matchAll can walk every match.
      probes: all(def.patterns, 'patterns', 'iu'),
      patterns: all(def.patterns, 'patterns', 'gidu'),
      unless: all(def.unless, 'unless', 'iu'),
    }, !opts.trusted);
    if (def.yieldsTo?.length) yields.set(def.id, new Set(def.yieldsTo));
    const kind = def.detector ?? 'pattern';
    if (kind === 'model') {
      if (def.id !== `${pack.lang}.model.${def.category}`) throw new RulePackDataError(`${where}: a model rule's id is "${pack.lang}.model.${def.category}"`);
      modelRules.set(def.category, rule);
    } else if (kind !== 'pattern') {
      detectors[kind] = rule;
    } else {
      if (!def.patterns?.length) throw new RulePackDataError(`${where}: a pattern rule needs patterns`);
      ({ triggers: rule.triggers, covers: rule.covers } = ruleTriggers(def, where, pack.derivedTriggers, mode));
      (def.alwaysRun ? alwaysRun : triggered).push(rule);
    }
    rules.push(rule);
  });
  const byTrigger = new TriggerIndex(alwaysRun);
  for (const rule of triggered) for (const t of rule.triggers) byTrigger.add(t, rule);
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
    const clauseCuts = lx.clauseCuts?.length ? compile(lx.clauseCuts.map((x) => `(?:${x})`).join('|'), `${pack.lang} lexicon.clauseCuts`, 'gu') : undefined;
    model = { scorer, rules: scorer.categories.map((c) => modelRules.get(c)), vetoes, ...(clauseCuts ? { clauseCuts } : {}) };
  }
  const any = (list: string[], name: string) => compile(list.map((s) => `(?:${s})`).join('|'), `${pack.lang} lexicon.${name}`, 'i');
  return {
    lang: pack.lang,
    rules,
    byTrigger,
    alwaysRun,
    ...(mode === 'substrings' ? { literals: literalIndex(triggered.flatMap((r) => r.triggers)) } : {}),
    stackedMarks: mode === 'substrings' ? STACKED_MARKS_FULL_WIDTH : STACKED_MARKS,
    fullWidth: mode === 'substrings',
    yields,
    detectors,
    model,
    acronymWords: new Set(lx.acronymWords),
    capsWords: lx.capsWords ? new Set(lx.capsWords.map((w) => w.toLowerCase())) : undefined,
    codeContext: {
      before: lx.codeBefore?.length ? compile(`(?:${lx.codeBefore.join('|')})$`, `${pack.lang} lexicon.codeBefore`, 'iu') : undefined,
      after: lx.codeAfter?.length ? compile(`^(?:${lx.codeAfter.join('|')})`, `${pack.lang} lexicon.codeAfter`, 'iu') : undefined,
    },
    negations: new Set(lx.negations),
    joiners: new Set(lx.joiners),
    leansBack: new Set(lx.leansBack ?? []),
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
