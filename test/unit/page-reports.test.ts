/**
 * The background's report store (lib/page/reports.ts): the latest report per tab, frame and
 * box, as the popup and the badge see them, mirrored to storage.session so a restarted worker
 * still answers.
 */
import { describe, expect, it } from 'vitest';
import type { BoxReport, ReportedFinding } from '../../lib/messages';
import { badgeOf, ReportStore, type SessionArea } from '../../lib/page/reports';
import { SEVERITY_COLORS } from '../../lib/page/severity';

/** storage.session as a plain map. */
function session(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(key) {
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(key) {
      data.delete(key);
    },
  };
}

const finding = (severity: ReportedFinding['severity'], n = 0): ReportedFinding => ({
  key: `r${n}@00000000`,
  ruleId: `r${n}`,
  category: 'defensive',
  severity,
  start: n,
  end: n + 1,
  text: 'x',
  message: 'm',
  guideline: 'G3',
  suggestions: [],
});
const report = (boxId: string, findings: ReportedFinding[]): BoxReport => ({
  boxId,
  editor: 'textarea',
  canApply: true,
  lang: 'en',
  score: 80,
  words: 5,
  gaps: 0,
  findings,
  checklist: [],
  at: 1,
});

describe('ReportStore', () => {
  it('keeps the latest report of each box in each frame of a tab', async () => {
    const store = new ReportStore(session());
    await store.update(7, 0, 'acme.zendesk.com', report('box-1', [finding('warning')]));
    await store.update(7, 0, 'acme.zendesk.com', report('box-1', [finding('warning'), finding('error', 1)]));
    await store.update(7, 3, '', report('box-1', []));
    const tab = await store.get(7);
    expect(tab?.host).toBe('acme.zendesk.com');
    expect(tab?.frames[0]['box-1'].findings).toHaveLength(2);
    expect(Object.keys(tab?.frames ?? {})).toEqual(['0', '3']);
    expect(await store.get(8)).toBeUndefined();
  });

  it('drops a removed box’s report, and the frame with its last box', async () => {
    const store = new ReportStore(session());
    await store.update(7, 0, 'h', report('box-1', [finding('warning')]));
    await store.update(7, 2, 'h', report('box-1', [finding('error')]));
    await store.update(7, 2, 'h', report('box-2', []));
    await store.remove(7, 2, 'box-1');
    expect(Object.keys((await store.get(7))!.frames[2])).toEqual(['box-2']);
    await store.remove(7, 2, 'box-2');
    expect((await store.get(7))!.frames[2]).toBeUndefined();
    expect(badgeOf(await store.get(7)).text).toBe('1');
  });

  it('answers from storage.session after the worker restarted, and forgets a tab that navigated or closed', async () => {
    const area = session();
    await new ReportStore(area).update(7, 0, 'h', report('box-1', [finding('warning')]));
    const restarted = new ReportStore(area);
    expect((await restarted.get(7))?.frames[0]['box-1'].findings).toHaveLength(1);
    await restarted.clear(7);
    expect(area.data.size).toBe(0);
    expect(await new ReportStore(area).get(7)).toBeUndefined();
  });

  it('works in memory where there is no storage.session', async () => {
    const store = new ReportStore(undefined);
    await store.update(1, 0, 'h', report('box-1', [finding('warning')]));
    expect((await store.get(1))?.frames[0]['box-1']).toBeDefined();
  });
});

describe('badgeOf', () => {
  it('counts findings worth a look across frames and boxes (not nudges), red when one is an error', () => {
    const tab = (findings: ReportedFinding[][]) => ({ tabId: 1, host: 'h', frames: { 0: Object.fromEntries(findings.map((f, i) => [`box-${i}`, report(`box-${i}`, f)])) } });
    expect(badgeOf(tab([[finding('info')]]))).toEqual({ text: '', color: SEVERITY_COLORS.warning });
    expect(badgeOf(tab([[finding('warning'), finding('info', 1)], [finding('warning', 2)]]))).toEqual({ text: '2', color: SEVERITY_COLORS.warning });
    expect(badgeOf(tab([[finding('warning')], [finding('error', 1)]]))).toEqual({ text: '2', color: SEVERITY_COLORS.error });
    expect(badgeOf(undefined).text).toBe('');
  });
});
