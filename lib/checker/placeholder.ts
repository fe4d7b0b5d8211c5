/**
 * The one definition of a `[placeholder]`: a gap a rewrite leaves for a fact the tool cannot know
 * (`[reason]`, `[ticket ID]`, `[Monday/Tuesday]`, `[délai]`, `[原因]`). The checker flags any left
 * in a reply, the card and popup show them as gaps, Apply selects the first one, and custom-rule
 * suggestions are validated against it — all through this module.
 *
 * Square brackets holding 1–40 characters with at least one letter, no line break and no nested
 * bracket; not a Markdown link (`[text](url)`) and not a bare footnote number (`[1]`).
 */
const SOURCE = String.raw`\[(?=[^\[\]\n]*\p{L})[^\[\]\n]{1,40}\](?!\()`;

/** A fresh global expression (global regexps carry lastIndex, so none is shared). */
export function placeholderPattern(): RegExp {
  return new RegExp(SOURCE, 'gu');
}

const TEST = new RegExp(SOURCE, 'u');

export function hasPlaceholder(text: string): boolean {
  return text.includes('[') && TEST.test(text);
}

/** Every placeholder in `text`, with offsets. */
export function findPlaceholders(text: string): Array<{ start: number; end: number; text: string }> {
  if (!text.includes('[')) return [];
  return [...text.matchAll(placeholderPattern())].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}

/** Splits text into plain parts and placeholders, in order, for the UI to mark the gaps. */
export function splitPlaceholders(text: string): Array<{ text: string; gap: boolean }> {
  const out: Array<{ text: string; gap: boolean }> = [];
  let at = 0;
  for (const p of findPlaceholders(text)) {
    if (p.start > at) out.push({ text: text.slice(at, p.start), gap: false });
    out.push({ text: p.text, gap: true });
    at = p.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), gap: false });
  return out;
}

/** The text with every placeholder replaced by `filler`: how a rewrite reads once the gaps are filled. */
export function fillPlaceholders(text: string, filler = 'this'): string {
  if (!text.includes('[')) return text;
  return text.replace(placeholderPattern(), filler);
}
