#!/usr/bin/env node
// The Firefox leg of the end-to-end suite (issue 11): Debian's firefox-esr, headless, driven by
// puppeteer-core over WebDriver BiDi (recipe: docs/toolchain.md, "Firefox"), with
// .output/firefox-mv2-e2e installed as a temporary add-on. It runs the
// Chromium leg's contract tests (contract.mjs, pages.mjs) through a Playwright-shaped wrapper
// (bidi-page.mjs), plus a popup test, and prints each test the protocol cannot run with its reason.
//
//   npm run build:e2e:firefox && node test/e2e/firefox.mjs
//   node test/e2e/firefox.mjs --grep slate     only tests whose name matches (regular expression)
//   node test/e2e/firefox.mjs --list           print the test names (skips with their reason) and exit
//   node test/e2e/firefox.mjs --all            also the browser-neutral contract tests left out by default (~4 min)
//
// Budget: 2.5 minutes (measured 149 s on two cores shared with other runs, load average 4.7:
// start-up ~10 s, each editor ~13 s, page and popup tests ~15 s); a safety stop at 4 minutes
// (8 with --all) marks the tests not started by then as failed.
// Output and exit code as run.mjs: `ok` / `FAIL` / `skip` lines, then `N passed, M failed[, K
// skipped]`; exit 1 on a failure, 2 when it cannot start (no e2e build). No firefox-esr: the leg
// is skipped loudly (exit 0) — unless CI=true, where it is a failure (exit 1).
//
// Network guard: every proxy setting points at a local port that records and refuses each
// connection, so a request from a page, the add-on's background page or Firefox itself fails
// the test it happened in (and the run's last test); localhost is never proxied, and page
// requests to any origin but the fixture server are caught from BiDi network events. Remote
// settings point at a dead port; captive-portal and connectivity checks are off.
import puppeteer from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { EDITORS, buildFixtures } from '../../scripts/build-fixtures.mjs';
import { playwrightShaped } from './bidi-page.mjs';
import { DEFENSIVE, registerContractTests } from './contract.mjs';
import { Failure, createRegistry, expectEqual, expectTrue, show, waitProbe } from './harness.mjs';
import { REPO, SHOTS, createRunner, formatRequests, seconds, snapshotBuild, withDeadline } from './runner.mjs';
import { openFixture, typeFlagged } from './hostile.mjs';
import { registerPageTests } from './pages.mjs';
import { startServer } from './server.mjs';

/** The e2e build; RC_E2E_FIREFOX_EXTENSION points elsewhere only to test this harness with a stand-in add-on. */
const EXTENSION = process.env.RC_E2E_FIREFOX_EXTENSION || join(REPO, '.output/firefox-mv2-e2e');
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** The add-on's fixed internal UUID (pref extensions.webextensions.uuids): its pages are at a known moz-extension:// origin. */
const ADDON_UUID = '3f6c1e52-8a4b-4d7e-9c21-5b0e7a9d4f18';
const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;
const VIEWPORT = { width: 1280, height: 900 };

const { values: opts } = parseArgs({
  options: {
    grep: { type: 'string' },
    list: { type: 'boolean', default: false },
    'hook-timeout': { type: 'string', default: '4000' },
    all: { type: 'boolean', default: false },
  },
});
/** Tests not started by then count as failed (a usual run takes under half of it). */
const RUN_BUDGET_MS = (opts.all ? 8 : 4) * 60_000;

// ---- the tests ------------------------------------------------------------------------
/** Tests of the Chromium leg that WebDriver BiDi cannot drive, and why. */
const NOT_OVER_BIDI = [
  [/IME composition/, 'IME composition is sent with CDP Input.imeSetComposition; WebDriver BiDi has no composition input and Firefox no CDP'],
];
/**
 * Contract tests left out to keep the leg within its budget (`--all` runs them): what they hold
 * does not depend on the browser, and the tests that do run here check it along the way.
 */
const BROWSER_NEUTRAL = [
  [/: a clean reply reads 0$/, 'what the checker finds does not depend on the browser'],
  [/: the quoted customer message is never flagged$/, 'which text is coached is decided by the page’s markup, not the browser'],
  [/: typed text is never changed without an apply$/, 'the Apply and Send tests here compare the editor’s text with what was typed once the check ran'],
  [/: highlights mark the flagged words, inside the reply only$/, 'the Alt+Enter and Apply tests here find the flagged words through their CSS.highlights ranges (or the textarea overlay)'],
];
/** Per BROWSER_NEUTRAL entry, the tests it left out. */
const leftOut = new Map();
const registry = createRegistry();
const withSkips = {
  test(name, fn, options = {}) {
    const neutral = opts.all ? null : BROWSER_NEUTRAL.find(([re]) => re.test(name));
    if (neutral) return void leftOut.set(neutral, [...(leftOut.get(neutral) ?? []), name]);
    const skip = NOT_OVER_BIDI.find(([re]) => re.test(name))?.[1];
    registry.test(name, fn, skip ? { ...options, skip } : options);
  },
};
registerContractTests(withSkips, EDITORS.map((e) => e.id));
registerPageTests(withSkips);
registry.test('popup: the popup page shows the tab’s report and applies a rewrite', popupTest);
registry.test('no uncaught error and no request off the fixture server during the whole run', async () => {
  const away = requests.filter((r) => !isLocal(r.url));
  if (away.length) throw new Failure(`Firefox made ${away.length} request(s) off the fixture server ${origin}:\n  ${formatRequests(away)}`);
  expectEqual(backgroundErrors.map((e) => `${e.line} [during: ${e.test}]`).join('\n'), '', 'uncaught errors in add-on code (Firefox’s own output) during the run');
});

const grep = opts.grep ? new RegExp(opts.grep, 'i') : null;
const selected = registry.tests.filter((t) => !grep || grep.test(t.name));
const leftOutText = [
  ...[...leftOut].map(([[re, why], names]) => `  "${re.source.replace(/^: |\$$/g, '')}" (${names.length} editors): ${why}`),
  '  hostile.mjs, update.mjs, policy.mjs (the Chromium leg only): they drive the MV3 service worker, CDP isolated worlds, chrome://extensions and Chromium’s policy file',
].join('\n');
if (opts.list) {
  for (const t of selected) console.log(t.skip ? `${t.name} (skipped: ${t.skip})` : t.name);
  console.log(`left out of this leg (--all runs the contract tests among them):\n${leftOutText}`);
  process.exit(0);
}

// ---- preflight -------------------------------------------------------------------------
if (!existsSync(FIREFOX)) {
  const how = 'Install it (as root): apt-get install -y firefox-esr   (or point FIREFOX_PATH at a Firefox binary)';
  if (process.env.CI === 'true') {
    console.error(`e2e firefox: FAILED — firefox-esr not found at ${FIREFOX}, and CI=true requires the Firefox leg.\n${how}`);
    process.exit(1);
  }
  console.log(`\n*** e2e firefox: SKIPPED — no Firefox at ${FIREFOX}. The Firefox leg did not run. ***\n${how}\n`);
  process.exit(0);
}
const manifestPath = join(EXTENSION, 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`No Firefox end-to-end build at ${manifestPath}.\nBuild it first: npm run build:e2e:firefox   (then: node test/e2e/firefox.mjs)`);
  process.exit(2);
}
const GECKO_ID = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings?.gecko?.id;
if (!GECKO_ID) {
  console.error(`${manifestPath} has no browser_specific_settings.gecko.id: the add-on's UUID cannot be fixed.`);
  process.exit(2);
}

// ---- helpers ---------------------------------------------------------------------------
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const firstLine = (text) => String(text).split('\n')[0];
/** Every request seen (proxy connections and page requests), with the test it happened in. */
const requests = [];
/** `JavaScript error: moz-extension://…` lines from Firefox's output: uncaught errors in the background page or content scripts. */
const backgroundErrors = [];
let origin = '';
const isLocal = (url) => url.startsWith(`${origin}/`) || /^(moz-extension|data|blob|about):/.test(url);
/** A local TCP port: `keep` records and refuses every connection on it (the proxy); otherwise it is closed again (a dead port). */
async function localPort(keep) {
  const socket = createServer((conn) => {
    conn.once('data', (data) => {
      const [method, target] = data.toString('latin1').split('\r\n')[0].split(' ');
      requests.push({ url: method === 'CONNECT' ? `https://${target.replace(/:443$/, '')}/` : target, source: 'proxy: any part of Firefox, background page included', test: runner.current() });
      conn.destroy();
    });
    conn.on('error', () => {});
  });
  await new Promise((resolve) => socket.listen(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  if (!keep) await new Promise((resolve) => socket.close(resolve));
  return { port, close: () => new Promise((resolve) => socket.close(() => resolve())) };
}

// ---- the popup test (Firefox only: the Chromium leg reads reports through the service worker) ----
/** A tab in the background, so the popup page's `tabs.query({ active: true })` is the fixture tab, as when the real popup opens. */
async function popupTest(t) {
  const page = await openFixture(t, 'textarea');
  await typeFlagged(t, page);
  const hook = (await waitProbe(page, { op: 'hook', predicate: 'r.value >= 1', what: 'the reply is flagged', timeout: 3000 })).value;
  t.step('open popup.html in a background tab');
  const popup = await t.newPage({ background: true });
  await popup.raw.mainFrame().browsingContext.navigate(`${EXTENSION_ORIGIN}/popup.html`, 'complete');
  // Polled with evaluate, not waitForFunction: Firefox (140.12 on) applies the extension page's
  // CSP to the `Function()` puppeteer's wait task builds its predicate with, and the wait fails.
  const readFindings = () =>
    popup.evaluate(() => {
      const findings = [...document.querySelectorAll('.rc-finding')];
      return findings.length ? { marks: findings.map((f) => f.querySelector('.rc-mark')?.textContent ?? ''), applies: document.querySelectorAll('.rc-suggestions button').length, title: document.querySelector('#rc-findings-title')?.textContent } : null;
    });
  let shown = null;
  for (const until = Date.now() + 5000; !shown && Date.now() < until; ) shown = (await readFindings()) ?? (await sleep(100), null);
  if (!shown) throw new Failure(`the popup shows no finding for the flagged tab within 5 s\n  popup text: ${show(await popup.evaluate(() => document.body.innerText).catch((e) => e.message))}`);
  expectTrue(shown.marks.length >= hook, `the popup lists at least the ${hook} flagged finding(s) the page's hook counts`, shown);
  expectTrue(shown.marks.every((m) => m && DEFENSIVE.includes(m)), 'every finding the popup shows quotes the typed reply', shown);
  expectEqual(shown.title, 'To reword', 'the popup’s findings heading');
  expectTrue(shown.applies >= 1, 'the popup offers Apply for an editable reply box', shown);
  t.step('click the popup’s first Apply');
  await popup.evaluate(() => document.querySelector('.rc-suggestions button').click());
  await waitProbe(page, { op: 'state', predicate: `r.text !== ${JSON.stringify(DEFENSIVE)}`, what: 'Apply in the popup rewrites the reply in the tab', timeout: 3000 });
  // The report then changes (live update), so the applied finding may already be gone from the list: check only that no refusal shows.
  await sleep(500);
  const refusals = await popup.evaluate(() => [...document.querySelectorAll('.rc-finding__status')].map((s) => s.textContent.trim()).filter(Boolean));
  expectEqual(refusals.join(' | '), '', 'error or refusal messages in the popup after its Apply');
}

// ---- run -------------------------------------------------------------------------------
let browser;
let server;
let proxy;
let scratchDir;
const env = { hookTimeout: Number(opts['hook-timeout']), hookMisses: new Set() };
const runner = createRunner({
  // Read as each test starts (the server is up by then).
  context: {
    env,
    get server() {
      return server;
    },
    get origin() {
      return origin;
    },
  },
  budgetMs: RUN_BUDGET_MS,
  failOnPageErrors: true,
  /** A new tab, wrapped for the shared tests; `background`: opened behind the current tab. */
  async newPage({ background = false } = {}, errors) {
    const raw = await browser.newPage({ background });
    await raw.mainFrame().browsingContext.setViewport({ viewport: VIEWPORT });
    raw.on('pageerror', (e) => errors.push(`uncaught error: ${firstLine(e.message)}`));
    raw.on('console', (m) => m.type() === 'error' && errors.push(`console.error: ${firstLine(m.text())}`));
    raw.on('request', (r) => requests.push({ url: r.url(), source: `page ${raw.url()}`, test: runner.current() }));
    return playwrightShaped(raw);
  },
  async shot(page, name) {
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `firefox-${name}.png`) });
    return `firefox-${name}.png`;
  },
  watch() {
    const [requestsBefore, errorsBefore] = [requests.length, backgroundErrors.length];
    return () => {
      const found = [];
      const crashed = backgroundErrors.slice(errorsBefore).map((e) => e.line);
      if (crashed.length) found.push(`uncaught errors in add-on code (Firefox’s output):\n  ${crashed.slice(0, 6).join('\n  ')}`);
      const away = requests.slice(requestsBefore).filter((r) => !isLocal(r.url));
      if (away.length) found.push(`requests off the fixture server during this test (the add-on must make none):\n  ${formatRequests(away)}`);
      return found;
    };
  },
});

/** Watches Firefox's stdout/stderr (they must be drained anyway) for uncaught errors in add-on code. */
function watchFirefoxOutput(child) {
  for (const stream of [child?.stdout, child?.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      if (/^JavaScript error: moz-extension:/.test(line)) backgroundErrors.push({ line, test: runner.current() });
      if (process.env.RC_FIREFOX_OUTPUT === '1') console.log(`firefox| ${line}`);
    });
  }
}

async function main() {
  const buildMs = await buildFixtures({ quiet: true });
  server = await startServer();
  origin = server.origin;
  scratchDir = await mkdtemp(join(tmpdir(), 'reply-coach-e2e-firefox-'));
  proxy = await localPort(true);
  const dead = await localPort(false);
  const launchedAt = performance.now();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it, navigating to moz-extension:// fails.
    args: ['--remote-allow-system-access'],
    // ESR does not know emulation.setScreenOrientationOverride: each tab's viewport is set through its browsing context.
    defaultViewport: null,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }),
      'devtools.console.stdout.content': true,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      'services.settings.server': `http://127.0.0.1:${dead.port}/v1`,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  watchFirefoxOutput(browser.process());
  const launchMs = performance.now() - launchedAt;
  const id = await browser.installExtension(snapshotBuild(EXTENSION, scratchDir));
  expectEqual(id, GECKO_ID, 'the installed add-on’s id');
  console.log(`e2e firefox: fixtures built in ${buildMs} ms, served at ${origin}; ${await browser.version()} (launched in ${seconds(launchMs)}); add-on ${id} at ${EXTENSION_ORIGIN}; network guard: refusing proxy on 127.0.0.1:${proxy.port} + page requests`);
  console.log(`left out of this leg (--all runs the contract tests among them; the Chromium leg runs them all):\n${leftOutText}`);
  let browserGone = null;
  browser.on('disconnected', () => (browserGone ??= runner.current()));
  await runner.runAll(selected, () => (browserGone ? `Firefox closed unexpectedly during "${browserGone}"` : null));
}

let fatal = null;
try {
  await main();
} catch (error) {
  fatal = error;
}
await withDeadline(browser?.close() ?? Promise.resolve(), 15_000, 'closing Firefox').catch(() => browser?.process()?.kill('SIGKILL'));
await server?.close();
await proxy?.close();
if (scratchDir) await rm(scratchDir, { recursive: true, force: true }).catch(() => {});
if (fatal) {
  console.error(`e2e firefox: could not run: ${fatal.stack ?? fatal}`);
  process.exit(2);
}
process.exit(runner.summary(selected.length, 'e2e firefox'));
