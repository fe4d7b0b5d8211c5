#!/usr/bin/env node
// The managed-policy suite (issue 10, "Team policy that stays locked"), tested the way an
// administrator deploys it: a Chromium policy file in /etc/chromium/policies/managed/ carries
// a rule pack for the extension's id, and one Chromium launch with the e2e build checks that
// the pack applies on a fixture page, shows as locked with who set it, and cannot be switched
// off from the card, the popup or the options page; then the file is replaced by a malformed
// pack and the extension must fail closed (built-in rules at their defaults, locked, the error
// with its reason on the options page and the popup).
//
//   node test/e2e/policy.mjs            (also: node test/e2e/run.mjs --suite policy)
//
// The policy file affects every Chromium on this machine: the suite holds an exclusive flock
// on /tmp/reply-coach-policy.lock while the file exists and removes it on every way out
// (finally, SIGINT/SIGTERM/SIGHUP, process exit). Writing /etc needs root (CI runs as root);
// otherwise the suite says so loudly and skips. Firefox (policies.json) is not covered.
// Last line: `N passed, M failed[, K skipped]`; exit 1 on any failure, 2 when it cannot start.
import { chromium } from 'playwright-core';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, rmdirSync, writeFileSync, renameSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixtures } from '../../scripts/build-fixtures.mjs';
import { Failure, createRegistry, expectEqual, expectTrue, show } from './harness.mjs';
import { startServer } from './server.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const EXTENSION = process.env.RC_E2E_EXTENSION || join(repo, '.output/chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const BUILD_LOCK = process.env.RC_BUILD_LOCK || '/tmp/rc-build.lock';
const POLICY_DIR = process.env.RC_POLICY_DIR || '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'reply-coach-e2e-policy.json');
const POLICY_LOCK = process.env.RC_POLICY_LOCK || '/tmp/reply-coach-policy.lock';

const PACK_NAME = 'Acme support policy (e2e)';
/** Flagged by nothing built in; the policy's own custom rule flags "tier two". */
const CUSTOM_TEXT = 'Please escalate to tier two as discussed.';
/** Flagged by en.defensive.works-fine (and maybe the model), both switched off by the policy. */
const OFF_TEXT = 'Our system is working perfectly.';
/** Flagged by en.defensive.not-our-fault, which the policy re-grades (locked, still on). */
const GRADED_TEXT = 'That is not our fault.';
/** A built-in rule the pack does not set, for the agent's own change. */
const AGENT_UNLOCKED = 'en.dismissive.calm-down';
/** The rule the agent switches off on the options page; a malformed policy must not apply that. */
const AGENT_RULE = 'en.defensive.not-our-fault';

const POLICY_PACK = {
  format: 'reply-coach-rules',
  version: 1,
  name: PACK_NAME,
  rules: {
    'en.defensive.works-fine': { enabled: false },
    'en.model.defensive': { enabled: false },
    'en.defensive.not-our-fault': { severity: 'error' },
  },
  custom: [
    {
      id: 'tier-two',
      lang: 'en',
      kind: 'phrase',
      pattern: 'tier two',
      category: 'dismissive',
      severity: 'warning',
      message: 'Say what happens next, not which tier takes it.',
      suggestions: ['our specialist team'],
    },
  ],
  // A custom domain for every agent (issue 11): listed and locked on the options page; no
  // policy grants the host permission, so it waits for "Allow access".
  sites: [{ host: 'support.acme.example', site: 'zammad' }],
};
/** Fits Chrome's managed_schema (so Chrome passes it on) but RE2 has no backreferences: Reply Coach must refuse it. */
const MALFORMED_PACK = { ...POLICY_PACK, custom: [{ ...POLICY_PACK.custom[0], kind: 'regex', pattern: '(tier)\\s+\\1' }] };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- the policy file and its lock ------------------------------------------------------
let lockHolder = null;
let createdDirs = [];
let policyWritten = false;

function removePolicy() {
  if (policyWritten || existsSync(POLICY_FILE)) {
    try {
      rmSync(POLICY_FILE, { force: true });
    } catch (e) {
      console.error(`policy: could not remove ${POLICY_FILE}: ${e.message} — REMOVE IT BY HAND`);
    }
    policyWritten = false;
  }
  for (const dir of createdDirs.reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      // not empty (someone else's policy): leave it
    }
  }
  createdDirs = [];
}

function releaseLock() {
  if (!lockHolder) return;
  try {
    lockHolder.stdin.end();
    lockHolder.kill();
  } catch {
    // already gone
  }
  lockHolder = null;
}

function cleanupSync() {
  removePolicy();
  releaseLock();
}

/** Holds `flock -x` on POLICY_LOCK in a child that lives as long as its stdin is open (it dies with us). */
async function acquireLock() {
  const child = spawn('flock', ['-x', '-w', '300', POLICY_LOCK, 'sh', '-c', 'echo locked; cat >/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
  lockHolder = child;
  await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('locked')) resolve();
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`flock on ${POLICY_LOCK} ended (exit ${code}) before the lock was held`)));
  });
}

function writePolicy(pack) {
  const missing = [];
  for (let d = POLICY_DIR; !existsSync(d); d = dirname(d)) missing.unshift(d);
  mkdirSync(POLICY_DIR, { recursive: true });
  if (!createdDirs.length) createdDirs = missing;
  const body = { '3rdparty': { extensions: { [extensionId]: { rulePack: pack } } } };
  const tmp = `${POLICY_FILE}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(body, null, 2)}\n`);
  renameSync(tmp, POLICY_FILE); // Chromium never reads a half-written file
  policyWritten = true;
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`policy: ${sig}: removing ${POLICY_FILE}`);
    cleanupSync();
    process.exit(130);
  });
}
process.on('exit', cleanupSync);

// ---- extension id ----------------------------------------------------------------------
/** Chromium's id: the first 16 bytes of a SHA-256, as hex with 0-9a-f mapped to a-p. */
function idFromBytes(bytes) {
  return createHash('sha256')
    .update(bytes)
    .digest('hex')
    .slice(0, 32)
    .replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + parseInt(c, 16)));
}
/** From the manifest's `key` (stable) or, without one, from the unpacked directory's absolute path (as Chromium does). */
function computeExtensionId(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  if (manifest.key) return { id: idFromBytes(Buffer.from(manifest.key, 'base64')), from: 'the manifest key' };
  return { id: idFromBytes(Buffer.from(realpathSync(dir))), from: `the path ${realpathSync(dir)} (the manifest has no key)` };
}

// ---- page helpers ----------------------------------------------------------------------
/** The findings hook on the fixture's editable. */
async function hook(page) {
  return page.evaluate(() => {
    const el = document.querySelector('[data-reply-coach-findings]');
    return el ? Number(el.getAttribute('data-reply-coach-findings')) : null;
  });
}
async function waitHook(page, predicate, what, timeout = 8000) {
  const until = Date.now() + timeout;
  let last;
  while (Date.now() < until) {
    last = await hook(page);
    if (last !== null && predicate(last)) return last;
    await sleep(150);
  }
  throw new Failure(`${what} — not within ${timeout} ms (data-reply-coach-findings: ${show(last)})`);
}
/** The open card in <reply-coach-root>'s (open, e2e build) shadow root. */
async function card(page) {
  return page.evaluate(() => {
    const roots = [...document.querySelectorAll('reply-coach-root')];
    const el = roots.map((r) => r.shadowRoot?.querySelector('[data-rc-card]')).find((c) => c && c.getBoundingClientRect().width > 0);
    if (!el) return { open: false };
    return {
      open: true,
      message: el.querySelector('.rc-message')?.textContent ?? '',
      disableRule: el.querySelectorAll('button[data-rc-disable-rule]').length,
      lockedBy: el.querySelector('[data-rc-locked-by]')?.textContent ?? null,
      buttons: [...el.querySelectorAll('button')].map((b) => (b.textContent ?? '').trim()),
    };
  });
}
async function openTextarea(t, text) {
  const page = await t.newPage();
  await page.goto(`${t.origin}/textarea.html?noquote=1`);
  await page.waitForFunction(() => window.__editorReady === true, undefined, { timeout: 15_000 });
  await page.evaluate(() => window.__editor.focus());
  await page.keyboard.type(text);
  return page;
}
/** Caret into the span [start, end) of a textarea reply of `length` characters, then Alt+Enter (trusted keys). */
async function openCardAt(page, length, start, end, what) {
  await page.keyboard.press('End');
  const middle = Math.floor((start + end) / 2);
  for (let i = 0; i < length - middle; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+Enter');
  const until = Date.now() + 4000;
  let c;
  while (Date.now() < until) {
    c = await card(page);
    if (c.open) return c;
    await sleep(100);
  }
  throw new Failure(`no card opened with Alt+Enter on ${what}`);
}
/** Reads chrome.storage in an extension page. */
async function storage(page, area, key) {
  return page.evaluate(([a, k]) => chrome.storage[a].get(k).then((r) => r[k] ?? null), [area, key]);
}

// ---- the tests -------------------------------------------------------------------------
let extensionId = '';
let extOrigin = '';
const registry = createRegistry();
const test = registry.test;

test('policy: Chromium delivers the pack from the policy file to storage.managed', async (t) => {
  const page = await t.newPage();
  await page.goto(`${extOrigin}/options.html`);
  const pack = await storage(page, 'managed', 'rulePack');
  expectTrue(pack && pack.name === PACK_NAME, `storage.managed.rulePack is the pack from ${POLICY_FILE} (check chrome://policy)`, pack);
});

test("policy: the pack applies on a fixture page (its custom rule flags, the built-in it switches off doesn't)", async (t) => {
  const off = await openTextarea(t, OFF_TEXT);
  await sleep(1200);
  expectEqual(await waitHook(off, () => true, 'the reply is checked'), 0, `"${OFF_TEXT}" is not flagged: the policy switches en.defensive.works-fine and en.model.defensive off`);
  const page = await openTextarea(t, CUSTOM_TEXT);
  await waitHook(page, (v) => v >= 1, `"${CUSTOM_TEXT}" is flagged by the policy's custom rule`);
  const start = CUSTOM_TEXT.indexOf('tier two');
  const c = await openCardAt(page, CUSTOM_TEXT.length, start, start + 8, '"tier two"');
  expectEqual(c.message, POLICY_PACK.custom[0].message, "the card shows the policy's custom rule");
});

test('policy: the card offers no "Turn off this rule" for locked rules and names the pack', async (t) => {
  const page = await openTextarea(t, CUSTOM_TEXT);
  await waitHook(page, (v) => v >= 1, 'the custom rule flags');
  const start = CUSTOM_TEXT.indexOf('tier two');
  const custom = await openCardAt(page, CUSTOM_TEXT.length, start, start + 8, '"tier two"');
  expectTrue(custom.disableRule === 0, "the policy's custom rule's card has no button[data-rc-disable-rule]", custom);
  expectTrue(custom.lockedBy === `Set by your organization: ${PACK_NAME}`, 'the card says who set the rule', custom);
  expectTrue(!custom.buttons.some((b) => /turn off/i.test(b)), 'no button turns the rule off', custom);

  const graded = await openTextarea(t, GRADED_TEXT);
  await waitHook(graded, (v) => v >= 1, 'the re-graded built-in rule flags');
  const b = await openCardAt(graded, GRADED_TEXT.length, 0, GRADED_TEXT.length - 1, `"${GRADED_TEXT}"`);
  expectTrue(b.disableRule === 0 && b.lockedBy === `Set by your organization: ${PACK_NAME}`, 'a built-in rule the policy sets is locked on the card too', b);
});

test('policy: the options page shows what is locked and by whom; its switches cannot turn it off', async (t) => {
  const page = await t.newPage();
  await page.goto(`${extOrigin}/options.html`);
  const row = page.locator('[data-custom-id="tier-two"]');
  await row.waitFor({ timeout: 8000 });
  const rowText = await row.textContent();
  expectTrue(rowText.includes(`Set by your organization: ${PACK_NAME}`), "the policy's custom rule says who set it", rowText);
  const sw = row.getByRole('switch');
  expectTrue(await sw.isDisabled(), "the policy's custom rule's switch is disabled");
  await sw.click({ force: true, timeout: 2000 }).catch(() => {});
  const builtin = page.locator('[data-rule-id="en.defensive.works-fine"]');
  expectTrue((await builtin.textContent()).includes(`Set by your organization: ${PACK_NAME}`), 'a locked built-in rule says who set it');
  expectTrue(await builtin.getByRole('switch').isDisabled(), "a locked built-in rule's switch is disabled");
  const model = page.locator('[data-rule-id="en.model.defensive"]');
  if (await model.count()) expectTrue(await model.getByRole('switch').isDisabled(), 'the locked model finding (en.model.defensive) is disabled');
  await sleep(500);
  const rules = (await storage(page, 'local', 'rules')) ?? {};
  expectTrue(!rules['custom:tier-two'], 'nothing was saved for custom:tier-two', rules);
});

test("policy: the pack's domain is listed as set by the organization, fixed, not removable, waiting for access", async (t) => {
  const page = await t.newPage();
  await page.goto(`${extOrigin}/options.html`);
  const managed = await storage(page, 'managed', 'rulePack');
  expectEqual(JSON.stringify(managed?.sites ?? null), JSON.stringify(POLICY_PACK.sites), 'Chrome passes `sites` through its managed_schema');
  const row = page.locator('[data-rc-domain="support.acme.example"]');
  await row.waitFor({ timeout: 8000 });
  expectEqual(await row.locator('[data-rc-locked-by]').getAttribute('data-rc-locked-by'), PACK_NAME, 'the domain says who set it');
  const pick = page.getByLabel('What support.acme.example runs');
  expectEqual(await pick.inputValue(), 'zammad', 'the domain runs the Zammad definition');
  expectTrue(await pick.isDisabled(), 'its definition cannot be changed');
  expectEqual(await row.getByRole('button', { name: /^Remove/ }).count(), 0, 'it has no Remove button');
  expectEqual(await row.getByRole('button', { name: 'Allow access to support.acme.example' }).count(), 1, 'it offers "Allow access" (no policy grants host access)');
  const scripts = await page.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  expectTrue(!scripts.some((s) => (s.matches ?? []).includes('https://support.acme.example/*')), 'no content script is registered there before access is granted', scripts);
});

test('policy: the popup names the policy and offers no way to turn a rule off', async (t) => {
  const page = await t.newPage();
  await page.goto(`${extOrigin}/popup.html`);
  const badge = page.locator('.rc-badge');
  await badge.waitFor({ timeout: 8000 });
  expectEqual(await badge.getAttribute('title'), `Set by your organization: ${PACK_NAME}`, 'the popup badge names the pack');
  const body = await page.textContent('body');
  expectTrue(!/turn off this rule/i.test(body), 'the popup has no "Turn off this rule"', body);
});

test('policy: the agent switches off an unlocked rule (kept for later)', async (t) => {
  const page = await t.newPage();
  await page.goto(`${extOrigin}/options.html`);
  const row = page.locator(`[data-rule-id="${AGENT_UNLOCKED}"]`);
  await row.waitFor({ timeout: 8000 });
  const sw = row.getByRole('switch');
  expectTrue(!(await sw.isDisabled()), `${AGENT_UNLOCKED} is not locked by the pack`);
  await sw.click();
  const until = Date.now() + 4000;
  let rules;
  while (Date.now() < until && !(rules = await storage(page, 'local', 'rules'))?.[AGENT_UNLOCKED]) await sleep(100);
  expectTrue(rules?.[AGENT_UNLOCKED]?.enabled === false, 'the agent saved the rule off', rules);
});

test('malformed policy: locked defaults and a visible error with the reason (options page, popup, card)', async (t) => {
  writePolicy(MALFORMED_PACK);
  const page = await t.newPage();
  // Chromium re-reads policy files on a file watcher; chrome://policy's button makes it immediate.
  const policyPage = await t.newPage();
  await policyPage.goto('chrome://policy').catch(() => {});
  const until = Date.now() + 30_000;
  let error = null;
  await page.goto(`${extOrigin}/options.html`);
  while (Date.now() < until) {
    await policyPage.locator('#reload-policies').click({ timeout: 1000 }).catch(() => {});
    error = await page.locator('[data-rc-policy-error]').textContent({ timeout: 1500 }).catch(() => null);
    if (error) break;
  }
  expectTrue(error, 'the options page shows the policy error ([data-rc-policy-error]) after the policy file became malformed');
  expectTrue(/custom\[0\]\.pattern/.test(error) && error.includes(PACK_NAME), 'the error names the reason (custom[0].pattern) and the pack', error);
  for (const id of [AGENT_UNLOCKED, 'en.defensive.works-fine', AGENT_RULE]) {
    const sw = page.locator(`[data-rule-id="${id}"]`).getByRole('switch');
    expectTrue(await sw.isDisabled(), `${id}: switch disabled (fail closed)`);
    expectTrue(await sw.isChecked(), `${id}: at its default (on), the agent's own "off" is not applied`);
  }
  expectEqual((await storage(page, 'local', 'rules'))?.[AGENT_UNLOCKED]?.enabled, false, "the agent's own setting is kept in storage");
  expectEqual(await page.locator('form[aria-label="Add a custom rule"]').count(), 0, 'no form to add custom rules (read-only)');
  expectEqual(await page.locator('[data-rc-domain="support.acme.example"]').count(), 0, "the malformed pack's domain is not applied");

  const popup = await t.newPage();
  await popup.goto(`${extOrigin}/popup.html`);
  const popupError = await popup.locator('[data-rc-policy-error]').textContent({ timeout: 8000 }).catch(() => null);
  expectTrue(popupError && /custom\[0\]\.pattern/.test(popupError), 'the popup shows the policy error with its reason', popupError);

  // Built-in rules at their defaults on the page: the one the valid pack switched off flags again; locked on the card.
  const reply = await openTextarea(t, OFF_TEXT);
  await waitHook(reply, (v) => v >= 1, `"${OFF_TEXT}" is flagged again (defaults)`);
  const c = await openCardAt(reply, OFF_TEXT.length, 0, OFF_TEXT.length - 1, `"${OFF_TEXT}"`);
  expectTrue(c.disableRule === 0 && c.lockedBy === `Set by your organization: ${PACK_NAME}`, 'the card offers no "Turn off this rule" and says who locked it', c);
}, { timeout: 60_000 });

// ---- run -------------------------------------------------------------------------------
async function runTests(context, server) {
  const results = { passed: 0, failed: 0, failures: [] };
  for (const tcase of registry.tests) {
    const pages = [];
    const errors = [];
    const t = {
      origin: server.origin,
      async newPage() {
        const p = await context.newPage();
        pages.push(p);
        p.on('pageerror', (e) => errors.push(e.message.split('\n')[0]));
        return p;
      },
    };
    const started = performance.now();
    let error = null;
    let timer;
    try {
      await Promise.race([tcase.fn(t), new Promise((_, rej) => (timer = setTimeout(() => rej(new Failure(`timed out after ${tcase.timeout} ms`)), tcase.timeout)))]);
    } catch (e) {
      error = e;
    } finally {
      clearTimeout(timer);
    }
    for (const p of pages) await p.close().catch(() => {});
    const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
    if (!error) {
      results.passed++;
      console.log(`ok    ${tcase.name} (${took})`);
    } else {
      results.failed++;
      results.failures.push(tcase.name);
      const msg = error instanceof Failure ? error.message : `${error.name}: ${error.message}`.split('\n').slice(0, 6).join('\n');
      console.log(`FAIL  ${tcase.name} (${took})\n    ${msg.replace(/\n/g, '\n    ')}${errors.length ? `\n    page said: ${errors.slice(0, 3).join(' | ')}` : ''}`);
    }
  }
  return results;
}

async function main() {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    console.log('');
    console.log('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
    console.log(`!! SKIPPED: the managed-policy suite needs root to write ${POLICY_FILE}.`);
    console.log('!! Run it as root (CI does): sudo node test/e2e/policy.mjs');
    console.log('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
    console.log(`0 passed, 0 failed, ${registry.tests.length} skipped`);
    return 0;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    return 2;
  }
  if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    console.error(`No end-to-end build at ${EXTENSION}. Build it first: npm run build:e2e`);
    return 2;
  }
  const started = performance.now();
  await buildFixtures({ quiet: true });
  const server = await startServer();
  const scratch = await mkdtemp(join(tmpdir(), 'reply-coach-policy-'));
  let context;
  try {
    const ext = join(scratch, 'chrome-mv3-e2e');
    const copied = spawnSync('flock', ['-s', '-w', '120', BUILD_LOCK, 'cp', '-R', EXTENSION, ext], { stdio: 'ignore' });
    if (copied.error || copied.status !== 0) await cp(EXTENSION, ext, { recursive: true });
    const computed = computeExtensionId(ext);
    extensionId = computed.id;
    extOrigin = `chrome-extension://${extensionId}`;

    console.log(`policy: waiting for the lock ${POLICY_LOCK} …`);
    await acquireLock();
    writePolicy(POLICY_PACK);
    console.log(`policy: wrote ${POLICY_FILE} for extension ${extensionId} (id from ${computed.from})`);

    context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
      executablePath: CHROMIUM,
      headless: false,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
      viewport: { width: 1280, height: 900 },
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    const actual = new URL(worker.url()).host;
    if (actual !== extensionId) throw new Error(`the extension loaded as ${actual}, not ${extensionId}: the policy file is keyed by the wrong id`);
    console.log(`policy: Chromium ${context.browser()?.version() ?? ''}; extension ${actual}; fixtures at ${server.origin}`);
    const results = await runTests(context, server);
    if (results.failures.length) console.log(`\nfailed:\n  ${results.failures.join('\n  ')}`);
    console.log(`policy: ${registry.tests.length} tests in ${((performance.now() - started) / 1000).toFixed(1)} s (Firefox policies.json: not covered)`);
    console.log(`${results.passed} passed, ${results.failed} failed`);
    return results.failed ? 1 : 0;
  } finally {
    await Promise.race([context?.close(), sleep(15_000)]).catch(() => {});
    cleanupSync();
    if (!existsSync(POLICY_FILE)) console.log(`policy: removed ${POLICY_FILE}`);
    await server.close();
    await rm(scratch, { recursive: true, force: true }).catch(() => {});
  }
}

let code;
try {
  code = await main();
} catch (e) {
  console.error(`policy: could not run: ${e.stack ?? e}`);
  code = 2;
}
cleanupSync();
process.exit(code);
