/** Command-line parsing for `reply-coach` (Node's util.parseArgs, strict). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { LANGS, type Lang } from '../checker/types';

export type OutputFormat = 'text' | 'json';
export const FORMATS: readonly OutputFormat[] = ['text', 'json'];
export const CHECK_LANGS = ['auto', ...LANGS] as const;
export type CheckLang = (typeof CHECK_LANGS)[number];

export type HelpTopic = 'main' | 'check' | 'rules';

export interface CheckCommand {
  command: 'check';
  lang: CheckLang;
  /** undefined: text on a terminal, json otherwise. */
  format?: OutputFormat;
  rulesFile?: string;
  column?: string;
  /** The CSV column that names each row in text output. */
  idColumn?: string;
  jsonl: boolean;
  /** Inputs as given; `-` is standard input. Empty means standard input. */
  files: string[];
}

export interface RulesCommand {
  command: 'rules';
  /** undefined: every language. */
  lang?: Lang;
}

export type CliCommand = CheckCommand | RulesCommand | { command: 'help'; topic: HelpTopic } | { command: 'version' };

/** A mistake in the command line: reported on stderr with a pointer to --help, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly topic: HelpTopic = 'main',
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

const oneOf = (values: readonly string[]) => values.join(', ');

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>, topic: HelpTopic) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(err.message)?.[1] ?? '';
      throw new UsageError(`unknown option ${option}`.trim(), topic);
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /'(--?[\w-]+)/.exec(err.message)?.[1] ?? 'an option';
      const reason = err.message.includes('does not take') ? 'takes no value' : 'needs a value';
      throw new UsageError(`${option} ${reason}`, topic);
    }
    if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(err.message, topic);
    throw e;
  }
}

function parseCheck(args: string[]): CliCommand {
  const { values, positionals } = parse(
    args,
    {
      lang: { type: 'string' },
      format: { type: 'string' },
      rules: { type: 'string' },
      column: { type: 'string' },
      'id-column': { type: 'string' },
      jsonl: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    'check',
  );
  if (values.help) return { command: 'help', topic: 'check' };

  const lang = (values.lang as string | undefined) ?? 'auto';
  if (!(CHECK_LANGS as readonly string[]).includes(lang)) {
    throw new UsageError(`unknown --lang "${lang}" (use one of: ${oneOf(CHECK_LANGS)})`, 'check');
  }
  const format = values.format as string | undefined;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown --format "${format}" (use text or json)`, 'check');
  }
  const jsonl = Boolean(values.jsonl);
  if (jsonl && positionals.length > 1) {
    throw new UsageError('--jsonl reads one FILE (or - for standard input)', 'check');
  }
  if (positionals.filter((p) => p === '-').length > 1) {
    throw new UsageError('standard input (-) can be read only once', 'check');
  }
  for (const [name, value] of [
    ['--rules', values.rules],
    ['--column', values.column],
    ['--id-column', values['id-column']],
  ] as const) {
    if (value === '') throw new UsageError(`${name} needs a value`, 'check');
  }
  return {
    command: 'check',
    lang: lang as CheckLang,
    format: format as OutputFormat | undefined,
    rulesFile: values.rules as string | undefined,
    column: values.column as string | undefined,
    idColumn: values['id-column'] as string | undefined,
    jsonl,
    files: positionals,
  };
}

function parseRules(args: string[]): CliCommand {
  const { values, positionals } = parse(args, { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'rules');
  if (values.help) return { command: 'help', topic: 'rules' };
  if (positionals.length) throw new UsageError(`rules takes no arguments (got "${positionals[0]}")`, 'rules');
  const lang = values.lang as string | undefined;
  if (lang === undefined || lang === 'auto') return { command: 'rules' };
  if (!(LANGS as readonly string[]).includes(lang)) {
    throw new UsageError(`unknown --lang "${lang}" (use one of: ${oneOf(LANGS)})`, 'rules');
  }
  return { command: 'rules', lang: lang as Lang };
}

/** Parses `argv` (without `node` and the script). Throws UsageError. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return parseCheck(rest);
    case 'rules':
      return parseRules(rest);
    case 'help':
      return { command: 'help', topic: rest[0] === 'check' || rest[0] === 'rules' ? rest[0] : 'main' };
    case '--help':
    case '-h':
      return { command: 'help', topic: 'main' };
    case '--version':
    case '-v':
      return { command: 'version' };
    case undefined:
      throw new UsageError('missing command (check or rules)');
    default:
      throw new UsageError(
        command.startsWith('-') ? `unknown option ${command} (the command comes first)` : `unknown command "${command}"`,
      );
  }
}
