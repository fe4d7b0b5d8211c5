/**
 * `reply-coach check --format text`: the report people read (README, "The CLI"). Runs main()
 * in-process with fake streams, so a test can say whether standard output is a terminal and
 * which environment it sees; one test runs the real command through a pipe.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding, Fix, Report } from '../../lib/checker/types';
import { painter, wantsColor, type Env } from '../../lib/cli/color';
import { csvReplies } from '../../lib/cli/inputs';
import { main } from '../../lib/cli/main';
import { fixSpan } from '../../lib/cli/text';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIX = 'test/fixtures/cli';
const ESC = '\x1b';
const ANSI = /\x1b\[\d+m/g;
/** A finding line: `FILE:LINE:COL  SEVERITY  CATEGORY  MESSAGE` and maybe `  → SUGGESTION`. */
const FINDING_LINE = /^(\S.*):(\d+):(\d+) {2}(info|warning|error) {2}([a-z]+) {2}(.+?)(?: {2}→ (.+))?$/;

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], opts: { tty?: boolean; env?: Env; stdin?: string } = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        add(String(chunk));
        done();
      },
    });
  const out = Object.assign(sink((s) => (stdout += s)), { isTTY: opts.tty });
  const err = sink((s) => (stderr += s));
  const stdin = Readable.from(opts.stdin === undefined ? [] : [opts.stdin]);
  const code = await main(args, { stdin, stdout: out, stderr: err, env: opts.env ?? {} });
  return { code, stdout, stderr };
}

const text = (...args: string[]) => cli(['check', '--format', 'text', ...args]);

async function reports(...args: string[]): Promise<Array<Report & { file: string; row?: number }>> {
  return JSON.parse((await cli(['check', '--format', 'json', ...args])).stdout);
}

const lines = (s: string) => s.split('\n');

describe('--format text: one block per reply', () => {
  it('prints a header, finding lines in the contract shape with the flagged words and the rewrite, and a summary', async () => {
    const file = `${FIX}/late-parcel.txt`;
    const r = await text(file);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(ESC);
    const out = lines(r.stdout);
    expect(out[0]).toBe(`${file}  score 50/100 · en · checklist missing: alternative`);

    // Every finding of the JSON report, in order, as FILE:LINE:COL  SEVERITY  CATEGORY  MESSAGE  → SUGGESTION.
    const [report] = await reports(file);
    const findingLines = out.filter((l) => FINDING_LINE.test(l));
    expect(findingLines).toEqual(
      report.findings.map((f: Finding) => {
        const before = readFileSync(`${ROOT}/${file}`, 'utf8').slice(0, f.start).split('\n');
        const at = `${file}:${before.length}:${before[before.length - 1].length + 1}`;
        return `${at}  ${f.severity}  ${f.category}  ${f.message}${f.suggestions.length ? `  → ${f.suggestions[0]}` : ''}`;
      }),
    );
    expect(findingLines.map((l) => l.split('  ').slice(1, 3).join(' '))).toEqual([
      'warning defensive',
      'warning shouting',
      'warning refusal',
      'error placeholder',
    ]);

    // Under each finding: the flagged words, then the sentence as the first suggestion leaves it.
    const shouting = out.findIndex((l) => l.startsWith(`${file}:5:31  warning  shouting  `));
    expect(out.slice(shouting + 1, shouting + 3)).toEqual([
      '    flagged  NOT',
      '    rewrite  The courier lost it, which is not something we control.',
    ]);
    const refusal = out.findIndex((l) => l.startsWith(`${file}:5:57  warning  refusal  `));
    expect(out.slice(refusal + 1, refusal + 3)).toEqual([
      '    flagged  We cannot send a second parcel.',
      "    rewrite  We can't send a second parcel because [reason], but I can [alternative].",
    ]);
    // No rewrite, no rewrite line: the next line is the next finding.
    const defensive = out.findIndex((l) => l.startsWith(`${file}:5:1  warning  defensive  `));
    expect(out[defensive + 1]).toBe('    flagged  The courier lost it, which is NOT something we control.');
    expect(out[defensive + 2]).toBe(out[shouting]);
    expect(out.at(-4)).toBe('    flagged  [reason]');

    expect(out.slice(-3)).toEqual(['', '1 reply, 1 with problems, 3 warnings, 1 error', '']);
  });

  it('shows a rewrite that reaches past the flagged words as the whole new sentence', async () => {
    const piped = await cli(['check', '--format', 'text'], { stdin: 'As I already said, just restart the app. The export button is at the top.' });
    const out = lines(piped.stdout);
    expect(out[0]).toMatch(/^- \(standard input\) {2}score \d+\/100 · en · /);
    expect(out[1]).toMatch(/^-:1:1 {2}warning {2}condescending {2}.+ {2}→ \(remove it\)$/);
    expect(out.slice(2, 4)).toEqual(['    flagged  As I already said', '    rewrite  Just restart the app.']);
  });

  it('names a sentence the fix leaves out instead of printing an empty rewrite', async () => {
    const piped = await cli(['check', '--format', 'text'], { stdin: 'Hi Dana,\n\nOur team is never the problem here. Your replacement card ships on Monday and should arrive by Thursday.\n' });
    const out = lines(piped.stdout);
    expect(out[1]).toMatch(/^-:3:1 {2}warning {2}defensive {2}.+ {2}→ \(remove it\)$/);
    expect(out.slice(2, 4)).toEqual(['    flagged  Our team is never the problem here.', '    rewrite  (sentence left out)']);
  });

  it('says so for a clean reply, an empty one and one in a language without rules', async () => {
    const clean = await text(`${FIX}/clean.txt`);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe(`${FIX}/clean.txt  score 100/100 · en · checklist complete\n    no problems found\n\n1 reply, no problems\n`);

    const empty = await cli(['check', '--format', 'text'], { stdin: '' });
    expect(empty.code).toBe(0);
    expect(empty.stdout).toBe('- (standard input)  empty\n    nothing to check\n\n1 reply, no problems, 1 empty\n');

    const german = await text(`${FIX}/german.txt`);
    expect(german.code).toBe(0);
    expect(german.stdout).toBe(
      `${FIX}/german.txt  de\n    not checked: no rules for "de" yet\n\n1 reply, no problems, 1 not checked (no rules for the language)\n`,
    );
  });

  it('sums up every reply at the end, and keeps the exit codes', async () => {
    const r = await text(`${FIX}/late-parcel.txt`, `${FIX}/clean.txt`, `${FIX}/flagged.md`);
    expect(r.code).toBe(1);
    expect(r.stdout.endsWith('\n\n3 replies, 2 with problems, 6 warnings, 1 error\n')).toBe(true);
    // A reply block per file, in order, each header starting at column 0.
    const headers = lines(r.stdout).filter((l) => / {2}score \d+\/100 · /.test(l));
    expect(headers.map((l) => l.split('  ')[0])).toEqual([`${FIX}/late-parcel.txt`, `${FIX}/clean.txt`, `${FIX}/flagged.md`]);

    const missing = await text(`${FIX}/clean.txt`, `${FIX}/no-such-reply.txt`);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-reply.txt: no such file');
    expect(missing.stdout.endsWith('\n1 reply, no problems\n')).toBe(true);
    // Nothing read at all: no summary to give.
    expect((await text(`${FIX}/no-such-reply.txt`)).stdout).toBe('');
  });

  it('counts info nudges in the summary without calling the reply a problem', async () => {
    const pack = `${FIX}/caps-as-info.json`;
    const r = await cli(['check', '--format', 'text', '--rules', pack], { stdin: 'Thanks, Ada. The refund is ON its way and should reach your card by Friday.' });
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toContain('    flagged  ON');
    expect(lines(r.stdout)).toContain('    rewrite  The refund is on its way and should reach your card by Friday.');
    expect(lines(r.stdout).some((l) => /^-:1:\d+ {2}info {2}shouting {2}/.test(l))).toBe(true);
    expect(r.stdout.endsWith('\n1 reply, no problems, 1 info\n')).toBe(true);
  });

  it('prints no control characters from the reply itself', async () => {
    const r = await cli(['check', '--format', 'text'], { stdin: `Calm down\x1b[2J\x07, the invoice is fine.` });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f]/);
  });
});

describe('--format text: colour', () => {
  const file = `${FIX}/late-parcel.txt`;

  it('is the default on a terminal, in colour; without the colour it is the same text as in a pipe', async () => {
    const tty = await cli(['check', file], { tty: true });
    const piped = await text(file);
    expect(tty.code).toBe(1);
    expect(tty.stdout).toContain(ESC);
    expect(piped.stdout).not.toContain(ESC);
    expect(tty.stdout.replace(ANSI, '')).toBe(piped.stdout);
  });

  it('marks the changed words of the rewrite and colours the severity', async () => {
    const { stdout } = await cli(['check', file], { tty: true });
    const paint = painter(true);
    const mark = (s: string) => paint('bold', paint('green', s));
    expect(stdout).toContain(`The courier lost it, which is ${mark('not')} something we control.`);
    expect(stdout).toContain(`  ${paint('yellow', 'warning')}  shouting  `);
    expect(stdout).toContain(`  ${paint('red', 'error')}  placeholder  `);
  });

  it.each([
    ['NO_COLOR=1 on a terminal: none', true, { NO_COLOR: '1' }, false],
    ['TERM=dumb on a terminal: none', true, { TERM: 'dumb' }, false],
    ['CI=true on a terminal: none', true, { CI: 'true' }, false],
    ['FORCE_COLOR=0 on a terminal: none', true, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR=1 in a pipe: colour', false, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=1 over NO_COLOR=1: colour', false, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    ['an empty NO_COLOR on a terminal: colour', true, { NO_COLOR: '' }, true],
    ['a pipe: none', false, {}, false],
  ])('%s', async (_what, tty, env, colour) => {
    expect(wantsColor(env, tty)).toBe(colour);
    const r = await cli(['check', '--format', 'text', file], { tty, env });
    expect(r.stdout.includes(ESC)).toBe(colour);
  });

  it('never colours through a real pipe', () => {
    const env = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined };
    const r = spawnSync(process.execPath, ['bin/reply-coach.mjs', 'check', '--format', 'text', file], { cwd: ROOT, encoding: 'utf8', env });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${file}  score 50/100`);
    expect(r.stdout).not.toContain(ESC);
  });
});

describe('--format text: naming CSV rows and JSON Lines', () => {
  it('names a CSV row by its number and the first of id, title, name, subject', async () => {
    const macros = lines((await text('--column', 'Macro body', `${FIX}/macros.csv`)).stdout);
    expect(macros[0]).toMatch(/^test\/fixtures\/cli\/macros\.csv\[1\] \(id: 1\) {2}score /);
    expect(macros).toContain(`${FIX}/macros.csv[2] (id: 2)  score 65/100 · en · checklist missing: acknowledge, reason, alternative, next-step`);
    expect(macros.some((l) => l.startsWith(`${FIX}/macros.csv[2]:3:1  warning  refusal  `))).toBe(true);

    const names = lines((await text(`${FIX}/body-column.csv`)).stdout);
    expect(names.filter((l) => l.includes('score')).map((l) => l.split('  ')[0])).toEqual([
      `${FIX}/body-column.csv[1] (name: welcome)`,
      `${FIX}/body-column.csv[2] (name: blunt)`,
    ]);

    // "Subject", any case; a row whose cell is empty goes by its number alone.
    const tickets = lines((await text(`${FIX}/tickets.csv`)).stdout);
    expect(tickets.filter((l) => l.includes('score')).map((l) => l.split('  ')[0])).toEqual([
      `${FIX}/tickets.csv[1] (Subject: Password reset)`,
      `${FIX}/tickets.csv[2] (Subject: Export fails)`,
      `${FIX}/tickets.csv[3]`,
    ]);
    expect(tickets).toContain('    rewrite  Just restart the app.');
  });

  it('--id-column chooses the column, in any case; an unknown one is an input error', async () => {
    const byTitle = lines((await text('--column', 'Macro body', '--id-column', 'TITLE', `${FIX}/macros.csv`)).stdout);
    expect(byTitle.filter((l) => l.includes('score')).map((l) => l.split('  ')[0])).toEqual([
      `${FIX}/macros.csv[1] (title: Shipping delay)`,
      `${FIX}/macros.csv[2] (title: Refund refused)`,
      `${FIX}/macros.csv[3] (title: Caps)`,
    ]);
    const unknown = await text('--id-column', 'Ticket', `${FIX}/tickets.csv`);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`${FIX}/tickets.csv: no column named "Ticket" for --id-column (the header has "Subject", "Content", "Agent")`);
    const notCsv = await text('--id-column', 'id', `${FIX}/clean.txt`);
    expect(notCsv.code).toBe(0);
    expect(notCsv.stderr).toContain('warning: --id-column applies to .csv files only; ignored');
  });

  it('never labels a row by the column being checked', () => {
    const [row] = csvReplies('t.csv', 'title,notes\n"Calm down, please.",x\n', 'title');
    expect(row).toEqual({ file: 't.csv', row: 1, text: 'Calm down, please.' });
    const [named] = csvReplies('t.csv', 'name,title\n"Calm down, please.",Refund\n', 'name');
    expect(named.label).toEqual({ field: 'title', value: 'Refund' });
  });

  it('leaves --format json as it was: no label, the same keys', async () => {
    const rows = await reports('--id-column', 'Agent', `${FIX}/tickets.csv`);
    expect(rows.map((x) => Object.keys(x))).toEqual(Array(3).fill(['file', 'row', 'lang', 'score', 'findings', 'checklist']));
  });

  it('names JSON Lines by input line and id with --format text; bad lines go to stderr, exit 2', async () => {
    const file = `${FIX}/replies.jsonl`;
    const r = await cli(['check', '--jsonl', '--format', 'text', file]);
    expect(r.code).toBe(2);
    const out = lines(r.stdout);
    expect(out.filter((l) => /^\S/.test(l) && !FINDING_LINE.test(l)).map((l) => l.split('  ')[0])).toEqual([
      `${file}[1] (id: a1)`,
      `${file}[2] (id: a2)`,
      `${file}[4] (id: a4)`,
      `${file}[7] (id: a6)`,
      '4 replies, 1 with problems, 2 warnings, 1 not checked (no rules for the language)',
    ]);
    expect(out.some((l) => l.startsWith(`${file}[2]:1:1  warning  policy  `))).toBe(true);
    expect(r.stderr).toContain(`${file}[3]: not valid JSON`);
    expect(r.stderr).toContain(`${file}[5]: missing "text"`);
    expect(r.stderr).toContain('2 JSONL lines could not be read (above)');
  });

  it('keeps JSON Lines out for --jsonl on a terminal unless text is asked for', async () => {
    const r = await cli(['check', '--jsonl'], { tty: true, stdin: JSON.stringify({ id: 'x', text: 'Rules are rules.' }) });
    expect(r.code).toBe(1);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['id', 'lang', 'score', 'findings']);
  });
});

describe('fixSpan: where the rewrite sits in its sentence', () => {
  it('finds the replaced words where the text around them is the original, not the first look-alike', () => {
    const reply = 'I do not know why, but please do NOT click twice.';
    const start = reply.indexOf('NOT');
    const fix: Fix = { start, end: start + 3, text: 'not', sentence: 'I do not know why, but please do not click twice.' };
    expect(fixSpan(reply, fix)).toEqual({ from: start, to: start + 3 });
  });

  it('gives up when nothing lines up', () => {
    const fix: Fix = { start: 0, end: 3, text: 'We', sentence: 'Something else entirely.' };
    expect(fixSpan('NOT here.', fix)).toBeUndefined();
  });
});
