// The small test harness behind test/e2e/run.mjs: a registry (name + async fn + timeout),
// assertions that print expected vs actual, and DOM-state waits that explain themselves
// when they time out.
import { inspect } from 'node:util';
import { probe } from './probes.mjs';

/** A failed expectation; `message` already says what was expected and what was found. */
export class Failure extends Error {}

const show = (value) => (typeof value === 'string' ? JSON.stringify(value) : inspect(value, { depth: 6, breakLength: 120 }));

/** Throws unless `actual === expected`. */
export function expectEqual(actual, expected, what) {
  if (actual !== expected) throw new Failure(`${what}\n  expected: ${show(expected)}\n  actual:   ${show(actual)}`);
}

/** Throws with `message` (plus optional detail) unless `condition` holds. */
export function expectTrue(condition, message, detail) {
  if (!condition) throw new Failure(detail === undefined ? message : `${message}\n  ${show(detail).replace(/\n/g, '\n  ')}`);
}

/** Formats a value for a failure message. */
export { show };

/**
 * Waits until the in-page probe `op` returns a result for which the JavaScript expression
 * `predicate` (over `r`) is true, polling every 100 ms with page.waitForFunction. On timeout
 * throws a Failure naming `what` and the last probe result, plus `explain()`'s text.
 */
export async function waitProbe(page, { op, arg, predicate, what, timeout = 5000, explain }) {
  const expression = `(() => { const r = (${probe.toString()})(${JSON.stringify({ op, arg })}); return (${predicate}) ? r : false; })()`;
  try {
    const handle = await page.waitForFunction(expression, undefined, { timeout, polling: 100 });
    const value = await handle.jsonValue();
    await handle.dispose();
    return value;
  } catch (error) {
    // Playwright says "Timeout … exceeded"; puppeteer throws a TimeoutError saying "Waiting failed: … exceeded".
    if (error?.name !== 'TimeoutError' && !/Timeout/i.test(String(error?.message))) throw error;
    let last;
    try {
      last = await page.evaluate(probe, { op, arg });
    } catch (inner) {
      last = `(page gone: ${inner.message.split('\n')[0]})`;
    }
    const extra = explain ? await explain(last).catch((e) => `(explain failed: ${e.message})`) : '';
    throw new Failure(`${what} — not within ${timeout} ms\n  last seen: ${show(last).replace(/\n/g, '\n  ')}${extra ? '\n  ' + extra : ''}`);
  }
}

/** A registry of tests, run in registration order. */
export function createRegistry() {
  const tests = [];
  return {
    tests,
    /**
     * @param {string} name
     * @param {(t: any) => Promise<void>} fn
     * @param {{ timeout?: number, skip?: string }} [options] skip: the reason to skip
     */
    test(name, fn, { timeout = 30_000, skip } = {}) {
      if (tests.some((t) => t.name === name)) throw new Error(`duplicate test name: ${name}`);
      tests.push({ name, fn, timeout, skip });
    },
  };
}
