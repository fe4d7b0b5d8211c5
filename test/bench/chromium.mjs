/**
 * Real Chromium for the browser benches (page-bench.mjs, soak.mjs): the e2e build (built first
 * when it is missing) loaded into a throwaway profile with the flags from toolchain.md.
 */
import { chromium } from 'playwright-core';
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
export const EXT = join(repo, '.output/chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Exits (2) without Chromium; builds the e2e extension when it is missing. */
export function preflight() {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium).`);
    process.exit(2);
  }
  if (!existsSync(join(EXT, 'manifest.json'))) execSync('npm run build:e2e --silent', { cwd: repo, stdio: 'inherit' });
}

/** A persistent context with (or without) the extension; `close()` also removes the profile. */
export async function launch(withExtension) {
  const dir = mkdtempSync(join(tmpdir(), 'rc-bench-'));
  const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (withExtension) args.push(`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`);
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: false, args, viewport: { width: 1280, height: 900 } });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 10_000 });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
