/**
 * The three extensions bench:page compares, each as a directory Chromium loads:
 * - before: the e2e build of an older commit (the in-page checker), made from `git archive` in a
 *   temp dir (git state untouched) and cached by commit, so a re-run reuses it;
 * - after: a snapshot of the current `.output/chrome-mv3-e2e`, taken under the build lock (another
 *   helper's rebuild must not swap files under a running browser);
 * - noop: an empty MV3 extension whose content script has the same matches and does nothing —
 *   the baseline for typing cost and per-tab memory.
 */
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const LOCK = '/tmp/rc-build.lock';
const CACHE = join(tmpdir(), 'rc-bench-before');
const OUT = '.output/chrome-mv3-e2e';

const hasManifest = (dir) => existsSync(join(dir, 'manifest.json'));

/** The e2e build of `commit` (cached in /tmp/rc-bench-before/<full hash>/). */
export function beforeBuild(commit, log = console.error) {
  const hash = execFileSync('git', ['rev-parse', '--verify', `${commit}^{commit}`], { cwd: repo, encoding: 'utf8' }).trim();
  const dir = join(CACHE, hash);
  const built = join(dir, OUT);
  if (existsSync(join(dir, '.built')) && hasManifest(built)) return built;
  log(`bench:page: building the e2e extension of ${hash.slice(0, 7)} in ${dir} (cached for later runs)…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execSync(`git archive ${hash} | tar -x -C ${JSON.stringify(dir)}`, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  // Only the extension: the CLI build step of build:e2e plays no part in a page.
  execSync('npx wxt build --mode e2e', { cwd: dir, env: { ...process.env, REPLY_COACH_E2E: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!hasManifest(built)) throw new Error(`the build of ${hash.slice(0, 7)} wrote no ${OUT}/manifest.json`);
  writeFileSync(join(dir, '.built'), `${hash}\n`);
  return built;
}

/**
 * A private copy of the current e2e build. `build`: run `npm run build:e2e` first (under the lock,
 * like every build in this checkout); otherwise the existing output is copied as it is, and built
 * only when it is missing. The check is made under the lock too: a build in progress empties it.
 */
export function afterBuild({ build, into }) {
  const dest = JSON.stringify(join(into, 'after'));
  const buildStep = 'npm run build:e2e --silent >&2';
  const script = `${build ? buildStep : `test -f ${OUT}/manifest.json || ${buildStep}`} && rm -rf ${dest} && cp -r ${OUT} ${dest}`;
  execFileSync('flock', [LOCK, 'sh', '-c', script], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(into, 'after');
}

/** A copy of a given build directory (`--before DIR` / `--after DIR`). */
export function givenBuild(dir, name, into) {
  if (!hasManifest(dir)) throw new Error(`${dir} has no manifest.json`);
  const dest = join(into, name);
  cpSync(dir, dest, { recursive: true });
  return dest;
}

/** An extension that does nothing on the same pages as `like` (its content-script matches). */
export function noopExtension(like, into) {
  const manifest = JSON.parse(readFileSync(join(like, 'manifest.json'), 'utf8'));
  const scripts = (manifest.content_scripts ?? []).map((cs, i) => ({ ...cs, js: [`content-${i}.js`], css: undefined }));
  const dir = join(into, 'noop');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < scripts.length; i++) writeFileSync(join(dir, `content-${i}.js`), '\n');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'No-op (bench baseline)', version: '1.0.0', content_scripts: scripts }, null, 2));
  return dir;
}

/** A scratch directory for the snapshots of one run. */
export const scratch = () => mkdtempSync(join(tmpdir(), 'rc-bench-variants-'));
