/**
 * Trains the tone model: one-vs-rest logistic regression with AdaGrad over hashed features,
 * deterministic (seeded shuffles, no threads), then pruned to the buckets that carry weight and
 * quantized to int8. Grouped k-fold cross-validation (folds by reply) picks each category's
 * threshold and gives the figures the data card and `npm run eval` print. Node scripts only.
 */
import { featurize, hashFeature, HASH_BITS } from './features';
import { encodeBase64, encodeBuckets, MODEL_FORMAT, ToneModel, type ModelFile } from './model';
import { labeledSentences, MODEL_CATEGORIES, type LabeledRecord } from './data';
import type { CompiledPack } from '../checker/pack';
import { splitBody } from '../checker/segment';

export interface Example {
  group: string;
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
      const ctx = { reason: pack.signals.reason.test(ptext), alternative: pack.signals.alternative.test(ptext), first, last };
      out.push({ group: r.id, buckets: featurize(s.text, ctx, pack.lang).buckets, y: MODEL_CATEGORIES.map((c) => s.labels.includes(c)) });
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
  return { format: MODEL_FORMAT, version: 1, lang: meta.lang, dataHash: meta.dataHash, categories: [...MODEL_CATEGORIES], ...compress(w, opts.maxBuckets), thresholds: meta.thresholds, trainedOn: meta.trainedOn, cv: meta.cv, curve: meta.curve };
}

export interface CategoryFigures {
  p: number;
  r: number;
  f1: number;
  threshold: number;
  n: number;
}

/** Fold of a reply: a hash of its id, so a reply's sentences never sit on both sides. */
export function foldOf(group: string, k: number): number {
  return hashFeature(`fold:${group}`) % k;
}

/** Out-of-fold probabilities for every example (grouped k-fold), each fold's model compressed as shipped; `lang`: the examples' language. */
export function crossValidate(examples: Example[], folds: number, opts: TrainOptions, lang = 'en'): number[][] {
  const scores: number[][] = examples.map(() => []);
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((e) => foldOf(e.group, folds) !== f);
    const model = new ToneModel(modelFrom(fit(train, opts), opts, { lang, dataHash: '', thresholds: [], trainedOn: { replies: 0, sentences: 0 } }));
    examples.forEach((e, i) => {
      if (foldOf(e.group, folds) === f) scores[i] = model.scoreBuckets(e.buckets);
    });
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
