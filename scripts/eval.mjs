#!/usr/bin/env node
/**
 * Measures the checker on a labeled corpus (default: ../shared/corpus/dev.jsonl, English).
 * Prints reply-level precision/recall/F1, per-category precision and recall, and every false
 * positive and false negative with its text. Usage: npm run eval -- [--corpus FILE] [--lang en]
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(root, '../shared/corpus/dev.jsonl') },
    lang: { type: 'string', default: 'en' },
    quiet: { type: 'boolean', default: false },
  },
});
const bundle = resolve(root, 'dist/checker.mjs');
if (!existsSync(bundle)) {
  console.error('dist/checker.mjs is missing: run `npm run build:cli` first.');
  process.exit(2);
}
if (!existsSync(values.corpus)) {
  console.error(`No corpus at ${values.corpus}.`);
  console.error('The labeled dev corpus lives in ../shared/corpus beside the repository; pass another with --corpus FILE.');
  process.exit(2);
}
const { check } = await import(bundle);
const CATS = ['blame', 'defensive', 'dismissive', 'condescending', 'refusal', 'policy', 'shouting'];
const rows = readFileSync(values.corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .filter((r) => values.lang === 'all' || r.lang === values.lang);

let tp = 0, fp = 0, fn = 0, tn = 0;
const cat = Object.fromEntries(CATS.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
const fps = [], fns = [];
for (const r of rows) {
  const rep = check(r.text, { lang: r.lang });
  const flagged = rep.findings.filter((f) => f.severity !== 'info');
  const predicted = flagged.length > 0;
  const actual = r.labels.length > 0;
  if (predicted && actual) tp++;
  else if (predicted) { fp++; fps.push({ r, flagged }); }
  else if (actual) { fn++; fns.push({ r, rep }); }
  else tn++;
  const got = new Set(flagged.map((f) => f.category));
  for (const c of CATS) {
    const want = r.labels.includes(c);
    if (want && got.has(c)) cat[c].tp++;
    else if (want) cat[c].fn++;
    else if (got.has(c)) cat[c].fp++;
  }
}
const ratio = (a, b) => (b === 0 ? 1 : a / b);
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const P = ratio(tp, tp + fp), R = ratio(tp, tp + fn);
console.log(`corpus: ${values.corpus} (${rows.length} replies, lang ${values.lang})`);
console.log(`reply level: precision ${P.toFixed(3)}  recall ${R.toFixed(3)}  F1 ${f1(P, R).toFixed(3)}  (tp ${tp} fp ${fp} fn ${fn} tn ${tn})`);
console.log('per category:            precision  recall   F1    (tp/fp/fn)');
for (const c of CATS) {
  const k = cat[c];
  const p = ratio(k.tp, k.tp + k.fp), rc = ratio(k.tp, k.tp + k.fn);
  console.log(`  ${c.padEnd(14)}          ${p.toFixed(3)}     ${rc.toFixed(3)}   ${f1(p, rc).toFixed(3)}  (${k.tp}/${k.fp}/${k.fn})`);
}
if (!values.quiet) {
  console.log(`\nfalse positives (${fps.length}):`);
  for (const { r, flagged } of fps) {
    console.log(`  ${r.id}: ${JSON.stringify(r.text.slice(0, 240))}`);
    for (const f of flagged) console.log(`      ${f.ruleId} ${JSON.stringify(f.text)}`);
  }
  console.log(`\nfalse negatives (${fns.length}):`);
  for (const { r } of fns) console.log(`  ${r.id} [${r.labels.join(',')}]: ${JSON.stringify(r.text.slice(0, 240))}`);
  console.log('\ncategory misses (labeled category not found, reply otherwise flagged or not):');
  for (const r of rows) {
    const rep = check(r.text, { lang: r.lang });
    const got = new Set(rep.findings.filter((f) => f.severity !== 'info').map((f) => f.category));
    const miss = r.labels.filter((c) => !got.has(c));
    const extra = [...got].filter((c) => CATS.includes(c) && !r.labels.includes(c) && r.labels.length);
    if (miss.length || extra.length) console.log(`  ${r.id} missing [${miss}] extra [${extra}]: ${JSON.stringify(r.text.slice(0, 160))}`);
  }
}
