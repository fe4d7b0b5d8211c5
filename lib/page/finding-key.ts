/**
 * A finding's one identity, from the check to its underline, the card, "Ignore here" and the
 * popup's Apply and Show: the rule, the flagged words and the words just before them. Offsets
 * are not part of it, so it survives re-checks and edits elsewhere in the reply; editing the
 * words or what comes right before them makes a new finding. Equal keys in one text are numbered.
 */
import type { Finding } from '../checker/types';
import type { ReportedFinding } from '../messages';

/** Text before the flagged words that is part of the identity. */
const CONTEXT_CHARS = 24;

/** `findings` of `text`, each with its key. */
export function withKeys(findings: readonly Finding[], text: string): ReportedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const before = text.slice(Math.max(0, f.start - CONTEXT_CHARS), f.start);
    const base = `${f.ruleId}@${fnv1a(`${f.text}\u0000${before}`)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { ...f, key: n ? `${base}#${n}` : base };
  });
}

/** FNV-1a over UTF-16 units as 8 hex digits: a key stays short however long the flagged text. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
