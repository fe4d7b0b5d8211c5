// The extension's own pages a new user or team lead tries first: the "Try Reply Coach" page
// (entrypoints/try: the real coach on a plain and a rich reply box), and on the options page the
// import preview with Cancel and the try-it box. Extension pages, so no fixture server is needed.
//
//   registerTryTests(registry)   for test/e2e/run.mjs
//   node test/e2e/try-pages.mjs  on its own, against .output/chrome-mv3-e2e (npm run build:e2e first)
import { chromium } from 'playwright-core';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRegistry, expectEqual, expectTrue, Failure } from './harness.mjs';
import { REPO, SHOTS, createRunner, snapshotBuild } from './runner.mjs';

/** chrome-extension://<id> of the loaded extension, from its service worker. */
async function extensionOrigin(page) {
  const ctx = page.context();
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 10_000 }));
  // `URL.origin` is "null" for extension schemes.
  const url = new URL(worker.url());
  return `${url.protocol}//${url.host}`;
}

/** Opens one of the extension's pages in a new tab. */
async function openExtensionPage(t, path) {
  const page = await t.newPage();
  await page.goto(`${await extensionOrigin(page)}/${path}`);
  return page;
}

const localStorage = (page) => page.evaluate(() => chrome.storage.local.get(null));

/** Waits until the element at `selector` carries a findings count of at least `min` (the e2e build's test hook). */
async function waitFindings(page, selector, min, what) {
  try {
    await page.waitForFunction(
      ([s, n]) => Number(document.querySelector(s)?.getAttribute('data-reply-coach-findings') ?? -1) >= n,
      [selector, min],
      { timeout: 10_000, polling: 100 },
    );
  } catch {
    const value = await page.evaluate((s) => document.querySelector(s)?.getAttribute('data-reply-coach-findings') ?? null, selector);
    throw new Failure(`${what}: ${selector} has data-reply-coach-findings=${JSON.stringify(value)}, wanted ≥ ${min}`);
  }
}

/** The open card's first Apply button, inside the UI root's shadow root (open in the e2e build). */
const applyButton = (page) => page.locator('reply-coach-root').locator('[data-rc-card] button[data-rc-apply]').first();

/** Puts the caret inside `words` in the textarea or contenteditable `selector`, then opens the card with Alt+Enter. */
async function openCardAt(page, selector, words) {
  await page.evaluate(
    ([s, w]) => {
      const el = document.querySelector(s);
      el.focus();
      if (el instanceof HTMLTextAreaElement) {
        const at = el.value.indexOf(w) + 2;
        el.setSelectionRange(at, at);
        return;
      }
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(w);
        if (at >= 0) {
          getSelection().collapse(node, at + 2);
          return;
        }
      }
    },
    [selector, words],
  );
  await page.keyboard.press('Alt+Enter');
  await applyButton(page).waitFor({ timeout: 5000 });
}

const PACK = {
  format: 'reply-coach-rules',
  version: 1,
  name: 'Northwind support tone',
  rules: { 'en.blame.should-have': { enabled: false }, 'en.condescending.as-i-said': { severity: 'error' } },
  custom: [
    {
      id: 'just-to-clarify',
      kind: 'phrase',
      lang: 'en',
      pattern: 'just to clarify',
      category: 'condescending',
      severity: 'info',
      message: 'Can sound like correcting the customer: start with the answer.',
    },
  ],
  guidelines: { G4: 'Explain it plainly, once, as you would to a colleague.' },
};

const packFile = (name, data) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });

export function registerTryTests({ test }) {
  test('try page: the plain and the rich box are coached as on a helpdesk; Apply, then Ctrl+Z', async (t) => {
    const page = await openExtensionPage(t, 'try.html');
    await page.setViewportSize({ width: 1180, height: 900 });
    t.step('both drafts are checked as soon as the page opens');
    await waitFindings(page, '#try-plain', 2, 'the plain draft is flagged');
    await waitFindings(page, '#try-rich', 2, 'the rich draft is flagged');
    const status = await page.textContent('[data-try-status="plain"]');
    expectTrue(/2 to look at/.test(status ?? ''), 'the plain box says what it found', status);

    t.step('the team rules apply here: Turn off in the card turns the rule off, and the draft is checked without it');
    await openCardAt(page, '#try-plain', 'As I already explained');
    await page.locator('button[data-rc-disable-rule]').first().click({ timeout: 5000 });
    const count = () => page.evaluate(() => Number(document.querySelector('#try-plain').getAttribute('data-reply-coach-findings') ?? -1));
    await page.waitForFunction(() => Number(document.querySelector('#try-plain').getAttribute('data-reply-coach-findings') ?? -1) === 1, undefined, { timeout: 5000 }).catch(async () => {
      throw new Failure(`the turned-off rule still counts in the plain draft (findings: ${await count()}, wanted 1)`);
    });
    // Back to the built-in rules for the steps below (and the tests after this one).
    await page.evaluate(() => chrome.storage.local.clear());
    await waitFindings(page, '#try-plain', 2, 'with the settings cleared the rule flags again');
    await page.keyboard.press('Escape');

    t.step('Alt+Enter in the plain box opens the card; Apply rewrites; Ctrl+Z undoes');
    const draft = await page.inputValue('#try-plain');
    await openCardAt(page, '#try-plain', 'As I already explained');
    await t.shot(page, 'try-page-card');
    await applyButton(page).click();
    await page.waitForFunction(() => !document.querySelector('#try-plain').value.includes('As I already explained'), undefined, { timeout: 5000 });
    expectTrue((await page.inputValue('#try-plain')).includes('A new lid ships on Friday.'), 'the rewrite reads as the card showed it', await page.inputValue('#try-plain'));
    await page.focus('#try-plain');
    await page.keyboard.press('Control+z');
    await page.waitForFunction((d) => document.querySelector('#try-plain').value === d, draft, { timeout: 5000 });

    t.step('the same in the rich editor');
    const richBefore = await page.textContent('#try-rich');
    await openCardAt(page, '#try-rich', 'You should have opened');
    await applyButton(page).click();
    await page.waitForFunction(() => !document.querySelector('#try-rich').textContent.includes('You should have opened'), undefined, { timeout: 5000 });
    await page.keyboard.press('Control+z');
    await page.waitForFunction((d) => document.querySelector('#try-rich').textContent === d, richBefore, { timeout: 5000 });

    t.step('Send sends nothing');
    await page.click('[data-foot="rich"] button');
    expectEqual(await page.textContent('[data-try-status="rich"]'), 'Nothing was sent: this is a practice page.', 'the rich box says nothing was sent');
    await page.keyboard.press('Escape');
    await t.shot(page, 'try-page');
    await page.emulateMedia({ colorScheme: 'dark' });
    await t.shot(page, 'try-page-dark');
  });

  test('options: the import preview lists what would change; Cancel leaves storage as it was', async (t) => {
    const page = await openExtensionPage(t, 'options.html');
    await page.setViewportSize({ width: 1100, height: 1000 });
    await page.getByRole('heading', { name: 'Built-in rules' }).waitFor();
    const before = await localStorage(page);
    await page.setInputFiles('input[type="file"]', packFile('northwind.json', PACK));
    const preview = page.locator('[data-rc-import-preview]');
    await preview.waitFor({ timeout: 5000 });
    const text = await preview.textContent();
    for (const words of ['Turned off', 'Custom rules added', 'just-to-clarify', 'Guideline wording', 'Replace my rules']) {
      expectTrue(text.includes(words), `the preview says "${words}"`, text);
    }
    await preview.scrollIntoViewIfNeeded();
    await t.shot(page, 'options-import-preview');
    await page.emulateMedia({ colorScheme: 'dark' });
    await t.shot(page, 'options-import-preview-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await preview.waitFor({ state: 'detached', timeout: 5000 });
    await page.waitForTimeout(300);
    expectEqual(JSON.stringify(await localStorage(page)), JSON.stringify(before), 'storage after Cancel');

    t.step('choosing it again and replacing imports it');
    await page.setInputFiles('input[type="file"]', packFile('northwind.json', PACK));
    await preview.getByRole('button', { name: 'Replace my rules' }).click();
    await page.getByText('Imported “Northwind support tone”.').waitFor({ timeout: 5000 });
    const after = await localStorage(page);
    expectEqual(after.custom?.[0]?.id, 'just-to-clarify', 'the imported custom rule is saved');

    t.step('a pack that changes the imported custom rule and rewords a guideline');
    const changed = { ...PACK, custom: [{ ...PACK.custom[0], pattern: 'just to be clear', suggestions: ['To be precise'] }], guidelines: { G4: 'Explain it once, plainly.' } };
    await page.setInputFiles('input[type="file"]', packFile('northwind-2.json', changed));
    await preview.waitFor({ timeout: 5000 });
    await preview.scrollIntoViewIfNeeded();
    await t.shot(page, 'options-import-preview-changed');
    await preview.getByRole('button', { name: 'Cancel' }).click();

    t.step('a bad pack is explained in plain words');
    await page.setInputFiles('input[type="file"]', packFile('broken.json', { ...PACK, custom: [{ ...PACK.custom[0], kind: 'regex', pattern: '(?<=as )I said' }] }));
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 5000 });
    expectTrue((await alert.textContent()).includes('Rule 1 (just-to-clarify): the pattern uses a lookbehind'), 'the refusal names rule 1 and the lookbehind', await alert.textContent());
    await alert.scrollIntoViewIfNeeded();
    await t.shot(page, 'options-import-error');
    await page.evaluate(() => chrome.storage.local.clear());
  });

  test('options: the try-it box flags a sample and follows a rule switch', async (t) => {
    const page = await openExtensionPage(t, 'options.html');
    await page.setViewportSize({ width: 1100, height: 1000 });
    await page.getByRole('heading', { name: 'Built-in rules' }).waitFor();
    await page.getByRole('button', { name: 'Fill in an example' }).click();
    const findings = page.locator('.rc-try .rc-finding');
    await page.waitForFunction(() => document.querySelectorAll('.rc-try .rc-finding').length >= 3, undefined, { timeout: 10_000 });
    await t.shot(page, 'options-try-it');
    await page.emulateMedia({ colorScheme: 'dark' });
    await t.shot(page, 'options-try-it-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    const count = await findings.count();
    const message = await findings.first().locator('.rc-finding__message').textContent();
    t.step(`switch off the rule of "${message}"`);
    await page.getByRole('switch', { name: message }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.rc-try .rc-finding').length === n - 1, count, { timeout: 5000 });
    await page.getByRole('switch', { name: message }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.rc-try .rc-finding').length === n, count, { timeout: 5000 });
    await page.evaluate(() => chrome.storage.local.clear());
  });
}

// ---- on its own ------------------------------------------------------------------------
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const registry = createRegistry();
  registerTryTests(registry);
  const scratch = await mkdtemp(join(tmpdir(), 'reply-coach-try-'));
  const extension = snapshotBuild(join(REPO, '.output/chrome-mv3-e2e'), scratch);
  const context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    viewport: { width: 1280, height: 900 },
  });
  await mkdir(SHOTS, { recursive: true });
  const runner = createRunner({
    context: {},
    budgetMs: 5 * 60_000,
    async newPage(_options, errors) {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`page error: ${e.message.split('\n')[0]}`));
      return page;
    },
    async shot(page, name) {
      await page.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });
      return `${name}.png`;
    },
    failOnPageErrors: true,
  });
  let code = 2;
  try {
    await runner.runAll(registry.tests);
    code = runner.summary(registry.tests.length, `e2e ${fileURLToPath(import.meta.url).slice(REPO.length)}`);
  } finally {
    await context.close();
    await rm(scratch, { recursive: true, force: true });
  }
  process.exit(code);
}
