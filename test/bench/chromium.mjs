/**
 * Real Chromium for the browser benches (page-bench.mjs, soak.mjs): the e2e build (built first
 * when it is missing) loaded into a throwaway profile with the flags from docs/toolchain.md.
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

/**
 * A persistent context with (or without) an extension; `close()` also removes the profile.
 * `extension`: true for the e2e build, a directory for another build, false for none. `worker`
 * (default: whether there is an extension): wait until the extension's service worker runs.
 */
export async function launch(extension, { worker = Boolean(extension) } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'rc-bench-'));
  const ext = extension === true ? EXT : extension;
  const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (ext) args.push(`--disable-extensions-except=${ext}`, `--load-extension=${ext}`);
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: false, args, viewport: { width: 1280, height: 900 } });
  // The worker may have started before a listener could see it: poll rather than wait for the event.
  for (const until = Date.now() + 10_000; worker && !context.serviceWorkers().length; await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() > until) throw new Error(`the extension's service worker did not start within 10 s (${ext})`);
  }
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
