/**
 * Rewrites as an agent would apply them: each suggestion is applied through its exact fix and the
 * sentence that results is what the agent could send — facts kept, clean seams, the text's own
 * apostrophes and acronyms, and not flagged again for the same thing.
 */
import { describe, expect, it } from 'vitest';
import { check, type Finding } from '../../lib/checker';
import { vetRewrite, factsOf, withApostrophes } from '../../lib/checker/vet';
import { SOURCE_PACKS } from '../../lib/rules';

function applied(text: string, f: Finding, i = 0): string {
  const fix = f.fixes![i];
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}

function finding(text: string, ruleId: string): Finding {
  const f = check(text).findings.find((x) => x.ruleId === ruleId);
  if (!f) throw new Error(`no ${ruleId} in ${JSON.stringify(text)}: ${check(text).findings.map((x) => x.ruleId).join(', ')}`);
  return f;
}

describe('rewrite kinds', () => {
  it('drops a frame and re-capitalizes what follows', () => {
    const text = 'As I already explained, the voucher code works until 30 June.';
    const f = finding(text, 'en.condescending.as-i-said');
    expect(f.fixes![0].sentence).toBe('The voucher code works until 30 June.');
    expect(applied(text, f)).toBe('The voucher code works until 30 June.');
  });

  it('keeps a greeting in front of a dropped frame', () => {
    const text = 'Hi Priya, as I said before, the parcel left our depot on Monday.';
    const f = finding(text, 'en.condescending.as-i-said');
    expect(f.fixes![0].sentence).toBe('Hi Priya, the parcel left our depot on Monday.');
  });

  it('rebuilds a bare no around its own object, keeping the greeting', () => {
    const text = 'Hi Tom, we cannot extend the trial for account 44718.';
    const f = finding(text, 'en.refusal.flat-no');
    expect(f.fixes![0].sentence).toBe("Hi Tom, we can't extend the trial for account 44718 because [reason], but I can [alternative].");
  });

  it('asks a no that already says why only for the way forward, in every language', () => {
    for (const [text, lang, because, slot] of [
      ['Hi Tom, we cannot extend the trial for account 44718, because it was already extended once.', 'en', /because/g, '[alternative]'],
      ['Bonjour Léa, nous ne pouvons pas rembourser la commande 5521, car l’article était soldé.', 'fr', /car/g, '[alternative]'],
      ['Hej Mats, vi kan inte byta ut laddaren, eftersom den köptes för mer än två år sedan.', 'sv', /eftersom/g, '[alternativ]'],
      ['王先生您好，這筆訂單無法退款，因為商品已經拆封使用。', 'zh', /因為/g, '[替代方案]'],
    ] as const) {
      const f = check(text, { lang }).findings.find((x) => x.category === 'refusal');
      expect(f, text).toBeDefined();
      expect(f!.fixes?.length, text).toBeGreaterThan(0);
      for (const fix of f!.fixes!) {
        expect(fix.sentence, text).toContain(slot);
        expect(fix.sentence.match(because), fix.sentence).toHaveLength(1);
      }
    }
  });

  it('turns a policy frame into its reason and keeps the rule’s content', () => {
    const text = 'Per our policy, deposits are only returned after 21 days.';
    const f = finding(text, 'en.policy.hide-behind-policy');
    expect(f.fixes![0].sentence).toBe('Deposits are only returned after 21 days because [reason].');
    expect(f.fixes!.map((x) => x.sentence)).toContain('Deposits are only returned after 21 days because [reason], but I can [alternative].');
  });

  it('drops a trailing policy tag and keeps the name before it', () => {
    const text = 'Hi Aisha, opened cosmetics aren’t refunded, per our returns policy.';
    const f = finding(text, 'en.policy.hide-behind-policy');
    expect(f.fixes![0].sentence).toBe('Hi Aisha, opened cosmetics aren’t refunded because [reason].');
  });

  it('replaces "our policy does not allow us to" with the no it means', () => {
    const text = 'Our policy does not allow us to reissue a ticket before 48 hours have passed.';
    const f = finding(text, 'en.policy.hide-behind-policy');
    expect(f.fixes![0].sentence).toBe("We can't reissue a ticket before 48 hours have passed because [reason].");
  });

  it('lower-cases emphasis words only, never acronyms next to them', () => {
    const text = 'Please do NOT reset the SIM before the PIN arrives.';
    const r = check(text);
    expect(r.findings.map((f) => f.text)).toEqual(['NOT']);
    expect(applied(text, r.findings[0])).toBe('Please do not reset the SIM before the PIN arrives.');
  });

  it('replaces in place and leaves the rest of the sentence alone', () => {
    const text = 'You should have updated the app to version 5.2 first.';
    const f = finding(text, 'en.blame.should-have');
    expect(applied(text, f)).toBe('It may help to update the app to version 5.2 first.');
  });
});

describe('every offered rewrite', () => {
  const replies = [
    "Hi Leon, as I've already explained, order #A-2231 ships on 4 May.",
    'We cannot refund the £49 delivery fee on order 77120.',
    'Per our terms, the SKU-4471 headset has a 14-day return window.',
    "Hi Mia,\n\nWe don't offer refunds on gift cards. It's our policy.\n\nBest,\nOli",
    'That is NOT OK, and the API key must stay private.',
  ];
  for (const text of replies) {
    it(`keeps facts, seams and apostrophes: ${JSON.stringify(text.slice(0, 40))}`, () => {
      const r = check(text);
      const offered = r.findings.flatMap((f) => (f.fixes ?? []).map((fix) => ({ f, fix })));
      expect(offered.length).toBeGreaterThan(0);
      for (const { f, fix } of offered) {
        expect(fix.sentence).not.toMatch(/ {2}|\s[,.]|,\./);
        expect(fix.sentence).not.toMatch(/\b(\w+) \1\b/i);
        // Straight text stays straight.
        if (!text.includes('’')) expect(fix.sentence).not.toContain('’');
        // The preview is what applying the fix gives.
        expect(text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toContain(fix.sentence);
        for (const fact of factsOf(text.slice(f.start, f.end)).filter((x) => /\d|[A-Z]{2}/.test(x) && x !== 'NOT')) {
          expect(fix.sentence).toContain(fact);
        }
      }
    });
  }

  it('keeps a curly-apostrophe text curly', () => {
    const text = 'We don’t ship batteries to this address.';
    const f = finding(text, 'en.refusal.flat-no');
    expect(f.fixes![0].sentence).toContain('don’t');
    expect(f.fixes![0].sentence).not.toContain("'");
  });
});

describe('the vetting drops a bad candidate', () => {
  it('rejects a rewrite that loses a number, a code or a name', () => {
    expect(vetRewrite('Per our policy, refunds take 14 days.', 'We have this rule because [reason].', 'straight')).toMatch(/drops "14"/);
    expect(vetRewrite('Hi Jade, no returns on SKU-20.', 'No returns because [reason].', 'straight')).toMatch(/drops/);
  });

  it('rejects doubled words, broken seams, a stray word after a gap and the wrong apostrophe', () => {
    expect(vetRewrite('We did it.', 'We did did it.', 'straight')).toMatch(/doubles/);
    expect(vetRewrite('We did it.', 'We did it ,.', 'straight')).toMatch(/punctuation/);
    expect(vetRewrite('Read the guide before calling.', "You'll find it in [place] calling again.", 'straight', undefined, new Set(['and']))).toMatch(/stray "calling"/);
    expect(vetRewrite("We can't.", 'We can’t do that because [reason].', 'straight')).toBe('apostrophe style');
    expect(vetRewrite('The code failed because you typed it wrong.', 'The code failed because it looks like the it wasn’t quite right.', 'curly')).toBe('article before a pronoun');
  });

  it('reports what it dropped when asked (audit), and never offers it', () => {
    // Nothing is left to rebuild around, and the generic rewrite would lose the name: it is dropped.
    const text = 'Hi Noor, it’s company policy.';
    const r = check(text, { audit: true });
    const f = r.findings.find((x) => x.category === 'policy')!;
    expect(r.dropped!.some((d) => d.ruleId === f.ruleId && /drops "Noor"/.test(d.reason))).toBe(true);
    for (const fix of f.fixes ?? []) expect(fix.sentence).toContain('Noor');
  });

  it('keeps a greeting when a policy frame follows it mid-sentence', () => {
    const text = 'Hi Noor, per our policy, refunds close 30 days after delivery.';
    const f = finding(text, 'en.policy.hide-behind-policy');
    expect(f.fixes![0].sentence).toBe('Hi Noor, refunds close 30 days after delivery because [reason].');
  });

  it('never drops a whole clause into the middle of a phrase', () => {
    // "not worth making" sits inside "it's … over": a clause there would read "it's I understand … over".
    const text = "Frankly, it's not worth making a complaint over.";
    const f = finding(text, 'en.dismissive.not-a-big-deal');
    for (const fix of f.fixes ?? []) expect(fix.sentence).not.toMatch(/it's I\b/);
    // Where the flagged words are a clause of their own, the clause replacement still applies.
    const alone = 'Outages happen.';
    const g = finding(alone, 'en.dismissive.not-a-big-deal');
    expect(g.fixes![0].sentence).toMatch(/^I /);
  });

  it('keeps the object of a wrong-input blame whole, or offers nothing', () => {
    const text = 'You have been entering the wrong PIN all week.';
    const f = finding(text, 'en.blame.wrong-input');
    for (const fix of f.fixes ?? []) {
      expect(fix.sentence).toContain('PIN');
      expect(fix.sentence).not.toMatch(/\bthe (?:was|wasn|didn)/);
      expect(fix.sentence).not.toMatch(/PIN all wasn/);
    }
  });

  it('rebuilds a no so that, filled in with anything, it carries a reason and an offer: not flagged again, model included', () => {
    const text = 'We cannot reopen the claim for order 5521.';
    const f = finding(text, 'en.refusal.flat-no');
    const filled = f.fixes![0].sentence.replace(/\[[^\]]+\]/g, 'the details');
    expect(check(filled).findings.filter((g) => g.category === 'refusal' && g.severity !== 'info')).toEqual([]);
  });

  it('does not offer a rewrite that is flagged again in the same category', () => {
    const text = "Thousands of customers use this every day, and it's only a tiny delay.";
    for (const f of check(text).findings) {
      for (const fix of f.fixes ?? []) {
        const again = check(fix.sentence.replace(/\[[^\]]+\]/g, 'this')).findings;
        expect(again.filter((g) => g.category === f.category && g.severity !== 'info' && !g.ruleId.includes('.model.'))).toEqual([]);
      }
    }
  });
});

describe('apostrophes', () => {
  it('converts only apostrophes inside words', () => {
    expect(withApostrophes('We can’t — it’s ‘quoted’.', 'straight')).toBe("We can't — it's ‘quoted’.");
    expect(withApostrophes("We can't.", 'curly')).toBe('We can’t.');
  });
});

describe('every pack: the rewrites of its rules’ own examples', () => {
  for (const pack of Object.values(SOURCE_PACKS)) {
    for (const rule of pack!.rules) {
      if (!rule.suggestions.length || rule.detector === 'model') continue;
      for (const text of rule.examples.flag) {
        it(`${rule.id}: ${text}`, () => {
          const r = check(text, { lang: pack!.lang });
          for (const f of r.findings.filter((x) => x.ruleId === rule.id)) {
            for (const fix of f.fixes ?? []) {
              expect(text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toContain(fix.sentence);
              expect(fix.sentence).not.toMatch(/ {2}|\s[,.]|,\./);
              for (const fact of factsOf(text.slice(f.start, f.end)).filter((x) => /\d/.test(x))) expect(fix.sentence).toContain(fact);
              const again = check(fix.sentence.replace(/\[[^\]]+\]/g, 'x'), { lang: pack!.lang }).findings;
              expect(again.filter((g) => g.category === f.category && g.severity !== 'info' && !g.ruleId.includes('.model.'))).toEqual([]);
            }
          }
        });
      }
    }
  }
});
