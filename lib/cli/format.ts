/** JSON output of `reply-coach check` (the contract: README, "The CLI"), and what the text output shares with it. */
import type { Report } from '../checker/types';
import type { JsonlError, Reply } from './inputs';

/** Maps UTF-16 offsets of one text to 1-based line and column (column in UTF-16 units). */
export function lineIndex(text: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo] + 1 };
  };
}

/** One element of the `--format json` array. */
export function jsonResult(reply: Reply, report: Report): string {
  const head = reply.row === undefined ? { file: reply.file } : { file: reply.file, row: reply.row };
  return JSON.stringify({ ...head, lang: report.lang, score: report.score, findings: report.findings, checklist: report.checklist });
}

/** One output line of `--jsonl`. */
export function jsonlResult(id: string | number, report: Report): string {
  return JSON.stringify({ id, lang: report.lang, score: report.score, findings: report.findings });
}

export function jsonlError(error: JsonlError): string {
  return JSON.stringify({ id: error.id, line: error.line, error: error.error });
}

export function isFlagged(report: Report): boolean {
  return report.findings.some((f) => f.severity === 'warning' || f.severity === 'error');
}
