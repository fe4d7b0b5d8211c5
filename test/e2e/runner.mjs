// Running registered tests (harness.mjs's registry) one after another, for a browser leg: a
// fresh `t` per test, a per-test timeout, a budget for the whole run, the tabs a test opened
// closed after it, and the output every leg prints — `ok` / `FAIL` / `skip` lines, then
// `N passed, M failed[, K skipped]`. The leg supplies what differs between browsers: how a tab
// is opened, how a screenshot is taken, and what else it watches during a test (requests, errors).
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Failure } from './harness.mjs';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** Where the legs write screenshots (ignored by git). */
export const SHOTS = join(REPO, 'test/e2e/screenshots');
/** The lock `flock /tmp/rc-build.lock npm run build:e2e…` takes while it rewrites .output/. */
export const BUILD_LOCK = process.env.RC_BUILD_LOCK || '/tmp/rc-build.lock';

/**
 * Copies a build directory into `into` under a shared hold of the build lock (so not mid-build)
 * and returns the copy: other engineers rebuild .output/ while a run is going, and browsers read
 * extension files lazily.
 */
export function snapshotBuild(build, into) {
  const target = join(into, basename(build));
  const locked = spawnSync('flock', ['-s', '-w', '120', BUILD_LOCK, 'cp', '-R', build, target], { stdio: 'ignore' });
  if (locked.error || locked.status !== 0) cpSync(build, target, { recursive: true });
  return target;
}

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const indent = (text) => String(text).replace(/\n/g, '\n    ');

/** Rejects with `${label} took over ${ms} ms` when `promise` has not settled by then. */
export function withDeadline(promise, ms, label) {
  let timer;
  const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${label} took over ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Recorded requests ({ url, source, test }) as lines, each with the tests it happened in. */
export function formatRequests(list) {
  const seen = new Map();
  for (const r of list) {
    const key = `${r.url} [${r.source}]`;
    seen.set(key, new Set([...(seen.get(key) ?? []), r.test]));
  }
  return [...seen].map(([key, tests]) => `${key} during: ${[...tests].join('; ')}`).join('\n  ');
}

/**
 * @param {{
 *   context: Record<string, unknown>,
 *   budgetMs: number,
 *   newPage(options: any, errors: string[]): Promise<{ close(): Promise<void> }>,
 *   shot(page: any, name: string): Promise<string>,
 *   watch?(): (() => string[]),
 *   failOnPageErrors?: boolean,
 * }} leg
 *   context: merged into every `t` (env, server, origin, …); newPage: a tab for the test, its
 *   uncaught and console errors pushed to `errors`; shot: saves a screenshot, returns its file
 *   name; watch: called as a test starts, returns what to call once it ended for that test's
 *   failures (e.g. requests off the fixture server); failOnPageErrors: an error in a tab fails
 *   the test (otherwise it is only added to a failure's message).
 */
export function createRunner(leg) {
  const startedAt = performance.now();
  const results = { passed: 0, failed: 0, skipped: 0, failures: [] };
  let current = '(start-up)';

  async function runOne(test) {
    current = test.name;
    const pages = [];
    const errors = [];
    const problems = [];
    const shots = [];
    const t = {
      ...leg.context,
      lastStep: 'start',
      step(label) {
        t.lastStep = label;
      },
      /** A non-fatal problem: the test goes on, but fails at the end with it. */
      problem(message) {
        problems.push(message);
      },
      async newPage(options) {
        const page = await leg.newPage(options, errors);
        pages.push(page);
        return page;
      },
      async shot(page, name) {
        shots.push(await leg.shot(page, name));
      },
      errorsText() {
        return errors.length ? `\n  page said:\n    ${errors.slice(0, 6).join('\n    ')}` : '';
      },
    };
    const finish = leg.watch?.();
    const started = performance.now();
    let error = null;
    const run = Promise.resolve().then(() => test.fn(t));
    try {
      await withDeadline(run, test.timeout, 'the test');
    } catch (e) {
      error = e?.message === `the test took over ${test.timeout} ms` ? new Failure(`timed out after ${test.timeout} ms (last step: ${t.lastStep})`) : e;
    }
    for (const page of pages) await withDeadline(page.close(), 5000, 'closing a tab').catch(() => {});
    if (error?.message?.startsWith('timed out after')) await withDeadline(run.catch(() => {}), 5000, 'stopping a timed-out test').catch(() => {});
    const more = [...problems, ...(leg.failOnPageErrors && errors.length ? [`errors in the tab (none allowed):${t.errorsText()}`] : []), ...(finish?.() ?? [])];
    if (!error && more.length) error = new Failure(more.join('\n'));
    else if (error && more.length) error.message += `\n  also:\n    ${indent(more.join('\n'))}`;
    const took = seconds(performance.now() - started);
    if (!error) {
      results.passed++;
      console.log(`ok    ${test.name} (${took})${shots.length ? ` [${shots.join(', ')}]` : ''}`);
      return;
    }
    results.failed++;
    results.failures.push(test.name);
    let message = error instanceof Failure ? error.message : `${error.name}: ${error.message}`.split('\n').slice(0, 8).join('\n');
    if (!(error instanceof Failure)) message += `\n  (last step: ${t.lastStep})`;
    if (errors.length && !message.includes('page said:')) message += t.errorsText();
    console.log(`FAIL  ${test.name} (${took})\n    ${indent(message)}`);
  }

  return {
    results,
    /** The name of the test running now (for recorders that tag what they see). */
    current: () => current,
    /** Runs `tests` in order; `gone()` names why the browser is no longer there (the rest then fail unrun). */
    async runAll(tests, gone = () => null) {
      for (const test of tests) {
        if (test.skip) {
          results.skipped++;
          console.log(`skip  ${test.name} — ${test.skip}`);
          continue;
        }
        const notRun = gone() ?? (performance.now() - startedAt > leg.budgetMs ? `the run went over its ${seconds(leg.budgetMs)} budget` : null);
        if (!notRun) {
          await runOne(test);
          continue;
        }
        results.failed++;
        results.failures.push(test.name);
        console.log(`FAIL  ${test.name}\n    not run: ${notRun}`);
      }
    },
    /** Prints the summary (`label`: e.g. "e2e firefox") and returns the exit code. */
    summary(count, label) {
      if (results.failures.length) console.log(`\nfailed:\n  ${results.failures.join('\n  ')}`);
      console.log(`${label}: ${count} tests in ${seconds(performance.now() - startedAt)}`);
      console.log(`${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`);
      return results.failed ? 1 : 0;
    },
  };
}
