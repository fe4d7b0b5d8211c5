/**
 * The CLI as evaluation scripts use it: `node bin/reply-coach.mjs …` in a child process, from the
 * repository root, against the bundled dist/cli.mjs (README, "The CLI"). The text report's
 * layout around the finding lines is tested in cli-text.test.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../lib/checker/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/reply-coach.mjs');
const FIX = 'test/fixtures/cli';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(args: string[], input?: string, timeout = 20_000): Run {
  const started = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

type JsonReply = { file: string; row?: number } & Report;

function json(r: Run): JsonReply[] {
  return JSON.parse(r.stdout) as JsonReply[];
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

const atWarning = (f: Finding) => f.severity !== 'info';
/** No stack trace leaked for a user's mistake. */
const NO_STACK = /^\s+at .+:\d+:\d+\)?$/m;

let tmp: string;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
  tmp = mkdtempSync(join(tmpdir(), 'reply-coach-cli-'));
}, 60_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('help and usage errors', () => {
  it('--help explains the commands, the pack format and the exit codes', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const needle of ['check', 'rules', '--jsonl', 'Exit codes', '0  no finding', '1  at least one', '2  usage or input error']) {
      expect(r.stdout).toContain(needle);
    }
  });

  it('check --help covers every option, the formats and the rule pack', () => {
    const r = run(['check', '--help']);
    expect(r.code).toBe(0);
    for (const needle of ['--lang auto|en|fr|sv|zh', '--format text|json', '--rules FILE', '--column NAME', '--jsonl', '"reply-coach-rules"', 'custom:<id>', 'RE2', 'Exit codes', 'FILE:LINE:COL']) {
      expect(r.stdout).toContain(needle);
    }
  });

  it.each([
    [[], /missing command/],
    [['lint'], /unknown command "lint"/],
    [['check', '--lang', 'de', `${FIX}/clean.txt`], /unknown --lang "de"/],
    [['check', '--format', 'xml', `${FIX}/clean.txt`], /unknown --format "xml"/],
    [['check', '--colour', `${FIX}/clean.txt`], /unknown option --colour/],
    [['check', '--lang'], /--lang needs a value/],
    [['check', '--jsonl', 'a.jsonl', 'b.jsonl'], /--jsonl reads one FILE/],
    [['rules', '--lang', 'xx'], /unknown --lang "xx"/],
  ])('%j is a usage error: exit 2, reason on stderr, no stack', (args, reason) => {
    const r = run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(reason);
    expect(r.stderr).toMatch(/--help/);
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('asks for a build when dist/cli.mjs is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reply-coach-nodist-'));
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(BIN, join(dir, 'bin/reply-coach.mjs'));
      const r = spawnSync(process.execPath, [join(dir, 'bin/reply-coach.mjs'), 'check'], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('run `npm run build` first');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('check: plain files', () => {
  it('prints one JSON array when stdout is not a terminal, exit 0 for a clean reply', () => {
    const r = run(['check', `${FIX}/clean.txt`]);
    expect(r.code).toBe(0);
    const [reply] = json(r);
    expect(Object.keys(reply)).toEqual(['file', 'lang', 'score', 'findings', 'checklist']);
    expect(reply).toMatchObject({ file: `${FIX}/clean.txt`, lang: 'en' });
    expect(reply.findings.filter(atWarning)).toEqual([]);
    expect(reply.checklist.map((c) => c.id)).toEqual(['acknowledge', 'reason', 'alternative', 'next-step', 'timeframe', 'follow-up']);
  });

  it('exits 1 for findings at warning or above, with offsets into the file text', () => {
    const r = run(['check', '--format', 'json', `${FIX}/flagged.md`]);
    expect(r.code).toBe(1);
    const [reply] = json(r);
    const text = readFileSync(join(ROOT, FIX, 'flagged.md'), 'utf8');
    expect(reply.findings.some(atWarning)).toBe(true);
    for (const f of reply.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(reply.findings.map((f) => f.category)).toEqual(expect.arrayContaining(['blame', 'refusal']));
  });

  it('prints file:line:col  severity  category  message  → suggestion, matching the JSON offsets', () => {
    const file = `${FIX}/flagged.md`;
    const text = run(['check', '--format', 'text', file]);
    const [reply] = json(run(['check', '--format', 'json', file]));
    expect(text.code).toBe(1);
    const source = readFileSync(join(ROOT, file), 'utf8');
    const expected = reply.findings.map((f) => {
      const before = source.slice(0, f.start).split('\n');
      const loc = `${file}:${before.length}:${before[before.length - 1].length + 1}`;
      const suggestion = f.suggestions.length ? `  → ${f.suggestions[0]}` : '';
      return `${loc}  ${f.severity}  ${f.category}  ${f.message}${suggestion}`;
    });
    // The finding lines, in order; the header, indented and summary lines around them never start with FILE:.
    expect(lines(text.stdout).filter((l) => l.startsWith(`${file}:`))).toEqual(expected);
    expect(lines(text.stdout).some((l) => l.startsWith(`${file}:7:1  warning  refusal  `))).toBe(true);
  });

  it('does not count a leading BOM: the first character is 1:1 and offset 0', () => {
    const [reply] = json(run(['check', '--format', 'json', `${FIX}/bom.txt`]));
    const first = reply.findings[0];
    expect(first.start).toBe(0);
    expect(first.text.charCodeAt(0)).not.toBe(0xfeff);
    const text = run(['check', '--format', 'text', `${FIX}/bom.txt`]);
    expect(lines(text.stdout)[1].startsWith(`${FIX}/bom.txt:1:1  `)).toBe(true);
  });

  it('checks several files in order, one element each', () => {
    const r = run(['check', `${FIX}/clean.txt`, `${FIX}/flagged.md`, `${FIX}/bom.txt`]);
    expect(r.code).toBe(1);
    expect(json(r).map((x) => x.file)).toEqual([`${FIX}/clean.txt`, `${FIX}/flagged.md`, `${FIX}/bom.txt`]);
  });

  it('names a missing file on stderr, still checks the others, and exits 2', () => {
    const r = run(['check', `${FIX}/clean.txt`, `${FIX}/no-such-reply.txt`, `${FIX}/flagged.md`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${FIX}/no-such-reply.txt: no such file`);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(json(r).map((x) => x.file)).toEqual([`${FIX}/clean.txt`, `${FIX}/flagged.md`]);
  });

  it('reports a language without rules by its detected code, no findings, exit 0', () => {
    const r = run(['check', `${FIX}/german.txt`]);
    expect(r.code).toBe(0);
    expect(json(r)[0]).toMatchObject({ lang: 'de', findings: [] });
  });

  it('--lang overrides detection', () => {
    const [reply] = json(run(['check', '--lang', 'sv', `${FIX}/flagged.md`]));
    expect(reply.lang).toBe('sv');
  });
});

describe('check: standard input', () => {
  const reply = 'Thanks for waiting. We cannot refund the ticket.\n';

  it('reads stdin when no file is given, as file "-"', () => {
    const r = run(['check', '--format', 'json'], reply);
    expect(r.code).toBe(1);
    const [one] = json(r);
    expect(one.file).toBe('-');
    expect(one.findings.find((f) => f.category === 'refusal')?.text).toBe('We cannot refund the ticket.');
  });

  it('reads stdin for "-", alongside files', () => {
    const r = run(['check', `${FIX}/clean.txt`, '-'], reply);
    expect(json(r).map((x) => x.file)).toEqual([`${FIX}/clean.txt`, '-']);
  });

  it('strips a BOM from stdin too', () => {
    const [one] = json(run(['check'], `\uFEFF${reply}`));
    expect(one.findings.find((f) => f.category === 'refusal')?.start).toBe(20);
  });

  it('exits 0 for an empty reply', () => {
    const r = run(['check'], '');
    expect(r.code).toBe(0);
    expect(json(r)).toHaveLength(1);
  });
});

describe('check: CSV macro exports', () => {
  it('checks --column NAME per row, through a BOM, quoted fields and embedded newlines', () => {
    const r = run(['check', '--column', 'Macro body', `${FIX}/macros.csv`]);
    expect(r.code).toBe(1);
    const rows = json(r);
    expect(rows.map((x) => [x.file, x.row])).toEqual([
      [`${FIX}/macros.csv`, 1],
      [`${FIX}/macros.csv`, 2],
      [`${FIX}/macros.csv`, 3],
    ]);
    expect(Object.keys(rows[0])).toEqual(['file', 'row', 'lang', 'score', 'findings', 'checklist']);
    expect(rows[0].findings.filter(atWarning)).toEqual([]);
    const refusal = rows[1].findings.find((f) => f.category === 'refusal');
    expect(refusal?.text).toBe('We cannot refund this order.');
    expect(refusal?.start).toBe('Hi there,\r\n\r\n'.length);
    expect(rows[2].findings.find((f) => f.category === 'shouting')?.text).toBe('ALL');
  });

  it('shows CSV rows as FILE[ROW] with line:col inside the cell', () => {
    const r = run(['check', '--format', 'text', '--column', 'Macro body', `${FIX}/macros.csv`]);
    expect(lines(r.stdout).some((l) => l.startsWith(`${FIX}/macros.csv[2]:3:1  warning  refusal  `))).toBe(true);
  });

  it('matches --column case-insensitively when there is no exact match', () => {
    expect(json(run(['check', '--column', 'macro BODY', `${FIX}/macros.csv`]))).toHaveLength(3);
  });

  it('falls back to the first of text, body, content', () => {
    const rows = json(run(['check', `${FIX}/body-column.csv`]));
    expect(rows.map((x) => x.row)).toEqual([1, 2]);
    expect(rows[1].findings.some((f) => f.category === 'dismissive')).toBe(true);
  });

  it('exits 2 naming the file and the header when no column fits', () => {
    const r = run(['check', `${FIX}/macros.csv`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${FIX}/macros.csv: no "text", "body" or "content" column`);
    expect(r.stderr).toContain('"Macro body"');
    expect(json(r)).toEqual([]);
  });

  it('exits 2 for an unknown --column', () => {
    const r = run(['check', '--column', 'Reply', `${FIX}/macros.csv`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no column named "Reply"');
  });

  it('reads semicolon-separated exports', () => {
    const file = join(tmp, 'semicolon.csv');
    writeFileSync(file, 'id;text\n7;"Calm down; the parcel moves tomorrow, as planned."\n');
    const r = run(['check', file]);
    expect(r.code).toBe(1);
    const [row] = json(r);
    expect(row.row).toBe(1);
    expect(row.findings.find((f) => f.category === 'dismissive')?.start).toBe(0);
  });

  it('exits 2 for a broken CSV file', () => {
    const file = join(tmp, 'broken.csv');
    writeFileSync(file, 'id,text\n1,"an unclosed quote\n');
    const r = run(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: not valid CSV`);
  });
});

describe('check --jsonl', () => {
  it('writes one line per input line in order; a bad line gets its line number and exit 2', () => {
    const r = run(['check', '--jsonl', `${FIX}/replies.jsonl`]);
    expect(r.code).toBe(2);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a1', 'a2', null, 'a4', 'a5', 'a6']);
    expect(Object.keys(out[0])).toEqual(['id', 'lang', 'score', 'findings']);
    expect(out[1].findings.map((f: Finding) => f.category)).toEqual(expect.arrayContaining(['policy', 'refusal']));
    expect(out[2]).toEqual({ id: null, line: 3, error: expect.stringMatching(/not valid JSON/) });
    expect(out[4]).toEqual({ id: 'a5', line: 5, error: 'missing "text"' });
    expect(r.stderr).toContain('2 JSONL lines could not be read');
  });

  it('lets a line\'s lang win over --lang, and --lang win over detection', () => {
    const input = [
      { id: 'given', text: 'We cannot refund the order.', lang: 'en' },
      { id: 'default', text: 'We cannot refund the order.' },
      { id: 'other', text: 'We cannot refund the order.', lang: 'de' },
      { id: 'region', text: 'We cannot refund the order.', lang: 'en-GB' },
      { id: 'detect', text: 'We cannot refund the order.', lang: 'auto' },
    ]
      .map((o) => JSON.stringify(o))
      .join('\n');
    const out = lines(run(['check', '--jsonl', '--lang', 'sv', '-'], input).stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.lang])).toEqual([
      ['given', 'en'],
      ['default', 'sv'],
      ['other', 'de'],
      ['region', 'en'],
      ['detect', 'en'],
    ]);
    expect(out[0].findings.length).toBeGreaterThan(0);
    expect(out[2].findings).toEqual([]);
  });

  it('reads stdin with "-" or no file, exit 1 for findings, 0 when clean', () => {
    const flagged = `${JSON.stringify({ id: 1, text: 'Rules are rules.' })}\r\n`;
    const clean = JSON.stringify({ id: 'ok', text: 'Thanks, Lee. The replacement left our warehouse this morning.' });
    expect(run(['check', '--jsonl', '-'], flagged).code).toBe(1);
    expect(run(['check', '--jsonl'], clean).code).toBe(0);
    expect(JSON.parse(run(['check', '--jsonl'], flagged).stdout).id).toBe(1);
  });

  it('exits 2 for a missing JSONL file', () => {
    const r = run(['check', '--jsonl', `${FIX}/missing.jsonl`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${FIX}/missing.jsonl: no such file`);
  });
});

describe('check --rules', () => {
  it('applies a team pack: custom findings are custom:<id>; an unknown built-in id only warns', () => {
    const reply = 'The parcel left our depot on Monday, trust me on this one. Our mechanic dished the wheel already.';
    const r = run(['check', '--format', 'json', '--rules', `${FIX}/team-rules.json`], reply);
    expect(r.code).toBe(1);
    const [one] = json(r);
    expect(one.findings.find((f) => f.ruleId === 'custom:trust-me')).toMatchObject({
      category: 'dismissive',
      severity: 'error',
      guideline: 'G2',
      text: 'trust me on this one',
      suggestions: ['here is the tracking reference: [reference]'],
    });
    expect(one.findings.find((f) => f.ruleId === 'custom:wheel-jargon')).toMatchObject({ severity: 'info', guideline: 'G4', text: 'dished the wheel' });
    expect(r.stderr).toContain('warning:');
    expect(r.stderr).toContain('rules["en.old-category.retired-rule"]');
  });

  it('rejects a bad pack with the field path and RE2\'s reason, exit 2, nothing checked', () => {
    const r = run(['check', '--rules', `${FIX}/bad-rules.json`, `${FIX}/flagged.md`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${FIX}/bad-rules.json: bad rule pack: custom[1].pattern: not a valid RE2 regular expression`);
    expect(r.stderr).toContain('invalid escape sequence');
    expect(r.stderr).not.toMatch(NO_STACK);
  });

  it('rejects a lookbehind, an unknown field and a pack that is not JSON', () => {
    const write = (name: string, content: string) => {
      writeFileSync(join(tmp, name), content);
      return join(tmp, name);
    };
    const base = { format: 'reply-coach-rules', version: 1 };
    const rule = { id: 'x', lang: 'en', kind: 'regex', category: 'blame', severity: 'warning', message: 'Say what happened instead.' };
    const lookbehind = write('lookbehind.json', JSON.stringify({ ...base, custom: [{ ...rule, pattern: '(?<=you )forgot' }] }));
    expect(run(['check', '--rules', lookbehind], 'Hello.').stderr).toMatch(/custom\[0\]\.pattern: not a valid RE2 regular expression/);
    const extra = write('extra.json', JSON.stringify({ ...base, custom: [{ ...rule, pattern: 'x', weight: 2 }] }));
    expect(run(['check', '--rules', extra], 'Hello.').stderr).toContain('custom[0].weight: unknown field');
    const notJson = write('not-json.json', '{ "format": "reply-coach-rules", ');
    const r = run(['check', '--rules', notJson], 'Hello.');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${notJson}: not valid JSON`);
    expect(run(['check', '--rules', join(tmp, 'absent.json')], 'Hello.').stderr).toContain('absent.json: no such file');
  });

  it('keeps a pathological team regex fast on long input', () => {
    const pack = {
      format: 'reply-coach-rules',
      version: 1,
      custom: [{ id: 'redos', lang: 'en', kind: 'regex', pattern: '(a+)+$', category: 'shouting', severity: 'warning', message: 'A rule that would hang a backtracking engine.' }],
    };
    const file = join(tmp, 'redos.json');
    writeFileSync(file, JSON.stringify(pack));
    const r = run(['check', '--lang', 'en', '--rules', file], `Thanks for the report. ${'a'.repeat(200_000)}!`);
    expect(r.code).not.toBe(2);
    expect(r.ms).toBeLessThan(10_000);
  });
});

describe('rules', () => {
  it('prints the built-in rules as JSON with the documented fields', () => {
    const r = run(['rules']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) {
      expect(Object.keys(rule)).toEqual(['id', 'category', 'severity', 'guideline', 'message', 'examples']);
      expect(rule.id).toMatch(/^[a-z]{2}\.[a-z]+\.[a-z0-9-]+$/);
    }
    expect(new Set(rules.map((x) => x.id)).size).toBe(rules.length);
  });

  it('--lang keeps one language', () => {
    const rules = JSON.parse(run(['rules', '--lang', 'en']).stdout) as Array<{ id: string }>;
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((x) => x.id.startsWith('en.'))).toBe(true);
  });
});

describe('large inputs', () => {
  it('finishes a 2 MB reply without hanging', () => {
    const paragraphs = [
      'Thanks for writing in about the late delivery. I have checked the tracking and the parcel is at the local depot.',
      'The courier confirmed it will go out on the first van tomorrow morning, and I will email you once it is scanned.',
      'If the time does not suit you, you can pick another slot from the link in the tracking email.',
      'We cannot change the collection point after dispatch.',
      '> WHERE IS MY ORDER?!?! I HAVE WAITED TWO WEEKS!!!',
    ];
    let text = '';
    for (let i = 0; text.length < 2_000_000; i++) text += `${paragraphs[i % paragraphs.length]}\n\n`;
    const r = run(['check', '--format', 'json', '-'], text, 60_000);
    expect([0, 1]).toContain(r.code);
    const [one] = json(r);
    expect(one.lang).toBe('en');
    // The quoted customer lines are not the agent's words: no shouting from them.
    expect(one.findings.filter((f) => f.category === 'shouting')).toEqual([]);
  }, 60_000);

  it('finishes 2 MB of JSON Lines without hanging, one output line per reply', () => {
    const replies = [
      'Thanks for your patience. I have reissued the invoice with the corrected VAT number.',
      'That is not our fault; the bank holds transfers for two days.',
      'Please do NOT share your password with anyone, including us.',
      'I can see the upgrade failed twice. I have refunded the second charge and will check the logs tonight.',
    ];
    const rows: string[] = [];
    let size = 0;
    for (let i = 0; size < 2_000_000; i++) {
      const row = JSON.stringify({ id: `r${i}`, text: replies[i % replies.length] });
      rows.push(row);
      size += row.length + 1;
    }
    const r = run(['check', '--jsonl', '-'], rows.join('\n'), 60_000);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out).toHaveLength(rows.length);
    expect(JSON.parse(out[out.length - 1]).id).toBe(`r${rows.length - 1}`);
  }, 60_000);
});
