// Bundles the CLI and the checker for Node 20 (which does not run TypeScript):
//   dist/cli.cjs      lib/cli/main.ts, run by bin/reply-coach.mjs (which keeps a V8 code cache of it)
//   dist/checker.mjs  lib/checker/index.ts (check, clearCache, detectLang), for benchmarks
// `npm run build:cli` runs this; `npm run build` calls it after the extension build.
//
// What makes the CLI start fast (issue 12):
// - dist/cli.cjs does not contain compromise: what the checker uses of it (the lexicon and
//   toInfinitive, see lib/checker/nlp.ts) is taken from compromise here, at build time
//   (scripts/compromise-data.mjs), and rebuilt on the first lookup by lib/cli/compromise-lite.ts.
// - It is ASCII (see asciiOnly below).
// - Modules main.ts imports with import() are bundled in place but only run when needed
//   (--help and --version do not load the checker).
// - It is a classic script, so bin/reply-coach.mjs can compile it with a V8 code cache (Node 20
//   has no code cache for ES modules). The cache is warmed here by one run of the new bundle.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { compromiseData, toInfinitivePath } from './compromise-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  legalComments: 'none',
  logLevel: 'warning',
};

const LITE = 'reply-coach:compromise-lite';

/** In the CLI bundle, `compromise` (imported by lib/checker/nlp.ts only) is the precomputed stand-in. */
const compromiseLite = {
  name: 'compromise-lite',
  setup(b) {
    b.onResolve({ filter: /^compromise(\/.*)?$/ }, (args) => {
      if (args.path !== 'compromise' || !args.importer.endsWith('lib/checker/nlp.ts')) {
        // Anything else would need compromise itself: extend scripts/compromise-data.mjs first.
        return { errors: [{ text: `${args.importer} imports ${args.path}; the CLI bundle only stands in for lib/checker/nlp.ts's use of compromise` }] };
      }
      return { path: LITE, namespace: LITE };
    });
    b.onLoad({ filter: /.*/, namespace: LITE }, () => {
      const data = JSON.stringify(compromiseData(nlp));
      return {
        resolveDir: root,
        loader: 'js',
        contents: [
          `import toInfinitive from ${JSON.stringify(toInfinitivePath())};`,
          `import { liteCompromise } from './lib/cli/compromise-lite.ts';`,
          `export default liteCompromise(() => JSON.parse(${JSON.stringify(data)}), toInfinitive);`,
        ].join('\n'),
      };
    });
  },
};

/**
 * esbuild escapes non-ASCII text everywhere but in regular expression literals; escaping those
 * too (\uXXXX means the same character there, with or without the u flag) makes the bundle ASCII,
 * which Node turns into a string in ~1 ms instead of ~6 ms (a one-byte string, not a two-byte one).
 * A character written as an identity escape (\é) loses its backslash: \u00e9 is the same.
 */
function asciiOnly(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, c) => {
    const kept = slashes.length % 2 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** A CLI started while this builds (tests run in parallel) reads the old bundle or the new, never half. */
async function writeWhole(path, text) {
  const temp = `${path}.${process.pid}.tmp`;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(temp, text);
  await rename(temp, path);
}

const started = performance.now();
await Promise.all([
  build({
    ...common,
    format: 'cjs',
    entryPoints: { cli: 'lib/cli/main.ts' },
    outExtension: { '.js': '.cjs' },
    define: { __REPLY_COACH_VERSION__: JSON.stringify(version) },
    plugins: [compromiseLite],
    write: false,
  }).then(({ outputFiles }) => Promise.all(outputFiles.map((f) => writeWhole(f.path, asciiOnly(f.text))))),
  build({
    ...common,
    format: 'esm',
    entryPoints: { checker: 'lib/checker/index.ts' },
    outExtension: { '.js': '.mjs' },
    // Some dependencies are CommonJS and call require(); give the ES module bundle one.
    banner: { js: "import { createRequire as __rcCreateRequire } from 'node:module';\nconst require = __rcCreateRequire(import.meta.url);" },
  }),
]);

// The bundle's SHA-256, size and time, for bin/reply-coach.mjs's code cache name (hashing 2.5 MB
// on every start would cost more than the rest of its own work).
{
  const cli = new URL('../dist/cli.cjs', import.meta.url);
  const [bytes, st] = await Promise.all([readFile(cli), stat(cli)]);
  await writeWhole(fileURLToPath(new URL('../dist/cli.cjs.sha256', import.meta.url)), `${createHash('sha256').update(bytes).digest('hex').slice(0, 32)} ${st.size} ${Math.floor(st.mtimeMs)}\n`);
}

// The ES module bundle of earlier builds: nothing runs it now.
await rm(new URL('../dist/cli.mjs', import.meta.url), { force: true });

// One check through the new bundle writes its code cache (bin/reply-coach.mjs), so the first real
// run starts warm. The cache only saves time: a run that fails here is reported, not fatal (the
// CLI's tests say what is wrong).
const warm = spawnSync(process.execPath, ['bin/reply-coach.mjs', 'check', '--format', 'json', 'test/fixtures/replies/sample-reply.txt'], { cwd: root, encoding: 'utf8' });
if (warm.status !== 0 && warm.status !== 1) console.warn(`build-cli: warning: the new dist/cli.cjs failed its first run, so no code cache was made:\n${warm.stderr}`);
console.log(`build-cli: dist/cli.cjs, dist/checker.mjs (${Math.round(performance.now() - started)} ms)`);
