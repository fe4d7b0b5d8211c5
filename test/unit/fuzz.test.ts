import { describe, expect, it } from 'vitest';
import { check, clearCache } from '../../lib/checker';

/** Small deterministic PRNG so a failure reproduces. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const PIECES = [
  'calm down', 'As I already explained', 'not our fault', 'we cannot refund', 'per our policy', 'DO NOT', '!!!', '?!',
  'you should have', 'it’s just a', '> quoted', 'On Mon, Ana wrote:', '-- ', 'Best,', '[reason]', '[x](y)', '😀', '👍🏽', '\r\n',
  '\n\n', '\n', ' ', '.', ',', '’', "'", 'FAQ', 'IBAN', '2FA', 'ÉTÉ', '您好', 'ß', '\u0000', '\uD800', '\uDFFF', '\t', '…', '""',
  'I understand, but', 'because you', 'If you had read', 'the wrong', 'yourself', 'Thousands of customers', 'no', 'No.',
];

function randomText(next: () => number): string {
  const n = Math.floor(next() * 40);
  let out = '';
  for (let i = 0; i < n; i++) {
    const r = next();
    if (r < 0.6) out += PIECES[Math.floor(next() * PIECES.length)];
    else if (r < 0.8) out += String.fromCharCode(Math.floor(next() * 0x3000));
    else out += ' word ';
  }
  return out;
}

describe('check() on random and adversarial input', () => {
  it('never throws and always returns valid offsets (10,000 strings)', () => {
    const next = rng(42);
    for (let i = 0; i < 10_000; i++) {
      const text = randomText(next);
      const r = check(text);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(100);
      for (const f of r.findings) {
        if (!(f.start >= 0 && f.end <= text.length && f.start < f.end && text.slice(f.start, f.end) === f.text)) {
          throw new Error(`bad offsets for ${JSON.stringify(text)}: ${JSON.stringify(f)}`);
        }
      }
    }
  });

  it('stays fast on 100 KB of pathological text (repeated triggers, nested quotes, caps runs)', () => {
    const cases = [
      'CALM DOWN!!! As I already explained, we cannot refund. > > > nested\n'.repeat(1600),
      '>'.repeat(100_000),
      'A'.repeat(100_000),
      'no '.repeat(34_000),
      'you should have '.repeat(6_500),
      '[reason'.repeat(15_000),
      '!?'.repeat(50_000),
      `${'word '.repeat(20_000)}`,
    ].map((t) => t.slice(0, 100_000));
    for (const text of cases) {
      clearCache();
      const t0 = performance.now();
      const r = check(text);
      const ms = performance.now() - t0;
      // The benchmark holds the real budget (50 ms); this only catches blow-ups on a busy machine.
      expect(ms, `${JSON.stringify(text.slice(0, 30))} took ${ms.toFixed(0)} ms`).toBeLessThan(1500);
      expect(r.findings.every((f) => text.slice(f.start, f.end) === f.text)).toBe(true);
    }
  });

  it('checks a 1 MB reply without hanging', () => {
    const text = 'Thanks for writing in. Our system is working perfectly. I will update you tomorrow.\n\n'.repeat(12_000);
    const t0 = performance.now();
    const r = check(text);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.findings.length).toBeGreaterThan(0);
  });
});
