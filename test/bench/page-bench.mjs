#!/usr/bin/env node
/**
 * `npm run bench:page`: what Reply Coach costs a helpdesk page, measured in real Chromium on the
 * fixture helpdesk pages, for three extensions side by side (issue 12):
 * - before: the e2e build of commit 91e70d3, the last with the checker inside every frame (built
 *   from `git archive` into /tmp/rc-bench-before/<commit>/ and cached there; git state untouched);
 * - after: the current `.output/chrome-mv3-e2e` (the checker in the background's service worker);
 * - no-op: an empty MV3 extension with the same content-script matches, the baseline.
 * One browser launch per extension. It prints, with the targets beside the after figures:
 * - extension script parsed by a page: with no reply box, with one, after its first check
 *   (Debugger.scriptParsed lengths, in characters), and in all with the card UI a card loads;
 * - memory with 1 and 10 helpdesk tabs holding a typed reply (after a warm-up tab, closed, had its
 *   reply checked a few times: see measureMemory): the service worker's heap plus,
 *   per tab, the page's heap minus the same page's heap with the no-op extension (after forced
 *   GC), the totals and their ratio;
 * - the page main-thread task with the most extension time in it (a trace: RunTasks holding
 *   extension script events or CPU samples with extension code on the stack), at load/injection,
 *   at the first check, while typing, after the worker was stopped;
 * - typing cost in a 2,000- and a 5,000-word reply, ProseMirror and textarea: the page's
 *   main-thread busy time (Performance TaskDuration) over keystrokes at a typing pace, as a ratio
 *   to the no-op extension (rounds alternate between the three browsers), and keydown → next
 *   frame p50/p95 per key;
 * - pause → highlights (last keydown of a flagged phrase → the findings hook shows it), p50/p95:
 *   right after load, while typing, right after the service worker was stopped through CDP.
 * Timing is not pass/fail: it exits 0 whatever the figures, 2 when it cannot run.
 *
 * Flags:
 *   --quick            a short run (fewer keystrokes and samples; about 2 minutes once built)
 *   --before DIR       use this extension build as "before" instead of building the commit
 *   --before-commit R  the commit "before" is built from (default 91e70d3)
 *   --after DIR        use this extension build as "after" instead of .output/chrome-mv3-e2e
 *   --no-build         do not run `npm run build:e2e` first: take .output/chrome-mv3-e2e as it is
 *   --json FILE        also write the raw figures to FILE
 *   --only typing      the typing rounds alone (an A/B of a typing change in a few minutes)
 *   --only latency     the pause → highlights rows alone (an A/B of a checking or start-up change)
 *   --only memory      the memory rows alone (an A/B of what a tab holds)
 *   --rounds N         typing rounds (default 6, or 1 with --quick)
 * Needs /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtures } from '../../scripts/build-fixtures.mjs';
import { allChecks, intCheck, scriptArgs } from '../../scripts/lib/args.mjs';
import { startServer } from '../e2e/server.mjs';
import { extensionIdOf } from './cdp.mjs';
import { CHROMIUM, launch } from './chromium.mjs';
import { measureLatencies, measureMemory, measureNoBoxBytes, measureTrace, measureTyping } from './page-measure.mjs';
import { printReport } from './page-report.mjs';
import { afterBuild, beforeBuild, givenBuild, noopExtension, scratch } from './variants.mjs';

const ONLY = ['typing', 'latency', 'memory'];
const { values: flags } = scriptArgs(
  'Usage: node test/bench/page-bench.mjs [--quick] [--before DIR | --before-commit REV] [--after DIR] [--no-build] [--json FILE] [--only typing|latency|memory] [--rounds N]',
  {
    options: {
      quick: { type: 'boolean', default: false },
      before: { type: 'string' },
      'before-commit': { type: 'string', default: '91e70d3' },
      after: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      json: { type: 'string' },
      // `--only typing`: the typing rounds alone (the other rows take most of a full run).
      only: { type: 'string' },
      rounds: { type: 'string' },
    },
  },
  allChecks(intCheck(['rounds']), (values) => (values.only === undefined || ONLY.includes(values.only) ? undefined : `--only ${values.only}: not one of ${ONLY.join(', ')}`)),
);
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium).`);
  process.exit(2);
}

const PLAN = flags.quick
  ? { keys: 25, rounds: 1, samples: 3, tabs: 10, sizes: [2000, 5000], editors: ['prosemirror'] }
  : { keys: 40, rounds: 6, samples: 20, tabs: 10, sizes: [2000, 5000], editors: ['prosemirror', 'textarea'] };
// A whole number ≥ 1: scriptArgs checked it.
if (flags.rounds) PLAN.rounds = Number(flags.rounds);
const VARIANTS = ['noop', 'before', 'after'];

const started = Date.now();
const log = (msg) => console.error(`bench:page [${((Date.now() - started) / 1000).toFixed(0)} s] ${msg}`);
const dir = scratch();
let exitCode = 0;
try {
  const builds = {
    before: flags.before ? givenBuild(flags.before, 'before', dir) : givenBuild(beforeBuild(flags['before-commit'], log), 'before', dir),
    after: flags.after ? givenBuild(flags.after, 'after', dir) : afterBuild({ build: !flags['no-build'], into: dir }),
  };
  builds.noop = noopExtension(builds.after, dir);
  await buildFixtures({ quiet: true });
  const server = await startServer();
  const browsers = {};
  const results = {};
  try {
    for (const name of VARIANTS) browsers[name] = await open(name, builds[name]);
    for (const name of VARIANTS) results[name] = flags.only === 'typing' ? {} : await measureVariant(name, browsers[name], server.origin, builds[name]);
    if (flags.only === undefined || flags.only === 'typing') await typingRounds(browsers, results, server.origin);
  } finally {
    for (const b of Object.values(browsers)) await b.close();
    await server.close();
  }
  const seconds = (Date.now() - started) / 1000;
  printReport({ results, plan: PLAN, chromium: CHROMIUM, seconds, beforeLabel: flags.before ?? flags['before-commit'], afterLabel: flags.after ?? 'current build' });
  if (flags.json) writeFileSync(flags.json, JSON.stringify({ plan: PLAN, seconds, results }, null, 2));
} catch (error) {
  console.error(`bench:page could not run: ${error?.stack ?? error}`);
  exitCode = 2;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);

/** One browser per extension, kept for the whole run (the typing rounds alternate between them). */
async function open(name, extDir) {
  const coached = name !== 'noop';
  const { context, close } = await launch(extDir, { worker: coached });
  return { context, close, coached, extensionId: coached ? extensionIdOf(context) : null };
}

async function measureVariant(name, { context, coached, extensionId }, origin, dir) {
  const hasWorker = coached;
  const out = {};
  if (flags.only === 'latency') {
    if (coached) out.latency = await measureLatencies(context, origin, { samples: PLAN.samples, extensionId, hasWorker });
    return out;
  }
  log(`${name}: memory with 1 and ${PLAN.tabs} tabs`);
  out.memory = await measureMemory(context, origin, { tabs: PLAN.tabs, extensionId, coached });
  if (flags.only === 'memory') return out;
  log(`${name}: script bytes and trace`);
  const { bytes, ...trace } = await measureTrace(context, origin, { coached, extensionId, hasWorker });
  // The card UI is injected only when a card or the findings list first opens, which these
  // sessions never do: its file (ASCII, so bytes are characters) counts toward "in all".
  const cardUi = join(dir, 'card-ui.js');
  out.bytes = { noBox: await measureNoBoxBytes(context, origin), ...bytes, cardUi: existsSync(cardUi) ? statSync(cardUi).size : 0 };
  out.trace = trace;
  if (coached) {
    log(`${name}: pause → highlights, ${PLAN.samples} samples × 3`);
    out.latency = await measureLatencies(context, origin, { samples: PLAN.samples, extensionId, hasWorker });
  }
  return out;
}

/**
 * Keystroke runs in rounds, each round one run per extension (in a rotating order), so the
 * shared machine's slow moments fall on all three alike; each round's ratio to the no-op is kept
 * to show the spread.
 */
async function typingRounds(browsers, results, origin) {
  for (const name of VARIANTS) results[name].typing = {};
  for (let round = 0; round < PLAN.rounds; round++) {
    for (const words of PLAN.sizes) {
      for (const editor of PLAN.editors) {
        log(`typing round ${round + 1}/${PLAN.rounds}: ${PLAN.keys} keys in a ${words}-word reply (${editor})`);
        const key = `${editor}:${words}`;
        const order = VARIANTS.map((_, i) => VARIANTS[(i + round) % VARIANTS.length]);
        for (const name of order) {
          const { context, coached } = browsers[name];
          const run = await measureTyping(context, origin, { editor, words, keys: PLAN.keys, coached });
          (results[name].typing[key] ??= []).push(run);
        }
      }
    }
  }
}
