/** The card's rewrite preview: the sentence after Apply, with the words that change marked, on the checker's real rewrites. */
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import type { Finding } from '../../lib/checker/types';
import { previewRuns, runsText, sentenceBefore, type PreviewRun } from '../../lib/page/preview-diff';

/** `<changed>`, `{gap}`, `^(removed)` — the preview as a person reads it. */
function show(runs: PreviewRun[]): string {
  return runs
    .map((r) => {
      if ('removed' in r) return `^(${r.removed})`;
      const t = r.gap ? `{${r.text}}` : r.text;
      return r.changed ? `<${t}>` : t;
    })
    .join('');
}

function finding(text: string, ruleId: string): Finding {
  const f = check(text, { lang: 'en' }).findings.find((x) => x.ruleId === ruleId);
  if (!f?.fixes?.length) throw new Error(`${ruleId} gave no fix for ${JSON.stringify(text)}`);
  return f;
}

describe('sentenceBefore', () => {
  it('finds the flagged sentence in the reply from a fix, also when it is not the first sentence', () => {
    const text = 'Our system is working perfectly. That is not our fault.';
    const f = finding(text, 'en.defensive.not-our-fault');
    expect(sentenceBefore(text, f.fixes![0])).toBe('That is not our fault.');
  });

  it('is the whole sentence when the fix changes only its head', () => {
    const text = 'Thanks for writing. You should have read the manual before you opened the box. I can help now.';
    const f = finding(text, 'en.blame.should-have');
    expect(sentenceBefore(text, f.fixes![0])).toBe('You should have read the manual before you opened the box.');
  });

  it('is undefined when the text no longer holds the fix’s sentence', () => {
    const text = 'As I already explained, a new lid ships on Friday.';
    const f = finding(text, 'en.condescending.as-i-said');
    expect(sentenceBefore('Something else entirely, typed since.', f.fixes![0])).toBeUndefined();
  });
});

describe('previewRuns', () => {
  it('marks only the new head of a sentence whose tail stays', () => {
    const text = 'You should have read the manual before you opened the box.';
    const fix = finding(text, 'en.blame.should-have').fixes![0];
    const runs = previewRuns(sentenceBefore(text, fix), fix.sentence);
    expect(show(runs)).toBe('<It may help to> read the manual before you opened the box.');
    expect(runsText(runs)).toBe(fix.sentence);
  });

  it('keeps the facts of a policy sentence unmarked and shows the placeholder as a gap', () => {
    const text = 'Per our policy, we cannot refund opened items.';
    const fix = finding(text, 'en.policy.hide-behind-policy').fixes![0];
    const runs = previewRuns(sentenceBefore(text, fix), fix.sentence);
    expect(show(runs)).toBe('<We> cannot refund opened items <because ><{[reason]}>.');
    expect(runsText(runs)).toBe('We cannot refund opened items because [reason].');
  });

  it('marks a rewritten sentence as one stretch, not around a lone kept word', () => {
    const text = 'That is not our fault.';
    const fix = finding(text, 'en.defensive.not-our-fault').fixes![0];
    expect(show(previewRuns(sentenceBefore(text, fix), fix.sentence))).toBe("<Here is what I'm doing to fix this: ><{[next step]}>.");
  });

  it('marks the re-capitalized word when a frame is dropped', () => {
    const text = 'As I already explained, a new lid ships on Friday.';
    const fixes = finding(text, 'en.condescending.as-i-said').fixes!;
    expect(show(previewRuns(sentenceBefore(text, fixes[0]), fixes[0].sentence))).toBe('<A> new lid ships on Friday.');
    expect(show(previewRuns(sentenceBefore(text, fixes[1]), fixes[1].sentence))).toBe('<To recap>, a new lid ships on Friday.');
  });

  it('shows where words were only dropped, without adding text', () => {
    const runs = previewRuns('I will, as I said, send it today.', 'I will send it today.');
    expect(show(runs)).toBe('I will^(, as I said,) send it today.');
    expect(runsText(runs)).toBe('I will send it today.');
  });

  it('marks everything without the sentence before (a suggestion alone)', () => {
    expect(show(previewRuns(undefined, 'because of [reason]'))).toBe('<because of ><{[reason]}>');
  });

  it('marks nothing when nothing changes', () => {
    expect(show(previewRuns('We ship on Friday.', 'We ship on Friday.'))).toBe('We ship on Friday.');
  });
});
