/**
 * Command-line options for the project's scripts (train, eval, data-stats, relabel, benches):
 * node:util parseArgs, plus `--help` / `-h` printing the script's usage, and a bad option or value
 * reported in one line with the usage, exit 2, instead of a stack trace.
 */
import { parseArgs } from 'node:util';
import { basename } from 'node:path';

/** The tone languages a script's `--lang` may name (data/tone/<lang>, lib/model/<lang>-model.json). */
export const TONE_LANGS = ['en', 'fr', 'sv', 'zh'];

export class UsageError extends Error {}

/**
 * Parses `argv` (default: this process's arguments) with parseArgs' `config`, adding `help`.
 * `check(values, positionals)` may return a message for a value parseArgs cannot judge.
 * Returns the parse, with `values.help` true when help was asked; throws UsageError otherwise.
 */
export function parseScriptArgs(config, check, argv = process.argv.slice(2)) {
  let parsed;
  try {
    parsed = parseArgs({ ...config, args: argv, options: { ...config.options, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    if (!String(e?.code).startsWith('ERR_PARSE_ARGS')) throw e;
    // parseArgs appends advice about '--' for positionals to unknown options; the usage says more.
    throw new UsageError(String(e.message).split('. To specify a positional')[0]);
  }
  const problem = parsed.values.help ? undefined : check?.(parsed.values, parsed.positionals);
  if (problem) throw new UsageError(problem);
  return parsed;
}

/** parseScriptArgs for a script's top level: prints the usage and exits on --help or a bad option. */
export function scriptArgs(usage, config, check) {
  const name = basename(process.argv[1] ?? 'script');
  try {
    const parsed = parseScriptArgs(config, check);
    if (parsed.values.help) {
      console.log(usage);
      process.exit(0);
    }
    return parsed;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${name}: ${e.message}\n\n${usage}`);
    process.exit(2);
  }
}

/** A check for `--lang`: one of `allowed`. */
export function langCheck(allowed = TONE_LANGS) {
  return (values) => (values.lang === undefined || allowed.includes(values.lang) ? undefined : `--lang ${values.lang}: not one of ${allowed.join(', ')}`);
}

/** A check for integer options: each named option, when given, is a whole number ≥ `min`. */
export function intCheck(names, min = 1) {
  return (values) => {
    for (const n of names) {
      const v = values[n];
      if (v !== undefined && !(/^\d+$/.test(v) && Number(v) >= min)) return `--${n} ${v}: expected a whole number ≥ ${min}`;
    }
    return undefined;
  };
}

/** Several checks; the first problem wins. */
export function allChecks(...checks) {
  return (values, positionals) => {
    for (const c of checks) {
      const p = c(values, positionals);
      if (p) return p;
    }
    return undefined;
  };
}
