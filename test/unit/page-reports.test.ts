/**
 * The background's report store (lib/page/reports.ts): the latest report per tab, frame and
 * box, as the popup and the badge see them, for as long as the frame's link lives; mirrored to
 * storage.session so a restarted worker still answers, and checks the frames then.
 */
import { describe, expect, it } from 'vitest';
import type { BoxReport, ReportedFinding, TabReports } from '../../lib/messages';
import { badgeOf, MAX_ENDED_LINKS, ReportStore, type AskFrame, type SessionArea } from '../../lib/page/reports';
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

/** Link ids, as frame links make them (32 hex digits). */
const link = (n: number) => n.toString(16).padStart(32, '0');
const [A, B, C, D] = [1, 2, 3, 4].map(link);

/** The boxes the popup would list: "frame/box" → flagged findings. */
function listed(tab: TabReports | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [frameId, boxes] of Object.entries(tab?.frames ?? {})) {
    for (const r of Object.values(boxes)) out[`${frameId}/${r.boxId}`] = r.findings.length;
  }
  return out;
}

describe('ReportStore', () => {
  it('keeps the latest report of each box in each frame of a tab', async () => {
    const store = new ReportStore({ session: session() });
    await store.update(7, 0, A, 'acme.zendesk.com', report('box-1', [finding('warning')]));
    await store.update(7, 0, A, 'acme.zendesk.com', report('box-1', [finding('warning'), finding('error', 1)]));
    await store.update(7, 3, B, '', report('box-1', []));
    const tab = await store.get(7);
    expect(tab?.host).toBe('acme.zendesk.com');
    expect(listed(tab)).toEqual({ '0/box-1': 2, '3/box-1': 0 });
    expect(await store.get(8)).toBeUndefined();
  });

  it('drops a removed box’s report, and the frame with its last box', async () => {
    const store = new ReportStore({ session: session() });
    await store.update(7, 0, A, 'h', report('box-1', [finding('warning')]));
    await store.update(7, 2, B, 'h', report('box-1', [finding('error')]));
    await store.update(7, 2, B, 'h', report('box-2', []));
    await store.remove(7, 2, B, 'box-1');
    expect(listed(await store.get(7))).toEqual({ '0/box-1': 1, '2/box-2': 0 });
    await store.remove(7, 2, B, 'box-2');
    expect((await store.get(7))!.frames[2]).toBeUndefined();
    expect(badgeOf(await store.get(7)).text).toBe('1');
  });

  it('drops a frame’s reports when its link’s port disconnects, and every later report from that link', async () => {
    const store = new ReportStore({ session: session() });
    await store.opened(7, 0, A, 'h');
    await store.opened(7, 4, B, 'h');
    await store.update(7, 0, A, 'h', report('box-1', [finding('warning')]));
    await store.update(7, 4, B, 'h', report('box-1', [finding('warning'), finding('error', 1)]));
    expect(badgeOf(await store.get(7)).text).toBe('3');
    // The ticket iframe is removed: its port goes, then a check it sent just before arrives.
    await store.closed(7, 4, B);
    expect(await store.update(7, 4, B, 'h', report('box-1', [finding('error')]))).toBe(false);
    expect(await store.update(7, 4, B, 'h', report('box-2', [finding('error')]))).toBe(false);
    await store.remove(7, 4, B, 'box-1');
    expect(listed(await store.get(7))).toEqual({ '0/box-1': 1 });
    expect(badgeOf(await store.get(7)).text).toBe('1');
  });

  it('a frame’s new document replaces the old one’s reports, whichever arrives first: its port or its report', async () => {
    const store = new ReportStore({ session: session() });
    await store.opened(7, 0, A, 'h');
    await store.update(7, 0, A, 'h', report('box-1', [finding('warning')]));
    await store.update(7, 0, A, 'h', report('box-2', [finding('warning')]));
    // Reload: the new document's first report overtakes its port and the old port's disconnect.
    expect(await store.update(7, 0, B, 'h', report('box-1', []))).toBe(true);
    expect(listed(await store.get(7))).toEqual({ '0/box-1': 0 });
    await store.opened(7, 0, B, 'h');
    await store.closed(7, 0, A);
    // The old document's check that was under way when the tab reloaded.
    expect(await store.update(7, 0, A, 'h', report('box-2', [finding('error')]))).toBe(false);
    expect(listed(await store.get(7))).toEqual({ '0/box-1': 0 });
    // And the other way round: the new port first, then the new document's report.
    await store.opened(7, 0, C, 'h');
    expect(await store.update(7, 0, B, 'h', report('box-1', [finding('warning')]))).toBe(false);
    expect(await store.update(7, 0, C, 'h', report('box-1', [finding('error')]))).toBe(true);
    expect(badgeOf(await store.get(7))).toEqual({ text: '1', color: expect.any(String) });
  });

  it('loses no report when several frames report at once (each tab’s jobs run one at a time)', async () => {
    const area = session();
    // Storage as slow as a real one: every call yields a few times.
    const slow: SessionArea = {
      get: async (k) => (await Promise.resolve(), area.get(k)),
      set: async (items) => (await Promise.resolve(), await Promise.resolve(), area.set(items)),
      remove: (k) => area.remove(k),
    };
    const store = new ReportStore({ session: slow });
    await Promise.all([
      store.update(7, 0, A, 'h', report('box-1', [finding('warning')])),
      store.update(7, 0, A, 'h', report('box-2', [finding('warning')])),
      store.update(7, 5, B, 'h', report('box-1', [finding('warning')])),
      store.opened(7, 6, C, 'h'),
      store.update(7, 6, C, 'h', report('box-1', [finding('warning')])),
    ]);
    const expected = { '0/box-1': 1, '0/box-2': 1, '5/box-1': 1, '6/box-1': 1 };
    expect(listed(await store.get(7))).toEqual(expected);
    expect(listed(await new ReportStore({ session: area }).get(7))).toEqual(expected);
  });

  it('tells the badge after every change, in order', async () => {
    const seen: string[] = [];
    const store = new ReportStore({ session: session(), onChange: (tabId, tab) => seen.push(`${tabId}:${badgeOf(tab).text}`) });
    await store.opened(7, 0, A, 'h');
    await store.update(7, 0, A, 'h', report('box-1', [finding('warning')]));
    await store.update(7, 3, B, 'h', report('box-1', [finding('warning')]));
    await store.closed(7, 3, B);
    await store.update(7, 3, B, 'h', report('box-1', [finding('warning')]));
    expect(seen).toEqual(['7:', '7:1', '7:2', '7:1']);
  });

  it('remembers a bounded number of ended links per tab', async () => {
    const area = session();
    const store = new ReportStore({ session: area });
    for (let n = 1; n <= MAX_ENDED_LINKS + 20; n++) {
      await store.opened(7, n, link(n), 'h');
      await store.closed(7, n, link(n));
    }
    const saved = area.data.get('reports:7') as { ended: string[]; frames: object };
    expect(saved.ended).toHaveLength(MAX_ENDED_LINKS);
    expect(saved.ended.at(-1)).toBe(link(MAX_ENDED_LINKS + 20));
    expect(saved.frames).toEqual({});
  });

  describe('after the worker restarted', () => {
    /** A worker that held reports of frames 0, 2 and 3, then went to sleep (its ports closed without a word). */
    async function slept() {
      const area = session();
      const before = new ReportStore({ session: area });
      for (const [frameId, l] of [[0, A], [2, B], [3, C]] as const) {
        await before.opened(7, frameId, l, 'h');
        await before.update(7, frameId, l, 'h', report('box-1', [finding('warning')]));
      }
      await before.opened(7, 9, D, 'h');
      await before.closed(7, 9, D);
      return area;
    }

    it('answers from storage.session, asking each frame once whether its link is still the one; drops those that say otherwise', async () => {
      const area = await slept();
      const asked: number[] = [];
      // Frame 0 is still there with the same link; frame 2 was removed while the worker slept; frame 3 reloaded.
      const ask: AskFrame = async (_tabId, frameId) => (asked.push(frameId), frameId === 0 ? { link: A } : frameId === 3 ? { link: link(99) } : null);
      const restarted = new ReportStore({ session: area, ask });
      expect(listed(await restarted.get(7))).toEqual({ '0/box-1': 1 });
      expect(asked.sort()).toEqual([0, 2, 3]);
      await restarted.get(7);
      expect(asked).toHaveLength(3);
      // What it dropped is saved, and the links it saw end stay ended.
      expect(listed(await new ReportStore({ session: area }).get(7))).toEqual({ '0/box-1': 1 });
      expect(await restarted.update(7, 2, B, 'h', report('box-1', [finding('error')]))).toBe(false);
      expect(await restarted.update(7, 9, D, 'h', report('box-1', [finding('error')]))).toBe(false);
    });

    it('does not ask a frame whose link reconnected before the tab was read back, and treats a failed question as gone', async () => {
      const area = await slept();
      const asked: number[] = [];
      const ask: AskFrame = async (_tabId, frameId) => {
        asked.push(frameId);
        throw new Error('Could not establish connection. Receiving end does not exist.');
      };
      const restarted = new ReportStore({ session: area, ask });
      await restarted.opened(7, 2, B, 'h');
      expect(asked.sort()).toEqual([0, 3]);
      expect(listed(await restarted.get(7))).toEqual({ '2/box-1': 1 });
    });

    it('a frame that reconnected under a new link following the stored one keeps its reports under the new link', async () => {
      const area = await slept();
      const restarted = new ReportStore({ session: area, ask: async (_t, frameId) => (frameId === 0 ? { link: link(50), previous: A } : { link: link(60), previous: link(61) }) });
      // No moment without them: the popup's answer and the badge hold frame 0's report throughout.
      expect(listed(await restarted.get(7))).toEqual({ '0/box-1': 1 });
      await restarted.opened(7, 0, link(50), 'h');
      expect(listed(await restarted.get(7))).toEqual({ '0/box-1': 1 });
      await restarted.update(7, 0, link(50), 'h', report('box-2', [finding('error')]));
      expect(listed(await restarted.get(7))).toEqual({ '0/box-1': 1, '0/box-2': 1 });
      expect(await restarted.update(7, 0, A, 'h', report('box-1', []))).toBe(false);
    });

    it('forgets a tab that closed', async () => {
      const area = await slept();
      const restarted = new ReportStore({ session: area });
      await restarted.clear(7);
      expect(area.data.size).toBe(0);
      expect(await new ReportStore({ session: area }).get(7)).toBeUndefined();
    });
  });

  it('works in memory where there is no storage.session', async () => {
    const store = new ReportStore();
    await store.update(1, 0, A, 'h', report('box-1', [finding('warning')]));
    expect(listed(await store.get(1))).toEqual({ '0/box-1': 1 });
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
