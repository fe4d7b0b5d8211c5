/**
 * The card's preview of a rewrite: the sentence as it will read after Apply, with the words that
 * change marked. A word-level diff (longest common subsequence over words, spaces and
 * punctuation) of the sentence as it reads now against the rewritten one; `[placeholders]` are
 * kept apart so the card can still show them as gaps. Pure: no DOM.
 */
import type { Fix } from '../checker/types';
import { findPlaceholders } from '../checker/placeholder';

/** One stretch of the rewritten sentence, or a point where words of the old one were dropped. */
export type PreviewRun =
  | { text: string; changed: boolean; gap: boolean }
  | { removed: string };

/** Words (with inner apostrophes, ' or \u2019 — escaped to keep the page script one byte per character), runs of white space, or one other character each. */
const TOKEN = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*|\s+|[^\s\p{L}\p{N}]/gu;

const tokens = (s: string): string[] => s.match(TOKEN) ?? [];
const isSpace = (t: string) => /^\s+$/u.test(t);

/**
 * The finding's sentence as it reads now, from the checked text and one of its fixes. A fix is
 * the smallest edit between the two sentences, so the rewritten sentence is the old one's head,
 * `fix.text`, then the old one's tail: the head length is the one for which both ends match the
 * checked text around [fix.start, fix.end). Undefined when no head length fits.
 */
export function sentenceBefore(text: string, fix: Fix): string | undefined {
  const { sentence } = fix;
  const middle = fix.text.length;
  if (middle > sentence.length) return undefined;
  for (let head = Math.min(fix.start, sentence.length - middle); head >= 0; head--) {
    const tail = sentence.length - middle - head;
    if (sentence.slice(head, head + middle) !== fix.text) continue;
    if (text.slice(fix.start - head, fix.start) !== sentence.slice(0, head)) continue;
    if (text.slice(fix.end, fix.end + tail) !== sentence.slice(head + middle)) continue;
    return text.slice(fix.start - head, fix.end + tail);
  }
  return undefined;
}

/** For each token of `after`: whether it is new (not part of the longest common subsequence with `before`). */
function changedTokens(before: string[], after: string[]): { changed: boolean[]; removedBefore: string[] } {
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const changed = new Array<boolean>(m).fill(true);
  // removedBefore[j]: old tokens dropped right before after[j] (index m: at the end).
  const removedBefore = new Array<string>(m + 1).fill('');
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      changed[j] = false;
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) removedBefore[j] += before[i++];
    else j++;
  }
  while (i < n) removedBefore[m] += before[i++];
  return { changed, removedBefore };
}

/**
 * The rewritten sentence `after` as runs: changed or not, placeholder or not, and markers where
 * words of `before` were dropped with nothing written in their place. Without `before` (the
 * checker gave no whole sentence) every word of `after` counts as changed.
 */
export function previewRuns(before: string | undefined, after: string): PreviewRun[] {
  const next = tokens(after);
  let changed: boolean[];
  let removedBefore: string[];
  if (before === undefined) {
    changed = next.map(() => true);
    removedBefore = new Array<string>(next.length + 1).fill('');
  } else ({ changed, removedBefore } = changedTokens(tokens(before), next));

  // A lone kept word inside a rewritten stretch ("Here *is* what I'm doing") reads as noise: it
  // goes with the words around it.
  const words = next.map((t, j) => j).filter((j) => !isSpace(next[j]));
  for (let w = 1; w < words.length - 1; w++) {
    const j = words[w];
    if (!changed[j] && changed[words[w - 1]] && changed[words[w + 1]]) changed[j] = true;
  }

  // Spaces follow the words around them: inside a changed stretch they are changed, at its edges not.
  for (let j = 0; j < next.length; j++) {
    if (!isSpace(next[j])) continue;
    changed[j] = j > 0 && j < next.length - 1 && changed[j - 1] && changed[j + 1] && !isSpace(next[j - 1]) && !isSpace(next[j + 1]);
  }

  // Character offsets of each token, and the placeholders' spans.
  const starts: number[] = [];
  let at = 0;
  for (const t of next) {
    starts.push(at);
    at += t.length;
  }
  const gaps = findPlaceholders(after);
  const gapAt = (offset: number) => gaps.some((g) => g.start <= offset && offset < g.end);

  const runs: PreviewRun[] = [];
  const push = (text: string, isChanged: boolean, gap: boolean) => {
    const last = runs[runs.length - 1];
    if (last && 'text' in last && last.changed === isChanged && last.gap === gap) last.text += text;
    else runs.push({ text, changed: isChanged, gap });
  };
  const dropped = (j: number) => {
    const words = removedBefore[j].trim();
    // Only a pure deletion gets a marker: words written in the old ones' place are marked already.
    const replaced = (j > 0 && changed[j - 1] && !isSpace(next[j - 1])) || (j < next.length && changed[j] && !isSpace(next[j]));
    if (words && !replaced) runs.push({ removed: words });
  };
  for (let j = 0; j < next.length; j++) {
    dropped(j);
    // A token can straddle a placeholder's edge ("[" is its own token, words are not): split by character.
    const t = next[j];
    let piece = '';
    let pieceGap = gapAt(starts[j]);
    for (let k = 0; k < t.length; k++) {
      const g = gapAt(starts[j] + k);
      if (g !== pieceGap && piece) {
        push(piece, changed[j], pieceGap);
        piece = '';
      }
      pieceGap = g;
      piece += t[k];
    }
    if (piece) push(piece, changed[j], pieceGap);
  }
  dropped(next.length);
  // The diff may keep a space from the middle of dropped words: one marker for the whole stretch.
  for (let i = 0; i + 2 < runs.length; i++) {
    const [a, space, b] = [runs[i], runs[i + 1], runs[i + 2]];
    if ('removed' in a && 'text' in space && !space.changed && isSpace(space.text) && 'removed' in b) {
      a.removed += ` ${b.removed}`;
      runs.splice(i + 2, 1);
      i--;
    }
  }
  return runs;
}

/** The preview's plain text: exactly `after`. */
export function runsText(runs: readonly PreviewRun[]): string {
  return runs.map((r) => ('text' in r ? r.text : '')).join('');
}
