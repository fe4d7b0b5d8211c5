#!/usr/bin/env node
// Entry of the `reply-coach` command. The CLI is TypeScript bundled into dist/cli.mjs by
// `npm run build` (Node 20 does not run TypeScript), so this file only loads and runs it.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('reply-coach: dist/cli.mjs is missing; run `npm run build` first\n');
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
