// Small statistics for the eval: Wilson intervals for proportions, a seeded bootstrap for F1,
// and a fixed split of the dev corpus into an open and a sealed half.

/** 95% Wilson score interval of k successes in n trials, as [low, high]. */
export function wilson(k, n) {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}

/** mulberry32: a tiny seeded generator, so every run prints the same intervals. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** 95% bootstrap interval of F1 over items [{pred, gold}] (1000 resamples, fixed seed). */
export function bootstrapF1(items, seed = 7) {
  if (!items.length) return [0, 0];
  const rand = rng(seed);
  const scores = [];
  for (let b = 0; b < 1000; b++) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < items.length; i++) {
      const it = items[Math.floor(rand() * items.length)];
      if (it.pred && it.gold) tp++;
      else if (it.pred) fp++;
      else if (it.gold) fn++;
    }
    scores.push(f1(tp + fp ? tp / (tp + fp) : 1, tp + fn ? tp / (tp + fn) : 1));
  }
  scores.sort((a, b) => a - b);
  return [scores[24], scores[974]];
}

/** FNV-1a of the id: even → the open half (misses may be read), odd → the sealed half (figures only). */
export function half(id) {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'open' : 'sealed';
}

export const fmt = (x) => x.toFixed(3);
export const ci = ([lo, hi]) => `[${lo.toFixed(2)}–${hi.toFixed(2)}]`;
