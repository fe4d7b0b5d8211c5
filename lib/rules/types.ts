/**
 * The shape of a built-in rule pack. Rules are data: the engine in lib/checker knows nothing
 * about any one phrase. Every pack is validated against `LangPackSchema` when it is loaded.
 */
import * as v from 'valibot';
import { CATEGORIES, GUIDELINE_IDS, SEVERITIES } from '../checker/types';

const Category = v.picklist([...CATEGORIES, 'placeholder']);

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
  /** Lower-case words; a sentence is examined only if it contains one of them. */
  triggers: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9'-]+$/)))),
  /**
   * Regular expressions (JavaScript syntax, case-insensitive) run on one sentence. The finding
   * spans the named group `span` if present, else the whole match. Written without nested
   * quantifiers so matching stays linear.
   */
  patterns: v.optional(v.array(v.string())),
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
  examples: v.strictObject({ flag: v.array(v.string()), pass: v.array(v.string()) }),
  /** Why the rule exists: the guideline, and for reviewers the thinking behind it. */
  source: v.optional(v.string()),
});

export type RuleDef = v.InferOutput<typeof RuleSchema>;

export const LangPackSchema = v.strictObject({
  lang: v.picklist(['en', 'fr', 'sv', 'zh']),
  rules: v.array(RuleSchema),
  /** The trained tone model's file (lib/model/<lang>-model.json), when the language has one. */
  model: v.optional(v.looseObject({ format: v.literal('reply-coach-tone-model') })),
  /** Language data the detectors and the checklist use. */
  lexicon: v.strictObject({
    /** Words in capitals that are acronyms although they spell an English word (fallback only). */
    acronymWords: v.array(v.string()),
    /** Text just before / after a capitalized word that makes it a code, not emphasis (regular expressions). */
    codeBefore: v.optional(v.array(v.string())),
    codeAfter: v.optional(v.array(v.string())),
    /** Words after which exactly two exclamation marks are warmth, not shouting. */
    warmWords: v.optional(v.array(v.string())),
    /** Policy frames a rewrite may drop (or replace by `with`) to keep the rule's content ("Per our policy, "). */
    frames: v.array(v.union([v.string(), v.strictObject({ pattern: v.string(), with: v.string() })])),
    /** Constructions that veto a model finding, per category ('all' for every one): owning a mistake, an insurance policy. */
    modelVetoes: v.optional(v.record(v.string(), v.array(v.string()))),
    /** Words that may follow a `[placeholder]` mid-sentence; any other word after a gap means a broken rewrite. */
    joiners: v.array(v.string()),
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

export type LangPack = v.InferOutput<typeof LangPackSchema>;

export interface RuleInfo {
  id: string;
  category: RuleDef['category'];
  severity: RuleDef['severity'];
  guideline: RuleDef['guideline'];
  message: string;
  examples: { flag: string[]; pass: string[] };
}
