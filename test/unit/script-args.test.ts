/**
 * The project's scripts (train, eval, data-stats, relabel, bench:page) on bad arguments: one line naming the
 * option and the usage, exit 2, never a stack trace; --help prints the usage and exits 0.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the scripts, without type declarations
import { parseScriptArgs, langCheck, intCheck, allChecks, UsageError } from '../../scripts/lib/args.mjs';

const config = { options: { lang: { type: 'string', default: 'en' }, folds: { type: 'string', default: '5' } } };
const check = allChecks(langCheck(), intCheck(['folds'], 2));

describe('parseScriptArgs', () => {
  it('returns the values of good arguments', () => {
    const { values } = parseScriptArgs(config, check, ['--lang', 'sv', '--folds', '10']);
    expect(values).toMatchObject({ lang: 'sv', folds: '10' });
    expect(values.help).toBeUndefined();
  });

  it('names an unknown option without parseArgs advice', () => {
    expect(() => parseScriptArgs(config, check, ['--lnag', 'fr'])).toThrow(new UsageError("Unknown option '--lnag'"));
  });

  it('names a language it has no data for, and a count that is not one', () => {
    expect(() => parseScriptArgs(config, check, ['--lang', 'de'])).toThrow('--lang de: not one of en, fr, sv, zh');
    expect(() => parseScriptArgs(config, check, ['--folds', 'five'])).toThrow('--folds five: expected a whole number ≥ 2');
    expect(() => parseScriptArgs(config, check, ['--folds', '1'])).toThrow('≥ 2');
  });

  it('takes --help and -h before judging the other values', () => {
    expect(parseScriptArgs(config, check, ['--lang', 'de', '--help']).values.help).toBe(true);
    expect(parseScriptArgs(config, check, ['-h']).values.help).toBe(true);
  });
});

describe('a script run with a bad option', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/data-stats.mjs', ...args], { encoding: 'utf8' });

  it('exits 2 with the option and the usage on stderr, and no stack trace', () => {
    const r = run('--langs', 'fr');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("data-stats.mjs: Unknown option '--langs'");
    expect(r.stderr).toContain('Usage: node scripts/data-stats.mjs');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the usage on --help and exits 0', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: node scripts\/data-stats.mjs/);
  });
});

describe('bench:page with a bad value', () => {
  // Its options are judged before it looks for Chromium or builds anything.
  const run = (...args: string[]) => spawnSync(process.execPath, ['test/bench/page-bench.mjs', ...args], { encoding: 'utf8' });

  it('names an --only that is not one of its sections, and a --rounds that is not a count', () => {
    const only = run('--only', 'typo');
    expect(only.status).toBe(2);
    expect(only.stderr).toContain('page-bench.mjs: --only typo: not one of typing, latency, memory');
    const rounds = run('--rounds', '0');
    expect(rounds.status).toBe(2);
    expect(rounds.stderr).toContain('--rounds 0: expected a whole number ≥ 1');
  });
});
