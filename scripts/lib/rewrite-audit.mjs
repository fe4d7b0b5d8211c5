// An independent audit of rewrites, for the eval: applies each suggestion the way Apply would and
// checks the sentence that results. Deliberately written apart from the checker's own filter
// (lib/checker/suggestions.ts), with its own tokenizing, so one can catch the other's blind spots.

const PLACEHOLDER_ANY = /\[[^\]\n]{1,60}\]/gu;

/** The sentence around [start, end): from the last sentence end or line break before it to the next after it. */
/** A title's full stop ("Mr. Osei") ends no sentence. */
const TITLE_BEFORE = /(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|Prof|St)$/;

export function sentenceAround(text, start, end) {
  // Full-width marks (Chinese) end a sentence with no space after them.
  const FULL = /[。！？]/;
  let s = start;
  while (s > 0 && text[s - 1] !== '\n' && !FULL.test(text[s - 1]) && !(/[.!?]/.test(text[s - 2] ?? '') && /\s/.test(text[s - 1]) && !TITLE_BEFORE.test(text.slice(Math.max(0, s - 8), s - 2)))) s--;
  let e = end;
  if (e > 0 && /[.!?]/.test(text[e - 1]) && (e >= text.length || /\s/.test(text[e]))) return [s, e];
  if (e > 0 && FULL.test(text[e - 1]) && !FULL.test(text[e] ?? '')) return [s, e];
  while (e < text.length && text[e] !== '\n') {
    if (FULL.test(text[e])) {
      while (e < text.length && FULL.test(text[e])) e++;
      break;
    }
    if (/[.!?]/.test(text[e]) && (e + 1 >= text.length || /\s/.test(text[e + 1])) && !TITLE_BEFORE.test(text.slice(Math.max(0, e - 6), e))) {
      e++;
      break;
    }
    e++;
  }
  return [s, e];
}

/** Every way a suggestion of `f` would change `text`: [{start, end, text}] edits. */
export function editsOf(f) {
  if (Array.isArray(f.fixes) && f.fixes.length) return f.fixes.map((x) => ({ start: x.start, end: x.end, text: x.text, sentence: x.sentence }));
  return f.suggestions.map((s) => ({ start: f.start, end: f.end, text: s }));
}

export function applyEdit(text, edit) {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** Numbers, codes, amounts, acronyms and names of a sentence, as a multiset (Map word → count). */
export function facts(sentence, exclude = []) {
  const out = new Map();
  const re = /[\p{L}\p{N}$€£¥#@][\p{L}\p{N}$€£¥#@.,:/'’_-]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu;
  let first = true;
  for (const m of sentence.matchAll(re)) {
    const w = m[0];
    const at = m.index;
    const excluded = exclude.some(([s, e]) => at < e && at + w.length > s);
    const isFirst = first;
    first = false;
    if (excluded) continue;
    let fact = null;
    if (/\d/.test(w) || /[$€£¥#@]/.test(w)) fact = w.replace(/[.,:]+$/, '');
    else if (/^\p{Lu}[\p{Lu}\d-]+$/u.test(w)) fact = w; // acronym
    else if (!isFirst && /^\p{Lu}\p{Ll}/u.test(w) && !/^I(?:'|’|$)/.test(w)) fact = w.replace(/['’]s$/, ''); // a name mid-sentence
    if (fact) out.set(fact, (out.get(fact) ?? 0) + 1);
  }
  return out;
}

/** Problems with a rewritten sentence, compared with the original. [] = fine. */
export function audit(original, rewritten, { exclude = [], textApostrophe, lang = 'en' } = {}) {
  const problems = [];
  const before = facts(original, exclude);
  const after = facts(rewritten.replace(PLACEHOLDER_ANY, ' '));
  for (const [w, n] of before) {
    const have = after.get(w) ?? 0;
    // Case-insensitive fallback for a name that moved to the sentence start.
    if (have < n && !new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(rewritten)) problems.push(`lost "${w}"`);
  }
  const words = rewritten.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  for (let i = 1; i < words.length; i++) if (words[i] === words[i - 1] && !/^\d+$/.test(words[i]) && words[i] !== 'that' && words[i] !== 'had') problems.push(`doubled "${words[i]}"`);
  const seams = [
    // French typography spaces ; : ! ? off the word before (one space, often a no-break one).
    lang === 'fr' ? [/\s[,.](?!\S*\d)|\s{2,}[;:!?]/u, 'space before punctuation'] : [/\s[,.;:!?](?!\S*\d)/u, 'space before punctuation'],
    [/[,;:]\s*[.!?]/u, 'comma before a full stop'],
    [/(?<!\.)\.\.(?!\.)/u, 'double full stop'],
    [/,\s*,/u, 'double comma'],
    [/ {2,}/u, 'double space'],
    [/[,;](?=\p{L})/u, 'no space after a comma'],
    [/^\s*[,;.]/u, 'starts with punctuation'],
    [/^\s*\p{Ll}/u, 'starts lower-case'],
    // English grammar only.
    ...(lang === 'en'
      ? [
          [/\b(?:a)\s+(?=[aeiou]\w)/iu, '"a" before a vowel'],
          [/\b(?:and|but|because|so|or|to|the|a)\s*[.!?]\s*$/iu, 'ends on a joining word'],
        ]
      : []),
  ];
  const bare = rewritten.replace(PLACEHOLDER_ANY, 'x');
  for (const [re, what] of seams) if (re.test(bare)) problems.push(what);
  if (!rewritten.trim()) problems.push('empty sentence');
  const style = textApostrophe ?? (/’/.test(original) ? 'curly' : /'/.test(original) ? 'straight' : null);
  if (style === 'straight' && /’/.test(rewritten)) problems.push('curly apostrophe in straight text');
  if (style === 'curly' && /\p{L}'\p{L}/u.test(rewritten)) problems.push('straight apostrophe in curly text');
  return problems;
}

/** Whether an edit leaves a whole sentence out (its text and its sentence after Apply are both empty). */
export function isRemoval(edit) {
  return edit.text === '' && edit.sentence === '';
}

/**
 * The audit of a sentence left out: what it said must hold no fact, and the text must read whole
 * where it closed up (the sentences on both sides of the join pass the seam checks of `audit`).
 */
export function auditRemoval(text, edit, opts = {}) {
  const gone = text.slice(edit.start, edit.end).trim();
  const problems = [...facts(gone, [])].map(([w]) => `lost "${w}"`);
  const next = applyEdit(text, edit);
  const at = edit.start;
  const from = at > 0 ? sentenceAround(next, at - 1, at - 1)[0] : at;
  const to = at < next.length ? sentenceAround(next, at, at + 1)[1] : at;
  const joined = next.slice(from, to);
  for (const p of audit(joined, joined, opts)) if (!p.startsWith('lost')) problems.push(p);
  return problems;
}

/** A neutral phrase in each language, for a placeholder filled in the re-flag check. */
const FILLER = { en: 'the details', fr: 'les détails', sv: 'detaljerna', zh: '相關細節' };

/** The text with each placeholder filled by a neutral phrase in the reply's language, for the re-flag check. */
export function fillPlaceholders(text, lang = 'en') {
  return text.replace(PLACEHOLDER_ANY, FILLER[lang] ?? FILLER.en);
}
