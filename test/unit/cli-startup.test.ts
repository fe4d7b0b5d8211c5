/**
 * The fast-starting CLI (issue 12) must report exactly what the plain bundle with compromise
 * reports: its stand-in for compromise answers every lexicon and toInfinitive question the same,
 * its reports are byte for byte the same, its V8 code cache never changes a result (missing,
 * rejected, or made for another bundle), and commands that check nothing load no NLP data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { liteCompromise, type CompromiseData, type ToInfinitive } from '../../lib/cli/compromise-lite';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { compromiseData, toInfinitivePath } from '../../scripts/compromise-data.mjs';
// @ts-expect-error: a plain .mjs script, without type declarations
import { buildReference, collectReplies, compare } from '../../scripts/cli-equivalence.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/reply-coach.mjs');
const SAMPLE = 'test/fixtures/replies/sample-reply.txt';

type Lexicon = Record<string, string | string[]>;
type RealMethods = { two: { transform: { verb: { toInfinitive(w: string, model: unknown, tense: string): string } } } };

let tmp: string;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
  tmp = mkdtempSync(join(tmpdir(), 'reply-coach-startup-'));
}, 60_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string> = {}, nodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...nodeArgs, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the CLI's stand-in for compromise", async () => {
  const realModel = nlp.model() as unknown as { one: { lexicon: Lexicon } };
  const real = realModel.one.lexicon;
  const realInfinitive = (nlp.methods() as unknown as RealMethods).two.transform.verb.toInfinitive;
  const { default: toInfinitive } = (await import(toInfinitivePath())) as { default: ToInfinitive };
  // Through JSON, as the bundle carries it.
  const data = JSON.parse(JSON.stringify(compromiseData(nlp))) as CompromiseData;
  const lite = liteCompromise(() => data, toInfinitive);
  const lexicon = lite.model().one.lexicon;

  it('lists every word of compromise’s lexicon with the same tags, and nothing else', () => {
    const words = Object.keys(real);
    expect(words.length).toBeGreaterThan(20_000);
    const wrong = words.filter((w) => !Object.hasOwn(lexicon, w) || JSON.stringify(lexicon[w]) !== JSON.stringify(real[w]));
    expect(wrong).toEqual([]);
    expect(Object.keys(lexicon).sort()).toEqual([...words].sort());
    expect(lexicon.refund).toEqual(real.refund);
    expect(lexicon['united kingdom']).toEqual(real['united kingdom']);
  });

  it('does not list what compromise does not: unknown words, other cases, Object.prototype', () => {
    for (const w of ['refundd', 'Refund', 'constructor', 'toString', '__proto__', 'hasOwnProperty', '', 'x y z']) {
      expect([w, Object.hasOwn(lexicon, w)]).toEqual([w, Object.hasOwn(real, w)]);
    }
    expect('toString' in lexicon).toBe(true);
  });

  it('turns every verb form of the lexicon into the same infinitive as compromise', () => {
    const tenses = ['PastTense', 'Participle', 'Gerund', 'PresentTense'];
    const verbs = Object.keys(real).filter((w) => !w.includes(' ') && [real[w]].flat().some((t) => tenses.includes(t) || t === 'Verb' || t === 'Infinitive'));
    expect(verbs.length).toBeGreaterThan(3000);
    const wrong: string[] = [];
    for (const w of [...verbs, 'checked', 'chosen', 'unsubscribed', 'googled', 'zoomed', 'refunding']) {
      for (const tense of tenses) {
        const mine = lite.methods().two.transform.verb.toInfinitive(w, lite.model(), tense);
        if (mine !== realInfinitive(w, nlp.model(), tense)) wrong.push(`${w}/${tense}: ${mine}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(lite.methods().two.transform.verb.toInfinitive('chosen', lite.model(), 'Participle')).toBe('choose');
  });

  it('refuses, loudly, anything beyond the lexicon and toInfinitive', () => {
    expect(() => (lite as unknown as (t: string) => unknown)('We cannot refund it.')).toThrow(/only nlp.model\(\) and nlp.methods\(\)/);
    expect(() => {
      'use strict';
      lexicon.refund = 'Noun';
    }).toThrow(TypeError);
  });
});

describe('reports', () => {
  it('are byte for byte those of the plain bundle with compromise, with and without the code cache', async () => {
    const dir = join(tmp, 'equivalence');
    mkdirSync(dir);
    const lines: string[] = collectReplies([join(ROOT, 'test/fixtures/replies/own-set.jsonl')]);
    // A reply whose rewrite goes through toInfinitive ("you should have checked" → "check").
    lines.push(JSON.stringify({ id: 'infinitive', text: 'You should have checked the settings before you chose that plan.' }));
    const runner = await buildReference(dir);
    const results = compare(lines, runner, dir, join(dir, 'cache')) as { format: string; pass: string; same: boolean; fast: { stdout: string } }[];
    expect(results.map((r) => `${r.format}, ${r.pass}: ${r.same}`)).toEqual([
      'json, cache written: true',
      'json, cache read: true',
      'text, cache written: true',
      'text, cache read: true',
    ]);
    expect(results[0].fast.stdout.split('\n').filter(Boolean)).toHaveLength(lines.length);
    expect(results[0].fast.stdout).toContain('"ruleId"');
  }, 60_000);
});

describe('the code cache', () => {
  const bundleHash = () => createHash('sha256').update(readFileSync(join(ROOT, 'dist/cli.cjs'))).digest('hex').slice(0, 32);
  const plain = () => cli(['check', SAMPLE], { REPLY_COACH_CACHE_DIR: 'off' });

  it('is written by a check, named for the bundle and this Node, and then read', () => {
    const dir = join(tmp, 'cache-fresh');
    const expected = plain();
    expect(expected.code).toBe(1);
    expect(cli(['--version'], { REPLY_COACH_CACHE_DIR: dir }).code).toBe(0);
    expect(existsSync(dir)).toBe(false); // --version alone does not make one
    expect(cli(['check', SAMPLE], { REPLY_COACH_CACHE_DIR: dir })).toEqual(expected);
    const files = readdirSync(dir);
    expect(files).toEqual([`cli-${bundleHash()}-${process.version}-${process.arch}.v8`]);
    const written = readFileSync(join(dir, files[0]));
    expect(written.length).toBeGreaterThan(10_000);
    expect(cli(['check', SAMPLE], { REPLY_COACH_CACHE_DIR: dir })).toEqual(expected);
    // Read, not rewritten.
    expect(readFileSync(join(dir, files[0])).equals(written)).toBe(true);
  });

  it('that V8 rejects, or that is not a cache at all, only costs a recompile', () => {
    const dir = join(tmp, 'cache-broken');
    mkdirSync(dir);
    const name = `cli-${bundleHash()}-${process.version}-${process.arch}.v8`;
    writeFileSync(join(dir, name), Buffer.alloc(50_000, 7));
    const expected = plain();
    expect(cli(['check', SAMPLE], { REPLY_COACH_CACHE_DIR: dir })).toEqual(expected);
    // Replaced by a good one.
    expect(readFileSync(join(dir, name)).equals(Buffer.alloc(50_000, 7))).toBe(false);
    expect(cli(['check', SAMPLE], { REPLY_COACH_CACHE_DIR: dir })).toEqual(expected);
  });

  it("of another bundle is never read, and this Node's old ones are removed", () => {
    const dir = join(tmp, 'cache-stale');
    mkdirSync(dir);
    const stale = `cli-${'0'.repeat(32)}-${process.version}-${process.arch}.v8`;
    const otherNode = `cli-${'0'.repeat(32)}-v0.0.0-${process.arch}.v8`;
    writeFileSync(join(dir, stale), Buffer.alloc(50_000, 7));
    writeFileSync(join(dir, otherNode), Buffer.alloc(10, 7));
    expect(cli(['check', SAMPLE], { REPLY_COACH_CACHE_DIR: dir })).toEqual(plain());
    expect(readdirSync(dir).sort()).toEqual([`cli-${bundleHash()}-${process.version}-${process.arch}.v8`, otherNode].sort());
  });

  it("is named by the hash the build recorded while the bundle is the one it recorded, else by the bundle's own", () => {
    // A copy of the command and its bundle, so the record beside the bundle can be forged.
    const home = join(tmp, 'recorded');
    mkdirSync(join(home, 'bin'), { recursive: true });
    mkdirSync(join(home, 'dist'));
    writeFileSync(join(home, 'bin/reply-coach.mjs'), readFileSync(join(ROOT, 'bin/reply-coach.mjs')));
    const bundle = join(home, 'dist/cli.cjs');
    writeFileSync(bundle, readFileSync(join(ROOT, 'dist/cli.cjs')));
    const run = (cache: string) => {
      const r = spawnSync(process.execPath, [join(home, 'bin/reply-coach.mjs'), 'check', SAMPLE], { encoding: 'utf8', env: { ...process.env, REPLY_COACH_CACHE_DIR: cache } });
      expect(r.status).toBe(1);
      return readdirSync(cache);
    };
    const st = statSync(bundle);
    const recorded = 'ab'.repeat(16);
    writeFileSync(`${bundle}.sha256`, `${recorded} ${st.size} ${Math.floor(st.mtimeMs)}\n`);
    expect(run(join(tmp, 'cache-recorded'))).toEqual([`cli-${recorded}-${process.version}-${process.arch}.v8`]);
    // The record of another bundle (another size) is not believed.
    writeFileSync(`${bundle}.sha256`, `${recorded} ${st.size + 1} ${Math.floor(st.mtimeMs)}\n`);
    expect(run(join(tmp, 'cache-hashed'))).toEqual([`cli-${bundleHash()}-${process.version}-${process.arch}.v8`]);
  });

  it('in a directory that cannot be written is skipped without a word', () => {
    const file = join(tmp, 'not-a-directory');
    writeFileSync(file, 'x');
    expect(cli(['check', SAMPLE], { REPLY_COACH_CACHE_DIR: join(file, 'cache') })).toEqual(plain());
  });
});

describe('commands that check nothing', () => {
  // Counts, into a file, what only the checker does: decode the tone model's weights (the one
  // Int8Array of a run, a view of the decoded bytes) and parse the lexicon data (the one
  // JSON.parse of over 100 KB).
  const spy = (out: string) =>
    `data:text/javascript,${encodeURIComponent(
      `import { writeFileSync } from 'node:fs';
      const seen = { lexicon: 0, model: 0 };
      const parse = JSON.parse;
      JSON.parse = function (s, r) { if (typeof s === 'string' && s.length > 100000) seen.lexicon++; return parse.call(this, s, r); };
      globalThis.Int8Array = new Proxy(Int8Array, { construct(target, args, newTarget) { seen.model++; return Reflect.construct(target, args, newTarget); } });
      process.on('exit', () => writeFileSync(${JSON.stringify(out)}, JSON.stringify(seen)));`,
    )}`;
  const loads = (args: string[]) => {
    const out = join(tmp, `loads-${args.join('_').replace(/\W/g, '')}`);
    const r = cli(args, {}, ['--import', spy(out)]);
    return { code: r.code, ...(JSON.parse(readFileSync(out, 'utf8')) as { lexicon: number; model: number }) };
  };

  it('--help, --version and usage errors load neither the tone model nor the lexicon; check loads both', () => {
    expect(loads(['--version'])).toEqual({ code: 0, lexicon: 0, model: 0 });
    expect(loads(['--help'])).toEqual({ code: 0, lexicon: 0, model: 0 });
    expect(loads(['check', '--lang', 'xx'])).toEqual({ code: 2, lexicon: 0, model: 0 });
    expect(loads(['check', SAMPLE])).toEqual({ code: 1, lexicon: 1, model: 1 });
  });
});
