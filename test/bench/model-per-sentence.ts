/**
 * The tone model's own cost per sentence (issue 9: ≤ 25 µs), apart from the rules and rewrites
 * check() also runs: tokens, first-stage features and logits, and the context stage beside the
 * sentence's paragraph neighbours, as lib/checker/analyze.ts reads a paragraph. Loaded by
 * check-bench.mjs through scripts/lib/load-ts.mjs.
 */
import { PACKS } from '../../lib/rules';
import { splitSentences } from '../../lib/checker/segment';
import { tokens } from '../../lib/model/features';
import { paragraphNeighbours } from '../../lib/model/context';

/** Median microseconds per sentence over `rounds` passes of every paragraph of `text`, in `lang`. */
export function modelMicrosPerSentence(text: string, lang: 'en' | 'fr' | 'sv' | 'zh', rounds: number): { perSentence: number; sentences: number } {
  const scorer = PACKS[lang]!.model!.scorer;
  const paragraphs = text.split(/\n{2,}/).map((p) => splitSentences(p).map((s) => s.text));
  const sentences = paragraphs.reduce((n, p) => n + p.length, 0);
  const pass = () => {
    let sink = 0;
    for (const para of paragraphs) {
      const logits = para.map((s, i) => scorer.logitsTokens(tokens(s), { reason: false, alternative: false, first: i === 0, last: i === para.length - 1 }));
      const near = scorer.context ? paragraphNeighbours(logits) : null;
      logits.forEach((z, i) => (sink += scorer.inContext(z, near?.[i])[0]));
    }
    return sink;
  };
  // Warm the JIT first, as the other rows do: a cold process is measured apart.
  for (let i = 0; i < 20; i++) pass();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    pass();
    times.push(((performance.now() - t0) * 1000) / sentences);
  }
  times.sort((a, b) => a - b);
  return { perSentence: times[Math.floor(times.length / 2)], sentences };
}
