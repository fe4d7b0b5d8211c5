/**
 * The tone training data: whole replies with labeled spans (the dev v2 record format), read,
 * validated and cut into the agent's own sentences with their labels. Used by the training and
 * data-statistics scripts, never by the extension at run time.
 */
import { CATEGORIES, type ToneCategory } from '../checker/types';
import { splitBody, splitSentences } from '../checker/segment';

/** The categories the model learns; shouting stays a detector. */
export const MODEL_CATEGORIES = ['blame', 'defensive', 'dismissive', 'condescending', 'refusal', 'policy'] as const;
export type ModelCategory = (typeof MODEL_CATEGORIES)[number];

/** Share of near-duplicate sentences the data may hold (data card). */
export const DUPLICATE_CAP = 0.03;

export interface Span {
  cat: ToneCategory;
  text: string;
}
export interface ToneRecord {
  id: string;
  lang: string;
  domain: string;
  text: string;
  labels: ToneCategory[];
  spans: Span[];
  /** Clean sentences or clauses a keyword checker would wrongly flag, with their kind. */
  hard?: Array<{ kind: string; text: string }>;
  note?: string;
  file: string;
}
export interface LocatedSpan extends Span {
  start: number;
  end: number;
}
export interface LabeledRecord extends ToneRecord {
  spans: LocatedSpan[];
  hardAt: Array<{ kind: string; start: number; end: number }>;
}
export interface LabeledSentence {
  recordId: string;
  start: number;
  end: number;
  text: string;
  labels: ModelCategory[];
  hard: boolean;
}

export interface RecordError {
  file: string;
  line: number;
  message: string;
}

const FIELDS = new Set(['id', 'lang', 'domain', 'text', 'labels', 'spans', 'hard', 'note']);

/** Parses JSONL files into validated records; every problem names its file, line and field. */
export function readRecords(files: Array<{ file: string; text: string }>, lang: string): { records: LabeledRecord[]; errors: RecordError[] } {
  const records: LabeledRecord[] = [];
  const errors: RecordError[] = [];
  const ids = new Set<string>();
  for (const { file, text } of files) {
    text.split('\n').forEach((raw, i) => {
      if (!raw.trim()) return;
      const fail = (message: string) => errors.push({ file, line: i + 1, message });
      let r: any;
      try {
        r = JSON.parse(raw);
      } catch (e) {
        return fail(`not JSON: ${(e as Error).message}`);
      }
      for (const k of Object.keys(r)) if (!FIELDS.has(k)) return fail(`unknown field "${k}"`);
      if (typeof r.id !== 'string' || !r.id) return fail('id: missing');
      if (ids.has(r.id)) return fail(`id: "${r.id}" used twice`);
      ids.add(r.id);
      if (r.lang !== lang) return fail(`lang: "${r.lang}", expected "${lang}"`);
      if (typeof r.domain !== 'string' || !/^[a-z_]+$/.test(r.domain)) return fail('domain: lower-case words joined by _');
      if (typeof r.text !== 'string' || !r.text.trim()) return fail('text: missing');
      if (!Array.isArray(r.spans)) return fail('spans: missing');
      if (!Array.isArray(r.labels)) return fail('labels: missing');
      const located: LocatedSpan[] = [];
      for (const [j, s] of r.spans.entries()) {
        if (!CATEGORIES.includes(s?.cat)) return fail(`spans[${j}].cat: "${s?.cat}" is not a category`);
        const at = locate(r.text, s.text, located);
        if (at < 0) return fail(`spans[${j}].text is not a substring of text: ${JSON.stringify(s.text)}`);
        const span = { cat: s.cat, text: s.text, start: at, end: at + s.text.length };
        if (/[.!?]\s+\S/.test(s.text.replace(/\b(?:Mr|Mrs|Ms|Dr|St|e\.g|i\.e|etc|vs|No)\./g, ''))) return fail(`spans[${j}] covers more than one sentence: ${JSON.stringify(s.text)}`);
        located.push(span);
      }
      const cats = [...new Set(located.map((s) => s.cat))].sort();
      if (JSON.stringify(cats) !== JSON.stringify([...r.labels].sort())) return fail(`labels ${JSON.stringify(r.labels)} differ from the span categories ${JSON.stringify(cats)}`);
      const hardAt: LabeledRecord['hardAt'] = [];
      for (const [j, h] of (r.hard ?? []).entries()) {
        if (typeof h?.kind !== 'string' || !h.kind) return fail(`hard[${j}].kind: missing`);
        const at = typeof h.text === 'string' ? r.text.indexOf(h.text) : -1;
        if (at < 0) return fail(`hard[${j}].text is not a substring of text`);
        if (located.some((s) => s.start < at + h.text.length && s.end > at)) return fail(`hard[${j}] overlaps a labeled span`);
        hardAt.push({ kind: h.kind, start: at, end: at + h.text.length });
      }
      records.push({ ...r, file, spans: located, hardAt });
    });
  }
  return { records, errors };
}

/** First occurrence of `needle` not already taken by an earlier span of the same text. */
function locate(text: string, needle: string, taken: LocatedSpan[]): number {
  if (typeof needle !== 'string' || !needle) return -1;
  let at = text.indexOf(needle);
  while (at >= 0 && taken.some((s) => s.start === at && s.text === needle)) at = text.indexOf(needle, at + 1);
  return at;
}

/** The agent's own sentences of a record (quotes and signature left out), each with its labels. */
export function labeledSentences(r: LabeledRecord): LabeledSentence[] {
  const out: LabeledSentence[] = [];
  for (const p of splitBody(r.text).paragraphs) {
    for (const s of splitSentences(p.text)) {
      const start = p.start + s.start;
      const end = p.start + s.end;
      const labels = [
        ...new Set(r.spans.filter((x) => x.start < end && x.end > start && x.cat !== 'shouting').map((x) => x.cat as ModelCategory)),
      ];
      const hard = labels.length === 0 && r.hardAt.some((h) => h.start < end && h.end > start);
      out.push({ recordId: r.id, start, end, text: s.text, labels, hard });
    }
  }
  return out;
}

/** Sentences of any text, for overlap checks. */
export function splitForStats(text: string): string[] {
  return splitBody(text).paragraphs.flatMap((p) => splitSentences(p.text).map((s) => s.text));
}

/** Lower-case words only: two sentences with the same key are near-duplicates. */
export function normalizeSentence(s: string): string {
  return (s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).join(' ');
}
