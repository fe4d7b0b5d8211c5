/**
 * The tone model at run time: a multi-label logistic regression over hashed sentence features
 * (lib/model/features.ts), stored compactly (sorted buckets as delta varints, int8 weights with
 * a scale per category) and decoded once when the language pack loads. Pure: no DOM, no I/O.
 */
import { featuresFor, hanText, HASH_BITS, tokens, type Context, type Features, type SentenceFeatures } from './features';
import { contextScore, validateContext, NO_NEIGHBOURS, type ContextWeights, type Neighbours } from './context';

/** Words whose summed weights a scorer keeps (lib/model/model.ts `wordSum`). */
const MAX_WORD_SUMS = 50_000;

export const MODEL_FORMAT = 'reply-coach-tone-model';

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: 1;
  lang: string;
  /** SHA-256 of the training data the model was trained on (the stale-model test compares it). */
  dataHash: string;
  categories: string[];
  /** Base64 of the sorted bucket ids, each as the varint of its difference to the previous one. */
  buckets: string;
  /** Base64 of int8 weights, `categories.length` per bucket; weight = q × scale[c]. */
  weights: string;
  scale: number[];
  /** Probability above which a sentence is flagged, per category (from cross-validation). */
  thresholds: number[];
  trainedOn: { replies: number; sentences: number };
  /**
   * The second stage (lib/model/context.ts): per category, a logistic regression over the
   * sentence's logits and its paragraph neighbours'. Absent (older files, `--no-context`): a
   * sentence's probability is the sigmoid of its own logit, and `thresholds` apply to that.
   */
  context?: ContextWeights;
  cv?: unknown;
  curve?: unknown;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}

export function decodeBase64(s: string): Uint8Array {
  // The platform's own decoders are many times faster than the loop below, which a cold service
  // worker or CLI would run over the whole model before its first check. Node's Buffer skips
  // characters outside the alphabet instead of failing, so its output is trusted only at the
  // exact length; anything else goes to the loop, which names the bad character.
  const native = (Uint8Array as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) {
    try {
      return native(s);
    } catch {
      // Not valid base64: the loop below says where.
    }
  }
  const NodeBuffer = (globalThis as { Buffer?: { from(s: string, enc: 'base64'): Uint8Array } }).Buffer;
  const padding = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  if (NodeBuffer && s.length % 4 === 0) {
    const b = NodeBuffer.from(s, 'base64');
    if (b.length === (s.length / 4) * 3 - padding) return new Uint8Array(b.buffer, b.byteOffset, b.length);
  }
  if (typeof atob === 'function' && /^[A-Za-z0-9+/]*={0,2}$/.test(s) && s.length % 4 === 0) {
    const bin = atob(s);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64.indexOf(clean[i]);
    if (v < 0) throw new Error(`tone model: bad base64 at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out;
}

export function encodeBuckets(ids: ArrayLike<number>): string {
  const bytes: number[] = [];
  let prev = 0;
  for (let i = 0; i < ids.length; i++) {
    let d = ids[i] - prev;
    prev = ids[i];
    do {
      let b = d & 127;
      d >>>= 7;
      if (d) b |= 128;
      bytes.push(b);
    } while (d);
  }
  return encodeBase64(Uint8Array.from(bytes));
}

function decodeBuckets(s: string): Int32Array {
  const bytes = decodeBase64(s);
  // At most one bucket per byte.
  const out = new Int32Array(bytes.length);
  let n = 0;
  let prev = 0;
  for (let i = 0; i < bytes.length; ) {
    let d = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++];
      d |= (b & 127) << shift;
      shift += 7;
    } while (b & 128);
    prev += d;
    out[n++] = prev;
  }
  return out.subarray(0, n);
}

export class ToneModel {
  readonly categories: readonly string[];
  readonly thresholds: readonly number[];
  readonly dataHash: string;
  /** The second stage, or null: each sentence is then read on its own. */
  readonly context: ContextWeights | null;
  /** The model's language's features (its word classes): the ones it was trained on. */
  private readonly features: Features;
  /**
   * One bit per bucket of the hash space: most of a sentence's features are not in the model,
   * and a 128 KB bitmap answers that from cache, before any search of the bucket list.
   */
  private readonly present: Uint32Array;
  /** The model's buckets, ascending: a present bucket's index, found by binary search, locates its weights. */
  private readonly ids: Int32Array;
  /** The int8 weights as stored, `categories.length` per bucket, and each category's scale. */
  private readonly q: Int8Array;
  private readonly scale: Float64Array;
  private readonly wordSums = new Map<string, Float64Array | null>();

  constructor(file: ModelFile) {
    if (file.format !== MODEL_FORMAT || file.version !== 1) throw new Error(`tone model: unknown format ${file.format} v${file.version}`);
    this.categories = file.categories;
    this.thresholds = file.thresholds;
    this.dataHash = file.dataHash;
    if (file.context) validateContext(file.context, file.categories.length);
    this.context = file.context ?? null;
    this.features = featuresFor(file.lang);
    const ids = (this.ids = decodeBuckets(file.buckets));
    const raw = decodeBase64(file.weights);
    // A view of exactly its bytes: Node's Buffer may sit inside a larger, shared ArrayBuffer.
    const q = (this.q = new Int8Array(raw.buffer, raw.byteOffset, raw.length));
    const k = file.categories.length;
    if (q.length !== ids.length * k) throw new Error(`tone model: ${ids.length} buckets but ${q.length} weights`);
    if (file.scale.length !== k) throw new Error(`tone model: ${file.scale.length} scales for ${k} categories`);
    this.scale = Float64Array.from(file.scale);
    // The weights stay int8, scaled where they are read (weight()): this runs on every CLI start
    // and on a cold worker's first check, mostly before the JIT has compiled it, so it is one
    // plain loop over the buckets and nothing per weight.
    const present = (this.present = new Uint32Array(1 << (HASH_BITS - 5)));
    let prev = -1;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (id < 0 || id >= 1 << HASH_BITS) throw new Error(`tone model: bucket ${id} is outside the ${HASH_BITS}-bit hash space`);
      if (id <= prev) throw new Error(`tone model: bucket ${id} repeats or is out of order`);
      prev = id;
      present[id >>> 5] |= 1 << (id & 31);
    }
  }

  /** Offset of a bucket's weights, or -1 when the model does not keep it. */
  private offset(bucket: number): number {
    if ((this.present[bucket >>> 5] & (1 << (bucket & 31))) === 0) return -1;
    const ids = this.ids;
    let lo = 0;
    let hi = ids.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const id = ids[mid];
      if (id === bucket) return mid * this.scale.length;
      if (id < bucket) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The weight at `at` (an offset plus a category `c`), as float32, exactly as the model was always read. */
  private weight(at: number, c: number): number {
    return Math.fround(this.q[at] * this.scale[c]);
  }

  /** First-stage logit per category for one sentence's feature buckets. */
  logitsBuckets(buckets: readonly number[]): Float64Array {
    const k = this.categories.length;
    const z = new Float64Array(k);
    for (const b of buckets) this.add(z, b);
    return z;
  }

  /** First-stage probability per category for one sentence's feature buckets (no context). */
  scoreBuckets(buckets: readonly number[]): number[] {
    return sigmoids(this.logitsBuckets(buckets));
  }

  /**
   * First-stage logits from a sentence's tokens, summing weights as the features are made (no
   * bucket list). Each word's own features (word, prefix, suffix, class) are summed once per word
   * and kept: a sentence then looks up only what depends on the neighbours.
   */
  logitsTokens(t: readonly string[], ctx: Context): Float64Array {
    const k = this.categories.length;
    const z = new Float64Array(k);
    this.features.each(t, ctx, (b) => this.add(z, b), false, false);
    for (const w of t) {
      const sum = this.wordSum(w);
      if (sum) for (let c = 0; c < k; c++) z[c] += sum[c];
    }
    return z;
  }

  /** First-stage probability per category from a sentence's tokens (the sentence on its own). */
  scoreTokens(t: readonly string[], ctx: Context): number[] {
    return sigmoids(this.logitsTokens(t, ctx));
  }

  /**
   * Probability per category of a sentence read in its paragraph: the second stage over its
   * logits and its neighbours' when the model has one, else the sigmoid of its own logits.
   */
  inContext(own: ArrayLike<number>, near: Neighbours = NO_NEIGHBOURS): number[] {
    return this.context ? contextScore(this.context, own, near) : sigmoids(own);
  }

  /** Adds bucket `b`'s weights to `z`. */
  private add(z: number[] | Float64Array, b: number): void {
    const at = this.offset(b);
    if (at >= 0) for (let c = 0; c < z.length; c++) z[c] += this.weight(at + c, c);
  }

  /** A word's own features' weights, summed (null: none is in the model). */
  private wordSum(w: string): Float64Array | null {
    let sum = this.wordSums.get(w);
    if (sum === undefined) {
      const z = new Array<number>(this.categories.length).fill(0);
      let any = false;
      this.features.eachWord(w, (b) => {
        if (this.offset(b) >= 0) any = true;
        this.add(z, b);
      });
      sum = any ? Float64Array.from(z) : null;
      // A day's vocabulary is a few thousand words; a pathological reply of random tokens must not grow this without end.
      if (this.wordSums.size >= MAX_WORD_SUMS) this.wordSums.clear();
      this.wordSums.set(w, sum);
    }
    return sum;
  }

  /** A sentence's features as this model reads them (its language's word classes). */
  featurize(sentence: string, ctx: Context): SentenceFeatures {
    return this.features.ofTokens(tokens(sentence), ctx);
  }

  /** A sentence's first-stage probabilities, read on its own (no neighbours). */
  score(sentence: string, ctx: Context): number[] {
    return this.scoreBuckets(this.featurize(sentence, ctx).buckets);
  }

  /** The words that weighed most toward category `c` in this sentence, strongest first. */
  why(sentence: string, ctx: Context, c: number, limit = 3): string[] {
    return this.whyOf(this.featurize(sentence, ctx), c, limit, sentence);
  }

  /** The same from the sentence's tokens (`tokens()` of `sentence`). */
  whyOfTokens(t: readonly string[], ctx: Context, c: number, sentence: string, limit = 3): string[] {
    return this.whyOf(this.features.ofTokens(t, ctx), c, limit, sentence);
  }

  /** The same, from features already computed. */
  whyOf({ buckets, words }: { buckets: readonly number[]; words: readonly string[] }, c: number, limit = 3, sentence = ''): string[] {
    const byWord = new Map<string, number>();
    buckets.forEach((b, i) => {
      const w = words[i];
      if (!w || w.startsWith('<')) return;
      const at = this.offset(b);
      if (at < 0) return;
      byWord.set(w, (byWord.get(w) ?? 0) + this.weight(at + c, c));
    });
    // A Han n-gram is named by its characters only where they stand together in the sentence (not across "，"),
    // and then by the whole words it falls in ("自行", not "行"); the sentence is cut into words once.
    let cuts: number[] | null | undefined;
    const whole = (w: string) => wholeWordsAround(sentence, w, (cuts ??= wordCuts(sentence)));
    const ranked = [...new Set([...byWord]
      .filter(([w, v]) => v > 0.05 && (!hanText(w) || Array.from(w).length < 2 || sentence.includes(w)))
      .sort((a, b) => b[1] - a[1])
      .map(([w]) => (hanText(w) ? whole(w) : w)))];
    // A Han character or n-gram inside a longer one that also weighed is named by the longer one ("條款", not "條").
    const inLonger = (w: string) => hanText(w) && ranked.some((k) => k.length > w.length && hanText(k) && k.includes(w));
    return ranked.filter((w) => !inLonger(w)).slice(0, limit);
  }
}

let hanWords: Intl.Segmenter | null | undefined;

/** Where Intl.Segmenter's words of `sentence` start and end, in order; null without a segmenter. */
function wordCuts(sentence: string): number[] | null {
  hanWords ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh-Hant', { granularity: 'word' }) : null;
  if (!hanWords) return null;
  const cuts = [0];
  for (const { index, segment } of hanWords.segment(sentence)) cuts.push(index + segment.length);
  return cuts;
}

/**
 * The whole words of `sentence` (between `cuts`) that its first `w` falls in: a reader sees
 * "自行" and "上有寫", not the "行" or "有寫" the model weighed. `w` itself where it is not in the
 * sentence or there is no segmenter.
 */
function wholeWordsAround(sentence: string, w: string, cuts: number[] | null): string {
  const at = sentence.indexOf(w);
  if (at < 0 || !cuts) return w;
  const start = cuts.findLast((c) => c <= at) ?? at;
  const end = cuts.find((c) => c >= at + w.length) ?? at + w.length;
  return sentence.slice(start, end);
}

function sigmoids(z: ArrayLike<number>): number[] {
  const out = new Array<number>(z.length);
  for (let c = 0; c < z.length; c++) out[c] = 1 / (1 + Math.exp(-z[c]));
  return out;
}
