/** Public types of the tone checker. Pure data: no DOM, no browser APIs. */

export const LANGS = ['en', 'fr', 'sv', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export const CATEGORIES = [
  'blame',
  'defensive',
  'dismissive',
  'condescending',
  'refusal',
  'policy',
  'shouting',
] as const;
export type ToneCategory = (typeof CATEGORIES)[number];
/** `placeholder` is not a tone category: it marks a `[reason]`-style gap left unfilled. */
export type Category = ToneCategory | 'placeholder';

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const GUIDELINE_IDS = ['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8', 'G9', 'G10', 'G11'] as const;
export type GuidelineId = (typeof GUIDELINE_IDS)[number];

/** The guideline each tone category breaks (and a custom rule cites when it names none). */
export const DEFAULT_GUIDELINE: Record<ToneCategory, GuidelineId> = {
  blame: 'G7',
  defensive: 'G3',
  dismissive: 'G2',
  condescending: 'G4',
  refusal: 'G5',
  policy: 'G6',
  shouting: 'G8',
};

export interface Range {
  start: number;
  end: number;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the checked text; `text.slice(start, end) === finding.text`. */
  start: number;
  end: number;
  text: string;
  message: string;
  guideline: GuidelineId;
  /**
   * Replacements for [start, end), best first; may be empty. Applied alone they give the same
   * words as `fixes[i]`, but a fix that reaches past the flagged words (re-capitalizing the word
   * after a dropped frame) is only exact through `fixes`.
   */
  suggestions: string[];
  /** The same suggestions as exact edits, in the same order: what Apply writes and previews. */
  fixes?: Fix[];
  /** Findings of the tone model (`<lang>.model.<category>`): the words that weighed most. */
  why?: string[];
}

/**
 * One suggestion as an edit: replace text [start, end) (UTF-16 offsets into the checked text,
 * inside the finding's sentence) with `text`; `sentence` is that whole sentence as it reads after.
 */
export interface Fix {
  start: number;
  end: number;
  text: string;
  sentence: string;
}

/** A rewrite the checker built but did not offer, and why (`check(text, { audit: true })`). */
export interface DroppedSuggestion {
  ruleId: string;
  sentence: string;
  reason: string;
}

export const CHECKLIST_IDS = ['acknowledge', 'reason', 'alternative', 'next-step', 'timeframe', 'follow-up'] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

export interface ChecklistItem {
  id: ChecklistId;
  state: 'met' | 'missing' | 'n/a';
  guideline: GuidelineId;
  /** The span that met it, when met. */
  start?: number;
  end?: number;
}

/**
 * The language of one paragraph of the agent's own text: `start`/`end` are UTF-16 offsets into the
 * checked text, like a finding's. `lang` is a supported code ('en', 'fr', 'sv', 'zh' for
 * Traditional Chinese) or the detected code of a language without rules ('no', 'da', 'de', 'es',
 * 'it', 'nl', 'pt', 'zh-Hans', 'ja', 'ru'…, 'und' when nothing shows).
 */
export interface LangSpan {
  start: number;
  end: number;
  lang: string;
}

export interface Report {
  /** The language checked, or the detected code when no rule pack exists for it ('de', 'und'…). */
  lang: string;
  /**
   * Each paragraph of the agent's own text (quotes and signature left out), in order, with its
   * language. A paragraph in a language with no rule pack is not checked; with an explicit
   * `lang` option every paragraph has that language. Set by check().
   */
  langs?: LangSpan[];
  /** 0–100, 100 = nothing to coach. See README "Score". */
  score: number;
  findings: Finding[];
  checklist: ChecklistItem[];
  /** Words of the agent's own text (quotes and signature left out): 0 = nothing to check yet. */
  words: number;
  /** Unfilled `[placeholders]` left in the reply: gaps to fill before it is ready to send. */
  gaps: number;
  /** Only with `audit: true`: rewrites the checker built and rejected. */
  dropped?: DroppedSuggestion[];
}

/** Per-rule override from a team rule pack or the options page. */
export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
}

/** A team's own rule (rule pack `custom[]`). */
export interface CustomRule {
  id: string;
  lang: Lang;
  kind: 'phrase' | 'regex';
  pattern: string;
  category: ToneCategory;
  severity: Severity;
  message: string;
  suggestions?: string[];
  guideline?: GuidelineId;
  /** regex only: subset of "imsu", default "i". */
  flags?: string;
}

/** What check() needs from settings: rule overrides and custom rules (a validated rule pack). */
export interface Settings {
  rules?: Record<string, RuleOverride>;
  custom?: CustomRule[];
  guidelines?: Partial<Record<GuidelineId, string>>;
}

export interface CheckOptions {
  lang?: 'auto' | Lang;
  settings?: Settings;
  /** Spans not to check (e.g. quoted thread or signature found by a site's selectors). */
  ignore?: Range[];
  /** Also report the rewrites that were built and rejected (eval and tests). */
  audit?: boolean;
  /** false: rules only, without the tone model (benchmarks compare the two). Default true. */
  model?: boolean;
}
