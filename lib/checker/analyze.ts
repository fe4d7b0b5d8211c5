/**
 * Finds rule matches in one paragraph. The result depends only on the paragraph's text and the
 * pack, so it is cached per paragraph; reply-level adjustments happen later in check().
 */
import type { CompiledPack, CompiledRule } from './pack';
import { splitSentences, type Sentence } from './segment';
import { capsRuns, spellsWord } from './shouting';
import { wordTags } from './nlp';
import { placeholderPattern } from './placeholder';
import { buildRewrites, type Rewrites } from './rewrite';
import { dropRewrite, removalRange } from './drop-sentence';
import { apostropheStyle, type ApostropheStyle } from './vet';
import { tokens, wordCount, type Context } from '../model/features';
import { paragraphNeighbours, type Neighbours } from '../model/context';
import { givesOwnReason, paragraphSignals, type ParagraphSignals } from './signals';
import { countAlnumRuns, eachLiteral, eachWord, wordStartBefore } from './scan';

export interface RawMatch {
  rule: CompiledRule;
  /** Offsets relative to the paragraph. */
  start: number;
  end: number;
  /**
   * The match's rewrites (fixes relative to the paragraph), built on first use and kept: check()
   * asks only for the findings it reports, so duplicates and explained refusals cost nothing.
   */
  rewrites: () => Rewrites;
  /** Model findings: the words that weighed most. */
  why?: string[];
}

/** The logits of a sentence the model does not read (too short, and no second stage to read it as a neighbour). */
const NO_LOGITS = new Float64Array(0);

const NO_REWRITES: Rewrites = { suggestions: [], fixes: [], dropped: [] };
const none = () => NO_REWRITES;

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * Rewrites built per paragraph at most: a real paragraph has a handful of findings; past this
 * (pasted logs, adversarial input) findings still come, without suggestions, so time stays linear.
 */
export const REWRITE_BUDGET = 200;

/** Longest sentence (UTF-16 units) that gets rewrites. */
export const MAX_REWRITE_SENTENCE = 1200;

/** One paragraph's rule and model matches, and its signals: what check() caches per paragraph. */
export interface ParagraphAnalysis {
  matches: RawMatch[];
  signals: ParagraphSignals;
}

export function analyzeParagraph(para: string, withModel: CompiledPack, model = true): ParagraphAnalysis {
  // Rules alone (the benchmark's and eval's --rules-only): without the model, rewrites too.
  const pack = model || !withModel.model ? withModel : { ...withModel, model: undefined };
  const out: RawMatch[] = [];
  const signals = paragraphSignals(para, pack);
  const style = apostropheStyle(para);
  // The same sentence repeated in one paragraph is analyzed once.
  const seen = new Map<string, RawMatch[] & { base: number }>();
  let rewritten = 0;
  const sentences = splitSentences(para);
  const modelCtx = model && pack.model && { reason: signals.get('reason') !== null, alternative: signals.get('alternative') !== null };
  // The context the model judges each sentence in (its place in the paragraph): also how a rewrite of it is judged again.
  const contexts = modelCtx ? sentences.map((_, i): Context => ({ ...modelCtx, first: i === 0, last: i === sentences.length - 1 })) : null;
  // Each sentence's neighbours in the paragraph, when the model reads sentences in context.
  let near: Neighbours[] | null = null;
  if (contexts) {
    const scorer = pack.model!.scorer;
    // The first stage once per sentence text and place (first, last, or between): a sentence
    // repeated in the paragraph (sign-off lines pasted a thousand times) is read once.
    const read = new Map<string, { t: string[]; z: Float64Array; repeated: boolean }>();
    const firstStage = sentences.map((s, i) => {
      const ctx = contexts[i];
      const key = `${Number(ctx.first)}${Number(ctx.last)}${s.text}`;
      let got = read.get(key);
      if (got) got.repeated = true;
      else {
        const t = tokens(s.text);
        // A line too short to judge is read only as another sentence's neighbour.
        got = { t, z: scorer.context || wordCount(t) >= 3 ? scorer.logitsTokens(t, ctx) : NO_LOGITS, repeated: false };
        if (read.size < 1000) read.set(key, got);
      }
      return { got, ctx, key };
    });
    // Then each sentence beside its neighbours (the second stage: a few multiply-adds).
    near = scorer.context ? paragraphNeighbours(firstStage.map((x) => x.got.z)) : null;
    // A repeated sentence judged the same way (same place, same probabilities) is judged once.
    const judged = new Map<string, RawMatch[] & { base: number }>();
    sentences.forEach((s, i) => {
      const { got, ctx, key } = firstStage[i];
      const { t, z } = got;
      const probs = withClauses(s.text, scorer.inContext(z, near?.[i]), ctx, pack.model!);
      // What leaving the sentence out would delete (a rewrite of the model's findings of some categories).
      const removal = { range: removalRange(sentences, i), next: sentences[i + 1] };
      // Only a sentence seen again at its place needs the key (the probabilities as text are not
      // free), and with the spaces around it: they are what its removal deletes.
      const judgedKey = !got.repeated ? key : `${near ? `${probs.join(',')}\u0000` : ''}${gapShape(s, removal.range)}\u0000${removal.next?.text ?? ''}\u0000${key}`;
      const prior = judged.get(judgedKey);
      if (prior) {
        for (const m of prior) out.push(shiftMatch(m, s.start, prior.base));
        return;
      }
      const found: RawMatch[] = [];
      modelMatch({ ...s, removal, ...(near ? { near: near[i] } : {}) }, t, probs, ctx, pack, rewritten < REWRITE_BUDGET ? style : null, found);
      if (judged.size < 1000) judged.set(judgedKey, Object.assign(found, { base: s.start }));
      out.push(...found);
    });
  }
  for (const [i, sentence] of sentences.entries()) {
    const s: Judged = contexts ? { ...sentence, ctx: contexts[i], ...(near ? { near: near[i] } : {}) } : sentence;
    const prior = seen.get(s.text);
    if (prior) {
      for (const m of prior) out.push(shiftMatch(m, s.start, prior.base));
      continue;
    }
    const found: RawMatch[] = [];
    analyzeSentence(s, pack, found, rewritten < REWRITE_BUDGET ? style : null);
    rewritten += found.length;
    if (seen.size < 1000) seen.set(s.text, Object.assign(found, { base: s.start }));
    out.push(...found);
  }
  return { matches: out, signals };
}

/**
 * The model's judgment of one sentence: its most confident category above that category's
 * threshold becomes a finding over the sentence, unless a veto construction of that category
 * matches (owning a mistake, an insurance policy) or the words that weighed most sit inside
 * quotation marks (a quoted label or the customer's own words).
 */
function modelMatch(s: Judged, t: readonly string[], probs: readonly number[], ctx: Context, pack: CompiledPack, style: ApostropheStyle | null, out: RawMatch[]): void {
  const model = pack.model!;
  const best = modelVerdict(s.text, t, probs, pack);
  if (best < 0) return;
  const rule = model.rules[best]!;
  // The words that weighed most: features listed again, for the few sentences flagged.
  const why = model.scorer.whyOfTokens(t, ctx, best, s.text);
  if (why.length && why.every((w) => insideQuotes(s.text, w))) return;
  out.push({ ...withRewrites(rule, s, [0, s.text.length], {}, pack, style), why });
}

/**
 * How much surer of a clause read alone the model must be than of a whole sentence, in logits:
 * a clause has less to go on. Chosen on the open half of the evaluation corpus (0, 0.5, 1 and
 * 1.5 tried; 1 found the most slips with no new false flag there).
 */
const CLAUSE_MARGIN = 1;

/**
 * A sentence's probabilities, raised to those of its clauses read alone where the language cuts
 * sentences into clauses (lexicon `clauseCuts`; a model with a second stage reads whole sentences
 * beside their neighbours instead): in a long, otherwise helpful sentence, a slip that is one
 * clause of it is diluted by the rest.
 */
function withClauses(text: string, probs: number[], ctx: Context, model: NonNullable<CompiledPack['model']>): number[] {
  const cuts = model.clauseCuts;
  if (!cuts || model.scorer.context) return probs;
  cuts.lastIndex = 0;
  if (!cuts.test(text)) return probs;
  const out = [...probs];
  for (const part of text.split(cuts)) {
    const t = tokens(part);
    if (wordCount(t) < 3) continue;
    // The model's own probabilities (no second stage here), of logits lowered by the margin.
    const p = model.scorer.inContext(model.scorer.logitsTokens(t, ctx).map((z) => z - CLAUSE_MARGIN));
    // A refusal's or a rule's reason and way forward are usually its sentence's other clauses:
    // those two are judged on the whole sentence only.
    for (let c = 0; c < p.length; c++) if (!model.rules[c]?.def.explainable) out[c] = Math.max(out[c], p[c]);
  }
  return out;
}

/**
 * The category the model flags a sentence for (`t`: its tokens, `probs`: the model's
 * probabilities for it, in its paragraph), or -1: its most confident category above that
 * category's threshold, unless a veto construction of that category matches (owning a mistake,
 * an insurance policy).
 */
function modelVerdict(text: string, t: readonly string[], probs: readonly number[], pack: CompiledPack): number {
  const model = pack.model!;
  // Greetings and one- or two-word lines ("Hi Sam,", "Thanks!") carry no tone to judge.
  if (wordCount(t) < 3) return -1;
  let best = -1;
  let margin = 1;
  probs.forEach((p, c) => {
    const threshold = model.scorer.thresholds[c];
    if (model.rules[c] && p >= threshold && p / threshold >= margin) {
      best = c;
      margin = p / threshold;
    }
  });
  if (best < 0) return -1;
  const veto = model.vetoes.get(model.rules[best]!.def.category) ?? null;
  const vetoAll = model.vetoes.get('all') ?? null;
  return veto?.test(text) || vetoAll?.test(text) ? -1 : best;
}

const QUOTED = /["“'‘]([^"”'’\n]{1,80})["”'’]/gu;

function insideQuotes(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (const m of text.matchAll(QUOTED)) if (m[1].toLowerCase().includes(lower)) return true;
  return false;
}

function shiftMatch(m: RawMatch, to: number, from: number): RawMatch {
  const d = to - from;
  const inner = m.rewrites;
  return {
    ...m,
    start: m.start + d,
    end: m.end + d,
    rewrites: once(() => {
      const r = inner();
      return { ...r, fixes: r.fixes.map((f) => ({ ...f, start: f.start + d, end: f.end + d })) };
    }),
  };
}

/**
 * Whether any rule or detector of `category` flags this sentence (re-check of a rewrite), or the
 * tone model does when the check runs it (`pack.model`): a rewrite the model would flag again is
 * no rewrite.
 */
function flagsCategory(text: string, start: number, end: number, rule: CompiledRule, pack: CompiledPack, judged?: Context, near?: Neighbours): boolean {
  const found: RawMatch[] = [];
  const category = rule.def.category;
  analyzeSentence({ start: 0, end: text.length, text }, pack, found, null, { category, rule, edit: [start, end] });
  // A refusal or policy that now carries its reason or an alternative is at most a nudge (info).
  // Each signal read at most once, for the rules and the model alike.
  const reason = once(() => pack.signals.reason.test(text));
  const alternative = once(() => pack.signals.alternative.test(text));
  const isExplained = () => reason() || alternative();
  if (found.some((m) => m.rule.def.category === category && m.start < end && m.end > start && !(m.rule.def.explainable && isExplained()))) return true;
  const model = pack.model;
  if (!model || !model.rules.some((r) => r?.def.category === category)) return false;
  // As the original sentence was judged, with what the rewrite adds (a reason, an alternative).
  const ctx = { reason: reason() || Boolean(judged?.reason), alternative: alternative() || Boolean(judged?.alternative), first: judged?.first ?? false, last: judged?.last ?? false };
  // A rewrite may be two sentences ("It looks like [what happened]. Here is how we fix it: …"):
  // each one the edit wrote into is judged, beside the original sentence's neighbours (the
  // rewrite takes its place in the paragraph).
  return splitSentences(text).some((sentence) => {
    if (sentence.end <= start || sentence.start >= end) return false;
    const t = tokens(sentence.text);
    const best = modelVerdict(sentence.text, t, withClauses(sentence.text, model.scorer.inContext(model.scorer.logitsTokens(t, ctx), near), ctx, model), pack);
    const found = best >= 0 ? model.rules[best]!.def : null;
    // As for the rules: an explained refusal or policy is at most a nudge.
    return found?.category === category && !(found.explainable && isExplained());
  });
}

/** `style` null: detection only, no rewrites (the re-check of a rewrite). */
/** What the re-check of a rewrite looks at: one category, the rule that flagged, and rules triggered inside the edit. */
interface Recheck {
  category: string;
  rule: CompiledRule;
  edit: [number, number];
}

/**
 * A sentence with the context the model judges it in (when the check runs the model), its
 * paragraph neighbours (when the model reads them), and for the model's findings what leaving it
 * out would delete (its range in the paragraph, null when it stands alone) and the sentence after it.
 */
type Judged = Sentence & { ctx?: Context; near?: Neighbours; removal?: { range: [number, number] | null; next?: Sentence } };

/** The spaces a removal takes with the sentence, before and after it (repeated sentences share a judgment only with the same). */
function gapShape(s: Sentence, range: readonly [number, number] | null): string {
  return range ? `${s.start - range[0]}:${range[1] - s.end}` : '-';
}

function analyzeSentence(s: Judged, pack: CompiledPack, out: RawMatch[], style: ApostropheStyle | null, recheck?: Recheck): void {
  const candidates = new Set<CompiledRule>();
  const only = recheck?.category;
  if (recheck && recheck.rule.def.category === only && !recheck.rule.def.detector) candidates.add(recheck.rule);
  // A rule the rewrite could newly trigger has a trigger word in the edited words: a re-check
  // takes candidates only from the words that touch the edit.
  const [from, to] = recheck ? [wordStartBefore(s.text, recheck.edit[0]), recheck.edit[1]] : [0, s.text.length];
  // Every word of the sentence gates each candidate's patterns by their covers.
  const words = new Set<string>();
  // Lower-cased and apostrophe-folded once; a text whose lower case changes length (rare) per word.
  const folded = pack.literals ? null : foldedWords(s.text);
  if (pack.literals) offerLiterals(s.text, pack, recheck, words, candidates);
  else eachWord(s.text, (start, end) => {
    const word = folded ? folded.slice(start, end) : foldWord(s.text.slice(start, end));
    words.add(word);
    if (start < from || start >= to || (recheck && end <= recheck.edit[0])) return;
    const rules = pack.byTrigger.get(word);
    if (rules) for (const r of rules) if (!only || r.def.category === only) candidates.add(r);
  });
  for (const rule of candidates) {
    const hit = matchRule(rule, s, pack, style, words);
    if (hit) out.push(hit);
  }
  const { caps, punctuation, placeholder } = only ? onlyDetectors(pack, only) : pack.detectors;
  if (caps) {
    for (const run of capsRuns(s.text, pack.acronymWords, pack.codeContext, pack.capsWords)) {
      // Only the emphasis words go to lower case; an acronym inside the run keeps its capitals ("NOT OK" → "not OK").
      const emphasis = new Set<string>();
      const calm = s.text.slice(run.start, run.end).replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (t) => {
        if (!spellsWord(t.replace(/['’-]+$/, ''), pack.acronymWords, pack.capsWords)) return t;
        emphasis.add(t);
        return t.toLowerCase();
      });
      out.push(withRewrites(caps, s, [run.start, run.end], {}, pack, style, [calm.replace(/[{}]/g, '')], emphasis));
    }
  }
  if (punctuation) {
    for (const m of s.text.matchAll(pack.stackedMarks)) {
      const at = m.index!;
      // Two exclamation marks are warmth ("Thanks!!", "It works!!"); three, or "?!", are shouting (the G8 definition).
      if (m[0] === '!!' || m[0] === '！！') continue;
      // Full-width text (Chinese) keeps one full-width mark: "已經處理好了！！！" → "已經處理好了！".
      const calm = pack.fullWidth ? (/[?？]/.test(m[0]) ? '？' : '！') : m[0].includes('?') ? '?' : '.';
      out.push(withRewrites(punctuation, s, [at, at + m[0].length], {}, pack, style, [calm]));
    }
  }
  if (placeholder && s.text.includes('[')) {
    for (const m of s.text.matchAll(placeholderPattern())) {
      const start = s.start + m.index!;
      out.push({ rule: placeholder, start, end: start + m[0].length, rewrites: none });
    }
  }
}

/**
 * The trigger literals a sentence of an unspaced language holds (lib/checker/triggers.ts, mode
 * `substrings`): they stand for its words, both as the covers' gate and for the trigger index. On a
 * re-check only literals that touch the edit bring candidates, as words do in a spaced language.
 */
function offerLiterals(text: string, pack: CompiledPack, recheck: Recheck | undefined, words: Set<string>, candidates: Set<CompiledRule>): void {
  const only = recheck?.category;
  const take = (rules: readonly CompiledRule[] | undefined) => {
    if (rules) for (const r of rules) if (!only || r.def.category === only) candidates.add(r);
  };
  eachLiteral(text, pack.literals!, (start, end) => {
    const literal = text.slice(start, end);
    words.add(literal);
    if (recheck && (end <= recheck.edit[0] || start >= recheck.edit[1])) return;
    take(pack.byTrigger.get(literal));
  });
  // Always-run rules run on any sentence with a word in it (the word index gives them for every word).
  if (pack.alwaysRun.length && countAlnumRuns(recheck ? text.slice(wordStartBefore(text, recheck.edit[0]), recheck.edit[1]) : text) > 0) take(pack.alwaysRun);
}

/** A word as the trigger index spells it: lower case, straight apostrophes. */
function foldWord(w: string): string {
  const lower = w.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** The whole text folded as foldWord does, or null when that would move offsets. */
function foldedWords(text: string): string | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** The detectors of one category (the re-check of a rewrite looks at its own category only). */
function onlyDetectors(pack: CompiledPack, category: string): CompiledPack['detectors'] {
  const d = pack.detectors;
  return {
    caps: d.caps?.def.category === category ? d.caps : undefined,
    punctuation: d.punctuation?.def.category === category ? d.punctuation : undefined,
    placeholder: d.placeholder?.def.category === category ? d.placeholder : undefined,
  };
}

function withRewrites(
  rule: CompiledRule,
  s: Judged,
  span: [number, number],
  groups: Record<string, string | undefined>,
  pack: CompiledPack,
  style: ApostropheStyle | null,
  templates?: readonly string[],
  exempt?: ReadonlySet<string>,
  phrase: [number, number] = span,
): RawMatch {
  const base = { rule, start: s.start + span[0], end: s.start + span[1] };
  // A "sentence" longer than any a person writes (pasted logs, a run-on of 1 MB) gets no rewrite:
  // vetting one means re-reading the sentence, which must not multiply by its findings.
  if (style === null || s.text.length > MAX_REWRITE_SENTENCE) return { ...base, rewrites: none };
  return { ...base, rewrites: once(() => rewritesFor(rule, s, span, groups, pack, style, templates ?? ruleTemplates(rule, s.text, pack), exempt, phrase)) };
}

/** A rule's templates for this sentence: a refusal or policy that already says why gets the ones that add only the way forward. */
function ruleTemplates(rule: CompiledRule, sentence: string, pack: CompiledPack): readonly string[] {
  const def = rule.def;
  if (!def.explainable || !def.suggestions.length) return def.suggestions;
  return givesOwnReason(sentence, pack) ? (def.withReason ?? []) : def.suggestions;
}

function rewritesFor(
  rule: CompiledRule,
  s: Judged,
  span: [number, number],
  groups: Record<string, string | undefined>,
  pack: CompiledPack,
  style: ApostropheStyle,
  templates: readonly string[],
  exempt: ReadonlySet<string> | undefined,
  phrase: [number, number],
): Rewrites {
  // A model finding with no construction to rebuild: in some categories, leaving the sentence out.
  if (!templates.length) return rule.def.detector === 'model' ? (dropRewrite(rule.def.category, s, s.removal?.range, s.removal?.next, pack) ?? NO_REWRITES) : NO_REWRITES;
  // Emphasis capitals inside the matched phrase go with it ("as I said in my LAST email").
  const words = s.text.slice(phrase[0], phrase[1]);
  const shouted = !/\p{Lu}{2}/u.test(words) ? [] : capsRuns(words, pack.acronymWords, pack.codeContext, pack.capsWords).flatMap((r) => words.slice(r.start, r.end).split(/\s+/));
  if (shouted.length) exempt = new Set([...(exempt ?? []), ...shouted]);
  return buildRewrites(templates, {
    sentence: s,
    span,
    phrase,
    groups,
    style,
    frames: pack.frames,
    softener: pack.softener,
    joiners: pack.joiners,
    exempt,
    reflags: (text, start, end) => flagsCategory(text, start, end, rule, pack, s.ctx, s.near),
  });
}

/** Whether pattern `j` of the rule can match a sentence with these words. */
function coverPresent(rule: CompiledRule, j: number, words: ReadonlySet<string>): boolean {
  const cover = rule.covers[j];
  if (!cover) return true;
  for (const w of cover) if (words.has(w)) return true;
  return false;
}

function matchRule(rule: CompiledRule, s: Judged, pack: CompiledPack, style: ApostropheStyle | null, words: ReadonlySet<string>): RawMatch | null {
  const def = rule.def;
  if (!rule.probes.some((re, j) => coverPresent(rule, j, words) && re.test(s.text))) return null;
  if (rule.unless.some((re) => re.test(s.text))) return null;
  for (const [j, re] of rule.patterns.entries()) {
    if (!coverPresent(rule, j, words)) continue;
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
      return withRewrites(rule, s, [start, end], m.groups ?? {}, pack, style, undefined, undefined, [matched[0], matched[1]]);
    }
  }
  return null;
}

function negatedBefore(text: string, at: number, negations: Set<string>): boolean {
  const before = text.slice(Math.max(0, at - 40), at).toLowerCase().replace(/’/g, "'");
  const words = before.match(/[a-z']+/g) ?? [];
  return words.slice(-3).some((w) => negations.has(w) || w.endsWith("n't"));
}
