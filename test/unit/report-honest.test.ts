/**
 * An honest report: an empty reply has nothing to score, a gap is not a reason, gaps make a reply
 * "not ready" without touching the tone score, and what the agent quoted or signed is not theirs.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker';
import { findPlaceholders, hasPlaceholder, splitPlaceholders, fillPlaceholders } from '../../lib/checker/placeholder';
import { scoreBand, missingNudge } from '../../components/report-labels';

const item = (text: string, id: string) => check(text).checklist.find((c) => c.id === id)!.state;

describe('the report', () => {
  it('counts the agent’s own words; an empty reply has none', () => {
    expect(check('').words).toBe(0);
    expect(check('   \n\n  ').words).toBe(0);
    expect(check('Hi Ola,\n\nYour refund is on its way.\n\nBest,\nKim').words).toBe(8);
    expect(scoreBand(100, 0).label).toBe('Ready to send');
  });

  it('treats an unfilled [reason] as a gap, not as a reason given', () => {
    const text = 'We can’t move the booking because [reason], but I can refund the deposit today.';
    const r = check(text);
    expect(r.gaps).toBe(1);
    expect(item(text, 'reason')).not.toBe('met');
  });

  it('does not lower the score for gaps, and says the reply is not ready', () => {
    const filled = 'Hi Rui,\n\nI have booked the engineer for Friday at 9am because the part arrives Thursday.\n\nBest,\nEd';
    const gapped = filled.replace('Friday at 9am', '[date]');
    expect(check(gapped).gaps).toBe(1);
    expect(check(gapped).findings.some((f) => f.ruleId === 'en.placeholder.unfilled' && f.severity === 'error')).toBe(true);
    expect(check(gapped).score).toBeGreaterThanOrEqual(check(filled).score - 10); // only the missing timeframe may cost
    expect(scoreBand(100, 2).label).toBe('Not ready: 2 gaps to fill');
  });

  it('counts "I’ll check back on Thursday" as a follow-up', () => {
    expect(item('We are still looking into the sync error. I’ll check back on Thursday with what the logs show.', 'follow-up')).toBe('met');
  });

  it('names what is missing in the nudge', () => {
    expect(missingNudge([{ id: 'timeframe', state: 'missing' }, { id: 'next-step', state: 'missing' }, { id: 'reason', state: 'met' }])).toBe('Still missing: a timeframe and a next step.');
    expect(missingNudge([{ id: 'reason', state: 'n/a' }])).toBe('');
  });
});

describe('one placeholder definition, any language', () => {
  it('finds gaps in English, French, Swedish and Chinese', () => {
    for (const [text, gap] of [
      ['Because [reason], we will wait.', '[reason]'],
      ['Le remboursement arrivera sous [délai].', '[délai]'],
      ['Vi återkommer senast [datum].', '[datum]'],
      ['因為[原因]，我們無法退款。', '[原因]'],
      ['Your ticket [ticket ID] is open.', '[ticket ID]'],
      ['Use [code 2] at checkout.', '[code 2]'],
      ['We can come on [Monday/Tuesday].', '[Monday/Tuesday]'],
    ] as const) {
      expect(findPlaceholders(text).map((p) => p.text), text).toEqual([gap]);
    }
  });

  it('is not a link, a footnote or a bracketed aside across lines', () => {
    expect(hasPlaceholder('See [the guide](https://example.com).')).toBe(false);
    expect(hasPlaceholder('As noted in [1], it works.')).toBe(false);
    expect(hasPlaceholder('[a\nb]')).toBe(false);
  });

  it('is what the checker flags, the card marks and the re-check fills', () => {
    const text = 'Your refund goes out on [date] because [reason].';
    expect(check(text).findings.filter((f) => f.category === 'placeholder').map((f) => f.text)).toEqual(['[date]', '[reason]']);
    expect(splitPlaceholders(text).filter((p) => p.gap).map((p) => p.text)).toEqual(['[date]', '[reason]']);
    expect(fillPlaceholders(text, 'X')).toBe('Your refund goes out on X because X.');
  });
});

describe('precision on realistic replies', () => {
  const flags = (text: string, category: string) => check(text).findings.filter((f) => f.category === category && f.severity !== 'info');

  it('a quoted UI label or code in capitals is a mention, not shouting', () => {
    expect(flags('The ‘FINAL NOTICE’ banner on your account is automatic and I have removed it.', 'shouting')).toEqual([]);
    expect(flags('Open the "ACTION REQUIRED" tab and tick the box.', 'shouting')).toEqual([]);
  });

  it('HTTP methods, env vars, CLI flags and promo codes are not shouting', () => {
    for (const t of ['Send a PUT request to /v2/items with the new price.', 'Set `LOG_LEVEL=DEBUG` and restart the worker.', 'If DATABASE_URL points at production, stop first.', 'Run the import with --DRY-RUN first.', 'Use code WELCOME at checkout for 10% off.']) {
      expect(flags(t, 'shouting'), t).toEqual([]);
    }
    expect(flags('Please do NOT delete the folder.', 'shouting').map((f) => f.text)).toEqual(['NOT']);
  });

  it('two marks are warmth ("Thanks!!", "It works!!"); three are shouting', () => {
    expect(flags('Thanks!! The new plan is active.', 'shouting')).toEqual([]);
    expect(flags('The new plan is active!!', 'shouting')).toEqual([]);
    expect(flags('Thanks!!! The new plan is active.', 'shouting').map((f) => f.text)).toEqual(['!!!']);
  });

  it('a disclaimer after the signature is part of the signature', () => {
    const r = check(
      'Hi Lou,\n\nYour card is unblocked.\n\nKind regards,\nSam Reid\nCard Services\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, you must not copy or forward it and should delete it at once. Calm down is the name of no product.',
    );
    expect(r.findings).toEqual([]);
    expect(r.words).toBe(6);
  });

  it('the language is detected on the agent’s own text, not the quoted customer or a signature', () => {
    const reply = 'Hi Marc,\n\nWe cannot extend the warranty.\n\nBest,\nAnna\n\nLe mar. 3 juin 2026, Marc <marc@example.fr> a écrit :\n> Bonjour, je voudrais prolonger la garantie de mon téléphone, merci de me répondre rapidement.\n> Cordialement, Marc';
    const r = check(reply);
    expect(r.lang).toBe('en');
    expect(r.findings.some((f) => f.category === 'refusal')).toBe(true);
  });
});

describe('reassurance', () => {
  it('"these things happen" answering the customer’s apology is kind; brushing off a complaint is not', () => {
    const dismissive = (t: string) => check(t).findings.filter((f) => f.category === 'dismissive' && f.severity !== 'info' && !f.ruleId.includes('.model.'));
    expect(dismissive('No worries at all, these things happen, and I have rebooked you for Thursday.')).toEqual([]);
    expect(dismissive('Not at all, easily done. I have moved the booking to Friday.')).toEqual([]);
    expect(dismissive('Delays happen, so there is nothing to worry about.').length).toBeGreaterThan(0);
  });
});
