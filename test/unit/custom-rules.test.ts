import { describe, expect, it } from 'vitest';
import { compileCustomRules, findAll, MAX_MATCHES_PER_RULE, phraseSource, phraseTriggers } from '../../lib/checker/custom-rules';
import { check } from '../../lib/checker/index';
import type { CustomRule } from '../../lib/checker/types';

function rule(over: Partial<CustomRule>): CustomRule {
  return {
    id: 'test-rule',
    lang: 'en',
    kind: 'phrase',
    pattern: 'per my last email',
    category: 'condescending',
    severity: 'warning',
    message: 'Restate the answer instead of pointing back to an earlier message.',
    ...over,
  };
}

/** The matched substrings, so a failure shows what was found. */
function spans(r: CustomRule, text: string): string[] {
  const [compiled] = compileCustomRules([r]);
  return compiled.find(text).map(({ start, end }) => text.slice(start, end));
}

describe('phrase rules', () => {
  it('matches case-insensitively with offsets into the text, including offset 0', () => {
    const text = 'Per my last email, the invoice went out on Monday.';
    const [compiled] = compileCustomRules([rule({})]);
    expect(compiled.find(text)).toEqual([{ start: 0, end: 17 }]);
  });

  it('treats any run of whitespace between words as one space', () => {
    expect(spans(rule({}), 'As noted per  my\n last\temail, it shipped.')).toEqual(['per  my\n last\temail']);
  });

  it('matches whole words only', () => {
    const r = rule({ pattern: 'calm down' });
    expect(spans(r, 'Please calm down.')).toEqual(['calm down']);
    expect(spans(r, 'The storm will becalm downtown soon.')).toEqual([]);
    expect(spans(r, 'Stay calm downstairs while we check.')).toEqual([]);
  });

  it('treats straight and curly apostrophes as equal, both in the pattern and in the text', () => {
    const straight = rule({ pattern: "that's not our problem" });
    const curly = rule({ pattern: 'that’s not our problem' });
    for (const text of ["Honestly, that's not our problem.", 'Honestly, that’s not our problem.', 'Honestly, thatʼs not our problem.', 'Honestly, that‘s not our problem.']) {
      expect(spans(straight, text)).toEqual([text.slice(10, 32)]);
      expect(spans(curly, text)).toEqual([text.slice(10, 32)]);
    }
  });

  it('does not match a word that continues after an apostrophe ("we can" is not "we can\'t")', () => {
    const r = rule({ pattern: 'we can' });
    expect(spans(r, 'We can’t do that.')).toEqual([]);
    expect(spans(r, 'We can do that tomorrow.')).toEqual(['We can']);
    expect(spans(rule({ pattern: 't do' }), 'We can’t do that.')).toEqual([]);
  });

  it('reads a standalone * as exactly one word', () => {
    const r = rule({ pattern: 'per my * email' });
    expect(spans(r, 'Per my previous email, the form is attached.')).toEqual(['Per my previous email']);
    expect(spans(r, 'per my earlier email and per my last email')).toEqual(['per my earlier email', 'per my last email']);
    expect(spans(r, 'Per my email, the form is attached.')).toEqual([]);
    expect(spans(r, 'Per my two earlier email threads, nothing changed.')).toEqual([]);
    expect(spans(rule({ pattern: 'as * said' }), 'As I’ve said, the form is attached.')).toEqual(['As I’ve said']);
  });

  it('takes a * inside a word literally and escapes every other regex character', () => {
    expect(spans(rule({ pattern: 'read the f*** manual' }), 'Just read the f*** manual.')).toEqual(['read the f*** manual']);
    expect(spans(rule({ pattern: 'read the f*** manual' }), 'Just read the fine manual.')).toEqual([]);
    expect(spans(rule({ pattern: 'obviously (again)' }), 'It is obviously (again) the cache.')).toEqual(['obviously (again)']);
    expect(spans(rule({ pattern: 'a.b' }), 'axb a.b')).toEqual(['a.b']);
    expect(spans(rule({ pattern: '[sic] \\d+' }), 'see [sic] \\d+ here, not [sic] 42')).toEqual(['[sic] \\d+']);
  });

  it('is a plain substring in Chinese', () => {
    const r = rule({ lang: 'zh', pattern: '這不是我們的問題' });
    const text = '您好，這不是我們的問題，請聯絡銀行。';
    expect(spans(r, text)).toEqual(['這不是我們的問題']);
    expect(compileCustomRules([r])[0].find(text)).toEqual([{ start: 3, end: 11 }]);
  });

  it('returns UTF-16 offsets after astral characters', () => {
    const text = '😀😀 per my last email';
    expect(compileCustomRules([rule({})])[0].find(text)).toEqual([{ start: 5, end: 22 }]);
  });

  it('compiles a phrase of only wildcards to nothing and never matches', () => {
    expect(phraseSource('* *', 'en')).toBeNull();
    const [compiled] = compileCustomRules([rule({ pattern: '* *' })]);
    expect(compiled.error).toBeTruthy();
    expect(compiled.find('any words at all')).toEqual([]);
  });
});

describe('regex rules', () => {
  it('matches RE2 syntax, case-insensitive by default', () => {
    const r = rule({ kind: 'regex', pattern: '\\bfor the (second|third) time\\b' });
    expect(spans(r, 'For the second time, the link is below.')).toEqual(['For the second time']);
  });

  it('honours explicit flags: "" is case-sensitive, m makes ^ match at line starts', () => {
    expect(spans(rule({ kind: 'regex', pattern: 'NO', flags: '' }), 'no, No, NO')).toEqual(['NO']);
    expect(spans(rule({ kind: 'regex', pattern: '^obviously', flags: 'im' }), 'Hi,\nObviously it broke.')).toEqual(['Obviously']);
    expect(spans(rule({ kind: 'regex', pattern: '^obviously', flags: 'i' }), 'Hi,\nObviously it broke.')).toEqual([]);
    expect(spans(rule({ kind: 'regex', pattern: 'a.b', flags: 's' }), 'a\nb')).toEqual(['a\nb']);
  });

  it("reads curly apostrophes in the text as straight ones", () => {
    expect(spans(rule({ kind: 'regex', pattern: "won't (be|get) refunded" }), 'It won’t be refunded.')).toEqual(['won’t be refunded']);
  });

  it('skips empty matches', () => {
    expect(spans(rule({ kind: 'regex', pattern: 'x*' }), 'abc')).toEqual([]);
  });

  it('marks a pattern RE2 rejects as an error instead of throwing', () => {
    for (const pattern of ['(a)\\1', '(?<=you )failed', '(?!no)', '[unclosed']) {
      const [compiled] = compileCustomRules([rule({ kind: 'regex', pattern })]);
      expect(compiled.error, pattern).toMatch(/.+/);
      expect(compiled.find('you failed to do it')).toEqual([]);
    }
  });

  it('stays linear on a pattern that makes backtracking engines explode', () => {
    const [compiled] = compileCustomRules([rule({ kind: 'regex', pattern: '(a+)+$' })]);
    const text = `${'a'.repeat(100_000)}!`;
    const started = performance.now();
    expect(compiled.find(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('compileCustomRules', () => {
  it('caches by array identity and by rule identity', () => {
    const rules = [rule({}), rule({ id: 'other', kind: 'regex', pattern: 'obviously' })];
    const first = compileCustomRules(rules);
    expect(compileCustomRules(rules)).toBe(first);
    const again = compileCustomRules([...rules]);
    expect(again).not.toBe(first);
    expect(again.map((c) => c.find('Obviously, per my last email.'))).toEqual(first.map((c) => c.find('Obviously, per my last email.')));
  });

  it('never throws, whatever the text, and stops at MAX_MATCHES_PER_RULE', () => {
    const compiled = compileCustomRules([rule({ pattern: 'no' }), rule({ id: 'r', kind: 'regex', pattern: '\\w' })]);
    for (const text of ['', '\uD800 lone surrogate no', 'no '.repeat(5000), '\u0000\u2028\uFEFF no']) {
      for (const c of compiled) expect(() => c.find(text)).not.toThrow();
    }
    expect(compiled[0].find('no '.repeat(5000))).toHaveLength(MAX_MATCHES_PER_RULE);
  });

  it('handles a 1 MB text quickly', () => {
    const compiled = compileCustomRules([
      rule({ pattern: 'per my * email' }),
      rule({ id: 'b', pattern: "that's not on us" }),
      rule({ id: 'c', kind: 'regex', pattern: '\\b(as i (already )?(said|explained))\\b' }),
    ]);
    const paragraph = 'Thanks for your patience while we looked into the sync delay. The fix ships tonight, and I will write again once it is live. ';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const started = performance.now();
    for (const c of compiled) expect(c.find(text)).toEqual([]);
    const tail = `${text}As I already explained, per my earlier email.`;
    expect(compiled[0].find(tail)).toHaveLength(1);
    expect(compiled[2].find(tail)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('custom rules in check()', () => {
  it('reports a custom finding with ruleId custom:<id> and the rule data', () => {
    const text = 'Hello Dana,\n\nThe refund left our account on Tuesday, trust me on that one.';
    const report = check(text, {
      lang: 'en',
      settings: {
        custom: [
          rule({
            id: 'trust-me',
            pattern: 'trust me on * one',
            category: 'dismissive',
            severity: 'error',
            suggestions: ['here is the transfer reference: [reference]'],
          }),
        ],
      },
    });
    const found = report.findings.find((f) => f.ruleId === 'custom:trust-me');
    expect(found).toMatchObject({
      category: 'dismissive',
      severity: 'error',
      text: 'trust me on that one',
      guideline: 'G2',
      suggestions: ['here is the transfer reference: [reference]'],
    });
    expect(text.slice(found!.start, found!.end)).toBe(found!.text);
  });

  it('applies a custom rule only to replies in its language', () => {
    const report = check('Hej! Per my last email, vi har skickat paketet idag och det är på väg till dig.', {
      lang: 'sv',
      settings: { custom: [rule({ id: 'only-en' })] },
    });
    expect(report.findings.some((f) => f.ruleId === 'custom:only-en')).toBe(false);
  });
});

describe('phrase triggers', () => {
  const texts = [
    "Hi Sam, per my last email the refund (order #4411) was sent on Monday. Don't worry, it's on its way.",
    'As I said before: e-mail us at help@example.com, or call 0800 123 456 — 24/7, co-op members too.',
    'PER MY LAST EMAIL, the café’s Wi-Fi voucher is valid. We can’t extend it.',
    'Stay calm downstairs while we check the e-mail logs.',
  ];
  const phrases = ['per my last email', 'as * before', 'e-mail', '24/7', "can't extend", 'we can', 'café’s wi-fi', 'calm down', '(order #4411)', 'co-op * too', 'it * on', 'help@example.com'];

  it('skip a phrase only when the text cannot match it: the same matches as running every rule', () => {
    const rules = phrases.map((pattern, i) => rule({ id: `p${i}`, pattern }));
    const compiled = compileCustomRules(rules);
    for (const text of texts) expect(findAll(compiled, text)).toEqual(compiled.map((c) => c.find(text)));
    // And the phrases above do match somewhere: the comparison is not between empty lists.
    expect(texts.flatMap((t) => findAll(compiled, t).flat()).length).toBeGreaterThan(8);
  });

  it('are the ASCII words of the phrase, without wildcards; none for Chinese', () => {
    expect(phraseTriggers('As * before', 'en')).toEqual(['as', 'before']);
    expect(phraseTriggers("can't  extend", 'en')).toEqual(['can', 't', 'extend']);
    expect(phraseTriggers('café wi-fi', 'fr')).toEqual(['wi', 'fi']);
    expect(phraseTriggers('沒問題', 'zh')).toBeUndefined();
  });

  it('caches a paragraph’s custom findings, and a changed paragraph is matched again', () => {
    const custom = [rule({ pattern: 'orange crate' })];
    const first = check('Hi Jo,\n\nThe orange crate shipped today.', { settings: { custom } });
    expect(first.findings.filter((f) => f.ruleId === 'custom:test-rule').map((f) => f.text)).toEqual(['orange crate']);
    const edited = check('Hi Jo,\n\nThe blue crate shipped today.', { settings: { custom } });
    expect(edited.findings.filter((f) => f.ruleId === 'custom:test-rule')).toEqual([]);
  });
});
