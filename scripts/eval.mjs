#!/usr/bin/env node
/**
 * Measures the checker on the labeled dev corpus beside the repository (../shared/corpus):
 * v2 (realistic replies with `spans`) and v1 (short replies, a regression check).
 *
 *   npm run eval -- [--corpus FILE ...] [--lang en|fr|sv|zh|all (default)] [--quiet] [--rules-only]
 *
 * Per language and category: reply-level precision/recall/F1 and span-level precision/recall,
 * each with its count and 95% interval. v2 is split by id into a fixed open half, whose misses
 * and false flags are printed to learn from, and a sealed half, of which only figures are
 * printed; targets apply to the sealed half. Then the rewrites: every suggestion of every strong
 * finding applied as Apply would, checked by an independent audit (scripts/lib/rewrite-audit.mjs).
 * Then the model's cross-validation on the project's own training data, when a model exists, and
 * finally language detection on data/lang-detect (scripts/eval-lang.mjs).
 */
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs, langCheck, TONE_LANGS } from './lib/args.mjs';
import { wilson, bootstrapF1, half, fmt, ci, f1 } from './lib/stats.mjs';
import { sentenceAround, editsOf, applyEdit, audit, auditRemoval, fillPlaceholders, isRemoval } from './lib/rewrite-audit.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared/corpus');
const USAGE = 'Usage: npm run eval -- [--corpus FILE ...] [--lang en|fr|sv|zh|all (default)] [--quiet] [--rules-only]';
const { values } = scriptArgs(USAGE, {
  options: {
    corpus: { type: 'string', multiple: true },
    // Every language the corpus holds, each with its own figures; or one.
    lang: { type: 'string', default: 'all' },
    quiet: { type: 'boolean', default: false },
    // The rules alone, without the tone model: check(text, { model: false }).
    'rules-only': { type: 'boolean', default: false },
  },
}, langCheck([...TONE_LANGS, 'all']));
const MODEL = values['rules-only'] ? { model: false } : {};
const bundle = resolve(root, 'dist/checker.mjs');
// The eval measures the bundle: one older than the checker's sources (lib/) is rebuilt first, so
// it never reports on code that has since changed.
if (!existsSync(bundle) || newestUnder(resolve(root, 'lib')) > statSync(bundle).mtimeMs) {
  console.error('eval: dist/checker.mjs is missing or older than lib/: rebuilding it (npm run build:cli)…');
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The newest modification time of any file under `dir`. */
function newestUnder(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = resolve(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}
const files = values.corpus ?? [resolve(shared, 'dev.jsonl'), resolve(shared, 'dev-v1.jsonl')];
const missing = files.filter((f) => !existsSync(f));
if (missing.length) {
  console.error(`No corpus at ${missing.join(', ')}.`);
  console.error('The labeled dev corpus lives in ../shared/corpus beside the repository (it is not part of the project);');
  console.error('pass another with --corpus FILE (JSON Lines: id, lang, text, labels, and spans for v2).');
  process.exit(2);
}
const { check } = await import(bundle);
const CATS = ['blame', 'defensive', 'dismissive', 'condescending', 'refusal', 'policy', 'shouting'];
const strong = (f) => f.severity !== 'info';

const pad = (s, n) => String(s).padEnd(n);
const rpad = (s, n) => String(s).padStart(n);

function load(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .filter((r) => values.lang === 'all' || r.lang === values.lang);
}

/** Locates each labeled span in the text (the first occurrence not already taken). */
function locateSpans(r) {
  const taken = [];
  for (const s of r.spans ?? []) {
    let at = r.text.indexOf(s.text);
    while (at >= 0 && taken.some((t) => t.start === at)) at = r.text.indexOf(s.text, at + 1);
    if (at >= 0) taken.push({ ...s, start: at, end: at + s.text.length });
  }
  return taken;
}

function evaluate(rows) {
  const out = { replies: [], spans: { strong: 0, right: 0, total: 0, found: 0, len: 0, multi: 0 }, cat: {} };
  for (const c of CATS) out.cat[c] = { replies: [], spans: 0, found: 0, strong: 0, right: 0 };
  for (const r of rows) {
    const rep = check(r.text, { lang: r.lang, ...MODEL });
    const flagged = rep.findings.filter(strong);
    const gold = r.labels.length > 0;
    out.replies.push({ pred: flagged.length > 0, gold, r, flagged, rep });
    const got = new Set(flagged.map((f) => f.category));
    for (const c of CATS) out.cat[c].replies.push({ pred: got.has(c), gold: r.labels.includes(c) });
    if (!r.spans) continue;
    const spans = locateSpans(r);
    for (const f of flagged) {
      out.spans.strong++;
      out.spans.len += f.end - f.start;
      if (/[.!?]\s+\S/.test(f.text.trim().replace(/\b(?:Mr|Mrs|Ms|Dr|St|e\.g|i\.e|etc|vs|No)\./g, ''))) out.spans.multi++;
      const right = spans.some((s) => s.start < f.end && s.end > f.start);
      if (right) out.spans.right++;
      const k = out.cat[f.category];
      if (k) {
        k.strong++;
        if (spans.some((s) => s.cat === f.category && s.start < f.end && s.end > f.start)) k.right++;
      }
    }
    for (const s of spans) {
      out.spans.total++;
      if (flagged.some((f) => s.start < f.end && s.end > f.start)) out.spans.found++;
      const k = out.cat[s.cat];
      if (k) {
        k.spans++;
        if (flagged.some((f) => f.category === s.cat && s.start < f.end && s.end > f.start)) k.found++;
      }
    }
  }
  return out;
}

function prf(items) {
  let tp = 0, fp = 0, fn = 0;
  for (const it of items) {
    if (it.pred && it.gold) tp++;
    else if (it.pred) fp++;
    else if (it.gold) fn++;
  }
  return { tp, fp, fn, p: tp + fp ? tp / (tp + fp) : 1, r: tp + fn ? tp / (tp + fn) : 1 };
}

function printFigures(title, rows, withSpans) {
  const e = evaluate(rows);
  const a = prf(e.replies);
  console.log(`\n${title}: ${rows.length} replies (${rows.filter((r) => r.labels.length).length} flagged)`);
  console.log(`  reply level   precision ${fmt(a.p)} ${ci(wilson(a.tp, a.tp + a.fp))}  recall ${fmt(a.r)} ${ci(wilson(a.tp, a.tp + a.fn))}  F1 ${fmt(f1(a.p, a.r))} ${ci(bootstrapF1(e.replies))}  (tp ${a.tp} fp ${a.fp} fn ${a.fn})`);
  if (withSpans) {
    const s = e.spans;
    const sp = s.strong ? s.right / s.strong : 1, sr = s.total ? s.found / s.total : 1;
    console.log(`  span level    precision ${fmt(sp)} ${ci(wilson(s.right, s.strong))} (${s.right}/${s.strong})  recall ${fmt(sr)} ${ci(wilson(s.found, s.total))} (${s.found}/${s.total})  mean finding ${s.strong ? (s.len / s.strong).toFixed(0) : 0} chars, ${s.multi} cross a sentence end`);
  }
  console.log(`  ${pad('category', 14)} ${pad('reply P', 20)}${pad('reply R', 20)}${pad('F1', 7)}${withSpans ? `${pad('span R', 24)}span P` : ''}`);
  for (const c of CATS) {
    const k = e.cat[c];
    const m = prf(k.replies);
    const n = m.tp + m.fn;
    if (!n && !m.fp && !k.spans) continue;
    let line = `  ${pad(c, 14)} ${pad(`${fmt(m.p)} ${ci(wilson(m.tp, m.tp + m.fp))}`, 20)}${pad(`${fmt(m.r)} ${ci(wilson(m.tp, n))}`, 20)}${pad(fmt(f1(m.p, m.r)), 7)}`;
    if (withSpans) line += `${pad(`${fmt(k.spans ? k.found / k.spans : 1)} ${ci(wilson(k.found, k.spans))} n=${k.spans}`, 24)}${fmt(k.strong ? k.right / k.strong : 1)} n=${k.strong}`;
    console.log(line);
  }
  return e;
}

function printMisses(e) {
  const fps = e.replies.filter((x) => x.pred && !x.gold);
  const fns = e.replies.filter((x) => !x.pred && x.gold);
  console.log(`\n  false flags (${fps.length}):`);
  for (const { r, flagged } of fps) {
    console.log(`    ${r.id}: ${JSON.stringify(r.text.slice(0, 200))}`);
    for (const f of flagged) console.log(`        ${f.ruleId} ${JSON.stringify(f.text)}`);
  }
  console.log(`\n  missed replies (${fns.length}):`);
  for (const { r } of fns) console.log(`    ${r.id} ${r.spans ? r.spans.map((s) => `[${s.cat}] ${JSON.stringify(s.text)}`).join(' ') : `[${r.labels}] ${JSON.stringify(r.text.slice(0, 160))}`}`);
  console.log('\n  span misses in flagged replies (labeled span with no finding of its category):');
  for (const { r, flagged } of e.replies) {
    if (!r.spans || !flagged.length) continue;
    for (const s of locateSpans(r)) {
      if (!flagged.some((f) => f.category === s.cat && s.start < f.end && s.end > f.start)) console.log(`    ${r.id} [${s.cat}] ${JSON.stringify(s.text)}`);
    }
    for (const f of flagged) {
      if (!locateSpans(r).some((s) => s.start < f.end && s.end > f.start)) console.log(`    ${r.id} extra ${f.ruleId} ${JSON.stringify(f.text)}`);
    }
  }
}

/** Rewrites of every strong finding, applied and audited. */
function rewriteFigures(rows) {
  const t = { findings: 0, rule: 0, withSuggestion: 0, ruleWithSuggestion: 0, candidates: 0, removals: 0, withFacts: 0, factsKept: 0, seams: 0, doubled: 0, apostrophe: 0, reflagged: 0, dropped: 0, previewMismatch: 0 };
  const byCat = {};
  const bad = [];
  for (const r of rows) {
    const rep = check(r.text, { lang: r.lang, audit: true, ...MODEL });
    t.dropped += rep.dropped?.length ?? 0;
    const textStyle = /’/.test(r.text) && !/\p{L}'\p{L}/u.test(r.text) ? 'curly' : /\p{L}'\p{L}/u.test(r.text) && !/’/.test(r.text) ? 'straight' : null;
    for (const f of rep.findings.filter(strong)) {
      if (f.category === 'placeholder') continue;
      t.findings++;
      const isRule = !f.ruleId.includes('.model.') && !f.ruleId.startsWith('custom:');
      if (isRule) t.rule++;
      const c = (byCat[f.category] ??= { findings: 0, withSuggestion: 0 });
      c.findings++;
      const edits = editsOf(f);
      if (edits.length) {
        t.withSuggestion++;
        c.withSuggestion++;
        if (isRule) t.ruleWithSuggestion++;
      }
      const [s0, s1] = sentenceAround(r.text, Math.min(f.start, ...edits.map((x) => x.start)), Math.max(f.end, ...edits.map((x) => x.end)));
      const original = r.text.slice(s0, s1);
      // Emphasis capitals the checker flagged as shouting are not facts to keep.
      const exclude = rep.findings.filter((g) => g.category === 'shouting' && g.start < s1 && g.end > s0).map((g) => [g.start - s0, g.end - s0]);
      for (const edit of edits) {
        t.candidates++;
        const next = applyEdit(r.text, edit);
        const delta = edit.text.length - (edit.end - edit.start);
        const rewritten = next.slice(s0, s1 + delta);
        // A sentence left out has no sentence to preview: it is audited where the text closed up.
        const removal = isRemoval(edit);
        if (removal) t.removals++;
        if (!removal && edit.sentence !== undefined && edit.sentence.trim() !== rewritten.trim()) t.previewMismatch++;
        const problems = removal ? auditRemoval(r.text, edit, { textApostrophe: textStyle, lang: r.lang }) : audit(original, rewritten, { exclude, textApostrophe: textStyle, lang: r.lang });
        const lost = problems.filter((p) => p.startsWith('lost'));
        // For a sentence left out, the facts that count are its own.
        if (/\d|\p{Lu}[\p{Lu}\d-]+|\s\p{Lu}\p{Ll}/u.test(removal ? r.text.slice(edit.start, edit.end).trim() : original)) {
          t.withFacts++;
          if (!lost.length) t.factsKept++;
        }
        if (problems.some((p) => p.startsWith('doubled'))) t.doubled++;
        if (problems.some((p) => !p.startsWith('lost') && !p.startsWith('doubled') && !p.includes('apostrophe'))) t.seams++;
        if (problems.some((p) => p.includes('apostrophe'))) t.apostrophe++;
        // Re-check with the gaps filled; only the words the edit wrote count (another finding of
        // the same category elsewhere in the sentence is its own finding).
        const head = fillPlaceholders(next.slice(0, edit.start), r.lang);
        const mid = fillPlaceholders(edit.text, r.lang);
        const again = check(head + mid + fillPlaceholders(next.slice(edit.start + edit.text.length), r.lang), { lang: r.lang, ...MODEL }).findings.filter(strong);
        const re = again.some((g) => g.category === f.category && g.start < head.length + Math.max(1, mid.length) && g.end > head.length);
        if (re) t.reflagged++;
        if (problems.length || re) bad.push({ id: r.id, ruleId: f.ruleId, original, rewritten, problems: re ? [...problems, 'flagged again'] : problems });
      }
    }
  }
  const pc = (a, b) => `${b ? ((100 * a) / b).toFixed(1) : '100.0'}% (${a}/${b})`;
  console.log(`\nrewrites: ${t.candidates} suggestions on ${t.withSuggestion} of ${t.findings} strong findings (${t.removals} leave the sentence out); the checker's own filter dropped ${t.dropped} candidates`);
  console.log(`  coverage           ${pc(t.ruleWithSuggestion, t.rule)} of rule findings have a suggestion (floor 80%); all findings ${pc(t.withSuggestion, t.findings)}`);
  console.log(`  facts kept         ${pc(t.factsKept, t.withFacts)} of suggestions on sentences with numbers, codes, amounts or names (target ≥ 99%)`);
  console.log(`  flagged again      ${pc(t.reflagged, t.candidates)} in the same category, placeholders filled (target ≤ 3%)`);
  console.log(`  doubled words      ${t.doubled}    broken seams ${t.seams}    apostrophe style changed ${t.apostrophe}    preview ≠ applied ${t.previewMismatch}`);
  console.log(`  by category        ${Object.entries(byCat).map(([c, v]) => `${c} ${v.withSuggestion}/${v.findings}`).join('  ')}`);
  return bad;
}

const all = files.flatMap((f) => load(f).map((r) => ({ ...r, file: f })));
const langs = [...new Set(all.map((r) => r.lang))].sort();
console.log(`corpus: ${files.join(', ')}${values['rules-only'] ? ' — rules only, without the tone model' : ''}`);
for (const lang of langs) {
  const rows = all.filter((r) => r.lang === lang);
  const v2 = rows.filter((r) => Array.isArray(r.spans));
  const v1 = rows.filter((r) => !Array.isArray(r.spans));
  console.log(`\n━━━━━━━━━━ ${lang} ━━━━━━━━━━`);
  if (v2.length) {
    printFigures(`${lang} v2 sealed half (targets apply here)`, v2.filter((r) => half(r.id) === 'sealed'), true);
    const open = printFigures(`${lang} v2 open half`, v2.filter((r) => half(r.id) === 'open'), true);
    if (!values.quiet) printMisses(open);
  }
  if (v1.length) printFigures(`${lang} v1 (regression check, all)`, v1, false);
  const bad = rewriteFigures(rows);
  if (!values.quiet && bad.length) {
    const open = bad.filter((b) => !b.id.startsWith('d2-') || half(b.id) === 'open' || !rows.find((r) => r.id === b.id)?.spans);
    console.log(`  rewrites with problems (open half and v1 only: ${open.length} of ${bad.length}):`);
    for (const b of open.slice(0, 60)) console.log(`    ${b.id} ${b.ruleId}: ${b.problems.join(', ')}\n      ${JSON.stringify(b.original)}\n    → ${JSON.stringify(b.rewritten)}`);
  }
}

// Each language's model, trained on our own data: its cross-validation, from npm run train.
const modelLangs = ['en', 'fr', 'sv', 'zh'].filter((l) => values.lang === 'all' || l === values.lang);
for (const lang of modelLangs) {
  const path = resolve(root, `lib/model/${lang}-model.json`);
  if (!existsSync(path)) {
    console.log(`\n(${lang}: no trained model yet — \`npm run train -- --lang ${lang}\` makes one)`);
    continue;
  }
  const m = JSON.parse(readFileSync(path, 'utf8'));
  if (!m.cv) continue;
  console.log(`\n${lang} model cross-validation on our own training data (${m.cv.folds}-fold grouped by reply, from npm run train):`);
  for (const [c, v] of Object.entries(m.cv.categories)) console.log(`  ${pad(c, 14)} P ${fmt(v.p)}  R ${fmt(v.r)}  F1 ${fmt(v.f1)}  threshold ${v.threshold.toFixed(2)}  n=${v.n}`);
}

// Language detection, on the repository's own test set (data/lang-detect): scripts/eval-lang.mjs.
console.log('');
await import('./eval-lang.mjs');
