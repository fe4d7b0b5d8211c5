/**
 * Where a paragraph's sentences end: each finding of the model covers one sentence, so a missed
 * end merges two sentences into one judgment (and one highlight), a false end splits one.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/checker/segment';

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe('sentence ends', () => {
  it('do not fall after a title, a common abbreviation or an initial', () => {
    expect(texts('Ms. Lee from billing will call you. Dr. Ortiz signed the form.')).toEqual(['Ms. Lee from billing will call you.', 'Dr. Ortiz signed the form.']);
    expect(texts('Bring the receipt, the box etc. to the counter. J. Park will help you.')).toEqual(['Bring the receipt, the box etc. to the counter.', 'J. Park will help you.']);
  });

  it('fall after a unit written after a number when a capital follows', () => {
    expect(texts('The page now loads in 200 ms. That is what you should see too.')).toEqual(['The page now loads in 200 ms.', 'That is what you should see too.']);
    expect(texts('Le délai est de 5 min. Ensuite, le modem redémarre.')).toEqual(['Le délai est de 5 min.', 'Ensuite, le modem redémarre.']);
    expect(texts('Vi skickar 3 st. Du får dem på fredag.')).toEqual(['Vi skickar 3 st.', 'Du får dem på fredag.']);
  });

  it('do not fall after a unit followed by more of the sentence, or after a unit with no number', () => {
    expect(texts('Allow ca. 5 min. per step and restart the router.')).toEqual(['Allow ca. 5 min. per step and restart the router.']);
    expect(texts('Ask for Ms. Berg at the desk.')).toEqual(['Ask for Ms. Berg at the desk.']);
  });

  it('keep every offset exact, and end at Chinese full stops', () => {
    const p = '您好。包裹已送達！請查收？謝謝';
    const s = splitSentences(p);
    expect(s.map((x) => x.text)).toEqual(['您好。', '包裹已送達！', '請查收？', '謝謝']);
    for (const x of s) expect(p.slice(x.start, x.end)).toBe(x.text);
  });
});
