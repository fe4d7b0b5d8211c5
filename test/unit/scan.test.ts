/**
 * The character scanners replace Unicode-property regexes on the hot path; the tone model was
 * trained on tokens from those regexes, so the scanners must cut every text exactly the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countAlnumRuns, eachFactToken, eachToken, eachWord, wordStartBefore } from '../../lib/checker/scan';
import { apostropheStyle } from '../../lib/checker/vet';
import { tokens } from '../../lib/model/features';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[?!]/gu;
const RUN = /[\p{L}\p{N}]+/gu;
const FACT = /[\p{L}\p{N}][\p{L}\p{N}.,:/'’_&-]*[\p{L}\p{N}%]|[\p{L}\p{N}]|[$€£¥]\s?\d[\d.,]*/gu;

function spans(scan: (text: string, each: (s: number, e: number) => void) => void, text: string): string[] {
  const out: string[] = [];
  scan(text, (s, e) => out.push(`${s}:${text.slice(s, e)}`));
  return out;
}
const byRegex = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

const HARD = [
  "Hi Zoë, the café's Wi-Fi isn't down — it's the router's fault?! Don't worry…",
  'Ørsted and Łódź: 3–5 days, £12.50, ORD-4411, v2.3.1, e-mail, co-op- and -dash',
  "rock 'n' roll, 'quoted', ’curly’, it’s, o'clock, x--y, a'-b",
  'Paid £ 12.50, € 3,99, $ x, ¥5, 50%off, 14:30, a.b., x/y/, __init__, R&D, 5%, -5%',
  'Emoji 😊 between words😊here, 𝒳 math letters, ² superscript, ٣ Arabic digit',
  '台灣 的 LINE Pay 沒問題！ 7-ELEVEN, Привет мир, مرحبا',
  'our İSTANBUL office and the İzmir one: ok',
  "trailing hyphen- and apostrophe' and curly’ and ?!?! marks",
];

function trainingSentences(): string[] {
  const dir = 'data/tone/en';
  const texts: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(`${dir}/${f}`, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
  }
  return texts;
}

describe('scanners cut text exactly as the regexes they replace', () => {
  const texts = [...HARD, ...trainingSentences()];

  it('has the training replies to compare on', () => {
    expect(texts.length).toBeGreaterThan(1000);
  });

  it('words (trigger lookup)', () => {
    for (const t of texts) expect(spans(eachWord, t)).toEqual(byRegex(WORD, t));
  });

  it('tokens (the tone model)', () => {
    for (const t of texts) expect(spans(eachToken, t)).toEqual(byRegex(TOKEN, t));
  });

  it('fact tokens (the rewrite vetting)', () => {
    for (const t of texts) expect(spans(eachFactToken, t)).toEqual(byRegex(FACT, t));
  });

  it('apostrophe style', () => {
    const curlyCount = (t: string) => (t.match(/\p{L}’\p{L}?/gu) ?? []).length;
    const straightCount = (t: string) => (t.match(/\p{L}'\p{L}?/gu) ?? []).length;
    for (const t of texts) expect(apostropheStyle(t)).toBe(curlyCount(t) > straightCount(t) ? 'curly' : 'straight');
  });

  it('model tokens: numbers, codes and names folded as by the regex the model was first built on', () => {
    // Han characters are tokens of their own; the letters between them words, without joining marks at their edges.
    const reference = (sentence: string) =>
      [...sentence.matchAll(TOKEN)].flatMap((m) => m[0].split(/(\p{Script=Han})/u).map((x) => x.replace(/^[-'’]+|[-'’]+$/g, '')).filter(Boolean)).map((piece, i) => {
        const raw = piece.replace(/’/g, "'");
        if (/^\d+$/.test(raw)) return '<num>';
        if (/\d/.test(raw)) return '<code>';
        if (i > 0 && /^\p{Lu}\p{Ll}/u.test(raw)) return '<name>';
        return raw.toLowerCase();
      });
    for (const t of texts) expect(tokens(t)).toEqual(reference(t));
  });

  it('word counts', () => {
    for (const t of texts) expect(countAlnumRuns(t)).toBe((t.match(RUN) ?? []).length);
  });

  it('words starting inside a window are read whole, as the whole-text scan reads them', () => {
    // A window may reach past the end (a re-check's edit can end at the text's end).
    expect(spans((t, each) => eachWord(t, each, 0, t.length + 5), HARD[0])).toEqual(spans(eachWord, HARD[0]));
    for (const t of HARD) {
      const all = spans(eachWord, t);
      for (const [from, to] of [[0, 10], [10, 40], [25, t.length]]) {
        const inside: string[] = [];
        eachWord(t, (s, e) => void (e > from && inside.push(`${s}:${t.slice(s, e)}`)), wordStartBefore(t, from), to);
        expect(inside).toEqual(all.filter((w) => Number(w.split(':')[0]) < to && Number(w.split(':')[0]) + w.length - w.indexOf(':') - 1 > from));
      }
    }
  });
});
