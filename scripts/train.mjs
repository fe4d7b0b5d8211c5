#!/usr/bin/env node
/**
 * Trains the tone model from the project's own data (data/tone/<lang>/*.jsonl) and writes
 * lib/model/<lang>-model.json with the hash of that data.
 *   npm run train -- [--lang en] [--folds 5] [--no-curve] [--no-context]
 * Prints grouped k-fold cross-validation per category (folds by reply) and a learning curve
 * (CV F1 at 25/50/100% of the replies). Deterministic: the same data gives the same file.
 *
 * Two stages (lib/model/context.ts): the sentence model, then per category a small logistic
 * regression over the sentence's logits and its paragraph neighbours', fit on OUT-OF-FOLD
 * first-stage logits. Its figures come from a nested cross-validation: for each outer fold, the
 * second stage is fit on inner out-of-fold logits of the other folds only (a second grouped split
 * of those replies), then scores the outer fold from the first-stage model trained on the other
 * folds. The thresholds are picked on those nested out-of-fold scores. `--no-context` trains the
 * first stage alone (thresholds on its own out-of-fold scores), as before.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scriptArgs, allChecks, langCheck, intCheck } from './lib/args.mjs';
import { importTs, root } from './lib/load-ts.mjs';
import { dataFiles, dataHash } from './lib/data-hash.mjs';

const USAGE = 'Usage: npm run train -- [--lang en|fr|sv|zh] [--folds 5] [--no-curve] [--no-context]';
const { values } = scriptArgs(USAGE, {
  options: { lang: { type: 'string', default: 'en' }, folds: { type: 'string', default: '5' }, 'no-curve': { type: 'boolean', default: false }, 'no-context': { type: 'boolean', default: false } },
}, allChecks(langCheck(), intCheck(['folds'], 2)));
const started = performance.now();
const T = await importTs('lib/model/train.ts');
const dir = resolve(root, 'data/tone', values.lang);
const files = dataFiles(dir);
const { records, errors } = T.readRecords(files.map((f) => ({ file: f.name, text: f.text })), values.lang);
if (errors.length) {
  for (const e of errors) console.error(`${e.file}:${e.line}: ${e.message}`);
  process.exit(1);
}
const pack = T.PACKS[values.lang];
const opts = T.DEFAULT_OPTIONS;
const folds = Number(values.folds);
const examples = T.examplesOf(records, pack);
const cats = ['blame', 'defensive', 'dismissive', 'condescending', 'refusal', 'policy'];
console.log(`training data: ${records.length} replies, ${examples.length} sentences (${values.lang})`);

const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const outerLogits = T.crossValidateLogits(examples, folds, opts, values.lang);
const firstStage = T.pickThresholds(examples, outerLogits.map((z) => Array.from(z, sigmoid)));
const macro = (fs) => fs.reduce((s, f) => s + f.f1, 0) / fs.length;
const meanP = (fs) => fs.reduce((s, f) => s + f.p, 0) / fs.length;

/** Prints one model's cross-validated figures; returns the share of clean sentences it flags. */
function printFigures(title, figures, scores) {
  console.log(`\n${title}`);
  console.log('  category       precision  recall   F1     threshold  spans');
  figures.forEach((f, c) => console.log(`  ${cats[c].padEnd(14)} ${f.p.toFixed(3)}      ${f.r.toFixed(3)}    ${f.f1.toFixed(3)}  ${f.threshold.toFixed(3)}      ${f.n}`));
  // Sentence flagged at all (any category) vs clean, at the chosen thresholds.
  let tp = 0, fp = 0, fn = 0, clean = 0;
  examples.forEach((e, i) => {
    const pred = figures.some((f, c) => scores[i][c] >= f.threshold);
    const gold = e.y.some(Boolean);
    if (!gold) clean++;
    if (pred && gold) tp++;
    else if (pred) fp++;
    else if (gold) fn++;
  });
  console.log(`  any problem    ${(tp / (tp + fp)).toFixed(3)}      ${(tp / (tp + fn)).toFixed(3)}    ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)}   macro F1 ${macro(figures).toFixed(3)}, mean precision ${meanP(figures).toFixed(3)}`);
  console.log(`  clean sentences flagged: ${fp} of ${clean} (${((100 * fp) / clean).toFixed(2)}%)`);
  return fp / clean;
}

const head = `grouped ${folds}-fold cross-validation (folds by reply), sentence level, threshold = best F0.5 out of fold`;
const cleanFirst = printFigures(`${head}; first stage (each sentence on its own)${values['no-context'] ? '' : ', for comparison'}:`, firstStage, outerLogits.map((z) => Array.from(z, sigmoid)));
let figures = firstStage;
let context;
let cleanRate = cleanFirst;
if (!values['no-context']) {
  const nested = T.nestedLogits(examples, folds, opts, values.lang, outerLogits);
  const scores = T.crossValidateContext(examples, nested, T.DEFAULT_CONTEXT_OPTIONS);
  figures = T.pickThresholds(examples, scores);
  cleanRate = printFigures(`${head}; two stages (each sentence beside its paragraph neighbours), nested (stage 2 fit on inner out-of-fold logits of the training folds):`, figures, scores);
  // The shipped second stage: fit on every example's out-of-fold first-stage logits.
  context = T.fitContext(T.contextRows(examples, outerLogits), examples.map((e) => e.y), T.DEFAULT_CONTEXT_OPTIONS);
  console.log(`  context stage: macro F1 ${macro(firstStage).toFixed(3)} → ${macro(figures).toFixed(3)}, mean precision ${meanP(firstStage).toFixed(3)} → ${meanP(figures).toFixed(3)}, clean flagged ${(100 * cleanFirst).toFixed(2)}% → ${(100 * cleanRate).toFixed(2)}%`);
}

const curve = [];
if (!values['no-curve']) {
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  for (const share of [0.25, 0.5]) {
    // A fixed subset of replies (by hash), the same on every run.
    const keep = new Set(groups.filter((g) => T.foldOf(`curve:${g}`, 100) < share * 100));
    const sub = examples.filter((e) => keep.has(e.group));
    const f = T.pickThresholds(sub, T.crossValidate(sub, folds, opts, values.lang));
    curve.push({ share, replies: keep.size, macroF1: Number(macro(f).toFixed(4)), f1: Object.fromEntries(f.map((x, c) => [cats[c], Number(x.f1.toFixed(4))])) });
  }
  curve.push({ share: 1, replies: groups.length, macroF1: Number(macro(firstStage).toFixed(4)), f1: Object.fromEntries(firstStage.map((x, c) => [cats[c], Number(x.f1.toFixed(4))])) });
  console.log('\nlearning curve (CV F1 by share of the replies; first stage alone):');
  console.log(`  share   replies  macro  ${cats.map((c) => c.slice(0, 8).padEnd(8)).join(' ')}`);
  for (const p of curve) console.log(`  ${String(p.share * 100).padStart(3)}%    ${String(p.replies).padStart(5)}    ${p.macroF1.toFixed(3)}  ${cats.map((c) => p.f1[c].toFixed(3).padEnd(8)).join(' ')}`);
}

function byCategory(fs) {
  return Object.fromEntries(fs.map((f, c) => [cats[c], { p: Number(f.p.toFixed(4)), r: Number(f.r.toFixed(4)), f1: Number(f.f1.toFixed(4)), threshold: f.threshold, n: f.n }]));
}

const w = T.fit(examples, opts);
const model = T.modelFrom(w, opts, {
  lang: values.lang,
  dataHash: dataHash(files),
  thresholds: figures.map((f) => f.threshold),
  context,
  trainedOn: { replies: records.length, sentences: examples.length },
  cv: {
    folds,
    ...(context ? { nested: true } : {}),
    categories: byCategory(figures),
    cleanFlagged: Number(cleanRate.toFixed(4)),
    ...(context ? { firstStage: { categories: byCategory(firstStage), cleanFlagged: Number(cleanFirst.toFixed(4)) } } : {}),
  },
  curve,
});
const out = resolve(root, `lib/model/${values.lang}-model.json`);
const json = JSON.stringify(model);
writeFileSync(out, `${json}\n`);
console.log(`\nwrote ${out.replace(`${root}/`, '')} (${(json.length / 1024).toFixed(0)} KB, ${model.dataHash.slice(0, 19)}…) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
