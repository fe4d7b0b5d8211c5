#!/usr/bin/env node
// Proves that the fast CLI (dist/cli.cjs: precomputed compromise data, JSON.parse'd JSON, ASCII
// escapes, V8 code cache) reports exactly what the CLI reports when it is bundled the plain way,
// with compromise itself (the build before issue 12, and how the extension bundles the checker).
//
//   node scripts/cli-equivalence.mjs [--no-build] [FILE.jsonl ...]
//
// Without files: every reply of test/fixtures/replies/own-set.jsonl and data/tone/en/*.jsonl.
// Both CLIs check the same JSON Lines input, in JSON and in text format, and the outputs must be
// byte for byte the same. Exit 0 when they are, 1 (with the first difference) when not.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scriptArgs } from './lib/args.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The JSON Lines inputs: every reply of the repository's own reply sets. */
export function ownReplyFiles() {
  const tone = join(ROOT, 'data/tone/en');
  return [join(ROOT, 'test/fixtures/replies/own-set.jsonl'), ...readdirSync(tone).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(tone, f))];
}

/** One JSON Lines file of `{id, text}` (and `lang` when given) from the replies of `files`. */
export function collectReplies(files) {
  const lines = [];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { id, text, lang } = JSON.parse(line);
      if (typeof text !== 'string') continue;
      lines.push(JSON.stringify(lang === undefined ? { id: `${lines.length}:${id}`, text } : { id: `${lines.length}:${id}`, text, lang }));
    }
  }
  return lines;
}

/** Bundles lib/cli/main.ts the plain way (an ES module with compromise), as the reference. */
export async function buildReference(dir) {
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const outfile = join(dir, 'reference-cli.mjs');
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['lib/cli/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    define: { __REPLY_COACH_VERSION__: JSON.stringify(version) },
    banner: { js: "import { createRequire as __rcCreateRequire } from 'node:module';\nconst require = __rcCreateRequire(import.meta.url);" },
  });
  const runner = join(dir, 'reference-run.mjs');
  writeFileSync(runner, `const { main } = await import(${JSON.stringify(pathToFileURL(outfile).href)});\nprocess.exitCode = await main(process.argv.slice(2));\n`);
  return runner;
}

function run(args, env) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs both CLIs over `lines` and returns the comparisons, one per format. `cacheDir` is the
 * fast CLI's code cache directory (its first run writes it, its second reads it).
 */
export function compare(lines, runner, dir, cacheDir) {
  const input = join(dir, 'replies.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
  const results = [];
  for (const format of ['json', 'text']) {
    const args = ['check', '--jsonl', '--format', format, input];
    const reference = run([runner, ...args], {});
    for (const pass of ['cache written', 'cache read']) {
      const fast = run([join(ROOT, 'bin/reply-coach.mjs'), ...args], { REPLY_COACH_CACHE_DIR: cacheDir });
      results.push({ format, pass, same: fast.stdout === reference.stdout && fast.stderr === reference.stderr && fast.code === reference.code, reference, fast });
    }
  }
  return results;
}

function firstDifference(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return `line ${i + 1}:\n  plain: ${x[i]}\n  fast:  ${y[i]}`;
  return 'none in stdout';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const usage = 'Usage: node scripts/cli-equivalence.mjs [--no-build] [FILE ...]';
  const { values, positionals } = scriptArgs(usage, { options: { 'no-build': { type: 'boolean' } }, allowPositionals: true });
  if (!values['no-build']) execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const files = positionals.length ? positionals : ownReplyFiles();
  const lines = collectReplies(files);
  const dir = mkdtempSync(join(tmpdir(), 'reply-coach-equivalence-'));
  try {
    const runner = await buildReference(dir);
    const results = compare(lines, runner, dir, join(dir, 'cache'));
    let failed = false;
    for (const r of results) {
      const findings = (r.fast.stdout.match(/"ruleId"/g) ?? []).length;
      console.log(`${r.same ? 'same' : 'DIFFERENT'}  --format ${r.format}, ${r.pass}: ${lines.length} replies from ${files.length} files, ${r.fast.stdout.length} characters of output${r.format === 'json' ? `, ${findings} findings` : ''}, exit ${r.fast.code}`);
      if (!r.same) {
        failed = true;
        console.log(`  first difference: ${firstDifference(r.reference.stdout, r.fast.stdout)}`);
        if (r.fast.stderr !== r.reference.stderr) console.log(`  stderr differs:\n  plain: ${r.reference.stderr}\n  fast:  ${r.fast.stderr}`);
      }
    }
    process.exitCode = failed ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
