#!/usr/bin/env node
/**
 * Validates and counts the tone training data (data/tone/<lang>/*.jsonl).
 * Usage: node scripts/data-stats.mjs [--lang en] [--strict] [FILE ...]
 * Prints per category: spans, subtle spans (no built-in rule finding overlaps them), and per file
 * and domain the replies, the agent's own sentences, clean sentences and hard negatives; lists
 * every malformed record and every near-duplicate sentence. Exit 1 on a malformed record, or
 * with --strict when near-duplicates exceed the cap in the data card.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { scriptArgs, langCheck } from './lib/args.mjs';
import { importTs, root } from './lib/load-ts.mjs';

const USAGE = 'Usage: node scripts/data-stats.mjs [--lang en|fr|sv|zh] [--strict] [--quiet] [FILE ...]';
const { values, positionals } = scriptArgs(USAGE, {
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'en' }, strict: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } },
}, langCheck());
const dir = resolve(root, 'data/tone', values.lang);
const files = positionals.length ? positionals.map((f) => resolve(f)) : readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => resolve(dir, f));
const data = await importTs('lib/model/data.ts');
const { check } = await importTs('lib/checker/index.ts');

const { records, errors } = data.readRecords(files.map((f) => ({ file: f, text: readFileSync(f, 'utf8') })), values.lang);
for (const e of errors) console.error(`${e.file}:${e.line}: ${e.message}`);

const cats = data.MODEL_CATEGORIES;
const perCat = Object.fromEntries(cats.map((c) => [c, { spans: 0, subtle: 0 }]));
const perDomain = new Map();
const perFile = new Map();
let sentences = 0, clean = 0, hard = 0, flaggedReplies = 0, shouting = 0;
const seen = new Map();
const dups = [];
for (const r of records) {
  const sents = data.labeledSentences(r);
  sentences += sents.length;
  const nClean = sents.filter((s) => s.labels.length === 0).length;
  clean += nClean;
  const nHard = sents.filter((s) => s.hard).length;
  hard += nHard;
  if (r.labels.length) flaggedReplies++;
  const d = perDomain.get(r.domain) ?? { replies: 0, spans: 0 };
  d.replies++;
  d.spans += r.spans.length;
  perDomain.set(r.domain, d);
  const f = perFile.get(r.file) ?? { replies: 0, sentences: 0, spans: 0, hard: 0 };
  f.replies++; f.sentences += sents.length; f.spans += r.spans.length; f.hard += nHard;
  perFile.set(r.file, f);
  const findings = check(r.text, { lang: values.lang }).findings.filter((x) => !x.ruleId.includes('.model.') && !x.ruleId.startsWith('custom:'));
  for (const s of r.spans) {
    if (s.cat === 'shouting') { shouting++; continue; }
    const c = perCat[s.cat];
    c.spans++;
    if (!findings.some((x) => x.start < s.end && x.end > s.start && x.severity !== 'info')) c.subtle++;
  }
  for (const s of sents) {
    const key = data.normalizeSentence(s.text);
    if (key.split(' ').length < 5) continue; // greetings and sign-offs repeat by nature
    const prev = seen.get(key);
    if (prev) dups.push({ a: prev, b: `${r.id}`, text: s.text });
    else seen.set(key, r.id);
  }
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(0)}%` : '-');
console.log(`tone data (${values.lang}): ${records.length} replies (${flaggedReplies} flagged), ${sentences} sentences, ${clean} clean (${hard} hard negatives), ${files.length} files`);
console.log('\ncategory       spans  subtle');
for (const c of cats) console.log(`${c.padEnd(14)} ${String(perCat[c].spans).padStart(5)}  ${String(perCat[c].subtle).padStart(5)} (${pct(perCat[c].subtle, perCat[c].spans)})`);
if (shouting) console.log(`shouting       ${String(shouting).padStart(5)}  (a detector, not learned)`);
console.log(`\n${perDomain.size} domains:`);
for (const [d, v] of [...perDomain].sort()) console.log(`  ${d.padEnd(24)} ${String(v.replies).padStart(4)} replies ${String(v.spans).padStart(4)} spans`);
if (!values.quiet) {
  console.log('\nfiles:');
  for (const [f, v] of perFile) console.log(`  ${f.replace(root + '/', '').padEnd(40)} ${String(v.replies).padStart(4)} replies ${String(v.sentences).padStart(5)} sentences ${String(v.spans).padStart(4)} spans ${String(v.hard).padStart(4)} hard`);
}
const dupRate = sentences ? dups.length / sentences : 0;
console.log(`\nnear-duplicate sentences (same words after normalizing, ≥ 5 words): ${dups.length} (${(100 * dupRate).toFixed(1)}%, cap ${100 * data.DUPLICATE_CAP}%)`);
if (!values.quiet) for (const d of dups.slice(0, 40)) console.log(`  ${d.a} / ${d.b}: ${d.text}`);
const devFile = resolve(root, '../shared/corpus/dev.jsonl');
if (existsSync(devFile)) {
  // A guard, not training: no sentence of the evaluation corpus may appear in our data.
  const devKeys = new Set();
  for (const line of [readFileSync(devFile, 'utf8'), existsSync(resolve(root, '../shared/corpus/dev-v1.jsonl')) ? readFileSync(resolve(root, '../shared/corpus/dev-v1.jsonl'), 'utf8') : ''].join('\n').split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    for (const s of data.splitForStats(rec.text)) { const k = data.normalizeSentence(s); if (k.split(' ').length >= 5) devKeys.add(k); }
  }
  const leaks = [];
  for (const r of records) for (const s of data.labeledSentences(r)) if (devKeys.has(data.normalizeSentence(s.text))) leaks.push(`${r.id}: ${s.text}`);
  console.log(`sentences shared with the dev corpus: ${leaks.length}`);
  for (const l of leaks) console.log(`  ${l}`);
  if (leaks.length) process.exitCode = 1;
} else {
  console.log('(dev corpus not found beside the repository: the overlap guard was skipped)');
}
if (errors.length) process.exitCode = 1;
if (values.strict && dupRate > data.DUPLICATE_CAP) process.exitCode = 1;
