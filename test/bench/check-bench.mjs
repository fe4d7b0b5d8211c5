#!/usr/bin/env node
// `npm run bench`: how fast check() and the CLI are, against the targets set below (printed beside each figure).
//
//   node test/bench/check-bench.mjs [--corpus FILE] [--runs N] [--no-build] [--strict] [--report]
//
// --corpus   JSONL of replies for the CLI throughput run (default ../shared/corpus/dev.jsonl,
//            relative to the repository root); without it, generated replies are used.
// --runs     timed runs of each CLI (default 3; the median counts).
// --no-build use the existing dist/ instead of rebuilding it first.
// --strict   exit 1 when a target is missed (for CI).
// --report   for every CI log: the check() table, the CLI's start-up and the two fixed-size
//            throughput runs only (no corpus run, no team-rule or adversarial cases), within a
//            time budget of about 100 s (a section that would overrun says so and is skipped);
//            builds dist/ only when it is missing, and always exits 0.
//
// Issue 12's figures (start-up and fixed sizes): a short reply's wall time through
// `node bin/reply-coach.mjs check FILE` (median of 11 processes), and throughput at two fixed
// sizes, 0.15 MB and 1 MB, drawn with a fixed seed from the replies the repository owns
// (test/fixtures/replies/own-set.jsonl), against alex and write-good.
//
// check() runs from the same bundle the CLI uses (dist/checker.mjs). "Cold" clears the
// paragraph cache before every run; "warm" re-checks the 2,000-word reply after a one-word edit,
// the way typing does. The CLI comparison runs each tool as its own Node process over the same
// replies, one reply at a time, and counts the replies' UTF-8 bytes per second of wall time.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scriptArgs, intCheck } from '../../scripts/lib/args.mjs';
import { table } from './table.mjs';
import { langReply } from './lang-replies.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values: opts } = scriptArgs(
  'Usage: node test/bench/check-bench.mjs [--corpus FILE] [--runs N] [--no-build] [--strict] [--report]',
  {
    options: {
      corpus: { type: 'string' },
      runs: { type: 'string', default: '3' },
      'no-build': { type: 'boolean' },
      strict: { type: 'boolean' },
      report: { type: 'boolean' },
    },
  },
  intCheck(['runs']),
);
// A whole number ≥ 1: scriptArgs checked it.
const CLI_RUNS = Number(opts.runs);
const REPORT = Boolean(opts.report);
const STARTED = performance.now();
/** --report's time budget: sections check what is left before they start. */
const REPORT_BUDGET_MS = 100_000;
const budgetLeft = () => REPORT_BUDGET_MS - (performance.now() - STARTED);
if (REPORT) {
  // A report never fails CI: whatever goes wrong is printed, and the exit code stays 0.
  process.on('uncaughtException', (e) => {
    console.log(`\nbench --report stopped: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(0);
  });
  process.on('unhandledRejection', (e) => {
    console.log(`\nbench --report stopped: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(0);
  });
  process.on('exit', () => {
    process.exitCode = 0;
  });
}

// ───────────────────────────── replies to time ─────────────────────────────

/** About 200 words: an acknowledgement, fixes, and a few tone problems mixed in. */
const REPLY_200 = `Hi Morgan,

Thanks for your patience while we looked into the missing loyalty points on your last three orders. I can see how annoying it is to watch the balance stay at zero after shopping with us all month, especially when you were saving towards the spring voucher, so I wanted to get this sorted properly rather than guess.

I checked each order with our rewards team. Two of them were placed at guest checkout, so the points never reached your account. That is not our fault, but I have added them by hand anyway: 420 points are now on your profile.

The third order is a different story. You should have given your member number at the till, and we cannot add points for in-store purchases afterwards. Rules are rules.

Your balance now covers the free delivery voucher you asked about. To use it, choose "Use points" on the payment page and it will be applied straight away.

I will check on Friday that the points have synced to the app as well, and email you to confirm. If anything still looks WRONG before then, reply here and I will pick it up.

Best wishes,
Sam`;

/** Sections of a long account review; slots make every paragraph unique. */
const SECTIONS = [
  (s) => `Delivery ${s.order} to your ${s.site} store left our warehouse on ${s.date}. The pallet was held at the cross-dock for ${s.days} days because the trailer it was booked on broke down outside the depot. I can see this left your shelves short for the weekend, and I'm sorry about that. It's only a few days, so it shouldn't make much difference to your sales. The pallet was delivered the following Monday and signed for by ${s.person}. I have asked the carrier for a written incident report and will forward it as soon as it arrives.`,
  (s) => `On invoice ${s.order} you were charged ${s.amount} twice for the same consignment. This happened because you uploaded the purchase order twice in the portal, so the system created two bookings. I have cancelled the second booking and issued a credit note for ${s.amount}, which will appear on your next statement. To stop this happening again, the portal now shows a warning when a purchase order number has already been used.`,
  (s) => `Thank you for sending the photos of the damaged cartons that ${s.person} received at ${s.site} so quickly. Our packing process has been certified for years and our team does not make packing mistakes. The pictures show the outer boxes were crushed on one corner, which points to a fall during unloading. I have opened a claim with the carrier under reference ${s.order} and will let you know their answer within ${s.days} working days.`,
  (s) => `You asked whether we could collect the returned stock from ${s.site} on a Saturday. We cannot offer weekend collections. It is company policy. The earliest weekday slot I can book is ${s.date}, between 8 and 12, and the driver will call ${s.person} thirty minutes before arriving.`,
  (s) => `About the shelf labels for ${s.site}: as I already explained in my last email, they must be printed at 100% scale, not fit to page. It's really not that complicated. I have attached a one-page guide with screenshots for Windows and Mac, and ${s.person} is welcome to book a ten-minute call with me on ${s.date} if it would help to go through it together.`,
  (s) => `For the new store at ${s.site}, the first delivery is booked for ${s.date}. The driver will bring ${s.amount} worth of opening stock on two pallets, and our onboarding coordinator will meet ${s.person} on site to check the delivery against the order. If anything is missing, it will be sent on the next morning's van at no charge. I will send a reminder with the driver's name and phone number the day before.`,
  (s) => `Regarding the chilled boxes for ${s.site}: please make sure they go into the cold room IMMEDIATELY on arrival. The data loggers in consignment ${s.order} showed the boxes spent ${s.days} hours at room temperature after delivery!!! I know the team at ${s.site} is busy in the mornings, so I have asked our drivers to hand the boxes directly to ${s.person} or another named staff member rather than leaving them at the back door.`,
  (s) => `${s.person} also mentioned that the driver on ${s.date} was rude when asked to wait at the gate. That is not the experience we want anyone to have, and thank you for telling us. I have passed the details to the carrier's depot manager, who has spoken with the driver, and asked for a different driver on your route for the next month. I will check in with ${s.person} after the next two deliveries to hear how they went.`,
];
const SITES = ['Leeds', 'Harrogate', 'York', 'Hull', 'Wakefield', 'Bradford', 'Halifax', 'Ripon', 'Selby', 'Skipton', 'Otley'];
const PEOPLE = ['Priti', 'Owen', 'Marta', 'Callum', 'Ines', 'Dev', 'Grace', 'Tomasz', 'Aisha', 'Rhys'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function longReply(targetWords) {
  const parts = ['Hi Laura,', 'Thank you for the list of open issues from the last quarter. I have gone through every one of them with the warehouse, billing and carrier teams, and here is where each of them stands.'];
  for (let i = 0; parts.join(' ').split(/\s+/).length < targetWords - 30; i++) {
    const slots = {
      order: `ORD-${48_100 + i * 37}`,
      site: SITES[i % SITES.length],
      person: PEOPLE[(i * 3) % PEOPLE.length],
      date: `${DAYS[i % DAYS.length]} ${3 + (i % 24)} June`,
      amount: `£${(120 + i * 41).toLocaleString('en-GB')}.50`,
      days: String(2 + (i % 4)),
    };
    parts.push(SECTIONS[i % SECTIONS.length](slots));
  }
  parts.push('I will send you an updated summary at the end of next week. If anything here does not match your records, reply to this email and I will look into it the same day.', 'Kind regards,\nNoah\nAccount Support');
  return parts.join('\n\n');
}

const REPLY_2000 = longReply(2000);

/** 100 KB built to hurt: dense triggers, deep quote nesting, caps runs with no sentence end. */
function pathological(bytes) {
  const pieces = [];
  let size = 0;
  const push = (s) => {
    pieces.push(s);
    size += s.length;
  };
  for (let i = 0; size < bytes; i++) {
    switch (i % 5) {
      case 0:
        push(`That is not our fault!!! You must have broken it. We cannot refund it. Calm down?! It is company policy. As I already explained, read the manual. `.repeat(8));
        break;
      case 1:
        for (let depth = 1; depth <= 40; depth++) push(`${'> '.repeat(depth)}WHY IS THIS STILL BROKEN?!?! YOU PEOPLE NEVER LISTEN!!!\n`);
        break;
      case 2:
        push(`${'URGENT FIX THIS NOW OR ELSE '.repeat(400)}\n`);
        break;
      case 3:
        push(`${'x'.repeat(4000)} ${'!'.repeat(2000)} ${'?!'.repeat(1000)}\n`);
        break;
      default:
        push(`${'should have could have must have if you had '.repeat(60)}[reason] [alternative] [date]\n\n`);
    }
  }
  return pieces.join('').slice(0, bytes);
}

const PATHOLOGICAL = pathological(100 * 1024);

/**
 * 320 KB each, aimed at the shapes that make regular expressions and scans super-linear: long
 * runs of whitespace, many short lines, one word thousands of times, placeholders everywhere, and
 * one "sentence" the segmenter cannot split. Every case should stay within 1 s.
 */
const ADVERSARIAL_BYTES = 320 * 1024;
const fill = (unit, bytes = ADVERSARIAL_BYTES) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const ADVERSARIAL = [
  ['whitespace runs (8 KB of spaces between triggers)', fill(`We cannot refund the order${' '.repeat(8192)}because you must have${' '.repeat(8192)}`)],
  ['one 320 KB tab run between triggers', `If you had read the guide${'\t'.repeat(ADVERSARIAL_BYTES - 40)}you would know.`],
  ['sign-off lines ("Best,\\nMo\\n" × 36k)', fill('Best,\nMo\n')],
  ['one trigger word ("policy " × 47k)', fill('policy ')],
  ['placeholders ("[reason] [alternative] " × 14k)', fill('[reason] [alternative] ')],
  ['one sentence, no punctuation', fill(`${REPLY_200.replace(/[.!?,;:"]/g, '').replace(/\s+/g, ' ')} `)],
];

// ───────────────────────────── helpers ─────────────────────────────

const words = (t) => t.split(/\s+/).filter(Boolean).length;
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const median = (xs) => quantile(xs, 0.5);
const ms = (x) => (x >= 100 ? `${x.toFixed(0)} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`);
const verdict = (ok) => (ok ? 'ok' : 'MISSED');
const misses = [];

function time(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

// ───────────────────────────── check() ─────────────────────────────

// --report runs after `npm test`, which has just built dist/: it rebuilds only what is missing.
if ((!opts['no-build'] && !REPORT) || !existsSync(join(ROOT, 'dist/checker.mjs')) || !existsSync(join(ROOT, 'dist/cli.cjs'))) {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const { check, clearCache } = await import(pathToFileURL(join(ROOT, 'dist/checker.mjs')).href);

// Let the JIT settle and compromise load before anything is timed.
for (let i = 0; i < 20; i++) {
  clearCache();
  check(REPLY_200);
  check(REPLY_2000);
}

function cold(text, runs, opts = {}) {
  // "Cold" is the paragraph cache, not the JIT: each case first runs untimed until the code it
  // exercises is optimized (a fresh process's first check is measured apart, below).
  for (let i = 0; i < 100; i++) {
    clearCache();
    check(text, opts);
  }
  const times = [];
  for (let i = 0; i < runs; i++) {
    clearCache();
    times.push(time(() => check(text, opts)));
  }
  return times;
}

function warmEdits(text, runs) {
  clearCache();
  check(text);
  const anchor = text.indexOf('thirty minutes');
  if (anchor === -1) throw new Error('the long reply lost its edit anchor');
  const times = [];
  for (let i = 0; i < runs; i++) {
    // One word changes per keystroke burst: each edit is new, so exactly one paragraph misses.
    const edited = `${text.slice(0, anchor)}${i + 31}${text.slice(anchor + 'thirty'.length)}`;
    times.push(time(() => check(edited)));
  }
  return times;
}

const r200 = cold(REPLY_200, 300);
const r2000 = cold(REPLY_2000, 100);
// The same replies through the rules alone (check(text, { model: false })): the budget before the model.
const r200rules = cold(REPLY_200, 300, { model: false });
const r2000rules = cold(REPLY_2000, 100, { model: false });
const warm = warmEdits(REPLY_2000, 300);
const patho = cold(PATHOLOGICAL, 5);
const findings200 = check(REPLY_200).findings.length;
const findings2000 = check(REPLY_2000).findings.length;
const findingsPatho = check(PATHOLOGICAL).findings.length;

// With the tone model in check() (issue 9's budget; rules alone had 1 ms and 10 ms).
const ok200 = median(r200) <= 1.5;
const ok2000 = median(r2000) <= 12;
if (!ok200) misses.push('200-word reply over 1.5 ms');
if (!ok2000) misses.push('2,000-word reply over 12 ms');

console.log(`Reply Coach check() benchmark — node ${process.version}, dist/checker.mjs\n`);
console.log(
  table([
    ['input', 'words', 'findings', 'median', 'p95', 'target', ''],
    ['200-word reply, cold cache', words(REPLY_200), findings200, ms(median(r200)), ms(quantile(r200, 0.95)), '≤ 1.5 ms', verdict(ok200)],
    ['2,000-word reply, cold cache', words(REPLY_2000), findings2000, ms(median(r2000)), ms(quantile(r2000, 0.95)), '≤ 12 ms', verdict(ok2000)],
    ['2,000-word reply, warm, one-word edit', words(REPLY_2000), '', ms(median(warm)), ms(quantile(warm, 0.95)), '', ''],
    ['200-word reply, rules only, cold', words(REPLY_200), '', ms(median(r200rules)), ms(quantile(r200rules, 0.95)), '≤ 1 ms', verdict(median(r200rules) <= 1)],
    ['2,000-word reply, rules only, cold', words(REPLY_2000), '', ms(median(r2000rules)), ms(quantile(r2000rules, 0.95)), '≤ 10 ms', verdict(median(r2000rules) <= 10)],
    ['100 KB pathological input, cold', words(PATHOLOGICAL), findingsPatho, ms(median(patho)), ms(Math.max(...patho)), 'no hang', verdict(Math.max(...patho) < 5000)],
  ]),
);
console.log('(median and p95 over 300 / 100 / 300 runs; pathological: median and worst of 5)\n');

// The tone model alone, per sentence (issue 9: ≤ 25 µs): the 2,000-word reply's sentences in
// their paragraphs, each language's model on its own reply.
{
  const { importTs } = await import(pathToFileURL(join(ROOT, 'scripts/lib/load-ts.mjs')).href);
  const { modelMicrosPerSentence } = await importTs('test/bench/model-per-sentence.ts');
  const rows = [['model', 'sentences', 'median per sentence', 'target', '']];
  for (const [lang, text] of [['en', REPLY_2000], ['fr', langReply('fr', 300)], ['sv', langReply('sv', 300)], ['zh', langReply('zh', 2000)]]) {
    const { perSentence, sentences } = modelMicrosPerSentence(text, lang, 50);
    const ok = perSentence <= 25;
    if (!ok) misses.push(`${lang} tone model over 25 µs per sentence`);
    rows.push([`${lang} (tokens, features, both stages)`, sentences, `${perSentence.toFixed(1)} µs`, '≤ 25 µs', verdict(ok)]);
  }
  console.log(table(rows));
  console.log('(median of 50 passes over every sentence, after 20 untimed ones)\n');
}

// The other languages (issue 14), within the English budgets: 300-word French and Swedish replies
// against the 200-word budget, a 2,000-character Chinese one against the 2,000-word budget, each
// with its own pack and model, cold cache. Beside them, their peer: an English reply of the same
// length, built like the 2,000-word one, so the cost per word compares like for like.
const LANG_CASES = [
  ['French reply, cold cache', 'fr', langReply('fr', 300), 1.5],
  ['Swedish reply, cold cache', 'sv', langReply('sv', 300), 1.5],
  ['English reply, cold cache (their peer)', 'en', longReply(300), null],
  ['Traditional Chinese reply, cold cache', 'zh', langReply('zh', 2000), 12],
];
const langRows = LANG_CASES.map(([name, lang, text, budget]) => {
  const times = cold(text, 200);
  const report = check(text);
  if (report.lang !== lang) throw new Error(`the ${name} was read as "${report.lang}"`);
  const ok = budget === null || median(times) <= budget;
  if (!ok) misses.push(`${name} over ${budget} ms`);
  const size = lang === 'zh' ? `${text.length} chars` : `${words(text)} words`;
  const perUnit = `${((median(times) * 1000) / (lang === 'zh' ? text.length : words(text))).toFixed(1)} µs`;
  return [name, size, report.findings.length, ms(median(times)), ms(quantile(times, 0.95)), perUnit, budget === null ? 'peer' : `≤ ${budget} ms`, budget === null ? '' : verdict(ok)];
});
console.log(table([['input', 'size', 'findings', 'median', 'p95', 'per word (zh: char)', 'target', ''], ...langRows]));
console.log('(median and p95 over 200 runs each, with the model; budgets: the 200-word one for 300 words, the 2,000-word one for 2,000 characters)\n');

// A fresh process's first call: module load (compromise, the rule pack, the model) and the first
// check of the 200-word reply, before the JIT has warmed up. Median of 3 processes.
const firstCalls = [];
for (let i = 0; i < 3; i++) {
  const script = `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/checker.mjs')).href)}); const t1 = performance.now(); m.check(${JSON.stringify(REPLY_200)}); const t2 = performance.now(); console.log(JSON.stringify([t1 - t0, t2 - t1]));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  firstCalls.push(JSON.parse(out.trim().split('\n').pop()));
}
const loadMs = median(firstCalls.map((x) => x[0]));
const firstMs = median(firstCalls.map((x) => x[1]));
console.log(`fresh process: loading the checker ${ms(loadMs)}, first check of the 200-word reply ${ms(firstMs)} (median of 3 processes)\n`);

if (Math.max(...patho) >= 5000) misses.push('pathological input took 5 s or more');

// --report leaves out the team-rule and adversarial cases (they have their own budgets and tests).
if (!REPORT) {
  // A team's 500-rule phrase pack (a few match the reply), and 50 RE2 regex rules apart: what each
  // adds to that first check in a fresh process, where every frame pays it. Median of 3 processes.
  const TEAM_WORDS = ['loyalty', 'points', 'voucher', 'guest', 'checkout', 'member', 'till', 'balance', 'refund', 'parcel', 'courier', 'invoice', 'account', 'ticket', 'escalate', 'manager', 'supervisor', 'discount', 'delivery', 'warranty', 'policy', 'process', 'system', 'store', 'order'];
  const teamRule = (i, kind) => {
    const a = TEAM_WORDS[i % TEAM_WORDS.length];
    const b = TEAM_WORDS[(i * 7 + 3) % TEAM_WORDS.length];
    const pattern = kind === 'regex' ? `\\b${a}\\s+${b}\\w*\\b` : i % 50 === 1 ? 'loyalty points' : `${a} ${b} ${i % 3 ? 'please' : '*'}`;
    return { id: `team-${i}`, lang: 'en', kind, pattern, category: 'condescending', severity: 'warning', message: 'Team rule.' };
  };
  const PHRASE_PACK = Array.from({ length: 500 }, (_, i) => teamRule(i, 'phrase'));
  const REGEX_PACK = Array.from({ length: 50 }, (_, i) => teamRule(i, 'regex'));
  function firstCheckWith(custom) {
    const times = [];
    let found = 0;
    for (let i = 0; i < 3; i++) {
      const script = `const m = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/checker.mjs')).href)}); const settings = ${JSON.stringify(custom ? { custom } : {})}; const t = performance.now(); const r = m.check(${JSON.stringify(REPLY_200)}, { settings }); console.log(JSON.stringify([performance.now() - t, r.findings.filter((f) => f.ruleId.startsWith('custom:')).length]));`;
      const [ms, n] = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim().split('\n').pop());
      times.push(ms);
      found = n;
    }
    return { ms: median(times), found };
  }
  const firstBare = firstCheckWith(null);
  const firstPhrases = firstCheckWith(PHRASE_PACK);
  const firstRegexes = firstCheckWith(REGEX_PACK);
  const teamExtra = firstPhrases.ms - firstBare.ms;
  console.log(`fresh process, team rules on the first check (median of 3 processes; ${ms(firstBare.ms)} without them):`);
  console.log(`  500 phrase rules (${firstPhrases.found} findings)  +${ms(teamExtra)}  target ≤ 100 ms  ${verdict(teamExtra <= 100)}`);
  console.log(`  50 regex rules (${firstRegexes.found} findings)    +${ms(firstRegexes.ms - firstBare.ms)}  (RE2 compiles and builds its DFA on first use: prefer phrase rules)\n`);
  if (teamExtra > 100) misses.push('a 500-rule team pack adds more than 100 ms to the first check');

  // Adversarial input: each case cold, three times (once if the first run is over budget).
  const adversarialRows = [['adversarial input (320 KB, cold)', 'findings', 'time', 'budget', '']];
  for (const [name, text] of ADVERSARIAL) {
    const first = cold(text, 1)[0];
    const times = first > 1000 ? [first] : [first, ...cold(text, 2)];
    const t = median(times);
    adversarialRows.push([name, check(text).findings.length, ms(t), '≤ 1 s', verdict(t <= 1000)]);
    if (t > 1000) misses.push(`adversarial input over 1 s: ${name}`);
  }
  console.log(table(adversarialRows));
  console.log('(median of 3 runs, or the single run when it is over budget)\n');
}

// ───────────────────────────── the tools compared ─────────────────────────────

const RUNNERS = {
  alex: `import { readFileSync } from 'node:fs';
import { text } from 'alex';
let out = '';
for (const line of readFileSync(process.argv[1], 'utf8').split('\\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  out += JSON.stringify({ id: r.id, messages: text(r.text).messages.length }) + '\\n';
}
process.stdout.write(out);`,
  'write-good': `import { readFileSync } from 'node:fs';
import writeGood from 'write-good';
let out = '';
for (const line of readFileSync(process.argv[1], 'utf8').split('\\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  out += JSON.stringify({ id: r.id, suggestions: writeGood(r.text).length }) + '\\n';
}
process.stdout.write(out);`,
};

function timeProcess(args, runs = CLI_RUNS, env = process.env) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    // Under --report no process may outlast the budget.
    const timeout = REPORT ? Math.round(Math.max(1000, budgetLeft())) : undefined;
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, timeout, env });
    const elapsed = performance.now() - t;
    // reply-coach exits 1 when replies have findings; anything else is a failure.
    if (r.error || (r.status !== 0 && r.status !== 1)) throw new Error(`${args.join(' ')} failed: ${r.error?.message ?? r.stderr}`);
    times.push(elapsed);
  }
  return median(times);
}

// ───────────────────────────── whole CLI throughput ─────────────────────────────

// --report leaves out the corpus run: the fixed sizes below are the figures CI logs.
if (!REPORT) {
  const TARGET_BYTES = 512 * 1024;

  function loadCorpus() {
    const path = resolve(ROOT, opts.corpus ?? '../shared/corpus/dev.jsonl');
    if (!existsSync(path)) {
      console.log(`Corpus not found at ${path}: using generated replies instead (pass --corpus FILE to use real ones).`);
      const texts = [];
      for (let i = 0; texts.length < 320; i++) texts.push(i % 3 === 0 ? longReply(120 + (i % 7) * 20) : SECTIONS[i % SECTIONS.length]({ order: `ORD-${i}`, site: SITES[i % SITES.length], person: PEOPLE[i % PEOPLE.length], date: `${DAYS[i % 5]} ${1 + (i % 28)} May`, amount: `£${i * 7}.00`, days: String(1 + (i % 5)) }));
      return { label: 'generated replies', texts };
    }
    const texts = [];
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { text } = JSON.parse(line);
      if (typeof text === 'string') texts.push(text);
    }
    return { label: path, texts };
  }

  const corpus = loadCorpus();
  /**
   * Repeats the corpus up to ~0.5 MB. From the second copy on, every paragraph gets a short
   * reference tag, so no copy is served from check()'s paragraph cache: all three tools do the
   * same, uncached work.
   */
  const replies = [];
  let textBytes = 0;
  for (let copy = 0; textBytes < TARGET_BYTES; copy++) {
    for (const text of corpus.texts) {
      const t = copy === 0 ? text : text.split('\n\n').map((p, j) => `${p} (ref ${copy}-${j})`).join('\n\n');
      replies.push(t);
      textBytes += Buffer.byteLength(t);
      if (textBytes >= TARGET_BYTES) break;
    }
  }

  const dir = mkdtempSync(join(tmpdir(), 'reply-coach-bench-'));
  const jsonl = join(dir, 'replies.jsonl');
  writeFileSync(jsonl, replies.map((text, i) => JSON.stringify({ id: `b-${i}`, text })).join('\n') + '\n');

  try {
    const tools = [
      ['reply-coach check --jsonl', timeProcess([join(ROOT, 'bin/reply-coach.mjs'), 'check', '--jsonl', jsonl])],
      ['alex (API, one reply at a time)', timeProcess(['--input-type=module', '-e', RUNNERS.alex, jsonl])],
      ['write-good (API, one reply at a time)', timeProcess(['--input-type=module', '-e', RUNNERS['write-good'], jsonl])],
    ];
    const mb = textBytes / 1e6;
    const rate = (t) => mb / (t / 1000);
    const [rc, alex, wg] = tools.map(([, t]) => rate(t));
    console.log(`Whole-process throughput: ${replies.length} replies, ${(textBytes / 1024).toFixed(0)} KB of reply text (from ${corpus.label}),`);
    console.log(`median of ${CLI_RUNS} run${CLI_RUNS > 1 ? 's' : ''} each, Node start-up included.\n`);
    console.log(table([['tool', 'wall time', 'MB/s'], ...tools.map(([name, t]) => [name, ms(t), rate(t).toFixed(2)])]));
    const vsAlex = rc / alex;
    const vsWg = rc / wg;
    console.log('');
    console.log(
      table([
        ['ratio', 'value', 'target', ''],
        ['Reply Coach ÷ alex', `${vsAlex.toFixed(1)}×`, '≥ 5×', verdict(vsAlex >= 5)],
        ['Reply Coach ÷ write-good', `${vsWg.toFixed(1)}×`, '≥ 1×', verdict(vsWg >= 1)],
      ]),
    );
    if (vsAlex < 5) misses.push('CLI under 5× alex');
    if (vsWg < 1) misses.push('CLI slower than write-good');
    console.log('');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ───────────────────────────── start-up and fixed sizes (issue 12) ─────────────────────────────

const OWN_SET = join(ROOT, 'test/fixtures/replies/own-set.jsonl');
const SEED = 12;
const FIXED_SIZES = [
  ['0.15 MB', 150_000],
  ['1 MB', 1_000_000],
];
const SHORT_REPLY = 'test/fixtures/replies/sample-reply.txt';
const SHORT_RUNS = 11;

/** A seeded linear congruential generator: the same seed draws the same replies on every machine. */
function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Replies drawn with a fixed seed from own-set.jsonl until there are `bytes` of UTF-8 reply
 * text. Every paragraph ends with a drawn reference, so no reply is served from check()'s
 * paragraph cache: all three tools do the same, uncached work.
 */
function fixedReplies(bytes, seed) {
  const own = readFileSync(OWN_SET, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);
  const next = seeded(seed);
  const replies = [];
  let size = 0;
  while (size < bytes) {
    const text = own[Math.floor(next() * own.length)];
    const t = text.split('\n\n').map((p) => `${p} (ref ${replies.length}-${Math.floor(next() * 1e6)})`).join('\n\n');
    replies.push(t);
    size += Buffer.byteLength(t);
  }
  return { replies, bytes: size };
}

const TARGET_SHORT_MS = 150;
const TARGET_VS_ALEX = 10;
const TARGET_VS_WRITE_GOOD = 2;
const mbps = (bytes, t) => (t === undefined ? undefined : bytes / 1e6 / (t / 1000));
const fmt = (x, digits = 2) => (x === undefined ? 'skipped' : x.toFixed(digits));

function section(name, estimateMs, fn) {
  if (REPORT && budgetLeft() < estimateMs) {
    console.log(`${name}: skipped, over --report's time budget\n`);
    return;
  }
  fn();
}

section('Start-up', 15_000, () => {
  const words = (readFileSync(join(ROOT, SHORT_REPLY), 'utf8').match(/\S+/g) ?? []).length;
  const cli = [join(ROOT, 'bin/reply-coach.mjs'), 'check', SHORT_REPLY];
  // One untimed run, so the code cache is there (the build writes it; this is in case it did not).
  timeProcess(cli, 1);
  const node = timeProcess(['-e', '0'], SHORT_RUNS);
  const version = timeProcess([join(ROOT, 'bin/reply-coach.mjs'), '--version'], SHORT_RUNS);
  const short = timeProcess(cli, SHORT_RUNS);
  const noCache = timeProcess(cli, SHORT_RUNS, { ...process.env, REPLY_COACH_CACHE_DIR: 'off' });
  const ok = short <= TARGET_SHORT_MS;
  if (!ok) misses.push(`a short reply through the CLI over ${TARGET_SHORT_MS} ms`);
  console.log(`CLI start-up, wall time of a whole process (median of ${SHORT_RUNS} processes):\n`);
  console.log(
    table([
      ['run', 'wall time', 'target', ''],
      [`reply-coach check ${SHORT_REPLY} (${words} words)`, ms(short), `≤ ${TARGET_SHORT_MS} ms`, verdict(ok)],
      ['  the same without the code cache', ms(noCache), '', ''],
      ['reply-coach --version (loads no checker)', ms(version), '', ''],
      ['node -e 0 (Node alone)', ms(node), '', ''],
    ]),
  );
  console.log('');
});

/** What --report's budget cut short, for the notes under the table. */
const budgetNotes = [];

/**
 * Median wall time of one tool over CLI_RUNS runs. Under --report it stops after fewer runs when
 * the next would not fit in the budget left, and skips the tool (undefined) when not even one does;
 * the notes say so.
 */
function timedTool(tool, label, args) {
  if (!REPORT) return timeProcess(args);
  const times = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    const last = times[times.length - 1];
    if (budgetLeft() < (last === undefined ? 3_000 : last * 1.2)) break;
    try {
      times.push(timeProcess(args, 1));
    } catch (e) {
      if (!(e instanceof Error && /ETIMEDOUT/.test(e.message))) throw e;
      break;
    }
  }
  if (times.length < CLI_RUNS) budgetNotes.push(`${tool} at ${label}: ${times.length ? `${times.length} of ${CLI_RUNS} runs` : 'skipped'} within --report's time budget`);
  return times.length ? median(times) : undefined;
}

section('Fixed-size throughput', 30_000, () => {
  const dir = mkdtempSync(join(tmpdir(), 'reply-coach-bench-fixed-'));
  const rows = [['input', 'replies', 'reply-coach MB/s', 'alex MB/s', 'write-good MB/s', 'RC ÷ alex', `≥ ${TARGET_VS_ALEX}×`, 'RC ÷ write-good', `≥ ${TARGET_VS_WRITE_GOOD}×`]];
  try {
    for (const [label, target] of FIXED_SIZES) {
      const { replies, bytes } = fixedReplies(target, SEED);
      const file = join(dir, `fixed-${target}.jsonl`);
      writeFileSync(file, replies.map((text, i) => JSON.stringify({ id: `f-${i}`, text })).join('\n') + '\n');
      const rc = mbps(bytes, timedTool('reply-coach', label, [join(ROOT, 'bin/reply-coach.mjs'), 'check', '--jsonl', file]));
      const wg = mbps(bytes, timedTool('write-good', label, ['--input-type=module', '-e', RUNNERS['write-good'], file]));
      // alex is by far the slowest: last, so that a tight --report budget costs only its figure.
      const alex = mbps(bytes, timedTool('alex', label, ['--input-type=module', '-e', RUNNERS.alex, file]));
      const vsAlex = rc !== undefined && alex !== undefined ? rc / alex : undefined;
      const vsWg = rc !== undefined && wg !== undefined ? rc / wg : undefined;
      if (vsAlex !== undefined && vsAlex < TARGET_VS_ALEX) misses.push(`CLI under ${TARGET_VS_ALEX}× alex at ${label}`);
      if (vsWg !== undefined && vsWg < TARGET_VS_WRITE_GOOD) misses.push(`CLI under ${TARGET_VS_WRITE_GOOD}× write-good at ${label}`);
      rows.push([
        `${label} (${(bytes / 1e6).toFixed(3)} MB)`,
        replies.length,
        fmt(rc),
        fmt(alex),
        fmt(wg),
        vsAlex === undefined ? '' : `${vsAlex.toFixed(1)}×`,
        vsAlex === undefined ? '' : verdict(vsAlex >= TARGET_VS_ALEX),
        vsWg === undefined ? '' : `${vsWg.toFixed(1)}×`,
        vsWg === undefined ? '' : verdict(vsWg >= TARGET_VS_WRITE_GOOD),
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Whole-process throughput at fixed sizes: replies drawn from test/fixtures/replies/own-set.jsonl with seed ${SEED},`);
  console.log(`median of ${CLI_RUNS} run${CLI_RUNS > 1 ? 's' : ''} of each tool, Node start-up included (reply-coach check --jsonl; alex and write-good through their APIs).\n`);
  console.log(table(rows));
  for (const note of budgetNotes) console.log(`(${note})`);
  console.log('');
});

if (REPORT) console.log(`bench --report: ${((performance.now() - STARTED) / 1000).toFixed(0)} s (budget ${REPORT_BUDGET_MS / 1000} s)`);
if (misses.length) {
  console.log(`\nMissed: ${misses.join('; ')}.`);
  if (opts.strict) process.exitCode = 1;
}
