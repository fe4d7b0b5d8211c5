#!/usr/bin/env node
/**
 * Takes the README's screenshots from the built e2e extension in Debian's Chromium:
 * docs/card-model.png (the in-page card on a ProseMirror fixture ticket, with a finding only the
 * tone model catches), docs/card-dark.png (the same card in dark mode), docs/popup.png (the
 * popup's demo report, produced by the real checker), docs/options.png and docs/try.png (the
 * extension's "Try Reply Coach" page).
 *   npm run build:e2e && node scripts/screenshots.mjs
 */
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixtures } from './build-fixtures.mjs';
import { startServer } from '../test/e2e/server.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const extension = join(repo, '.output/chrome-mv3-e2e');
const REPLY =
  'Hi Dana, thanks for the photos of the cracked lid. ' +
  'The lid was packed exactly the way we pack thousands of them every week. ' +
  'As I already explained, the replacement ships on Friday with tracking number 1Z 88A 4T0.';

await buildFixtures({ quiet: true });
const server = await startServer();
const scratch = await mkdtemp(join(tmpdir(), 'reply-coach-shots-'));
const context = await chromium.launchPersistentContext(join(scratch, 'profile'), {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: false,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  viewport: { width: 1100, height: 760 },
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(`${server.origin}/prosemirror.html`);
  await page.waitForFunction(() => window.__editorReady === true);
  await page.evaluate(() => window.__editor.focus());
  await page.keyboard.type(REPLY);
  await page.waitForFunction(() => Number(document.querySelector('[data-reply-coach-findings]')?.getAttribute('data-reply-coach-findings')) >= 2, undefined, { timeout: 10_000 });
  // Put the caret in the sentence only the tone model flags and open its card with Alt+Enter.
  await page.evaluate(() => window.__editor.focus());
  await page.keyboard.press('Control+Home');
  const at = REPLY.indexOf('packed') + 2;
  for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Alt+Enter');
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(repo, 'docs/card-model.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(repo, 'docs/card-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 720 });
  await popup.goto(`chrome-extension://${id}/popup.html?demo`);
  await popup.waitForTimeout(500);
  await popup.screenshot({ path: join(repo, 'docs/popup.png'), fullPage: true });
  const options = await context.newPage();
  await options.setViewportSize({ width: 1100, height: 900 });
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.waitForTimeout(800);
  await options.screenshot({ path: join(repo, 'docs/options.png') });
  const tryPage = await context.newPage();
  await tryPage.setViewportSize({ width: 1100, height: 900 });
  await tryPage.goto(`chrome-extension://${id}/try.html`);
  await tryPage.waitForFunction(() => document.querySelector('[data-reply-coach-findings]') != null, undefined, { timeout: 10_000 }).catch(() => {});
  await tryPage.waitForTimeout(800);
  await tryPage.screenshot({ path: join(repo, 'docs/try.png') });
  console.log('wrote docs/card-model.png, docs/card-dark.png, docs/popup.png, docs/options.png, docs/try.png');
} finally {
  await context.close();
  await server.close?.();
  await rm(scratch, { recursive: true, force: true });
}
