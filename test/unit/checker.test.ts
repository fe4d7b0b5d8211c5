import { describe, expect, it } from 'vitest';
import { check, clearCache, detectLang, scoreReport } from '../../lib/checker';
import type { Finding, Report } from '../../lib/checker';
import { splitBody } from '../../lib/checker/segment';

const warned = (r: Report) => r.findings.filter((f) => f.severity !== 'info');
const cats = (text: string) => [...new Set(warned(check(text)).map((f) => f.category))].sort();

function expectValidOffsets(text: string, r: Report) {
  for (const f of r.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.end).toBeGreaterThan(f.start);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  }
}

describe('categories on sentences an agent might write', () => {
  const cases: Array<[string, string[]]> = [
    ['The sync broke because you entered the wrong server address.', ['blame']],
    ['You should have exported the list before deleting the workspace.', ['blame']],
    ['That mistake is entirely your responsibility.', ['blame']],
    ['Our booking engine is working exactly as intended. The problem is not on our end.', ['defensive']],
    ['We have served millions of customers and our process is industry-leading.', ['defensive']],
    ['It is just one missing sock. Please calm down.', ['dismissive']],
    ['Delays happen. There is nothing we can do.', ['dismissive']],
    ['As I said before, the button is on the left.', ['condescending']],
    ['Per my last email, your plan does not include phone support.', ['condescending']],
    ['Let me explain it slowly.', ['condescending']],
    ['We will not refund the deposit.', ['refusal']],
    ['Your appeal has been rejected.', ['refusal']],
    ['Per company policy, we do not issue invoices retroactively.', ['policy']],
    ['This is against our policy.', ['policy']],
    ['Your ticket is CLOSED. Do NOT reply to this thread.', ['shouting']],
    ['Did you even restart it?!', ['shouting']],
  ];
  for (const [text, expected] of cases) {
    it(`${expected.join('+')}: ${text}`, () => {
      const r = check(text);
      expect(cats(text)).toEqual(expect.arrayContaining(expected));
      expectValidOffsets(text, r);
      for (const f of warned(r)) {
        expect(f.guideline).toMatch(/^G[2-8]$/);
        expect(f.message.length).toBeGreaterThan(20);
      }
    });
  }

  it('offers at least one rewrite for phrase-level findings, and it reads as a sentence', () => {
    const text = 'As I already explained, the code expires after an hour.';
    const f = check(text).findings[0];
    // Best: drop the frame and re-capitalize the next word, which only the exact fix can do.
    expect(f.fixes?.[0].sentence).toBe('The code expires after an hour.');
    const fix = f.fixes![0];
    expect(text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toBe('The code expires after an hour.');
    // The plain replacement of the flagged words reads as a sentence too.
    expect(text.slice(0, f.start) + f.suggestions[1] + text.slice(f.end)).toBe('To recap, the code expires after an hour.');
  });

  it('fills rewrite slots from the parse (verb to its base form, the object noun)', () => {
    const a = 'You should have updated the firmware first.';
    const fa = check(a).findings.find((f) => f.ruleId === 'en.blame.should-have')!;
    expect(fa.suggestions[0]).toBe('It may help to update');
    const b = 'The payment bounced because you gave us an invalid card number.';
    const fb = check(b).findings.find((f) => f.ruleId === 'en.blame.wrong-input')!;
    expect(fb.suggestions[0]).toContain('card number');
    expect(fb.suggestions[0]).not.toMatch(/\byou\b/);
  });

  it('rewrites that need facts carry [placeholders]', () => {
    const f = check('We cannot change the booking.').findings[0];
    expect(f.suggestions[0]).toMatch(/\[reason\]/);
    expect(f.suggestions[0]).toMatch(/\[alternative\]/);
  });
});

describe('hard negatives stay clean', () => {
  const clean = [
    'You should receive it by Friday.',
    'You should see the credit on your next bill.',
    'No problem, I have changed the date.',
    'No worries at all, take your time.',
    'Just a quick note: the office is closed on Monday.',
    'Just reply to this email if anything looks off.',
    'Thanks!',
    'Check the FAQ or the API reference; the CSV export is under Reports.',
    'Your SLA covers a four-hour response, and the KYC and GDPR steps are done.',
    'The OTP goes to the phone number in your CRM profile.',
    'I have sent the HVAC quote as a PDF.',
    'The wrong colour went out because of our packing error.',
    'It was not your fault; our form dropped the house number.',
    'As we discussed this morning, I have added a second user.',
    'Your travel policy covers lost luggage, so I have started the claim.',
    'We can’t change the address once the label is printed, because the courier locks it. What I can do is ask them to hold it at a pickup point.',
    'Our refund rules give you 30 days because items must still be resellable, but I can offer store credit for this one.',
    'Don’t worry about the form; I have filled it in for you.',
    'Please don’t send payment by bank transfer: those requests are a scam, and I have blocked the sender.',
    'I’m afraid the 9am slot is taken, but 9:30 is free. Shall I book it?',
  ];
  for (const text of clean) {
    it(text, () => {
      expect(warned(check(text)).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
    });
  }
});

describe('varied phrasing the rules were not written from', () => {
  const flagged = [
    "That's not something we're responsible for.",
    'The error is on your end, not ours.',
    "You clearly didn't follow the setup steps.",
    'You must not have saved your changes.',
    'Nobody else has reported this problem.',
    "Our records show the item was delivered, so it's not on us.",
    'We did everything right on our side.',
    "You're making a big deal out of nothing.",
    "I've already answered this question twice.",
    'As stated in the FAQ, refunds take 10 days.',
    'Did you even read the instructions?',
    "Unfortunately that's not possible.",
    'Those are the rules and we have to follow them.',
    'Try reading the manual first.',
    "I don't know what else you expect us to do.",
    "There's no need to shout.",
    "It's clearly stated in our terms.",
    'PLEASE stop calling us.',
    "We're not able to make an exception.",
  ];
  for (const text of flagged) {
    it(`flags: ${text}`, () => {
      expect(warned(check(text)).length).toBeGreaterThan(0);
    });
  }
  const clean = [
    'Have you ever tried the desktop app? It syncs faster.',
    'Nobody needs to be home for the delivery; the driver will leave it in the locker.',
    "That's not possible to see from our side, so could you send the order number? I'll check right away.",
    "As stated in your contract, you can cancel any time without a fee, and I've started that for you.",
    'These are the rules for the contest: one entry per person, closing Friday.',
    'Our policy team reviewed it and approved the exception for you.',
    "It is clearly marked on the box which side goes up, and I've added a note for the courier too.",
    "Please calm the dog before the engineer arrives; he mentioned allergies.",
    "I can't wait to hear how the launch goes!",
    "Everything is working again after this morning's fix.",
  ];
  for (const text of clean) {
    it(`passes: ${text}`, () => {
      expect(warned(check(text)).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
    });
  }
});

describe('quoted customer text and signatures', () => {
  it('ignores "> " quotes, "On … wrote:" blocks and forwarded messages', () => {
    const text = [
      'On Fri, 3 May, Lee wrote:',
      '> This is RIDICULOUS!!! Your app is USELESS.',
      '',
      'Hi Lee, I am sorry about the crash. I have restored your notes and will check in on Monday.',
      '',
      '---------- Forwarded message ---------',
      'From: Lee <lee@example.com>',
      'WHY IS NOTHING WORKING?!',
    ].join('\n');
    expect(warned(check(text))).toEqual([]);
  });

  it('treats an unmarked quote after "On … wrote:" as quoted to the end', () => {
    const text = 'Thanks, the replacement ships today.\n\nOn Tue, Ana wrote:\nI WANT A REFUND BY FRIDAY!!!';
    expect(warned(check(text))).toEqual([]);
  });

  it('ignores the signature after a sign-off or "-- "', () => {
    const text = 'Hi Jo, your card is updated and the next charge is on the 4th.\n\nKind regards,\nSAM PATEL\nBILLING TEAM';
    expect(warned(check(text))).toEqual([]);
    const text2 = 'The refund is on its way.\n-- \nACME CORP SUPPORT!!!';
    expect(warned(check(text2))).toEqual([]);
    // French sign-offs end the agent's own text too, so the name and team are never read as sentences.
    for (const signOff of ['Bien cordialement,', 'Belle journée,', 'Bonne fin de journée !', 'Au plaisir,', 'Meilleures salutations,', "Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.", "Je vous prie de croire, Madame, en l'assurance de ma considération distinguée."]) {
      const fr = `Bonjour Julien,\n\nVotre colis a été remis au point relais ce matin.\n\n${signOff}\nCamille Roux\nService client`;
      expect(splitBody(fr).paragraphs.map((p) => p.text)).toEqual(['Bonjour Julien,', 'Votre colis a été remis au point relais ce matin.']);
    }
  });

  it('leaves Chinese sign-offs, signatures, disclaimers and "…寫道：" quotes out of the agent’s text', () => {
    const body = ['王先生您好：', '包裹已於3月12日送達門市。'];
    for (const close of ['祝 順心\n好物選品客服中心 敬上\n張淑芬', '好物選品客服中心 敬上\n專員 張淑芬', '順頌 商祺\n客戶服務部 謹啟\n\n本電子郵件及附件可能含有機密資料，僅供指定收件人使用，如您並非指定收件人，請立即刪除並通知寄件人，謝謝您的合作。']) {
      const zh = `${body[0]}\n\n${body[1]}\n\n${close}\n\n王大明 <wang@example.com> 於 2026年3月11日 週三 上午10:08寫道：\n> 到底什麼時候會到？？`;
      expect(splitBody(zh).paragraphs.map((p) => p.text)).toEqual(body);
    }
    // A wish inside a sentence is the agent's own text, not a sign-off.
    expect(splitBody('祝您旅途平安。').paragraphs.map((p) => p.text)).toEqual(['祝您旅途平安。']);
  });

  it('still flags the agent’s own words around a quote, with offsets into the full text', () => {
    const text = '> WHERE IS MY PARCEL?\n\nAs I already told you twice, it left yesterday.';
    const r = check(text);
    expect(warned(r).map((f) => f.category)).toEqual(['condescending']);
    expectValidOffsets(text, r);
    expect(r.findings[0].start).toBeGreaterThan(text.indexOf('\n\n'));
  });

  it('skips spans passed in `ignore`', () => {
    const text = 'We will not refund the fee. Calm down.';
    const ignoreAt = text.indexOf('Calm');
    const r = check(text, { ignore: [{ start: ignoreAt, end: text.length }] });
    expect(r.findings.map((f) => f.category)).toEqual(['refusal']);
  });
});

describe('offsets', () => {
  it('are UTF-16 offsets with emoji, CRLF and a finding at offset 0', () => {
    const text = 'Calm down 😀 please.\r\nThe parcel 📦 is fine.\r\nOur system is working perfectly 👍. I understand, but rules are rules.';
    const r = check(text);
    expectValidOffsets(text, r);
    expect(r.findings[0].start).toBe(0);
    expect(new Set(r.findings.map((f) => f.category))).toEqual(new Set(['dismissive', 'defensive', 'condescending', 'policy']));
  });

  it('handles curly apostrophes like straight ones', () => {
    expect(cats('That’s not our fault.')).toEqual(['defensive']);
    expect(cats("That's not our fault.")).toEqual(['defensive']);
  });
});

describe('shouting by shape, not by list', () => {
  it('flags capitalised words and runs, not acronyms or codes', () => {
    const r = check('Please READ THE MANUAL. The SKU is ABX-220 and the VIN starts with WDB; ping IT if the NFC reader fails.');
    expect(r.findings.map((f) => f.text)).toEqual(['READ THE MANUAL']);
  });
  it('a label, a status or what a screen reads is a mention, not shouting', () => {
    const shouted = (t: string) => check(t).findings.filter((f) => f.category === 'shouting').map((f) => f.text);
    for (const t of [
      'If the display says NO SIGNAL, check the HDMI cable.',
      'The bank shows the payment as PENDING until it settles.',
      'Your claim status is APPROVED in the portal.',
      'On the payment screen, tap CONFIRM, then DONE.',
      'Your account was set to READ ONLY while the audit ran.',
      'The PRO plan includes five seats, and the LED turns green once they are active.',
      'NOTE: the maintenance window starts at midnight.',
    ]) expect(shouted(t), t).toEqual([]);
    // Emphasis stays shouting beside those words.
    expect(shouted('It says CLEARLY in the terms that refunds take ten days.')).toEqual(['CLEARLY']);
    expect(shouted('IMPORTANT: you NEED to reset the password first.')).toEqual(['NEED']);
    expect(shouted('Press the button and WAIT.')).toEqual(['WAIT']);
  });
  it('an abbreviation in capitals is a code: instrument names, currency prefixes; a shouted "NOT" beside one is still shouting', () => {
    const shouted = (t: string) => check(t).findings.filter((f) => f.category === 'shouting').map((f) => f.text);
    // "MS", "CA" and "ST" spell "Ms.", "ca." and "St." to the lexicon: in capitals they are codes.
    for (const t of ['The new LC-MS arrives on Monday with its calibration kit.', 'Your GC-MS results are attached to this email.', 'The CA$84 is refunded to your card.', 'The parcel is held at the ST depot.']) expect(shouted(t), t).toEqual([]);
    expect(shouted('Please do NOT unplug the LC-MS during the run.')).toEqual(['NOT']);
  });
  it('suggests the words in lower case and one mark for stacked marks', () => {
    const r = check('This is IMPORTANT!!!');
    expect(r.findings.filter((f) => f.category === 'shouting').map((f) => [f.text, f.suggestions[0]])).toEqual([
      ['IMPORTANT', 'important'],
      ['!!!', '.'],
    ]);
  });
});

describe('explained refusals and policies', () => {
  it('for the rules, a refusal with only a reason or only an alternative is an info nudge (the model may keep it a warning: model.test.ts)', () => {
    const onlyReason = check('We can’t extend the trial because it is tied to a promotion.', { model: false });
    expect(onlyReason.findings.map((f) => [f.category, f.severity])).toEqual([['refusal', 'info']]);
    const onlyAlt = check('We can’t extend the trial. You can switch to the monthly plan instead.', { model: false });
    expect(onlyAlt.findings.map((f) => [f.category, f.severity])).toEqual([['refusal', 'info']]);
  });
});

describe('placeholders', () => {
  it('a [placeholder] left in the reply is an error', () => {
    const text = 'I’m sorry, we can’t do that because [reason]. What I can do is [alternative].';
    const errs = check(text).findings.filter((f) => f.severity === 'error');
    expect(errs.map((f) => f.text)).toEqual(['[reason]', '[alternative]']);
    expect(errs[0].guideline).toBe('G11');
  });
  it('markdown links and footnotes are not placeholders', () => {
    expect(check('See [the guide](https://example.com) and note [1].').findings).toEqual([]);
  });
});

describe('checklist', () => {
  it('marks what the reply does, with spans, and n/a for what does not apply', () => {
    const text = 'Thanks for flagging this. I’ve opened a ticket with the carrier and I’ll update you by Thursday.';
    const r = check(text);
    const by = Object.fromEntries(r.checklist.map((c) => [c.id, c]));
    expect(by.acknowledge.state).toBe('met');
    expect(text.slice(by.acknowledge.start!, by.acknowledge.end!)).toBe('Thanks');
    expect(by.reason.state).toBe('n/a');
    expect(by.alternative.state).toBe('n/a');
    expect(by['next-step'].state).toBe('met');
    expect(by.timeframe.state).toBe('met');
    expect(by['follow-up'].state).toBe('met');
  });
  it('asks for a reason and an alternative when the reply declines', () => {
    const by = Object.fromEntries(check('We cannot refund the booking.').checklist.map((c) => [c.id, c.state]));
    expect(by.reason).toBe('missing');
    expect(by.alternative).toBe('missing');
  });
  it('a one-word thank-you has nothing to check', () => {
    expect(check('Thanks!').checklist.every((c) => c.state === 'n/a')).toBe(true);
    expect(check('Thanks!').score).toBe(100);
  });
});

describe('score', () => {
  it('is 0–100 and never rises with more or more severe findings', () => {
    const base = check('Thanks for the report. I’ve refunded the charge, and you’ll see it within three days.');
    const worse = check('Thanks for the report. Our system works perfectly. I’ve refunded the charge, and you’ll see it within three days.');
    const worst = check('Thanks for the report. Our system works perfectly. CALM DOWN!!! I’ve refunded the charge, and you’ll see it within three days.');
    expect(base.score).toBe(100);
    expect(worse.score).toBeLessThan(base.score);
    expect(worst.score).toBeLessThan(worse.score);
    const f = worse.findings[0];
    const asError: Finding = { ...f, severity: 'error' };
    expect(scoreReport([asError], worse.checklist)).toBeLessThan(scoreReport([f], worse.checklist));
    expect(scoreReport(Array(20).fill(asError), worse.checklist)).toBe(0);
  });
});

describe('languages', () => {
  it('detects en, fr, sv and zh and leaves packless languages alone', () => {
    expect(detectLang('Thanks for your patience, the parcel is on its way.')).toBe('en');
    expect(detectLang('Merci pour votre message, nous avons bien reçu le colis.')).toBe('fr');
    expect(detectLang('Tack för ditt meddelande, vi har skickat paketet idag.')).toBe('sv');
    expect(detectLang('您好，我們已經收到您的包裹，謝謝您的耐心。')).toBe('zh');
    const de = check('Das ist NICHT unser Problem!!! Bitte beruhigen Sie sich.');
    expect(de.lang).toBe('de');
    expect(de.findings).toEqual([]);
  });
  it('an explicit lang wins over detection', () => {
    expect(check('Calm down.', { lang: 'en' }).lang).toBe('en');
    expect(check('Calm down.', { lang: 'fr' }).findings).toEqual([]);
  });
});

describe('settings', () => {
  it('turns rules off and changes severity', () => {
    const text = 'Calm down. Our system is working perfectly.';
    const off = check(text, { settings: { rules: { 'en.dismissive.calm-down': { enabled: false } } } });
    expect(off.findings.map((f) => f.category)).toEqual(['defensive']);
    const err = check(text, { settings: { rules: { 'en.defensive.works-fine': { severity: 'error' } } } });
    expect(err.findings.find((f) => f.category === 'defensive')!.severity).toBe('error');
  });
  it('runs custom team rules with custom: ids', () => {
    const r = check('Kindly revert at the earliest.', {
      settings: {
        custom: [{ id: 'kindly-revert', lang: 'en', kind: 'phrase', pattern: 'kindly revert', category: 'condescending', severity: 'warning', message: 'Say what you need instead of "kindly revert".', suggestions: ['please reply'] }],
      },
    });
    expect(r.findings.map((f) => [f.ruleId, f.text, f.guideline])).toEqual([['custom:kindly-revert', 'Kindly revert', 'G4']]);
  });
});

describe('cache', () => {
  it('gives the same report warm and cold, and after an edit', () => {
    const text = 'Hi,\n\nCalm down.\n\nOur system is working perfectly.\n\nThanks for writing in.';
    clearCache();
    const cold = check(text);
    const warm = check(text);
    expect(warm).toEqual(cold);
    const edited = text.replace('Calm down.', 'I understand.');
    const after = check(edited);
    expect(after.findings.map((f) => f.category)).toEqual(['defensive']);
    expectValidOffsets(edited, after);
  });
});

describe('the paragraph cache', () => {
  it('stays bounded by size when one long paragraph is edited again and again', async () => {
    const { cacheStats, CACHE_CHAR_LIMIT } = await import('../../lib/checker');
    clearCache();
    const base = 'We have reviewed the account and the refund is on its way to the card ending 4471. '.repeat(600); // ~50 KB
    for (let i = 0; i < 60; i++) check(`${base} Edit ${i}.`);
    const { entries, chars } = cacheStats();
    expect(chars).toBeLessThanOrEqual(CACHE_CHAR_LIMIT);
    expect(entries).toBeLessThan(60);
    // A repeated check is still served from the cache: same findings, same offsets.
    expect(check(`${base} Edit 59.`)).toEqual(check(`${base} Edit 59.`));
  });
});

describe('reports and the cache', () => {
  it('a caller changing a report does not change the next report of the same text', () => {
    clearCache();
    const text = 'As I already explained, the refund went out on Monday.';
    const first = check(text);
    first.findings[0].suggestions.length = 0;
    first.findings[0].suggestions.push('tampered');
    expect(check(text).findings[0].suggestions).not.toContain('tampered');
  });
});
