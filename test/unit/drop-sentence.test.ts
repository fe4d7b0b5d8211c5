/**
 * Leaving a sentence out (lib/checker/drop-sentence.ts): the rewrite the tone model's boasts,
 * lessons and brush-offs get when no rule construction rebuilds them. Offered only where the
 * paragraph reads whole without the sentence and nothing the customer needs goes with it.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import type { Finding, Report } from '../../lib/checker/types';
import { removesSentence } from '../../lib/page/removal';

const BOAST = 'Our installers are among the most careful in the trade.';

function only(report: Report): Finding {
  const strong = report.findings.filter((f) => f.severity !== 'info');
  expect(strong.map((f) => f.ruleId)).toHaveLength(1);
  return strong[0];
}

/** The reply with fix `i` of `f` applied, as Apply writes it. */
function applied(text: string, f: Finding, i = 0): string {
  const fix = f.fixes![i];
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}

describe('leaving a flagged sentence out', () => {
  it('removes a boast in the middle of a paragraph with the space after it', () => {
    const text = `Thanks for sending the photos of the bracket. ${BOAST} I have booked a second visit for Thursday morning.`;
    const f = only(check(text, { lang: 'en' }));
    expect(f.ruleId).toBe('en.model.defensive');
    expect(f.text).toBe(BOAST);
    expect(f.suggestions).toEqual(['']);
    expect(removesSentence(f, 0)).toBe(true);
    expect(applied(text, f)).toBe('Thanks for sending the photos of the bracket. I have booked a second visit for Thursday morning.');
  });

  it('removes the last sentence of a paragraph with the space before it, and keeps the paragraphs around it', () => {
    const text = `Hi Noor,\n\nI have booked a second visit for Thursday morning. ${BOAST}\n\nBest,\nAda`;
    const f = only(check(text, { lang: 'en' }));
    expect(applied(text, f)).toBe('Hi Noor,\n\nI have booked a second visit for Thursday morning.\n\nBest,\nAda');
  });

  it('takes a sentence on its own line with its line break', () => {
    const text = `Thanks for the photos.\n${BOAST}\nI have booked a second visit for Thursday morning.`;
    const f = only(check(text, { lang: 'en' }));
    expect(applied(text, f)).toBe('Thanks for the photos.\nI have booked a second visit for Thursday morning.');
  });

  it('offers it for a brush-off and for a lesson too', () => {
    const dismissive = 'Thanks for the photos. Honestly, a scuffed corner on a shelf bracket is hardly a disaster. I have ordered a new bracket for you.';
    const condescending = 'Thanks for the photos. Most people manage to fit this bracket without any help at all. I have sent you the fitting guide.';
    expect(applied(dismissive, only(check(dismissive, { lang: 'en' })))).toBe('Thanks for the photos. I have ordered a new bracket for you.');
    expect(applied(condescending, only(check(condescending, { lang: 'en' })))).toBe('Thanks for the photos. I have sent you the fitting guide.');
  });

  it('is not offered for a sentence alone in its paragraph', () => {
    const f = only(check(`${BOAST}\n\nI have booked a second visit for Thursday morning.`, { lang: 'en' }));
    expect(f.ruleId).toBe('en.model.defensive');
    expect(f.suggestions).toEqual([]);
  });

  it('is not offered when the next sentence leans on it', () => {
    const f = only(check(`Thanks for the photos. ${BOAST} That is why the bracket held for so long.`, { lang: 'en' }));
    expect(f.ruleId).toBe('en.model.defensive');
    expect(f.suggestions).toEqual([]);
  });

  it('is not offered when the sentence holds a fact', () => {
    const f = only(check('Thanks for the photos. Our installers have fitted over 4,000 brackets this year. I have booked a second visit for Thursday.', { lang: 'en' }));
    expect(f.ruleId).toBe('en.model.defensive');
    expect(f.suggestions).toEqual([]);
  });

  it('is not offered for a sentence that gives a reason, or for a long one', () => {
    // The reason or the rest of a long sentence may be what the customer needs; the agent rewords it.
    const reason = only(check('Thanks for the photos. Our installers are among the most careful in the trade, because every one of them trains for months. I have booked a second visit for Thursday.', { lang: 'en' }));
    expect(reason.category).toBe('defensive');
    expect(reason.suggestions).toEqual([]);
    const long = only(check('Thanks for the photos. Honestly, a small scuff on the back corner of a shelf bracket that sits behind the books and that nobody will ever look at is hardly a disaster. I have ordered a new bracket for you.', { lang: 'en' }));
    expect(long.category).toBe('dismissive');
    expect(long.suggestions).toEqual([]);
  });

  it('is not offered for blame: the cause is part of the answer', () => {
    const text = 'Thanks for writing in. The address on the order is the one you typed in at checkout. I have asked the courier to redirect it.';
    const f = only(check(text, { lang: 'en' }));
    expect(f.category).toBe('blame');
    expect(f.suggestions).toEqual([]);
  });

  it('gives a repeated sentence the spaces around it where it stands', () => {
    // Swedish reads sentences without their neighbours, so the same boast twice is judged once:
    // each removal must still take its own spaces (two after the first, one after the second).
    const boast = 'Våra montörer hör till de noggrannaste i branschen.';
    const text = `Tack för bilderna. ${boast}  Jag har bokat ett besök på torsdag. ${boast} Jag ringer dig på onsdag.`;
    const boasts = check(text, { lang: 'sv' }).findings.filter((f) => f.text === boast);
    expect(boasts).toHaveLength(2);
    expect(applied(text, boasts[0])).toBe(`Tack för bilderna. Jag har bokat ett besök på torsdag. ${boast} Jag ringer dig på onsdag.`);
    expect(applied(text, boasts[1])).toBe(`Tack för bilderna. ${boast}  Jag har bokat ett besök på torsdag. Jag ringer dig på onsdag.`);
  });

  it('works the same in French, Swedish and Chinese', () => {
    const fr = 'Merci pour vos photos du support. Notre service de pose a une excellente réputation auprès de nos clients. J’ai réservé une nouvelle visite jeudi matin.';
    const sv = 'Tack för bilderna på fästet. Våra montörer hör till de noggrannaste i branschen. Jag har bokat ett nytt besök på torsdag förmiddag.';
    const zh = '謝謝您提供的照片。我們的安裝師傅都是業界最細心的。我已經幫您預約週四上午重新安裝。';
    expect(applied(fr, only(check(fr, { lang: 'fr' })))).toBe('Merci pour vos photos du support. J’ai réservé une nouvelle visite jeudi matin.');
    expect(applied(sv, only(check(sv, { lang: 'sv' })))).toBe('Tack för bilderna på fästet. Jag har bokat ett nytt besök på torsdag förmiddag.');
    // No space between Chinese sentences: only the sentence goes.
    expect(applied(zh, only(check(zh, { lang: 'zh' })))).toBe('謝謝您提供的照片。我已經幫您預約週四上午重新安裝。');
  });

  it('is not offered in French when the next sentence opens with "C’est"', () => {
    const f = only(check('Merci pour vos photos du support. Notre service de pose a une excellente réputation auprès de nos clients. C’est pourquoi la pose a tenu si longtemps.', { lang: 'fr' }));
    expect(f.category).toBe('defensive');
    expect(f.suggestions).toEqual([]);
  });
});

describe('removesSentence', () => {
  it('tells a removal from a rewrite that drops only some words', () => {
    expect(removesSentence({ suggestions: [''], fixes: [{ start: 0, end: 5, text: '', sentence: '' }] }, 0)).toBe(true);
    // "As I said, it ships Friday." → "It ships Friday.": an empty replacement of the flagged words, a sentence left.
    expect(removesSentence({ suggestions: [''], fixes: [{ start: 0, end: 12, text: 'I', sentence: 'It ships Friday.' }] }, 0)).toBe(false);
    expect(removesSentence({ suggestions: ['x'], fixes: [] }, 0)).toBe(false);
  });
});
