/**
 * The tone model's second stage: per category, a small logistic regression that reads a
 * sentence's first-stage logits beside its neighbours' in the same paragraph. A polite paragraph
 * around a borderline sentence lowers its score; a sentence next to another problem rises. Pure
 * and tiny: `CONTEXT_INPUTS` multiply-adds per category per sentence, no DOM, no I/O.
 *
 * The inputs, in order (K = the model's categories, 6):
 *   own logits (K) · previous sentence's logits (K) + "no previous" (1) · next sentence's logits
 *   (K) + "no next" (1) · the highest logit per category of the paragraph's OTHER sentences (K)
 *   + "alone in its paragraph" (1).
 * An absent neighbour reads as logits of 0 with its flag set. Logits are clipped to ±LOGIT_CLIP.
 */

/** The input layout's name: a model file whose `context.inputs` differs is refused (v2: clipped at ±6). */
export const CONTEXT_LAYOUT = 'own+prev+next+others-max/v2';

/**
 * Logits beyond this carry no more information, and would let one input dominate. At ±12 a
 * greeting or thank-you beside a plainly defensive sentence (its logits near −10) pulled that
 * sentence a logit or more below its threshold; at ±6 how clean a neighbour is stops counting
 * sooner. Cross-validation: macro F1 0.630 → 0.620, mean precision 0.781 → 0.798.
 */
export const LOGIT_CLIP = 6;

export interface ContextWeights {
  /** The input layout (`CONTEXT_LAYOUT`). */
  inputs: string;
  /** Per category: the bias, then one weight per input (`contextInputCount(K)` of them). */
  weights: number[][];
}

/** What a sentence's second stage reads besides its own logits (null: no such sentence). */
export interface Neighbours {
  prev: ArrayLike<number> | null;
  next: ArrayLike<number> | null;
  /** The highest logit per category of the paragraph's other sentences. */
  others: ArrayLike<number> | null;
}

export const NO_NEIGHBOURS: Neighbours = { prev: null, next: null, others: null };

export function contextInputCount(k: number): number {
  return 4 * k + 3;
}

let scratch = new Float64Array(0);

const clip = (z: number) => (z > LOGIT_CLIP ? LOGIT_CLIP : z < -LOGIT_CLIP ? -LOGIT_CLIP : z);

/** The inputs of one sentence, written into `out` (length `contextInputCount(k)`). */
export function contextInputs(own: ArrayLike<number>, near: Neighbours, k: number, out: Float64Array = new Float64Array(contextInputCount(k))): Float64Array {
  let o = 0;
  for (let c = 0; c < k; c++) out[o++] = clip(own[c]);
  const { prev, next } = near;
  for (let c = 0; c < k; c++) out[o++] = prev ? clip(prev[c]) : 0;
  out[o++] = prev ? 0 : 1;
  for (let c = 0; c < k; c++) out[o++] = next ? clip(next[c]) : 0;
  out[o++] = next ? 0 : 1;
  for (let c = 0; c < k; c++) out[o++] = near.others ? clip(near.others[c]) : 0;
  out[o++] = near.others ? 0 : 1;
  return out;
}

/** Probability per category of one sentence in its paragraph. */
export function contextScore(w: ContextWeights, own: ArrayLike<number>, near: Neighbours): number[] {
  const k = w.weights.length;
  // One buffer for the inputs, reused: this runs on every sentence the agent writes.
  if (scratch.length !== contextInputCount(k)) scratch = new Float64Array(contextInputCount(k));
  const x = contextInputs(own, near, k, scratch);
  const out = new Array<number>(k);
  for (let c = 0; c < k; c++) {
    const wc = w.weights[c];
    let z = wc[0];
    for (let i = 0; i < x.length; i++) z += wc[i + 1] * x[i];
    out[c] = 1 / (1 + Math.exp(-z));
  }
  return out;
}

/**
 * The neighbours of each sentence of a paragraph, from the paragraph's first-stage logits in
 * order. The others' maximum comes from each category's highest and second-highest logit, so a
 * long paragraph costs O(sentences × K).
 */
export function paragraphNeighbours(logits: ReadonlyArray<ArrayLike<number>>): Neighbours[] {
  const n = logits.length;
  if (n === 0) return [];
  const k = logits[0].length;
  const top = new Float64Array(k).fill(-Infinity);
  const second = new Float64Array(k).fill(-Infinity);
  const topAt = new Int32Array(k).fill(-1);
  logits.forEach((z, i) => {
    for (let c = 0; c < k; c++) {
      if (z[c] > top[c]) {
        second[c] = top[c];
        top[c] = z[c];
        topAt[c] = i;
      } else if (z[c] > second[c]) second[c] = z[c];
    }
  });
  return logits.map((_, i) => {
    let others: Float64Array | null = null;
    if (n > 1) {
      others = new Float64Array(k);
      for (let c = 0; c < k; c++) others[c] = topAt[c] === i ? second[c] : top[c];
    }
    return { prev: i > 0 ? logits[i - 1] : null, next: i < n - 1 ? logits[i + 1] : null, others };
  });
}

/** Checks a model file's second stage against its categories; throws with the reason. */
export function validateContext(w: ContextWeights, k: number): void {
  if (w.inputs !== CONTEXT_LAYOUT) throw new Error(`tone model: unknown context layout "${w.inputs}"`);
  if (!Array.isArray(w.weights) || w.weights.length !== k) throw new Error(`tone model: context has ${w.weights?.length} categories, expected ${k}`);
  const want = contextInputCount(k) + 1;
  for (const wc of w.weights) {
    if (!Array.isArray(wc) || wc.length !== want || wc.some((v) => typeof v !== 'number' || !Number.isFinite(v))) throw new Error(`tone model: context weights must be ${want} finite numbers per category`);
  }
}
