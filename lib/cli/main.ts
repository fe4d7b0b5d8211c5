/**
 * `reply-coach`: bulk-lint saved replies and helpdesk macros with the same check() the extension
 * runs. The contract (arguments, formats, exit codes) is the README's "The CLI".
 * Bundled by scripts/build-cli.mjs into dist/cli.cjs; bin/reply-coach.mjs runs it.
 */
import type { Writable } from 'node:stream';
import type { check as Check } from '../checker/index';
import { LANGS, type Lang, type Report, type Settings } from '../checker/types';
import { parseCliArgs, UsageError, type CheckCommand, type CheckLang, type RulesCommand } from './args';
import { helpText, usageHint } from './help';
import { csvReplies, InputError, isCsv, parseJsonlLine, readStream, readTextFile, type Reply } from './inputs';
import { painter, wantsColor, type Env } from './color';
import { isFlagged, jsonlError, jsonlResult, jsonResult } from './format';
import { TextReport } from './text';

declare const __REPLY_COACH_VERSION__: string | undefined;

// Loaded when a command needs them, so that --help, --version and usage errors start without the
// rule packs, the tone model and the NLP lexicon.
const loadChecker = () => import('../checker/index');
const loadRules = () => import('../rules/index');
const loadRulePack = () => import('../rules/pack');

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

export interface CliIo {
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  /** For NO_COLOR, FORCE_COLOR, TERM and CI; none means no colour unless stdout is a terminal. */
  env?: Env;
}

/** Writes to one stream, waiting for it to drain, and goes quiet once the reader is gone (EPIPE). */
class Output {
  /** True once the reader has gone away: there is no point in checking more. */
  closed = false;
  private buffer = '';

  constructor(private readonly stream: Writable) {
    // The reader went away (`reply-coach check … | head`): stop writing, finish quietly.
    stream.on('error', () => {
      this.closed = true;
    });
  }

  /** Buffers small writes; flushes in chunks of about 64 KB. */
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= 65536) await this.flush();
  }

  async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (this.closed || chunk === '') return;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done);
          this.stream.off('close', done);
          resolve();
        };
        this.stream.on('drain', done);
        this.stream.on('close', done);
      });
    }
  }
}

const VERSION = typeof __REPLY_COACH_VERSION__ === 'string' ? __REPLY_COACH_VERSION__ : 'dev';

/** Runs the CLI and resolves to the exit code. Never throws for a user's mistake. */
export async function main(argv: readonly string[], io: CliIo = process): Promise<number> {
  const out = new Output(io.stdout);
  const err = (message: string) => io.stderr.write(`reply-coach: ${message}\n`);
  try {
    const cmd = parseCliArgs(argv);
    switch (cmd.command) {
      case 'help':
        await out.write(helpText(cmd.topic));
        return EXIT_OK;
      case 'version':
        await out.write(`${VERSION}\n`);
        return EXIT_OK;
      case 'rules':
        await out.write(await rulesJson(cmd));
        return EXIT_OK;
      case 'check':
        return await runCheck(cmd, io, out, err);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`${e.message}\n${usageHint(e.topic)}`);
      return EXIT_ERROR;
    }
    if (e instanceof InputError) {
      for (const line of e.message.split('\n')) err(line);
      return EXIT_ERROR;
    }
    // A bug, not a user's mistake: say so, with the stack for the report.
    err(`internal error, please report it: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return EXIT_ERROR;
  } finally {
    await out.flush();
  }
}

async function rulesJson(cmd: RulesCommand): Promise<string> {
  const { builtinRules } = await loadRules();
  const langs: readonly Lang[] = cmd.lang ? [cmd.lang] : LANGS;
  const rules = langs.flatMap((lang) => builtinRules(lang));
  return `${JSON.stringify(rules, null, 2)}\n`;
}

/** Reads and validates `--rules FILE`. Prints warnings; throws InputError for a bad pack. */
async function loadSettings(file: string | undefined, err: (m: string) => void): Promise<Settings | undefined> {
  if (file === undefined) return undefined;
  const text = await readTextFile(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  const { formatIssue, parseRulePack, RulePackError, toSettings } = await loadRulePack();
  try {
    const { pack, warnings } = parseRulePack(data);
    for (const w of warnings) err(`warning: ${file}: ${w}`);
    return toSettings(pack);
  } catch (e) {
    if (!(e instanceof RulePackError)) throw e;
    throw new InputError(e.issues.map((issue) => `${file}: bad rule pack: ${formatIssue(issue)}`).join('\n'));
  }
}

function runOne(check: typeof Check, text: string, lang: string | undefined, fallback: CheckLang, settings: Settings | undefined): Report {
  const chosen = lang ?? fallback;
  if (chosen !== 'auto' && !(LANGS as readonly string[]).includes(chosen)) {
    // The line names a language we have no rules for: report it as given, with nothing to coach.
    return { lang: chosen, score: 100, findings: [], checklist: [], words: (text.match(/[\p{L}\p{N}]+/gu) ?? []).length, gaps: 0 };
  }
  return check(text, { lang: chosen as CheckLang, settings });
}

async function runCheck(cmd: CheckCommand, io: CliIo, out: Output, err: (m: string) => void): Promise<number> {
  const settings = await loadSettings(cmd.rulesFile, err);
  const { check } = await loadChecker();
  return cmd.jsonl ? runJsonl(check, cmd, settings, io, out, err) : runReplies(check, cmd, settings, io, out, err);
}

async function readInput(name: string, io: CliIo, err: (m: string) => void): Promise<string> {
  if (name !== '-') return readTextFile(name);
  if (io.stdin.isTTY) err('reading from the terminal; finish with Ctrl+D (Ctrl+Z then Enter on Windows)');
  return readStream(io.stdin);
}

/** `--format text` for this output: coloured only on a terminal (see color.ts). */
function textReport(io: CliIo): TextReport {
  return new TextReport(painter(wantsColor(io.env ?? {}, io.stdout.isTTY === true)));
}

async function runReplies(
  check: typeof Check,
  cmd: CheckCommand,
  settings: Settings | undefined,
  io: CliIo,
  out: Output,
  err: (m: string) => void,
): Promise<number> {
  const format = cmd.format ?? (io.stdout.isTTY ? 'text' : 'json');
  const names = cmd.files.length ? cmd.files : ['-'];
  const text = format === 'text' ? textReport(io) : undefined;
  let inputError = false;
  let flagged = false;
  let replies = 0;
  if (!text) await out.write('[');

  for (const name of names) {
    let batch: Reply[];
    try {
      const content = await readInput(name, io, err);
      batch = isCsv(name) ? csvReplies(name, content, cmd.column, cmd.idColumn) : [{ file: name, text: content }];
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      err(e.message);
      inputError = true;
      continue;
    }
    for (const reply of batch) {
      if (out.closed) break;
      const report = check(reply.text, { lang: cmd.lang, settings });
      if (isFlagged(report)) flagged = true;
      if (text) await out.write(text.reply(reply, report));
      else await out.write(`${replies === 0 ? '\n' : ',\n'}${jsonResult(reply, report)}`);
      replies++;
    }
  }

  if (!names.some(isCsv)) csvOnly(cmd, err);
  if (!text) await out.write(replies === 0 ? ']\n' : '\n]\n');
  else if (replies > 0 || !inputError) await out.write(text.summary());
  return inputError ? EXIT_ERROR : flagged ? EXIT_FINDINGS : EXIT_OK;
}

async function runJsonl(
  check: typeof Check,
  cmd: CheckCommand,
  settings: Settings | undefined,
  io: CliIo,
  out: Output,
  err: (m: string) => void,
): Promise<number> {
  const file = cmd.files[0] ?? '-';
  const content = await readInput(file, io, err);
  // JSON Lines out unless text is asked for by name: a terminal does not change this format.
  const text = cmd.format === 'text' ? textReport(io) : undefined;
  csvOnly(cmd, err);
  let badLines = 0;
  let flagged = false;
  let lineNumber = 0;
  let from = 0;
  while (from < content.length && !out.closed) {
    let to = content.indexOf('\n', from);
    if (to === -1) to = content.length;
    const line = content.slice(from, to).replace(/\r$/, '');
    from = to + 1;
    lineNumber++;
    if (line.trim() === '') continue;
    const parsed = parseJsonlLine(line, lineNumber);
    if ('error' in parsed) {
      badLines++;
      if (text) err(`${file}[${lineNumber}]: ${parsed.error.error}`);
      else await out.write(`${jsonlError(parsed.error)}\n`);
      continue;
    }
    const { id, text: replyText, lang } = parsed.item;
    const report = runOne(check, replyText, lang, cmd.lang, settings);
    if (isFlagged(report)) flagged = true;
    if (text) await out.write(text.reply({ file, row: lineNumber, text: replyText, label: { field: 'id', value: String(id) } }, report));
    else await out.write(`${jsonlResult(id, report)}\n`);
  }
  if (text) await out.write(text.summary());
  if (badLines) {
    const where = text ? 'above' : 'see "error" in the output';
    err(`${badLines} JSONL ${badLines === 1 ? 'line' : 'lines'} could not be read (${where})`);
  }
  return badLines ? EXIT_ERROR : flagged ? EXIT_FINDINGS : EXIT_OK;
}

/** --column and --id-column read CSV headers: elsewhere they are ignored, with a warning. */
function csvOnly(cmd: CheckCommand, err: (m: string) => void): void {
  if (cmd.column !== undefined) err('warning: --column applies to .csv files only; ignored');
  if (cmd.idColumn !== undefined) err('warning: --id-column applies to .csv files only; ignored');
}
