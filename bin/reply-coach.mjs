#!/usr/bin/env node
// Entry of the `reply-coach` command. The CLI is TypeScript bundled into dist/cli.cjs by
// `npm run build` (Node 20 does not run TypeScript), so this file only loads and runs it.
//
// It compiles the bundle with a V8 code cache (node_modules/.cache/reply-coach/), which saves
// most of the compile work on every start. The cache file is named for the bundle's SHA-256 and
// the Node version and architecture, so a rebuilt bundle or another Node never reads a cache
// made for something else; V8 also checks it, and a cache it rejects (or that cannot be read or
// written) only means compiling from source, as without a cache. REPLY_COACH_CACHE_DIR names
// another directory; REPLY_COACH_CACHE_DIR=off compiles without one.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('reply-coach: dist/cli.cjs is missing; run `npm run build` first\n');
  process.exit(2);
}

const source = readFileSync(bundle);
const dir = cacheDir();
const name = `cli-${bundleId(source)}-${process.version}-${process.arch}.v8`;
const cached = dir ? readOrNothing(join(dir, name)) : undefined;
// Node's CommonJS wrapper, on the first line so that line numbers in stack traces stay right.
const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source.toString('utf8')}\n})`, {
  filename: bundle,
  cachedData: cached,
});
const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(bundle), cli, bundle, dirname(bundle));
process.exitCode = await cli.exports.main(process.argv.slice(2));
// The cache is made after a check, so it holds the checker's compiled code too, not just --help's.
if (dir && (cached === undefined || script.cachedDataRejected) && process.argv[2] === 'check') writeCache(dir, name, script.createCachedData());

/**
 * The bundle's identity in the cache file's name: the SHA-256 that `npm run build` wrote beside it
 * (dist/cli.cjs.sha256, checked against the bundle's size and time), else hashed here. Hashing
 * 2.5 MB costs every start several milliseconds; reading the recorded one costs nothing.
 */
function bundleId(source) {
  try {
    const [sha, size, mtime] = readFileSync(`${bundle}.sha256`, 'utf8').trim().split(' ');
    const st = statSync(bundle);
    if (/^[0-9a-f]{32}$/.test(sha) && Number(size) === st.size && Number(mtime) === Math.floor(st.mtimeMs)) return sha;
  } catch {
    // No record (an older build): hash the bundle.
  }
  // node:crypto is required here only: loading it costs every start a few milliseconds.
  const { createHash } = createRequire(import.meta.url)('node:crypto');
  return createHash('sha256').update(source).digest('hex').slice(0, 32);
}

function cacheDir() {
  const chosen = process.env.REPLY_COACH_CACHE_DIR;
  if (chosen === 'off') return undefined;
  return chosen || fileURLToPath(new URL('../node_modules/.cache/reply-coach/', import.meta.url));
}

function readOrNothing(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache whole or not at all (rename), and drops this Node's caches of older bundles. */
function writeCache(dir, name, data) {
  const temp = join(dir, `${name}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, join(dir, name));
    const mine = `-${process.version}-${process.arch}.v8`;
    for (const old of readdirSync(dir)) if (old.startsWith('cli-') && old.endsWith(mine) && old !== name) unlinkSync(join(dir, old));
  } catch {
    // A read-only install runs without a cache; a full disk leaves no half-written one behind.
    try {
      unlinkSync(temp);
    } catch {
      // There was none.
    }
  }
}
