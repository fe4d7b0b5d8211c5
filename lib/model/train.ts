/**
 * Trains the tone model: one-vs-rest logistic regression with AdaGrad over hashed features,
 * deterministic (seeded shuffles, no threads), then pruned to the buckets that carry weight and
 * quantized to int8. Grouped k-fold cross-validation (folds by reply) picks each category's
 * threshold and gives the figures the data card and `npm run eval` print. Node scripts only.
 */
import { featurize, hashFeature, HASH_BITS } from './features';
import { encodeBase64, encodeBuckets, MODEL_FORMAT, ToneModel, type ModelFile } from './model';
import { CONTEXT_LAYOUT, contextInputCount, contextInputs, paragraphNeighbours, type ContextWeights } from './context';
import { labeledSentences, MODEL_CATEGORIES, type LabeledRecord } from './data';
import type { CompiledPack } from '../checker/pack';
import { splitBody } from '../checker/segment';

export interface Example {
  group: string;
  /** The paragraph the sentence stands in (a running number; a paragraph's sentences are consecutive). */
  paragraph: number;
  buckets: number[];
  y: boolean[];
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weight of a positive example (the categories are rare). */
  positiveWeight: number;
  /** Buckets kept after pruning, at most. */
  maxBuckets: number;
  seed: number;
}

export const DEFAULT_OPTIONS: TrainOptions = { epochs: 12, learningRate: 0.03, l2: 1e-6, positiveWeight: 2, maxBuckets: 36000, seed: 1 };

const K = MODEL_CATEGORIES.length;

/** Sentences of the records as training examples, with the same context the checker gives. */
export function examplesOf(records: LabeledRecord[], pack: CompiledPack): Example[] {
  const out: Example[] = [];
  let paragraph = -1;
  for (const r of records) {
    const sentences = labeledSentences(r);
    const paragraphs = splitBody(r.text).paragraphs;
    const paragraphOf = (x: { start: number; end: number }) => paragraphs.find((q) => q.start <= x.start && q.end >= x.end);
    sentences.forEach((s, i) => {
      // The same context the checker gives: the paragraph's signals, the place in the paragraph.
      const p = paragraphOf(s);
      const ptext = p?.text ?? s.text;
      const first = i === 0 || paragraphOf(sentences[i - 1]) !== p;
      const last = i === sentences.length - 1 || paragraphOf(sentences[i + 1]) !== p;
      if (first) paragraph++;
      const ctx = { reason: pack.signals.reason.test(ptext), alternative: pack.signals.alternative.test(ptext), first, last };
      out.push({ group: r.id, paragraph, buckets: featurize(s.text, ctx, pack.lang).buckets, y: MODEL_CATEGORIES.map((c) => s.labels.includes(c)) });
    });
  }
  return out;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Dense weights over the whole hash space, K per bucket. */
export function fit(examples: Example[], opts: TrainOptions = DEFAULT_OPTIONS): Float32Array {
  const size = (1 << HASH_BITS) * K;
  const w = new Float32Array(size);
  const g2 = new Float32Array(size).fill(1e-8);
  const order = examples.map((_, i) => i);
  const rand = rng(opts.seed);
  const z = new Float64Array(K);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const ex = examples[idx];
      z.fill(0);
      for (const b of ex.buckets) for (let c = 0; c < K; c++) z[c] += w[b * K + c];
      for (let c = 0; c < K; c++) {
        const p = 1 / (1 + Math.exp(-z[c]));
        const g = ex.y[c] ? (p - 1) * opts.positiveWeight : p;
        if (Math.abs(g) < 1e-4) continue;
        for (const b of ex.buckets) {
          const at = b * K + c;
          const grad = g + opts.l2 * w[at];
          g2[at] += grad * grad;
          w[at] -= (opts.learningRate * grad) / Math.sqrt(g2[at]);
        }
      }
    }
  }
  return w;
}

/** Keeps the buckets that weigh most and quantizes them: the form the extension ships. */
export function compress(w: Float32Array, maxBuckets: number): Pick<ModelFile, 'buckets' | 'weights' | 'scale'> {
  const n = w.length / K;
  const strength: Array<[number, number]> = [];
  for (let b = 0; b < n; b++) {
    let m = 0;
    for (let c = 0; c < K; c++) m = Math.max(m, Math.abs(w[b * K + c]));
    if (m > 0.02) strength.push([b, m]);
  }
  strength.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const kept = strength.slice(0, maxBuckets).map(([b]) => b).sort((a, b) => a - b);
  const scale = new Array<number>(K).fill(0);
  for (const b of kept) for (let c = 0; c < K; c++) scale[c] = Math.max(scale[c], Math.abs(w[b * K + c]));
  for (let c = 0; c < K; c++) scale[c] = scale[c] / 127 || 1;
  const q = new Int8Array(kept.length * K);
  kept.forEach((b, i) => {
    for (let c = 0; c < K; c++) q[i * K + c] = Math.max(-127, Math.min(127, Math.round(w[b * K + c] / scale[c])));
  });
  return { buckets: encodeBuckets(kept), weights: encodeBase64(new Uint8Array(q.buffer)), scale: scale.map((s) => Number(s.toPrecision(6))) };
}

export function modelFrom(w: Float32Array, opts: TrainOptions, meta: Omit<ModelFile, 'format' | 'version' | 'buckets' | 'weights' | 'scale' | 'categories'>): ModelFile {
  return {
    format: MODEL_FORMAT,
    version: 1,
    lang: meta.lang,
    dataHash: meta.dataHash,
    categories: [...MODEL_CATEGORIES],
    ...compress(w, opts.maxBuckets),
    thresholds: meta.thresholds,
    ...(meta.context ? { context: meta.context } : {}),
    trainedOn: meta.trainedOn,
    cv: meta.cv,
    curve: meta.curve,
  };
}

export interface CategoryFigures {
  p: number;
  r: number;
  f1: number;
  threshold: number;
  n: number;
}

/**
 * Fold of a reply: a hash of its id, so a reply's sentences never sit on both sides. `salt`
 * draws another, independent split (the inner folds of the nested cross-validation).
 */
export function foldOf(group: string, k: number, salt = 'fold'): number {
  return hashFeature(`${salt}:${group}`) % k;
}

/** Out-of-fold first-stage logits for every example (grouped k-fold), each fold's model compressed as shipped; `lang`: the examples' language. */
export function crossValidateLogits(examples: Example[], folds: number, opts: TrainOptions, lang = 'en', salt = 'fold'): Float64Array[] {
  const logits: Float64Array[] = examples.map(() => new Float64Array(K));
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((e) => foldOf(e.group, folds, salt) !== f);
    const model = new ToneModel(modelFrom(fit(train, opts), opts, { lang, dataHash: '', thresholds: [], trainedOn: { replies: 0, sentences: 0 } }));
    examples.forEach((e, i) => {
      if (foldOf(e.group, folds, salt) === f) logits[i] = model.logitsBuckets(e.buckets);
    });
  }
  return logits;
}

/** Out-of-fold first-stage probabilities for every example (each sentence on its own). */
export function crossValidate(examples: Example[], folds: number, opts: TrainOptions, lang = 'en'): number[][] {
  return crossValidateLogits(examples, folds, opts, lang).map((z) => Array.from(z, (v) => 1 / (1 + Math.exp(-v))));
}

// ——— The second stage: each sentence read beside its paragraph neighbours (lib/model/context.ts).

export interface ContextOptions {
  /** L2 penalty on the weights (not the bias), per example. */
  l2: number;
  /** Weight of a positive example. */
  positiveWeight: number;
  /** Which inputs the stage may use (length `contextInputCount(K)`; the others keep weight 0); all when absent. */
  use?: readonly boolean[];
}

export const DEFAULT_CONTEXT_OPTIONS: ContextOptions = { l2: 1e-4, positiveWeight: 1 };

/** The second stage's inputs for every example, from first-stage logits (examples' paragraphs are consecutive). */
export function contextRows(examples: Example[], logits: ReadonlyArray<ArrayLike<number>>): Float64Array[] {
  const rows: Float64Array[] = new Array(examples.length);
  for (let i = 0; i < examples.length; ) {
    let j = i;
    while (j < examples.length && examples[j].paragraph === examples[i].paragraph) j++;
    const para = logits.slice(i, j);
    paragraphNeighbours(para).forEach((near, o) => (rows[i + o] = contextInputs(para[o], near, K)));
    i = j;
  }
  return rows;
}

/**
 * Fits the second stage: per category, L2-regularized logistic regression by Newton's method
 * (deterministic, a few dozen iterations over 28 unknowns). `rows` must come from OUT-OF-FOLD
 * first-stage logits, or the stage learns to trust overconfident inputs.
 */
export function fitContext(rows: readonly Float64Array[], y: ReadonlyArray<readonly boolean[]>, opts: ContextOptions = DEFAULT_CONTEXT_OPTIONS): ContextWeights {
  const d = contextInputCount(K);
  const used = [0, ...Array.from({ length: d }, (_, i) => i + 1).filter((i) => opts.use?.[i - 1] ?? true)];
  const m = used.length;
  const n = rows.length;
  const weights: number[][] = [];
  const x = new Float64Array(m);
  for (let c = 0; c < K; c++) {
    const w = new Float64Array(m);
    for (let iter = 0; iter < 50; iter++) {
      const g = new Float64Array(m);
      const h = new Float64Array(m * m);
      for (let r = 0; r < n; r++) {
        const row = rows[r];
        x[0] = 1;
        for (let a = 1; a < m; a++) x[a] = row[used[a] - 1];
        let z = 0;
        for (let a = 0; a < m; a++) z += w[a] * x[a];
        const p = 1 / (1 + Math.exp(-z));
        const weight = y[r][c] ? opts.positiveWeight : 1;
        const resid = weight * ((y[r][c] ? 1 : 0) - p);
        const curv = weight * p * (1 - p);
        for (let a = 0; a < m; a++) {
          g[a] += resid * x[a];
          const xa = curv * x[a];
          for (let b = a; b < m; b++) h[a * m + b] += xa * x[b];
        }
      }
      for (let a = 1; a < m; a++) {
        g[a] -= opts.l2 * n * w[a];
        h[a * m + a] += opts.l2 * n;
      }
      for (let a = 0; a < m; a++) for (let b = 0; b < a; b++) h[a * m + b] = h[b * m + a];
      const step = solve(h, g, m);
      let moved = 0;
      for (let a = 0; a < m; a++) {
        w[a] += step[a];
        moved = Math.max(moved, Math.abs(step[a]));
      }
      if (moved < 1e-7) break;
    }
    const full = new Array<number>(d + 1).fill(0);
    used.forEach((at, a) => (full[at] = Number(w[a].toPrecision(6))));
    weights.push(full);
  }
  return { inputs: CONTEXT_LAYOUT, weights };
}

/** Solves h·x = g (h symmetric positive definite, m×m) by Cholesky. */
function solve(h: Float64Array, g: Float64Array, m: number): Float64Array {
  const l = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = h[i * m + j];
      for (let k = 0; k < j; k++) s -= l[i * m + k] * l[j * m + k];
      l[i * m + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * m + j];
    }
  }
  const t = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let s = g[i];
    for (let k = 0; k < i; k++) s -= l[i * m + k] * t[k];
    t[i] = s / l[i * m + i];
  }
  const out = new Float64Array(m);
  for (let i = m - 1; i >= 0; i--) {
    let s = t[i];
    for (let k = i + 1; k < m; k++) s -= l[k * m + i] * out[k];
    out[i] = s / l[i * m + i];
  }
  return out;
}

/** Second-stage probabilities of rows (the runtime's own scoring, lib/model/context.ts). */
export function scoreContextRows(w: ContextWeights, rows: readonly Float64Array[]): number[][] {
  return rows.map((x) =>
    w.weights.map((wc) => {
      let z = wc[0];
      for (let i = 0; i < x.length; i++) z += wc[i + 1] * x[i];
      return 1 / (1 + Math.exp(-z));
    }),
  );
}

/**
 * First-stage logits for the nested cross-validation of the two-stage model: `outer`, each
 * example's out-of-fold logits (outer folds by `foldOf(group, folds)`); `inner[f]`, for the
 * examples OUTSIDE outer fold f, their out-of-fold logits from a second grouped k-fold run over
 * those examples only (folds drawn with another salt), so a stage-2 fit for outer fold f never
 * sees a model or an input that touched fold f.
 */
export interface NestedLogits {
  folds: number;
  outer: Float64Array[];
  inner: Array<Map<number, Float64Array>>;
}

export function nestedLogits(examples: Example[], folds: number, opts: TrainOptions, lang = 'en', outer = crossValidateLogits(examples, folds, opts, lang)): NestedLogits {
  const inner: NestedLogits['inner'] = [];
  for (let f = 0; f < folds; f++) {
    const at = examples.map((e, i) => (foldOf(e.group, folds) !== f ? i : -1)).filter((i) => i >= 0);
    const logits = crossValidateLogits(at.map((i) => examples[i]), folds, opts, lang, 'inner');
    inner.push(new Map(at.map((i, j) => [i, logits[j]])));
  }
  return { folds, outer, inner };
}

/**
 * Out-of-fold probabilities of the whole two-stage model: for outer fold f, stage 2 is fit on
 * the inner out-of-fold logits of the other folds' examples, then scores fold f's examples from
 * the logits of the stage-1 model trained on those other folds.
 */
export function crossValidateContext(examples: Example[], nested: NestedLogits, opts: ContextOptions = DEFAULT_CONTEXT_OPTIONS): number[][] {
  const { folds, outer, inner } = nested;
  const scores: number[][] = examples.map(() => []);
  const outerRows = contextRows(examples, outer);
  for (let f = 0; f < folds; f++) {
    const at = [...inner[f].keys()];
    const train = at.map((i) => examples[i]);
    const rows = contextRows(train, at.map((i) => inner[f].get(i)!));
    const w = fitContext(rows, train.map((e) => e.y), opts);
    const test = examples.map((e, i) => (foldOf(e.group, folds) === f ? i : -1)).filter((i) => i >= 0);
    const probs = scoreContextRows(w, test.map((i) => outerRows[i]));
    test.forEach((i, j) => (scores[i] = probs[j]));
  }
  return scores;
}

/**
 * Thresholds favour precision (F0.5): a reply has about five sentences, so a sentence-level false
 * flag rate compounds at reply level, and a false flag costs the agent's trust more than a miss.
 */
export const THRESHOLD_BETA = 0.5;

/** Per category: the threshold with the best F-beta on out-of-fold scores, and its figures. */
export function pickThresholds(examples: Example[], scores: number[][], beta = THRESHOLD_BETA): CategoryFigures[] {
  return MODEL_CATEGORIES.map((_, c) => {
    let best: CategoryFigures = { p: 0, r: 0, f1: 0, threshold: 0.5, n: 0 };
    let bestF = -1;
    const n = examples.filter((e) => e.y[c]).length;
    for (let t = 0.1; t <= 0.951; t += 0.025) {
      let tp = 0, fp = 0, fn = 0;
      examples.forEach((e, i) => {
        const pred = scores[i][c] >= t;
        if (pred && e.y[c]) tp++;
        else if (pred) fp++;
        else if (e.y[c]) fn++;
      });
      const p = tp + fp ? tp / (tp + fp) : 1;
      const r = tp + fn ? tp / (tp + fn) : 1;
      const fb = p + r ? ((1 + beta * beta) * p * r) / (beta * beta * p + r) : 0;
      if (fb > bestF) {
        bestF = fb;
        best = { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, threshold: Number(t.toFixed(3)), n };
      }
    }
    return best;
  });
}

export { PACKS } from '../rules';
export { readRecords } from './data';
