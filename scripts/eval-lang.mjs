#!/usr/bin/env node
/**
 * Measures the language guess on the repository's detection test set (data/lang-detect/*.jsonl,
 * one `{"text","lang"}` a line: mostly one short sentence or a two-line reply, in the supported
 * languages and in the near neighbours that must not be taken for them).
 *
 *   node scripts/eval-lang.mjs [--misses]
 *
 * Prints each language's accuracy, how often each neighbour was taken for a supported language
 * (the reply would be coached with the wrong rules), and the confusion matrix (rows: the true
 * language, columns: the guess). Targets: ≥ 0.97 on each supported language, ≤ 2% of any
 * neighbour taken for a supported language. --misses lists every wrong guess.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { importTs, root } from './lib/load-ts.mjs';

const SUPPORTED = ['en', 'fr', 'sv', 'zh'];
const dir = resolve(root, 'data/lang-detect');
const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) =>
    readFileSync(resolve(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l)),
  );
const { detectLang } = await importTs('lib/checker/lang.ts');

const truth = [...new Set(rows.map((r) => r.lang))].sort((a, b) => Number(!SUPPORTED.includes(a)) - Number(!SUPPORTED.includes(b)) || a.localeCompare(b));
const matrix = new Map(truth.map((l) => [l, new Map()]));
const misses = [];
for (const r of rows) {
  const got = detectLang(r.text);
  const row = matrix.get(r.lang);
  row.set(got, (row.get(got) ?? 0) + 1);
  if (got !== r.lang) misses.push(`${r.lang} → ${got}: ${JSON.stringify(r.text)}`);
}
const guesses = [...new Set([...truth, ...[...matrix.values()].flatMap((m) => [...m.keys()])])];

const pad = (s, n) => String(s).padEnd(n);
const rpad = (s, n) => String(s).padStart(n);
let failed = 0;
console.log(`language detection on data/lang-detect (${rows.length} texts)`);
for (const l of truth) {
  const m = matrix.get(l);
  const n = [...m.values()].reduce((a, b) => a + b, 0);
  const right = m.get(l) ?? 0;
  const acc = right / n;
  if (SUPPORTED.includes(l)) {
    const ok = acc >= 0.97;
    if (!ok) failed++;
    console.log(`  ${pad(l, 8)} accuracy ${acc.toFixed(3)} (${right}/${n})  target ≥ 0.97 ${ok ? 'met' : 'MISSED'}`);
  } else {
    const taken = SUPPORTED.reduce((a, s) => a + (m.get(s) ?? 0), 0);
    const ok = taken / n <= 0.02;
    if (!ok) failed++;
    console.log(`  ${pad(l, 8)} accuracy ${acc.toFixed(3)} (${right}/${n})  taken for a supported language ${(taken / n).toFixed(3)} (${taken}/${n})  target ≤ 0.02 ${ok ? 'met' : 'MISSED'}`);
  }
}
console.log('\n  confusion (rows: true language, columns: guess)');
console.log(`  ${pad('', 8)}${guesses.map((g) => rpad(g, 8)).join('')}`);
for (const l of truth) console.log(`  ${pad(l, 8)}${guesses.map((g) => rpad(matrix.get(l).get(g) ?? '·', 8)).join('')}`);
console.log(failed ? `\n  ${failed} target(s) missed` : '\n  all targets met');
if (process.argv.includes('--misses') && misses.length) console.log(`\n  misses:\n    ${misses.join('\n    ')}`);
