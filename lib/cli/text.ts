/**
 * `--format text`: a report people read, in the manner of ESLint's "stylish" and Vale, whose
 * finding lines keep the contract shape `FILE:LINE:COL  SEVERITY  CATEGORY  MESSAGE  → SUGGESTION`
 * (README, "The CLI"). Every other line is a header, indented, blank or the summary, so a
 * script can still pick the finding lines out by their start.
 *
 *   macros.csv[2] (title: Refund refused)  score 65/100 · en · checklist missing: acknowledge, reason, …
 *   macros.csv[2]:3:1  warning  refusal  A bare no leaves …  → We can't refund this order because [reason], …
 *       flagged  We cannot refund this order.
 *       rewrite  We can't refund this order because [reason], but I can [alternative].
 *
 *   3 replies, 2 with problems, 2 warnings
 */
import { LANGS, type Finding, type Fix, type Report, type Severity } from '../checker/types';
import type { Paint, Style } from './color';
import { isFlagged, lineIndex } from './format';
import type { Reply } from './inputs';

const INDENT = '    ';

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** Whitespace runs to one space and control characters dropped, so a reply cannot move the cursor or recolour the terminal. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

const oneLine = (text: string) => flat(text).trim();

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `FILE` or `FILE[ROW]`: what starts each finding line of a reply. */
function replyName(reply: Reply): string {
  return reply.row === undefined ? reply.file : `${reply.file}[${reply.row}]`;
}

/** The finding line in its contract shape. */
function findingLine(name: string, where: { line: number; col: number }, f: Finding, paint: Paint): string {
  const severity = paint(SEVERITY_STYLE[f.severity], f.severity);
  const suggestion = f.suggestions.length === 0 ? '' : `  ${paint('green', `→ ${oneLine(f.suggestions[0]) || '(remove it)'}`)}`;
  return `${paint('dim', `${name}:${where.line}:${where.col}`)}  ${severity}  ${f.category}  ${oneLine(f.message)}${suggestion}`;
}

/**
 * Where `fix.text` sits in `fix.sentence`: the one place where the words before and after it
 * are the original text's around [start, end). Undefined when no place fits (then nothing is marked).
 */
export function fixSpan(text: string, fix: Fix): { from: number; to: number } | undefined {
  const { sentence } = fix;
  for (let at = sentence.indexOf(fix.text); at !== -1; at = sentence.indexOf(fix.text, at + 1)) {
    const before = sentence.slice(0, at);
    const after = sentence.slice(at + fix.text.length);
    if (text.slice(fix.start - before.length, fix.start) === before && text.startsWith(after, fix.end)) {
      return { from: at, to: at + fix.text.length };
    }
  }
  return undefined;
}

/** The rewritten sentence, its changed words marked in colour. */
function preview(text: string, fix: Fix, paint: Paint): string {
  // A removal (lib/checker/drop-sentence.ts) leaves no sentence to show: name it instead of an empty line.
  if (fix.sentence === '') return paint('green', '(sentence left out)');
  const span = fixSpan(text, fix);
  if (!span) return oneLine(fix.sentence);
  const { sentence } = fix;
  const changed = paint('bold', paint('green', flat(sentence.slice(span.from, span.to))));
  return `${flat(sentence.slice(0, span.from)).trimStart()}${changed}${flat(sentence.slice(span.to)).trimEnd()}`;
}

function checklistGaps(report: Report): string {
  const missing = report.checklist.filter((c) => c.state === 'missing').map((c) => c.id);
  return missing.length ? `checklist missing: ${missing.join(', ')}` : 'checklist complete';
}

function scoreStyle(score: number): Style {
  return score >= 80 ? 'green' : score >= 50 ? 'yellow' : 'red';
}

const hasRules = (lang: string) => (LANGS as readonly string[]).includes(lang);

/** Prints one block per reply and, at the end, the summary; counts as it goes. */
export class TextReport {
  private replies = 0;
  private flagged = 0;
  private unchecked = 0;
  private empty = 0;
  private readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };

  constructor(private readonly paint: Paint) {}

  /** A reply's block: header, its finding lines each with flagged words and rewrite, then a blank line. */
  reply(reply: Reply, report: Report): string {
    const { paint } = this;
    const name = replyName(reply);
    this.replies++;
    if (isFlagged(report)) this.flagged++;
    const label = reply.label ? ` (${reply.label.field}: ${oneLine(reply.label.value)})` : reply.file === '-' ? ' (standard input)' : '';
    const head = `${paint('bold', `${name}${label}`)}  `;

    if (report.words === 0 && report.findings.length === 0) {
      this.empty++;
      return `${head}${paint('dim', 'empty')}\n${INDENT}nothing to check\n\n`;
    }
    if (!hasRules(report.lang)) {
      this.unchecked++;
      return `${head}${paint('dim', report.lang)}\n${INDENT}not checked: no rules for "${report.lang}" yet\n\n`;
    }
    let out = `${head}${paint(scoreStyle(report.score), `score ${report.score}/100`)}${paint('dim', ` · ${report.lang} · ${checklistGaps(report)}`)}\n`;
    if (report.findings.length === 0) return `${out}${INDENT}${paint('green', 'no problems found')}\n\n`;
    const where = lineIndex(reply.text);
    for (const f of report.findings) {
      this.bySeverity[f.severity]++;
      out += `${findingLine(name, where(f.start), f, paint)}\n`;
      out += `${INDENT}${paint('dim', 'flagged')}  ${paint(SEVERITY_STYLE[f.severity], oneLine(f.text))}\n`;
      const fix = f.fixes?.[0];
      if (fix) out += `${INDENT}${paint('dim', 'rewrite')}  ${preview(reply.text, fix, paint)}\n`;
    }
    return `${out}\n`;
  }

  /** "12 replies, 3 with problems, 5 warnings, 1 error", then info nudges, unchecked and empty replies when there are any. */
  summary(): string {
    const { error, warning, info } = this.bySeverity;
    const parts = [plural(this.replies, 'reply', 'replies')];
    parts.push(this.flagged ? `${this.flagged} with problems` : 'no problems');
    if (warning) parts.push(plural(warning, 'warning'));
    if (error) parts.push(plural(error, 'error'));
    if (info) parts.push(`${info} info`);
    if (this.unchecked) parts.push(`${this.unchecked} not checked (no rules for the language)`);
    if (this.empty) parts.push(`${this.empty} empty`);
    const style: Style = error ? 'red' : this.flagged ? 'yellow' : 'green';
    return `${this.paint('bold', this.paint(style, parts.join(', ')))}\n`;
  }
}
