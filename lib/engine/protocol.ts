/**
 * How a reply's text travels from a frame to the checking engine in the background: as edits.
 * The engine keeps the last text of every reply box it was sent (lib/engine/engine.ts), so a
 * check after a keystroke sends only what changed since — the words between the common prefix
 * and the common suffix of the old and the new text — not the whole reply. A long edit (the
 * first check of a 1 MB reply) goes in chunks that each stay under the message size cap.
 *
 * Every edit names the version it applies to (`base`) and the version it makes; the engine
 * refuses an edit to a version it does not hold (it restarted, or evicted the text) and the
 * frame then sends the whole text again from version 0.
 */

/** Characters of reply text per message: even if every one were escaped as `\u00XX` in JSON, the message stays under MAX_MESSAGE_CHARS. */
export const EDIT_CHUNK_CHARS = 64 * 1024;

/** Replace `[start, end)` of the base text with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The one edit that turns `from` into `to`: everything between their common prefix and common suffix. */
export function diffText(from: string, to: string): TextEdit {
  const max = Math.min(from.length, to.length);
  let start = 0;
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < max - start && from.charCodeAt(from.length - 1 - tail) === to.charCodeAt(to.length - 1 - tail)) tail++;
  // Never split a surrogate pair at either seam: a chunk boundary must not either (chunkEdit).
  if (start > 0 && isHighSurrogate(to.charCodeAt(start - 1))) start--;
  if (tail > 0 && isLowSurrogate(to.charCodeAt(to.length - tail))) tail--;
  return { start, end: from.length - tail, text: to.slice(start, to.length - tail) };
}

/** `edit` as edits of at most `size` inserted characters each, applied one after another. */
export function chunkEdit(edit: TextEdit, size = EDIT_CHUNK_CHARS): TextEdit[] {
  if (edit.text.length <= size) return [edit];
  const out: TextEdit[] = [];
  let at = edit.start;
  let from = 0;
  while (from < edit.text.length) {
    let to = Math.min(from + size, edit.text.length);
    if (to < edit.text.length && isHighSurrogate(edit.text.charCodeAt(to - 1))) to--;
    const piece = edit.text.slice(from, to);
    // The first chunk replaces the old words; the rest insert after what came before.
    out.push(out.length === 0 ? { start: edit.start, end: edit.end, text: piece } : { start: at, end: at, text: piece });
    at += piece.length;
    from = to;
  }
  return out;
}

/** Applies `edit` to `text`, or null when its range does not fit the text. */
export function applyEdit(text: string, edit: TextEdit): string | null {
  if (edit.start < 0 || edit.end < edit.start || edit.end > text.length) return null;
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * A short, stable fingerprint of the settings a check runs with (cyrb53 over their JSON): the
 * frame sends it with every check, so the engine notices when its copy of the settings is not
 * the one the frame has (a change still on its way) and reads them again.
 */
export function settingsKey(settings: { rules?: unknown; custom?: unknown; guidelines?: unknown }): string {
  const json = JSON.stringify([settings.rules ?? {}, settings.custom ?? [], settings.guidelines ?? {}]);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
