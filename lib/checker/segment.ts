/**
 * Splits a reply into the agent's own sentences. Quoted customer text ("> " lines, "On … wrote:"
 * blocks, forwarded or original-message headers) and the signature are left out, but every
 * offset still refers to the full text.
 */
import type { Range } from './types';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

export interface Body {
  /** Paragraphs (runs of non-blank lines) of the agent's own text. */
  paragraphs: Paragraph[];
  /** Quoted thread, headers and signature, as ranges into the full text. */
  excluded: Range[];
}

interface Line {
  start: number;
  end: number; // excludes the line break
  text: string;
}

const QUOTE_LINE = /^[ \t]*>/;
const WROTE_LINE = /^[ \t]*(?:On\b[^\n]{0,300}\bwrote:|Le\b[^\n]{0,300}\ba écrit ?:|Den\b[^\n]{0,300}\bskrev(?:[^\n]{0,200}:)?|[^\n]{0,300}寫道[:：])[ \t]*$/i;
const FORWARD_LINE =
  /^[ \t]*(?:-{2,}[ \t]*(?:Forwarded message|Original Message|Message transféré|Vidarebefordrat meddelande)[ \t]*-{2,}|Begin forwarded message:)/i;
const HEADER_LINE = /^[ \t]*(?:From|De|Från|寄件者):[ \t]/i;
const SIG_DELIMITER = /^-- ?$/;
/** The first line of an email disclaimer: from there on, everything is signature. */
const DISCLAIMER =
  /^[ \t]*(?:(?:confidentiality|legal)\s+(?:notice|disclaimer)|disclaimer\b|this\s+(?:e-?mail|message|communication)(?:\s+and\s+any\s+attachments?)?\s+(?:is|are|may|contains?|and)\b|the\s+information\s+(?:in|contained\s+in)\s+this\s+(?:e-?mail|message)|if\s+you\s+(?:have\s+)?received\s+this\s+(?:e-?mail|message)\s+in\s+error|(?:\w+\s+){0,6}is\s+(?:authori[sz]ed\s+and\s+)?regulated\s+by\s+the\b|registered\s+(?:in\s+england|office|company)\b|ce\s+(?:message|courriel)\s+(?:est|et)\b|detta\s+(?:e-?post(?:meddelande)?|meddelande|mejl)\b|[本此](?:電子郵件|電郵|郵件|訊息)(?:及其?附件)?(?:可能)?(?:含有|包含|僅供|所載))/i;
const SIGN_OFF =
  /^[ \t]*(?:best(?: wishes| regards)?|kind(?:est)? regards|warm(?:est)? regards|regards|warmly|cheers|thanks(?: again| so much)?|thank you|many thanks|with thanks|sincerely|yours sincerely|yours truly|yours|all the best|talk soon|speak soon|take care|cordialement|bien cordialement|très cordialement|(?:belle|bonne|excellente) (?:fin de )?(?:journée|soirée|semaine)(?: à vous)?|au plaisir|meilleures salutations|bon voyage|(?:veuillez|je vous prie|nous vous prions)\s(?:d['’]\s?)?(?:de\s)?(?:agréer|croire|recevoir)\b[^\n]{0,160}|bien à vous|(?:med )?vänliga hälsningar|(?:med )?vänlig hälsning|(?:varma|bästa) hälsningar|allt gott|mvh|hälsningar|(?:敬祝|順祝|順頌|敬頌|祝)[ \t\u3000]*[^\s，。！？]{1,6}|[^\n]{0,40}(?:敬上|謹啟|謹上))[ \t]*[,.!，！]?[ \t]*$/i;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end; // CRLF
    lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

const isBlank = (l: Line) => l.text.trim() === '';

/** Marks each line as the agent's own (true) or quoted/header/signature (false). */
function ownLines(lines: Line[]): boolean[] {
  const own = lines.map(() => true);
  const n = lines.length;
  const dropRest = (from: number) => {
    for (let j = from; j < n; j++) own[j] = false;
  };
  for (let i = 0; i < n; i++) {
    if (!own[i]) continue;
    const t = lines[i].text;
    if (QUOTE_LINE.test(t)) {
      own[i] = false;
      continue;
    }
    if (FORWARD_LINE.test(t)) {
      dropRest(i);
      break;
    }
    if (HEADER_LINE.test(t) && i + 1 < n && /^[ \t]*(?:Sent|Date|To|Envoyé|Skickat|À|Till|Subject):/i.test(lines[i + 1].text)) {
      dropRest(i);
      break;
    }
    if (WROTE_LINE.test(t)) {
      own[i] = false;
      // Top-quoted block ("On … wrote:" then "> " lines) ends where the quote lines end;
      // a bottom quote without markers runs to the end of the text.
      let j = i + 1;
      while (j < n && isBlank(lines[j])) j++;
      if (j < n && !QUOTE_LINE.test(lines[j].text)) {
        dropRest(i);
        break;
      }
      continue;
    }
    if (SIG_DELIMITER.test(t)) {
      dropRest(i);
      break;
    }
    if (SIGN_OFF.test(t)) {
      // A sign-off followed by at most a few short lines (name, team, phone) is the signature,
      // and so is a legal disclaimer after them. The scan stops at the sixth line, so thousands
      // of sign-off lines stay linear.
      let rest = 0;
      let short = true;
      for (let j = i + 1; j < n && short && rest <= 5; j++) {
        if (isBlank(lines[j])) continue;
        if (QUOTE_LINE.test(lines[j].text) || WROTE_LINE.test(lines[j].text)) break;
        if (DISCLAIMER.test(lines[j].text)) break;
        rest++;
        if (lines[j].text.length > 60) short = false;
      }
      if (rest <= 5 && short) {
        for (let j = i; j < n; j++) {
          if (QUOTE_LINE.test(lines[j].text) || WROTE_LINE.test(lines[j].text)) break;
          own[j] = false;
        }
      }
    }
  }
  return own;
}

export function splitBody(text: string, ignore?: Range[]): Body {
  const lines = splitLines(text);
  const own = ownLines(lines);
  const paragraphs: Paragraph[] = [];
  const excluded: Range[] = [];
  let cur: Line[] = [];
  const flush = () => {
    if (!cur.length) return;
    const start = cur[0].start;
    const end = cur[cur.length - 1].end;
    paragraphs.push({ start, end, text: text.slice(start, end) });
    cur = [];
  };
  lines.forEach((line, i) => {
    if (!own[i]) {
      flush();
      excluded.push({ start: line.start, end: line.end });
    } else if (isBlank(line)) {
      flush();
    } else {
      cur.push(line);
    }
  });
  flush();
  if (ignore?.length) {
    excluded.push(...ignore);
    return { paragraphs: cutIgnored(paragraphs, ignore, text), excluded };
  }
  return { paragraphs, excluded };
}

/** Removes ignored ranges from paragraphs, splitting a paragraph where a range falls inside it. */
function cutIgnored(paragraphs: Paragraph[], ignore: Range[], text: string): Paragraph[] {
  const sorted = [...ignore].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    let pos = p.start;
    for (const r of sorted) {
      if (r.end <= pos || r.start >= p.end) continue;
      if (r.start > pos) out.push({ start: pos, end: r.start, text: text.slice(pos, r.start) });
      pos = Math.max(pos, r.end);
    }
    if (pos < p.end) out.push({ start: pos, end: p.end, text: text.slice(pos, p.end) });
  }
  return out.filter((p) => p.text.trim() !== '');
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'no', 'nr', 'ca', 'inc', 'ltd', 'co', 'fig', 'ref', 'tel', 'ext', 'dept', 'est', 'min', 'max', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'm', 'mme', 'mlle', 't.ex', 'bl.a', 'ang', 'kl',
]);

/** Abbreviations that are also units written after a number ("200 ms", "5 min", "3 st"). */
const UNITS = new Set(['ms', 'min', 'm', 'st']);

/**
 * "The page loads in 200 ms. Then …": a unit after a number, followed by a capital, ends the
 * sentence; "Ms. Lee" and "ca. 5 min. per step" do not.
 */
function unitEndsSentence(para: string, dot: number, word: string, next: number): boolean {
  if (!UNITS.has(word)) return false;
  const before = para.slice(Math.max(0, dot - word.length - 2), dot - word.length);
  if (!/\d\s?$/.test(before)) return false;
  return /^\s+\p{Lu}/u.test(para.slice(next, next + 4));
}

/**
 * Sentences of one paragraph (offsets relative to the paragraph). Line breaks end sentences;
 * so do runs of . ! ? (and their CJK forms) followed by space, unless the word before the dot
 * is a common abbreviation or a single letter.
 */
export function splitSentences(para: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(para[s])) s++;
    while (e > s && /\s/.test(para[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: para.slice(s, e) });
  };
  let start = 0;
  const n = para.length;
  for (let i = 0; i < n; i++) {
    const c = para[i];
    if (c === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c === '。' || c === '！' || c === '？') {
      let j = i + 1;
      while (j < n && /[。！？」』）]/.test(para[j])) j++;
      push(start, j);
      start = j;
      i = j - 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    let j = i + 1;
    while (j < n && /[.!?…"'”’)\]]/.test(para[j])) j++;
    if (j < n && !/\s/.test(para[j])) {
      i = j - 1;
      continue;
    }
    if (c === '.' && j === i + 1) {
      const m = /([\p{L}.]+)$/u.exec(para.slice(Math.max(start, i - 12), i));
      const word = m ? m[1].toLowerCase() : '';
      if (word && (ABBREVIATIONS.has(word) || (word.length === 1 && /\p{Lu}/u.test(m![1]))) && !unitEndsSentence(para, i, word, j)) continue;
    }
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, n);
  return out;
}
