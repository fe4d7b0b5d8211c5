// Bundles the CLI and the checker for Node 20 (which does not run TypeScript):
//   dist/cli.mjs      lib/cli/main.ts, run by bin/reply-coach.mjs
//   dist/checker.mjs  lib/checker/index.ts (check, clearCache, detectLang), for benchmarks
// `npm run build:cli` runs this; `npm run build` calls it after the extension build.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  legalComments: 'none',
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require(); give the ES module bundle one.
  banner: { js: "import { createRequire as __rcCreateRequire } from 'node:module';\nconst require = __rcCreateRequire(import.meta.url);" },
};

const started = performance.now();
await Promise.all([
  build({
    ...common,
    entryPoints: { cli: 'lib/cli/main.ts' },
    define: { __REPLY_COACH_VERSION__: JSON.stringify(version) },
  }),
  build({ ...common, entryPoints: { checker: 'lib/checker/index.ts' } }),
]);
console.log(`build-cli: dist/cli.mjs, dist/checker.mjs (${Math.round(performance.now() - started)} ms)`);
