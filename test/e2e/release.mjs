#!/usr/bin/env node
// The release build, as the store ships it (.output/chrome-mv3: no localhost matches, no test
// hook on the page), on a helpdesk's real hostname (acme.zendesk.com mapped to the site suite's
// local HTTPS server, sites.mjs): the reply box is coached — the report read from the service
// worker has the typed reply's findings — and the page's own elements carry nothing of ours.
// One Chromium launch, about 20 s; budget 2 minutes. Chromium only (host resolver rules).
//
//   node test/e2e/release.mjs     (npm run build first; npm test runs it after the contract suite)
import { chromium } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRegistry, expectTrue, Failure } from './harness.mjs';
import { REPO, createRunner, snapshotBuild } from './runner.mjs';
import { isSiteUrl, startSiteServer } from './sites.mjs';

const BUILD = join(REPO, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const DEFENSIVE = 'Our system is working perfectly. That is not our fault.';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

if (!existsSync(join(BUILD, 'manifest.json'))) {
  console.error(`No release build at ${BUILD}: run npm run build first.`);
  process.exit(2);
}
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  process.exit(2);
}

const registry = createRegistry();
const requests = [];
let context;

registry.test('release: on acme.zendesk.com the reply box is coached; the report reaches the service worker; the page carries no hook', async (t) => {
  const page = await t.newPage();
  await page.goto('https://acme.zendesk.com/agent/tickets/4821');
  await page.waitForFunction(() => window.__editorReady === true, undefined, { timeout: 15_000, polling: 100 });
  t.step('type a defensive reply with real keys');
  await page.evaluate(() => window.__editor.focus());
  await page.keyboard.type(` ${DEFENSIVE}`);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://acme.zendesk.com/*' }))[0]?.id);
  expectTrue(tabId != null, 'the service worker sees the helpdesk tab');
  t.step('read the tab’s report from the service worker');
  let findings = [];
  // The background mirrors each tab's reports to storage.session (lib/page/reports.ts), keyed by tab.
  for (const until = Date.now() + 8000; Date.now() < until && !findings.some((f) => /not our fault/i.test(f.text)); await sleep(200)) {
        const key = `reports:${tabId}`;
    const tab = (await worker.evaluate((k) => chrome.storage.session.get(k), key))[key];
    findings = Object.values(tab?.frames ?? {}).flatMap((frame) => Object.values(frame.boxes ?? {}).flatMap((box) => box.findings ?? []));
  }
  expectTrue(findings.some((f) => /not our fault/i.test(f.text)), 'the report in the service worker has the typed reply’s defensive finding', findings.map((f) => f.text));
  const marks = await page.evaluate(() => document.querySelectorAll('[data-reply-coach-findings]').length);
  if (marks) throw new Failure(`the release build put data-reply-coach-findings on ${marks} page element(s); only the e2e build may`);
  const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  expectTrue(Number(badge) >= 1, `the toolbar badge counts the finding (badge "${badge}")`);
});

registry.test('release: no request left the local helpdesk server', async () => {
  const away = requests.filter((u) => !isSiteUrl(u) && !/^(chrome-extension|data|blob|about|chrome):/.test(u));
  if (away.length) throw new Failure(`requests off the local helpdesk server:\n  ${[...new Set(away)].join('\n  ')}`);
});

registry.test('release: the scripts every helpdesk frame loads have no character above U+00FF (V8 then holds them in one byte per character, not two)', async () => {
  for (const file of ['content-scripts/content.js', 'coach.js', 'card-ui.js']) {
    const text = readFileSync(join(BUILD, file), 'utf8');
    const at = [...text].findIndex((c) => c.codePointAt(0) > 0xff);
    if (at >= 0) {
      const near = [...text].slice(Math.max(0, at - 40), at + 20).join('');
      throw new Failure(`${file} has ${JSON.stringify([...text][at])} (U+${[...text][at].codePointAt(0).toString(16).toUpperCase()}) at character ${at}: ${JSON.stringify(near)}; write it as an escape in a string (regular expression literals and String.raw keep it as is)`);
    }
  }
});

registry.test('release: the coach bundle carries neither the card UI nor a second extension-API polyfill (both come once, from elsewhere)', async () => {
  const coach = readFileSync(join(BUILD, 'coach.js'), 'utf8');
  const cardUi = readFileSync(join(BUILD, 'card-ui.js'), 'utf8');
  const content = readFileSync(join(BUILD, 'content-scripts/content.js'), 'utf8');
  // The polyfill's own error text, and the card's positioned box class (lib/page/card-styles.ts).
  const polyfill = 'This script should only be loaded in a browser extension';
  expectTrue(content.includes(polyfill), 'the content script carries webextension-polyfill');
  expectTrue(!coach.includes(polyfill) && !cardUi.includes(polyfill), 'coach.js and card-ui.js take the content script\'s browser instead of their own polyfill');
  expectTrue(cardUi.includes('rc-card-pos') && !coach.includes('rc-card-pos'), 'the card and its styles are in card-ui.js only');
});

const scratch = await mkdtemp(join(tmpdir(), 'reply-coach-release-'));
const sites = await startSiteServer();
const extension = snapshotBuild(BUILD, scratch);
context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
  executablePath: CHROMIUM,
  headless: false,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...sites.chromiumArgs],
  viewport: { width: 1280, height: 900 },
});
context.on('request', (r) => requests.push(r.url()));
const runner = createRunner({
  context: {},
  budgetMs: 2 * 60_000,
  async newPage(_options, errors) {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`page error: ${e.message.split('\n')[0]}`));
    return page;
  },
  async shot() {
    return '';
  },
  failOnPageErrors: false,
});
let code = 2;
try {
  await runner.runAll(registry.tests);
  code = runner.summary(registry.tests.length, 'e2e release');
} finally {
  await context.close();
  await sites.close();
  await rm(scratch, { recursive: true, force: true });
}
process.exit(code);
