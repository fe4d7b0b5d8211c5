#!/usr/bin/env node
/**
 * The blind relabel of the tone training data (data card, "Agreement").
 *   node scripts/relabel.mjs sample [--n 320] [--seed 11]   writes data/tone/<lang>/relabel/sample.jsonl:
 *        random sentences of the agent's own text with their reply as context, and no labels
 *   node scripts/relabel.mjs agree                          compares relabel/second-writer.jsonl
 *        (one {"sid","labels":[…]} per sample line, labeled without seeing ours) with our labels
 */
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { scriptArgs, allChecks, langCheck, intCheck } from './lib/args.mjs';
import { importTs, root } from './lib/load-ts.mjs';
import { rng } from './lib/stats.mjs';

const USAGE = 'Usage: node scripts/relabel.mjs sample|agree [--lang en|fr|sv|zh] [--n 320] [--seed 11]';
const { values, positionals } = scriptArgs(USAGE, {
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'en' }, n: { type: 'string', default: '320' }, seed: { type: 'string', default: '11' } },
}, allChecks(langCheck(), intCheck(['n', 'seed'], 0), (_v, pos) => (['sample', 'agree'].includes(pos[0]) ? undefined : `expected a command, sample or agree${pos[0] ? `, not ${pos[0]}` : ''}`)));
const dir = resolve(root, 'data/tone', values.lang);
const data = await importTs('lib/model/data.ts');
const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
const { records } = data.readRecords(files.map((f) => ({ file: f, text: readFileSync(resolve(dir, f), 'utf8') })), values.lang);
const sentences = records.flatMap((r) => data.labeledSentences(r).map((s) => ({ ...s, context: r.text })));
const samplePath = resolve(dir, 'relabel/sample.jsonl');
const keyOf = (s) => `${s.recordId}@${s.start}`;

if (positionals[0] === 'sample') {
  const rand = rng(Number(values.seed));
  const pool = [...sentences];
  const picked = [];
  const n = Number(values.n);
  while (picked.length < n && pool.length) picked.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
  mkdirSync(dirname(samplePath), { recursive: true }); // a language's first relabel has no folder yet
  writeFileSync(samplePath, picked.map((s, i) => JSON.stringify({ sid: `s${String(i + 1).padStart(3, '0')}`, key: keyOf(s), sentence: s.text, reply: s.context })).join('\n') + '\n');
  console.log(`wrote ${picked.length} sentences to ${samplePath}`);
} else {
  // agree (scriptArgs accepts no other command)
  const second = resolve(dir, 'relabel/second-writer.jsonl');
  if (!existsSync(second)) throw new Error(`${second} is missing: the second writer's labels`);
  const byKey = new Map(sentences.map((s) => [keyOf(s), s]));
  const sample = readFileSync(samplePath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const theirs = new Map(readFileSync(second, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => [r.sid, r.labels]));
  const pairs = [];
  for (const s of sample) {
    const ours = byKey.get(s.key);
    if (!ours || !theirs.has(s.sid)) continue;
    pairs.push({ a: ours.labels, b: theirs.get(s.sid) });
  }
  const kappa = (xs) => {
    const n = xs.length;
    const po = xs.filter(([a, b]) => a === b).length / n;
    const pa = xs.filter(([a]) => a).length / n;
    const pb = xs.filter(([, b]) => b).length / n;
    const pe = pa * pb + (1 - pa) * (1 - pb);
    return { po, k: pe === 1 ? 1 : (po - pe) / (1 - pe), pos: xs.filter(([a, b]) => a || b).length };
  };
  const any = kappa(pairs.map((p) => [p.a.length > 0, p.b.length > 0]));
  console.log(`blind relabel: ${pairs.length} sentences`);
  console.log(`  problem vs clean   agreement ${(100 * any.po).toFixed(1)}%  Cohen's kappa ${any.k.toFixed(2)}`);
  const exact = pairs.filter((p) => JSON.stringify([...p.a].sort()) === JSON.stringify([...p.b].sort())).length;
  console.log(`  same category set  ${(100 * exact / pairs.length).toFixed(1)}%`);
  for (const c of data.MODEL_CATEGORIES) {
    const k = kappa(pairs.map((p) => [p.a.includes(c), p.b.includes(c)]));
    console.log(`  ${c.padEnd(14)} agreement ${(100 * k.po).toFixed(1)}%  kappa ${k.k.toFixed(2)}  (${k.pos} sentences labeled by either)`);
  }
}
