/**
 * Reading replies for the CLI: plain files, CSV macro exports, standard input and JSON Lines.
 * Every problem with an input is an InputError whose message names the input; the caller
 * reports it, keeps going with the other inputs and exits 2.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseCsvSync } from 'csv-parse/sync';

/** One reply to check. `file` is the name as given ("-" for standard input). */
export interface Reply {
  file: string;
  /** 1-based data row of a CSV file (the header is not a row), or input line of a JSON Lines file. */
  row?: number;
  text: string;
  /** What names the row for people (`--format text` only): a CSV cell such as `id` or `title`, a JSONL line's `id`. */
  label?: { field: string; value: string };
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Columns a CSV export's reply text is looked for in, in this order. */
export const DEFAULT_CSV_COLUMNS = ['text', 'body', 'content'];

/** Columns that name a CSV row in text output, in this order (`--id-column` chooses another). */
export const DEFAULT_ID_COLUMNS = ['id', 'title', 'name', 'subject'];

/**
 * Decodes a file's bytes: UTF-8 by default, UTF-16 when it starts with a UTF-16 byte-order mark
 * (spreadsheet "Unicode text" exports). A leading BOM is never part of the text.
 */
export function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return stripBom(new TextDecoder('utf-8').decode(bytes));
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describeFsError(name: string, e: unknown): InputError {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return new InputError(`${name}: no such file`);
    case 'EISDIR':
      return new InputError(`${name}: is a directory, not a file`);
    case 'EACCES':
    case 'EPERM':
      return new InputError(`${name}: permission denied`);
    default:
      return new InputError(`${name}: cannot read (${(e as Error).message})`);
  }
}

/** Reads a file as text. Throws InputError naming the file. */
export async function readTextFile(name: string): Promise<string> {
  try {
    return decode(await readFile(name));
  } catch (e) {
    throw describeFsError(name, e);
  }
}

/** Reads all of a stream (standard input) as text. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return decode(Buffer.concat(chunks));
}

export function isCsv(name: string): boolean {
  return /\.csv$/i.test(name);
}

/** Guesses the delimiter from the header line: the most frequent of , ; and tab outside quotes. */
function sniffDelimiter(text: string): string {
  let quoted = false;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * One reply per data row of a CSV export. `column` names the column to check; without it, the
 * first of text, body, content (any case) that the header has. Each row is labelled by the
 * `idColumn` cell, else by the first of id, title, name, subject that the header has (not the
 * checked column); an empty cell leaves the row unlabelled.
 */
export function csvReplies(file: string, content: string, column?: string, idColumn?: string): Reply[] {
  const text = stripBom(content);
  let records: string[][];
  try {
    records = parseCsvSync(text, {
      bom: true,
      delimiter: sniffDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (e) {
    throw new InputError(`${file}: not valid CSV: ${(e as Error).message}`);
  }
  if (records.length === 0) throw new InputError(`${file}: empty CSV, expected a header row`);
  const header = records[0].map((h) => h.trim());
  const lower = header.map((h) => h.toLowerCase());
  const shown = header.map((h) => JSON.stringify(h)).join(', ');
  const firstOf = (names: string[], except = -1) => names.map((c) => lower.indexOf(c)).find((i) => i !== -1 && i !== except) ?? -1;
  // A column the user named: the exact name, else any case and surrounding spaces.
  const named = (name: string, option: string) => {
    let i = header.indexOf(name);
    if (i === -1) i = lower.indexOf(name.trim().toLowerCase());
    if (i === -1) throw new InputError(`${file}: no column named "${name}"${option} (the header has ${shown})`);
    return i;
  };
  let index: number;
  if (column !== undefined) {
    index = named(column, '');
  } else {
    index = firstOf(DEFAULT_CSV_COLUMNS);
    if (index === -1) {
      throw new InputError(`${file}: no "text", "body" or "content" column (the header has ${shown}); name one with --column NAME`);
    }
  }
  const idIndex =
    idColumn !== undefined
      ? named(idColumn, ' for --id-column')
      : firstOf(DEFAULT_ID_COLUMNS, index);
  return records.slice(1).map((record, i) => {
    const reply: Reply = { file, row: i + 1, text: record[index] ?? '' };
    const value = idIndex === -1 ? '' : (record[idIndex] ?? '').trim();
    if (value !== '') reply.label = { field: header[idIndex], value };
    return reply;
  });
}

/** A JSON Lines input line that could be read. */
export interface JsonlItem {
  id: string | number;
  text: string;
  /** Lower-case primary language subtag as given ("en" for "en-GB"), or "auto"; absent if the line has none. */
  lang?: string;
}

/** A line that could not be read, as it appears in the output. */
export interface JsonlError {
  id: string | number | null;
  line: number;
  error: string;
}

const LANG_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

/** Reads one JSON Lines line `{"id","text","lang"?}`; other fields are ignored. */
export function parseJsonlLine(line: string, lineNumber: number): { item: JsonlItem } | { error: JsonlError } {
  const fail = (id: string | number | null, error: string) => ({ error: { id, line: lineNumber, error } });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return fail(null, `not valid JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(null, 'expected a JSON object {"id","text","lang"?}');
  const obj = value as Record<string, unknown>;
  const id = typeof obj.id === 'string' || (typeof obj.id === 'number' && Number.isFinite(obj.id)) ? obj.id : null;
  if (id === null) return fail(null, obj.id === undefined ? 'missing "id"' : '"id" must be a string or a number');
  if (typeof obj.text !== 'string') return fail(id, obj.text === undefined ? 'missing "text"' : '"text" must be a string');
  if (obj.lang === undefined || obj.lang === null) return { item: { id, text: obj.text } };
  if (typeof obj.lang !== 'string' || !(obj.lang === 'auto' || LANG_TAG.test(obj.lang))) {
    return fail(id, '"lang" must be a language code such as "en" or "auto"');
  }
  // "auto" on a line asks for detection, even when --lang names a language.
  return { item: { id, text: obj.text, lang: obj.lang.split(/[-_]/)[0].toLowerCase() } };
}
