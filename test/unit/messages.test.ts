/** Shape, size and sender checks of runtime messages (lib/messages-schema.ts). */
import { describe, expect, it } from 'vitest';
import type { BoxReport } from '../../lib/messages';
import {
  admit,
  admitFramePort,
  checkToBackground,
  checkToContent,
  checkToFrame,
  FRAME_PORT_PREFIX,
  isExtensionPage,
  linkAnswer,
  MAX_MESSAGE_CHARS,
  MAX_REPORT_FINDINGS,
} from '../../lib/messages-schema';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const popupInTab = { ...popup, tab: { id: 3 } };
const content = { id: ID, url: 'https://acme.zendesk.com/agent/tickets/1', tab: { id: 7 } };
const otherExtension = { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' };
/** A frame link's id (lib/page/frame-link.ts). */
const LINK = '0123456789abcdef0123456789abcdef';

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
      { type: 'coach:inject-ui' },
      { type: 'report:update', link: LINK, report: report() },
      { type: 'report:remove', link: LINK, boxId: 'box-1' },
      { type: 'coach:enable-here', tabId: 4 },
      { type: 'popup:get-reports', tabId: 4 },
    ]) expect(checkToBackground(m), m.type).toMatchObject({ ok: true });
  });
  it('keeps report fields it does not know (added later) and the ones it does', () => {
    const r = checkToBackground({ type: 'report:update', link: LINK, report: { ...report(), extra: 1 } });
    expect(r.ok && r.message.type === 'report:update' && r.message.report).toMatchObject({ extra: 1, findings: [{ fixes: [{ start: 33 }] }] });
  });
  it('rejects a malformed message with the field and the reason', () => {
    const bad = checkToBackground({ type: 'report:update', link: LINK, report: { boxId: 7, findings: 'x' } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^report:update: report\.boxId: /);
    expect(checkToBackground({ type: 'popup:get-reports', tabId: '4' })).toMatchObject({ ok: false, error: expect.stringMatching(/tabId/) });
    expect(checkToBackground({ type: 'popup:get-reports' })).toMatchObject({ ok: false });
    expect(checkToBackground({ type: 'report:remove', link: LINK, boxId: 'box-1', extra: true })).toMatchObject({ ok: false });
    // Reports name the link they come from: without it (or with a made-up one) the background cannot tell a stale one.
    expect(checkToBackground({ type: 'report:update', report: report() })).toMatchObject({ ok: false, error: expect.stringMatching(/link/) });
    expect(checkToBackground({ type: 'report:remove', link: 'box-1', boxId: 'box-1' })).toMatchObject({ ok: false, error: expect.stringMatching(/link/) });
    expect(checkToBackground({ type: 'nope' })).toMatchObject({ ok: false, error: expect.stringMatching(/type/) });
    for (const m of [null, undefined, 42, 'report:update', [], {}]) expect(checkToBackground(m).ok).toBe(false);
  });
  it('rejects a finding of a wrong shape', () => {
    const { key: _key, ...keyless } = finding;
    const wrong = [{ ...finding, severity: 'fatal' }, { ...finding, start: -1 }, { ...finding, suggestions: 'x' }, { ...finding, ruleId: '' }, keyless, { ...finding, key: 'k'.repeat(500) }];
    for (const f of wrong) expect(checkToBackground({ type: 'report:update', link: LINK, report: report({ findings: [f as never] }) }).ok).toBe(false);
  });
  it('caps the number of findings and the size of a message', () => {
    const many = Array.from({ length: MAX_REPORT_FINDINGS + 1 }, () => finding);
    expect(checkToBackground({ type: 'report:update', link: LINK, report: report({ findings: many as never }) })).toMatchObject({ ok: false, error: expect.stringMatching(/findings/) });
    const atCap = Array.from({ length: MAX_REPORT_FINDINGS }, () => finding);
    expect(checkToBackground({ type: 'report:update', link: LINK, report: report({ findings: atCap as never }) }).ok).toBe(true);
    const long = { ...finding, text: 'x'.repeat(5000) };
    expect(checkToBackground({ type: 'report:update', link: LINK, report: report({ findings: [long as never] }) }).ok).toBe(false);
    const huge = { ...report(), padding: 'x'.repeat(MAX_MESSAGE_CHARS) };
    expect(checkToBackground({ type: 'report:update', link: LINK, report: huge })).toMatchObject({ ok: false, error: expect.stringMatching(/too large/) });
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
    for (const m of [{ type: 'coach:inject' }, { type: 'coach:inject-ui' }, { type: 'report:update', link: LINK, report: report() }, { type: 'report:remove', link: LINK, boxId: 'box-1' }]) {
      expect(admit(m, content, ID, ORIGIN).ok).toBe(true);
      expect(admit(m, popup, ID, ORIGIN).ok).toBe(false);
      expect(admit(m, popupInTab, ID, ORIGIN).ok).toBe(false);
      expect(admit(m, { id: ID, url: 'https://x.example/' }, ID, ORIGIN).ok).toBe(false);
    }
  });
});

describe('frame links', () => {
  const frame = { ...content, frameId: 5 };
  it('admits a frame link’s port from a content script in a tab, with its frame and link', () => {
    expect(admitFramePort(FRAME_PORT_PREFIX + LINK, frame, ID, ORIGIN)).toEqual({ ok: true, message: { tabId: 7, frameId: 5, link: LINK } });
    expect(admitFramePort(FRAME_PORT_PREFIX + LINK, content, ID, ORIGIN)).toMatchObject({ ok: true, message: { frameId: 0 } });
  });
  it('refuses a port with another name or from anyone but a content script', () => {
    for (const name of ['', 'x', FRAME_PORT_PREFIX, `${FRAME_PORT_PREFIX}${LINK}0`, `${FRAME_PORT_PREFIX}${LINK.toUpperCase()}`, LINK]) {
      expect(admitFramePort(name, frame, ID, ORIGIN), name).toMatchObject({ ok: false, error: expect.stringMatching(/not a frame link/) });
    }
    for (const sender of [popup, popupInTab, otherExtension, { ...otherExtension, tab: { id: 7 } }, { id: ID, url: 'https://x.example/' }]) {
      expect(admitFramePort(FRAME_PORT_PREFIX + LINK, sender, ID, ORIGIN)).toMatchObject({ ok: false, error: expect.stringMatching(/content script/) });
    }
  });
  it('checks the ping and its answer', () => {
    expect(checkToFrame({ type: 'frame:ping' }).ok).toBe(true);
    expect(checkToFrame({ type: 'frame:ping', extra: 1 }).ok).toBe(false);
    expect(checkToFrame({ type: 'recheck' }).ok).toBe(false);
    expect(linkAnswer({ link: LINK })).toEqual({ link: LINK });
    expect(linkAnswer({ link: LINK, previous: LINK.replace('0', 'f'), extra: 1 })).toEqual({ link: LINK, previous: LINK.replace('0', 'f') });
    for (const answer of [undefined, null, true, { link: 'x' }, { link: 7 }, { ok: false }, { link: LINK, previous: 'box-1' }]) expect(linkAnswer(answer)).toBeNull();
  });
});
