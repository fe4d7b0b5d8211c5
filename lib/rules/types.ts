/**
 * The shape of a built-in rule pack. Rules are data: the engine in lib/checker knows nothing
 * about any one phrase. Every built-in pack is validated against `LangPackSchema` by
 * test/unit/rules-meta.test.ts; a pack from anywhere else, when it is compiled.
 */
import * as v from 'valibot';
import { CATEGORIES, GUIDELINE_IDS, SEVERITIES } from '../checker/types';

const Category = v.picklist([...CATEGORIES, 'placeholder']);

/** A sentence a pattern must flag, and the exact words that pattern matches in it (its `span` group, else the whole match). */
export const PatternExampleSchema = v.strictObject({ text: v.pipe(v.string(), v.minLength(1)), span: v.pipe(v.string(), v.minLength(1)) });

/** A pattern with the sentences that prove it (test/unit/rules-meta.test.ts runs each through check()). */
export const PatternSchema = v.strictObject({ re: v.string(), flag: v.pipe(v.array(PatternExampleSchema), v.minLength(1)) });

export const RuleSchema = v.strictObject({
  /** Stable id `<lang>.<category>.<slug>`; renames go in lib/rules/renames.json. */
  id: v.pipe(v.string(), v.regex(/^[a-z]{2}\.[a-z]+\.[a-z0-9-]+$/)),
  category: Category,
  severity: v.picklist(SEVERITIES),
  guideline: v.picklist(GUIDELINE_IDS),
  message: v.pipe(v.string(), v.minLength(10)),
  /**
   * `pattern` (default): cheap word triggers, then regular expressions on the sentence.
   * The other kinds are built-in detectors configured by this rule's data.
   */
  detector: v.optional(v.picklist(['pattern', 'caps', 'punctuation', 'placeholder', 'model'])),
  /**
   * Extra lower-case words that make a sentence worth examining. Built-in rules leave this out:
   * compilePack derives each pattern's trigger words from the words every match of it must
   * contain (lib/checker/triggers.ts). Listed words are added to the derived ones, and stand in
   * for them where a pattern requires no literal word.
   */
  triggers: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9'-]+$/)))),
  /**
   * Run the patterns on every sentence, without trigger words: for a rule with a pattern that can
   * match without any literal word (compilePack rejects such a pattern otherwise).
   */
  alwaysRun: v.optional(v.boolean()),
  /**
   * Regular expressions (JavaScript syntax, case-insensitive) run on one sentence. The finding
   * spans the named group `span` if present, else the whole match. Each pattern must pass the
   * static linearity check (lib/checker/linearity.ts). Written as `{ re, flag }` the pattern
   * carries its own examples; the engine gets the plain regular expressions.
   */
  patterns: v.optional(
    v.pipe(
      v.array(v.union([v.string(), PatternSchema])),
      v.transform((list) => list.map((p) => (typeof p === 'string' ? p : p.re))),
    ),
  ),
  /** `sentence`: the finding covers the whole sentence (the suggestions rewrite all of it). */
  span: v.optional(v.picklist(['match', 'sentence'])),
  /** If one of these matches the sentence, the rule stays quiet. */
  unless: v.optional(v.array(v.string())),
  /** Quiet when "not", "never", "n't"… stands within three words before the match. */
  negatable: v.optional(v.boolean()),
  /** The compromise parse must tag the named group as one of `tags` (and none of `notTags`). */
  confirm: v.optional(
    v.strictObject({ group: v.string(), tags: v.array(v.string()), notTags: v.optional(v.array(v.string())) }),
  ),
  /**
   * Refusals and policy mentions are fine when the reply gives the reason and an alternative:
   * with both the rule is quiet, with one of them it drops to `info`.
   */
  explainable: v.optional(v.boolean()),
  /** Stay quiet where a finding of one of these categories covers the same text (a refusal inside a policy sentence). */
  yieldsTo: v.optional(v.array(Category)),
  /** Message used when an explainable finding drops to info. */
  partialMessage: v.optional(v.string()),
  /**
   * Replacement templates, best first. `{span}` the flagged text, `{name}` a named group,
   * `{name|infinitive}` / `{name|noun}` / `{name|lower}` transformed through the parse.
   * `[reason]`-style placeholders mark facts the agent must fill in.
   */
  suggestions: v.array(v.string()),
  /**
   * For an `explainable` rule: the templates used instead of `suggestions` when the flagged
   * sentence already gives its reason ("…, because the code may only go to your address"). They
   * add only the way forward, so no rewrite asks for a reason the sentence has.
   */
  withReason: v.optional(v.array(v.string())),
  /** Whole sentences: `flag` must be flagged by the rule (the options page shows the first), `pass` must stay clean. */
  examples: v.strictObject({ flag: v.array(v.string()), pass: v.array(v.string()) }),
  /** Why the rule exists: the guideline, and for reviewers the thinking behind it. */
  source: v.optional(v.string()),
});

/** A rule as the engine gets it, after validation: `patterns` are plain regular expressions. */
export type RuleDef = v.InferOutput<typeof RuleSchema>;
/** A rule as written in lib/rules/<lang>/: patterns may carry their examples. */
export type RuleSource = v.InferInput<typeof RuleSchema>;
export type PatternSource = v.InferInput<typeof PatternSchema>;

export const LangPackSchema = v.strictObject({
  lang: v.picklist(['en', 'fr', 'sv', 'zh']),
  rules: v.array(RuleSchema),
  /**
   * Trigger words derived in advance (lib/rules/<lang>/triggers.json, written by
   * `npx vitest run test/unit/triggers.test.ts -u`), by `<rule id> patterns[<i>]`: deriving them
   * all costs a page load about a tenth of a second. An entry counts only while `source` is the
   * fingerprint of that pattern as it is now; any other pattern is derived when the pack compiles.
   */
  derivedTriggers: v.optional(v.record(v.string(), v.strictObject({ source: v.string(), words: v.array(v.string()) }))),
  /** The trained tone model's file (lib/model/<lang>-model.json), when the language has one. */
  model: v.optional(v.looseObject({ format: v.literal('reply-coach-tone-model') })),
  /** Language data the detectors and the checklist use. */
  lexicon: v.strictObject({
    /** Words in capitals that are acronyms although they spell an English word (fallback only). */
    acronymWords: v.array(v.string()),
    /**
     * For a language other than English: its words that read as emphasis when written in capitals
     * ("PAS", "JAMAIS"). With this list the caps detector reads a token as a word when it is listed
     * or long and pronounceable, and does not consult the English lexicon.
     */
    capsWords: v.optional(v.array(v.string())),
    /** Text just before / after a capitalized word that makes it a code, not emphasis (regular expressions). */
    codeBefore: v.optional(v.array(v.string())),
    codeAfter: v.optional(v.array(v.string())),
    /** Policy frames a rewrite may drop (or replace by `with`) to keep the rule's content ("Per our policy, "). */
    frames: v.array(v.union([v.string(), v.strictObject({ pattern: v.string(), with: v.string() })])),
    /** Constructions that veto a model finding, per category ('all' for every one): owning a mistake, an insurance policy. */
    modelVetoes: v.optional(v.record(v.string(), v.array(v.string()))),
    /**
     * Where a sentence divides into clauses that the model also reads on their own (regular
     * expressions for the cut, which is dropped): a slip in one clause of a long, otherwise
     * helpful sentence scores low as part of the whole. Absent: the model reads whole sentences.
     */
    clauseCuts: v.optional(v.array(v.string())),
    /** Words that may follow a `[placeholder]` mid-sentence; any other word after a gap means a broken rewrite. */
    joiners: v.array(v.string()),
    /**
     * Words that, opening a sentence, lean on the one before it ("That is why…", "Donc…"): a
     * flagged sentence followed by one of them is not offered for removal (lib/checker/drop-sentence.ts).
     */
    leansBack: v.optional(v.array(v.string())),
    /** Trailing softeners dropped before a rewrite appends a clause (", I'm afraid"). */
    softeners: v.array(v.string()),
    /** Negation words for `negatable`. */
    negations: v.array(v.string()),
    /** Reply-level signals (regular expressions, case-insensitive). */
    reason: v.array(v.string()),
    alternative: v.array(v.string()),
    acknowledge: v.array(v.string()),
    nextStep: v.array(v.string()),
    timeframe: v.array(v.string()),
    followUp: v.array(v.string()),
    /** Signs the case is still open, which make a follow-up promise applicable. */
    ongoing: v.array(v.string()),
  }),
});

/** A language pack as written (the input compilePack validates). */
export type LangPack = v.InferInput<typeof LangPackSchema>;

export interface RuleInfo {
  id: string;
  category: RuleDef['category'];
  severity: RuleDef['severity'];
  guideline: RuleDef['guideline'];
  message: string;
  examples: { flag: string[]; pass: string[] };
}
