#!/usr/bin/env node
// End-to-end runner (`npm run test:e2e`): builds the fixture pages, serves them on
// 127.0.0.1, loads .output/chrome-mv3-e2e into one persistent Chromium context, runs every
// test in order, watches every network request, and ends with the line
// `N passed, M failed[, K skipped]` (exit 1 on any failure, 2 when it cannot start).
//
//   node test/e2e/run.mjs                  contract tests against the e2e build
//   node test/e2e/run.mjs --no-extension   fixture self-checks, extension not loaded
//   node test/e2e/run.mjs --grep quill     only tests whose name matches (regular expression)
//   node test/e2e/run.mjs --list           print the test names and exit
//   --suite policy                         the managed-policy suite (policy.mjs: root, writes /etc/chromium/policies)
//   --suite contract|fixtures              override the suite (default: contract with the
//                                          extension, fixtures without; `--no-extension
//                                          --suite contract` shows how every test fails)
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EDITORS, buildFixtures } from '../../scripts/build-fixtures.mjs';
import { otherOrigin, registerChurnTests } from './churn.mjs';
import { registerCardKeysTests } from './card-keys.mjs';
import { registerContractTests, registerFixtureChecks } from './contract.mjs';
import { Failure, createRegistry } from './harness.mjs';
import { registerHostileTests } from './hostile.mjs';
import { registerPageTests } from './pages.mjs';
import { registerPopupStateTests } from './popup-states.mjs';
import { startServer } from './server.mjs';
import { registerUpdateTests } from './update.mjs';
import { registerTryTests } from './try-pages.mjs';
import { registerEngineTests } from './engine.mjs';
import { registerCardDailyTests } from './card-daily.mjs';
import { registerI18nTests } from './i18n.mjs';
import { registerReplyLangTests } from './reply-langs.mjs';
import { isSiteUrl, registerSiteTests, startSiteServer } from './sites.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
/** The e2e build; RC_E2E_EXTENSION points elsewhere only to test this harness with a stand-in extension. */
const EXTENSION = process.env.RC_E2E_EXTENSION || join(repo, '.output/chrome-mv3-e2e');
const SHOTS = join(repo, 'test/e2e/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** The lock `flock /tmp/rc-build.lock npm run build:e2e` takes while it rewrites .output/. */
const BUILD_LOCK = process.env.RC_BUILD_LOCK || '/tmp/rc-build.lock';
/** A safety stop far past the usual ~3 minutes: tests not started by then count as failed. */
const RUN_BUDGET_MS = 9 * 60_000;

const { values: opts } = parseArgs({
  options: {
    'no-extension': { type: 'boolean', default: false },
    grep: { type: 'string' },
    list: { type: 'boolean', default: false },
    'hook-timeout': { type: 'string', default: '4000' },
    suite: { type: 'string' },
  },
});
const withExtension = !opts['no-extension'];
const suite = opts.suite ?? (withExtension ? 'contract' : 'fixtures');
if (suite === 'policy') {
  // The managed-policy suite writes a Chromium policy file before its own (single) launch: see policy.mjs.
  const run = spawnSync(process.execPath, [fileURLToPath(new URL('./policy.mjs', import.meta.url))], { stdio: 'inherit' });
  process.exit(run.status ?? 2);
}
if (!['contract', 'fixtures'].includes(suite)) {
  console.error(`--suite must be contract or fixtures, not ${JSON.stringify(suite)}`);
  process.exit(2);
}

// ---- the tests ------------------------------------------------------------------------
const registry = createRegistry();
const editorIds = EDITORS.map((e) => e.id);
if (suite === 'contract') {
  registerContractTests(registry, editorIds);
  registerPageTests(registry);
  registerHostileTests(registry);
  registerChurnTests(registry);
  registerTryTests(registry);
  registerEngineTests(registry);
  registerCardDailyTests(registry);
  registerPopupStateTests(registry);
  registerI18nTests(registry);
  registerReplyLangTests(registry);
  registerSiteTests(registry);
  registerCardKeysTests(registry);
  // Last: these reload and restart the extension.
  registerUpdateTests(registry);
}
else registerFixtureChecks(registry, editorIds);
/** Every request the browser made during the run (see watchNetwork). */
const requests = [];
let origin = '';
// The fixture server under its other name too: churn.mjs loads cross-origin ticket iframes from it.
// The site suite's helpdesk hostnames too (sites.mjs: each mapped to its local HTTPS server), exactly those.
const isLocal = (url) => url.startsWith(`${origin}/`) || url.startsWith(`${otherOrigin(origin)}/`) || isSiteUrl(url) || /^(chrome-extension|data|blob|about|chrome|chrome-untrusted):/.test(url);
registry.test('no request left the fixture server during the whole run', async () => {
  const away = requests.filter((r) => !isLocal(r.url));
  if (away.length) throw new Failure(`the browser made ${away.length} request(s) off the fixture server ${origin}:\n  ${formatRequests(away)}`);
});

const grep = opts.grep ? new RegExp(opts.grep, 'i') : null;
const selected = registry.tests.filter((t) => !grep || grep.test(t.name));
if (opts.list) {
  for (const t of selected) console.log(t.name);
  process.exit(0);
}

// ---- preflight -------------------------------------------------------------------------
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}. Install it (as root): apt-get update && apt-get install -y chromium\n(or point CHROMIUM_PATH at a Chromium binary).`);
  process.exit(2);
}
if (withExtension) {
  const manifestPath = join(EXTENSION, 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(`No end-to-end build at ${manifestPath}.\nBuild it first: npm run build:e2e   (then: npm run test:e2e)`);
    process.exit(2);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const matches = (manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
  if (!matches.some((m) => m === '<all_urls>' || m.includes('127.0.0.1') || m.startsWith('*://*/') || m.startsWith('http://*/'))) {
    console.log(`warning: the e2e manifest has no content script for http://127.0.0.1 (matches: ${JSON.stringify(matches)}); every in-page test will fail.`);
  }
}

// ---- helpers ---------------------------------------------------------------------------
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const indent = (text) => String(text).replace(/\n/g, '\n    ');
function formatRequests(list) {
  const seen = new Map();
  for (const r of list) {
    const key = `${r.url} [${r.source}]`;
    seen.set(key, [...(seen.get(key) ?? []), r.test]);
  }
  return [...seen].map(([key, tests]) => `${key} during: ${[...new Set(tests)].join('; ')}`).join('\n  ');
}
async function withDeadline(promise, ms, label) {
  let timer;
  try {
    return await Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${label} took over ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

// ---- run -------------------------------------------------------------------------------
const runStarted = performance.now();
let context;
let server;
/** The site suite's HTTPS server (sites.mjs); its resolver rules are launch flags. */
let sites;
/** Holds the Chromium profile and the extension snapshot; removed at the end. */
let scratchDir;
let currentTest = '(start-up)';
const results = { passed: 0, failed: 0, skipped: 0, failures: [] };

/**
 * Records every request: the context's own (pages, their workers, service workers) and,
 * through a browser-level CDP session, those of extension documents Playwright does not
 * track (offscreen documents, shared workers). Passive: nothing is paused or blocked.
 */
async function watchNetwork(ctx) {
  ctx.on('request', (request) => {
    let source = 'page';
    if (request.serviceWorker()) source = `service worker ${request.serviceWorker().url()}`;
    else {
      try {
        source = `page ${request.frame().url()}`;
      } catch {
        source = 'page';
      }
    }
    requests.push({ url: request.url(), source, test: currentTest });
  });
  const browser = ctx.browser();
  if (!browser) return 'context requests only (no browser handle for a CDP session)';
  const cdp = await browser.newBrowserCDPSession();
  // Playwright already reports these target types through ctx.on('request').
  const covered = new Set(['page', 'tab', 'iframe', 'service_worker', 'browser', 'browser_ui']);
  const targets = new Map();
  const attached = new Set();
  let messageId = 1;
  const attach = async (info) => {
    if (covered.has(info.type) || attached.has(info.targetId)) return;
    attached.add(info.targetId);
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: info.targetId, flatten: false });
    targets.set(sessionId, info);
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: messageId++, method: 'Network.enable' }) });
  };
  cdp.on('Target.targetCreated', (e) => attach(e.targetInfo).catch(() => {}));
  cdp.on('Target.targetInfoChanged', (e) => attach(e.targetInfo).catch(() => {}));
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message);
    if (message.method !== 'Network.requestWillBeSent') return;
    const info = targets.get(e.sessionId);
    requests.push({ url: message.params.request.url, source: `${info?.type ?? 'target'} ${info?.url ?? ''}`.trim(), test: currentTest });
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  return 'context requests + extension documents via CDP';
}

async function runTest(test, env) {
  if (test.skip) {
    results.skipped++;
    console.log(`skip  ${test.name} — ${test.skip}`);
    return;
  }
  currentTest = test.name;
  const pages = [];
  const errors = [];
  const problems = [];
  const shots = [];
  const t = {
    env,
    server,
    origin,
    lastStep: 'start',
    step(label) {
      t.lastStep = label;
    },
    /** A non-fatal problem: the test goes on, but fails at the end with it. */
    problem(message) {
      problems.push(message);
    },
    async newPage() {
      const page = await context.newPage();
      pages.push(page);
      page.on('pageerror', (e) => errors.push(`page error: ${e.message.split('\n')[0]}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text().split('\n')[0]}`);
      });
      return page;
    },
    async shot(page, name) {
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
      shots.push(`${name}.png`);
    },
    errorsText() {
      return errors.length ? `\n  page said:\n    ${errors.slice(0, 6).join('\n    ')}` : '';
    },
  };
  const requestsBefore = requests.length;
  const started = performance.now();
  let error = null;
  const run = Promise.resolve().then(() => test.fn(t));
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), test.timeout)));
  try {
    const outcome = await Promise.race([run.then(() => 'done'), timeout]);
    if (outcome === 'timeout') error = new Failure(`timed out after ${test.timeout} ms (last step: ${t.lastStep})`);
  } catch (e) {
    error = e;
  } finally {
    clearTimeout(timer);
  }
  for (const page of pages) await withDeadline(page.close(), 5000, 'closing a tab').catch(() => {});
  if (error && /timed out after/.test(error.message)) await withDeadline(run.catch(() => {}), 5000, 'stopping a timed-out test').catch(() => {});
  const away = requests.slice(requestsBefore).filter((r) => !isLocal(r.url));
  if (!error && problems.length) error = new Failure(problems.join('\n'));
  else if (error && problems.length) error.message += `\n  earlier in this test:\n    ${problems.join('\n').replace(/\n/g, '\n    ')}`;
  if (away.length) {
    const text = `requests off the fixture server during this test (the extension must make none):\n  ${formatRequests(away)}`;
    if (error) error.message += `\n  ${text}`;
    else error = new Failure(text);
  }
  const took = seconds(performance.now() - started);
  if (!error) {
    results.passed++;
    console.log(`ok    ${test.name} (${took})${shots.length ? ` [${shots.join(', ')}]` : ''}`);
    return;
  }
  results.failed++;
  let message = error instanceof Failure ? error.message : `${error.name}: ${error.message}`.split('\n').slice(0, 8).join('\n');
  if (!(error instanceof Failure) && t.lastStep) message += `\n  (last step: ${t.lastStep})`;
  if (errors.length && !message.includes('page said:')) message += t.errorsText();
  results.failures.push(test.name);
  console.log(`FAIL  ${test.name} (${took})\n    ${indent(message)}`);
}

/**
 * Copies the e2e build to a private directory (under a shared hold of the build lock, so not
 * mid-build) and loads that copy: other engineers rebuild .output/ while a run is going, and
 * Chromium reads extension files lazily.
 */
async function snapshotExtension(into) {
  const target = join(into, 'chrome-mv3-e2e');
  const locked = spawnSync('flock', ['-s', '-w', '120', BUILD_LOCK, 'cp', '-R', EXTENSION, target], { stdio: 'ignore' });
  if (locked.error || locked.status !== 0) await cp(EXTENSION, target, { recursive: true });
  return target;
}

async function main() {
  const buildMs = await buildFixtures({ quiet: true });
  server = await startServer();
  origin = server.origin;
  scratchDir = await mkdtemp(join(tmpdir(), 'reply-coach-e2e-'));
  const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  sites = await startSiteServer();
  args.push(...sites.chromiumArgs);
  if (withExtension) {
    const extension = await snapshotExtension(scratchDir);
    args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  }
  context = await chromium.launchPersistentContext(join(scratchDir, 'profile'), {
    executablePath: CHROMIUM,
    headless: false,
    args,
    viewport: { width: 1280, height: 900 },
  });
  // The context's first tab stays open (closing the last one would end the browser); tests open their own.
  const watching = await watchNetwork(context);
  let extensionNote = 'extension not loaded (--no-extension)';
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null));
    extensionNote = worker ? `extension ${new URL(worker.url()).host}` : 'warning: the extension started no service worker within 10 s (did it load?)';
  }
  console.log(`e2e: fixtures built in ${buildMs} ms, served at ${origin}; Chromium ${context.browser()?.version() ?? ''}; ${extensionNote}; network: ${watching}`);
  const env = { hookTimeout: Number(opts['hook-timeout']), hookMisses: new Set() };
  let browserGone = null;
  context.on('close', () => (browserGone ??= currentTest));
  for (const test of selected) {
    let notRun = null;
    if (browserGone) notRun = `Chromium closed unexpectedly during "${browserGone}"`;
    else if (performance.now() - runStarted > RUN_BUDGET_MS) notRun = `the run went over its ${seconds(RUN_BUDGET_MS)} budget`;
    if (!notRun) {
      await runTest(test, env);
      continue;
    }
    results.failed++;
    results.failures.push(test.name);
    console.log(`FAIL  ${test.name}\n    not run: ${notRun}`);
  }
}

let fatal = null;
try {
  await main();
} catch (error) {
  fatal = error;
}
await withDeadline(context?.close() ?? Promise.resolve(), 15_000, 'closing Chromium').catch(() => {});
await server?.close();
await sites?.close();
if (scratchDir) await rm(scratchDir, { recursive: true, force: true }).catch(() => {});
if (fatal) {
  console.error(`e2e: could not run: ${fatal.stack ?? fatal}`);
  process.exit(2);
}
if (results.failures.length) console.log(`\nfailed:\n  ${results.failures.join('\n  ')}`);
console.log(`e2e: ${selected.length} tests in ${seconds(performance.now() - runStarted)}`);
console.log(`${results.passed} passed, ${results.failed} failed${results.skipped ? `, ${results.skipped} skipped` : ''}`);
process.exit(results.failed ? 1 : 0);
