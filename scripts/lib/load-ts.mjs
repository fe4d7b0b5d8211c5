// Loads a TypeScript module of lib/ from a Node script: esbuild bundles it into one ES module in
// node_modules/.cache (Node 20 does not run TypeScript), then it is imported like any module.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { resolve, dirname, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export async function importTs(entry) {
  const outdir = resolve(root, 'node_modules/.cache/reply-coach-scripts');
  mkdirSync(outdir, { recursive: true });
  const outfile = resolve(outdir, `${basename(entry).replace(/\.ts$/, '')}-${process.pid}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [resolve(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __rcCreateRequire } from 'node:module';\nconst require = __rcCreateRequire(import.meta.url);" },
  });
  return import(pathToFileURL(outfile).href);
}
