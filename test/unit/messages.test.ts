/** Shape, size and sender checks of runtime messages (lib/messages-schema.ts). */
import { describe, expect, it } from 'vitest';
import type { BoxReport } from '../../lib/messages';
import { admit, checkToBackground, checkToContent, isExtensionPage, MAX_MESSAGE_CHARS, MAX_REPORT_FINDINGS } from '../../lib/messages-schema';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const popupInTab = { ...popup, tab: { id: 3 } };
const content = { id: ID, url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: 7 } };
const otherExtension = { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' };

const finding = {
  key: 'en.defensive.not-our-fault@5d3c1b2a',
  ruleId: 'en.defensive.not-our-fault',
  category: 'defensive',
  severity: 'warning',
  start: 33,
  end: 55,
  text: 'That is not our fault.',
  message: 'Defends the company.',
  guideline: 'G3',
  suggestions: ['Here is what I am doing: [next step].'],
  fixes: [{ start: 33, end: 55, text: 'Here is what I am doing: [next step].', sentence: 'Here is what I am doing: [next step].' }],
};
const report = (over: Partial<BoxReport> = {}): BoxReport => ({
  boxId: 'box-1',
  editor: 'textarea',
  canApply: true,
  lang: 'en',
  score: 72,
  words: 10,
  gaps: 0,
  findings: [finding as BoxReport['findings'][number]],
  checklist: [{ id: 'acknowledge', state: 'missing', guideline: 'G1' }],
  at: 1700000000000,
  ...over,
});

describe('checkToBackground', () => {
  it('accepts every message the extension sends', () => {
    for (const m of [
      { type: 'coach:inject' },
      { type: 'report:update', report: report() },
      { type: 'report:remove', boxId: 'box-1' },
      { type: 'coach:enable-here', tabId: 4 },
      { type: 'popup:get-reports', tabId: 4 },
    ]) expect(checkToBackground(m), m.type).toMatchObject({ ok: true });
  });
  it('keeps report fields it does not know (added later) and the ones it does', () => {
    const r = checkToBackground({ type: 'report:update', report: { ...report(), extra: 1 } });
    expect(r.ok && r.message.type === 'report:update' && r.message.report).toMatchObject({ extra: 1, findings: [{ fixes: [{ start: 33 }] }] });
  });
  it('rejects a malformed message with the field and the reason', () => {
    const bad = checkToBackground({ type: 'report:update', report: { boxId: 7, findings: 'x' } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^report:update: report\.boxId: /);
    expect(checkToBackground({ type: 'popup:get-reports', tabId: '4' })).toMatchObject({ ok: false, error: expect.stringMatching(/tabId/) });
    expect(checkToBackground({ type: 'popup:get-reports' })).toMatchObject({ ok: false });
    expect(checkToBackground({ type: 'report:remove', boxId: 'box-1', extra: true })).toMatchObject({ ok: false });
    expect(checkToBackground({ type: 'nope' })).toMatchObject({ ok: false, error: expect.stringMatching(/type/) });
    for (const m of [null, undefined, 42, 'report:update', [], {}]) expect(checkToBackground(m).ok).toBe(false);
  });
  it('rejects a finding of a wrong shape', () => {
    const { key: _key, ...keyless } = finding;
    const wrong = [{ ...finding, severity: 'fatal' }, { ...finding, start: -1 }, { ...finding, suggestions: 'x' }, { ...finding, ruleId: '' }, keyless, { ...finding, key: 'k'.repeat(500) }];
    for (const f of wrong) expect(checkToBackground({ type: 'report:update', report: report({ findings: [f as never] }) }).ok).toBe(false);
  });
  it('caps the number of findings and the size of a message', () => {
    const many = Array.from({ length: MAX_REPORT_FINDINGS + 1 }, () => finding);
    expect(checkToBackground({ type: 'report:update', report: report({ findings: many as never }) })).toMatchObject({ ok: false, error: expect.stringMatching(/findings/) });
    const atCap = Array.from({ length: MAX_REPORT_FINDINGS }, () => finding);
    expect(checkToBackground({ type: 'report:update', report: report({ findings: atCap as never }) }).ok).toBe(true);
    const long = { ...finding, text: 'x'.repeat(5000) };
    expect(checkToBackground({ type: 'report:update', report: report({ findings: [long as never] }) }).ok).toBe(false);
    const huge = { ...report(), padding: 'x'.repeat(MAX_MESSAGE_CHARS) };
    expect(checkToBackground({ type: 'report:update', report: huge })).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
  });
  it('survives values JSON cannot hold', () => {
    const cyclic: Record<string, unknown> = { type: 'report:update' };
    cyclic.report = cyclic;
    expect(checkToBackground(cyclic).ok).toBe(false);
  });
});

describe('checkToContent', () => {
  it('accepts the popup’s messages and rejects anything else', () => {
    expect(checkToContent({ type: 'recheck' }).ok).toBe(true);
    expect(checkToContent({ type: 'finding:show', boxId: 'box-1', key: finding.key }).ok).toBe(true);
    expect(checkToContent({ type: 'finding:apply', boxId: 'box-1', key: finding.key, suggestion: 0 }).ok).toBe(true);
    expect(checkToContent({ type: 'finding:apply', boxId: 'box-1', key: finding.key, suggestion: -1 }).ok).toBe(false);
    expect(checkToContent({ type: 'finding:show', boxId: 'box-1' }).ok).toBe(false);
    // The identity is the key alone: the (ruleId, start, end) triple of before is refused.
    expect(checkToContent({ type: 'finding:show', boxId: 'box-1', ruleId: 'r', start: 1, end: 2 }).ok).toBe(false);
    expect(checkToContent({ type: 'report:update', report: report() }).ok).toBe(false);
  });
});

describe('senders', () => {
  it('tells the extension’s own pages from content scripts', () => {
    expect(isExtensionPage(popup, ID, ORIGIN)).toBe(true);
    expect(isExtensionPage(popupInTab, ID, ORIGIN)).toBe(true);
    expect(isExtensionPage(content, ID, ORIGIN)).toBe(false);
    expect(isExtensionPage(otherExtension, ID, ORIGIN)).toBe(false);
    expect(isExtensionPage({ id: ID }, ID, ORIGIN)).toBe(false);
    expect(isExtensionPage({ id: ID, url: `chrome-extension://${ID}.evil.example/` }, ID, ORIGIN)).toBe(false);
  });
  it('answers popup messages only for the extension’s own pages', () => {
    for (const m of [{ type: 'popup:get-reports', tabId: 9 }, { type: 'coach:enable-here', tabId: 9 }]) {
      expect(admit(m, popup, ID, ORIGIN).ok).toBe(true);
      expect(admit(m, popupInTab, ID, ORIGIN).ok).toBe(true);
      expect(admit(m, content, ID, ORIGIN)).toMatchObject({ ok: false, error: expect.stringMatching(/own pages/) });
      expect(admit(m, otherExtension, ID, ORIGIN).ok).toBe(false);
    }
  });
  it('takes content-script messages only from a content script in a tab', () => {
    for (const m of [{ type: 'coach:inject' }, { type: 'report:update', report: report() }, { type: 'report:remove', boxId: 'box-1' }]) {
      expect(admit(m, content, ID, ORIGIN).ok).toBe(true);
      expect(admit(m, popup, ID, ORIGIN).ok).toBe(false);
      expect(admit(m, popupInTab, ID, ORIGIN).ok).toBe(false);
      expect(admit(m, { id: ID, url: 'https://x.example/' }, ID, ORIGIN).ok).toBe(false);
    }
  });
});
