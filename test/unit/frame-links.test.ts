// @vitest-environment happy-dom
/**
 * The background's end of frame links (lib/background/frame-links.ts) wired to real frame links
 * (lib/page/frame-link.ts) and the real report store through a fake message bus with fake ports
 * and senders: ticket iframes that come and go, a reload while a report is under way, and a
 * service worker that slept through a frame going away. After each, the badge and the popup's
 * report list match the boxes still on the page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askFrame, takeReport, watchFrameLinks, type IncomingPort } from '../../lib/background/frame-links';
import type { BoxReport, ReportedFinding, TabReports, ToBackground } from '../../lib/messages';
import { admit, FRAME_PORT_PREFIX, type SenderInfo } from '../../lib/messages-schema';
import type { PageContext } from '../../lib/page/context';
import { frameLink, type FrameLink, type LinkRuntime } from '../../lib/page/frame-link';
import { badgeOf, ReportStore, type SessionArea } from '../../lib/page/reports';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const TAB = 7;

const flagged = (n: number): ReportedFinding[] =>
  Array.from({ length: n }, (_, i) => ({ key: `r${i}@00000000`, ruleId: `r${i}`, category: 'defensive', severity: 'warning', start: i, end: i + 1, text: 'x', message: 'm', guideline: 'G3', suggestions: [] }));
const report = (boxId: string, flags: number): BoxReport => ({ boxId, editor: 'textarea', canApply: true, lang: 'en', score: 80, words: 4, gaps: 0, findings: flagged(flags), checklist: [], at: 1 });

/** A content script's context that stays valid. */
const alive: PageContext = { isValid: true, signal: new AbortController().signal, onInvalidated: () => () => {}, replaced: false };

function memorySession(): SessionArea {
  const data = new Map<string, unknown>();
  return {
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
    remove: async (key) => void data.delete(key),
  };
}

/**
 * The browser between the frames of one tab and the background. Messages and port events are
 * queued and delivered by `deliver()` in order, so a test can hold one back (`late`).
 */
function fakeBrowser() {
  const session = memorySession();
  const queue: (() => Promise<unknown>)[] = [];
  /** Per frame id: its current document's ping listener and content-side port, or nothing (frame gone). */
  const docs = new Map<number, { ping: ((m: unknown) => Promise<unknown> | undefined) | null; dropPort: () => void; dropBackgroundPort: () => void }>();
  const badge = { text: '' };
  let connectListener: ((port: IncomingPort) => void) | null = null;
  let store: ReportStore;

  const startWorker = () => {
    store = new ReportStore({
      session,
      ask: askFrame({
        sendMessage: async (_tabId, message, { frameId }) => {
          const ping = docs.get(frameId)?.ping;
          if (!ping) throw new Error('Could not establish connection. Receiving end does not exist.');
          const answer = ping(message);
          if (!answer) throw new Error('The message port closed before a response was received.');
          return answer;
        },
      }),
      onChange: (_tabId, tab) => (badge.text = badgeOf(tab).text),
    });
    watchFrameLinks({ addListener: (cb) => void (connectListener = cb) }, store, OWN_ID, OWN_ORIGIN);
  };
  startWorker();

  /** A new document in frame `frameId` whose coach has a frame link. */
  function load(frameId: number, url = `https://acme.example/ticket/${frameId}`): FrameLink {
    const sender: SenderInfo = { id: OWN_ID, url, tab: { id: TAB, url: 'https://acme.example/' }, frameId };
    const doc = { ping: null as ((m: unknown) => Promise<unknown> | undefined) | null, dropPort: () => {}, dropBackgroundPort: () => {} };
    docs.set(frameId, doc);
    const runtime: LinkRuntime = {
      connect({ name }) {
        const contentGone: (() => void)[] = [];
        const backgroundGone: (() => void)[] = [];
        doc.dropPort = () => contentGone.splice(0).forEach((cb) => cb());
        doc.dropBackgroundPort = () => queue.push(async () => backgroundGone.splice(0).forEach((cb) => cb()));
        const port: IncomingPort = { name, sender, onDisconnect: { addListener: (cb) => void backgroundGone.push(cb) }, disconnect: () => doc.dropPort() };
        queue.push(async () => connectListener?.(port));
        return { onDisconnect: { addListener: (cb) => void contentGone.push(cb) } };
      },
      sendMessage(message: ToBackground) {
        queue.push(async () => {
          const checked = admit(message, sender, OWN_ID, OWN_ORIGIN);
          if (!checked.ok) throw new Error(checked.error);
          const msg = checked.message;
          if (msg.type === 'report:update' || msg.type === 'report:remove') await takeReport(store, msg, sender);
        });
        return Promise.resolve();
      },
      onMessage: { addListener: (cb) => void (doc.ping = cb) },
    };
    return frameLink(alive, runtime);
  }

  return {
    badge,
    load,
    /** The frame's document went away (iframe removed or navigated, tab reloaded): its port disconnects. */
    unload(frameId: number) {
      const doc = docs.get(frameId);
      docs.delete(frameId);
      doc?.dropBackgroundPort();
    },
    /** The service worker stops: every content-side port disconnects, the background's memory is gone. */
    sleep() {
      for (const doc of docs.values()) doc.dropPort();
      connectListener = null;
      startWorker();
    },
    /** Takes the queued deliveries out, to deliver them later. */
    late: () => queue.splice(0),
    async deliver(extra: (() => Promise<unknown>)[] = []) {
      queue.push(...extra);
      while (queue.length) await queue.shift()!();
    },
    /** What the popup lists: frame/box → flagged findings. */
    async popup(): Promise<Record<string, number>> {
      const tab: TabReports | undefined = await store.get(TAB);
      const out: Record<string, number> = {};
      for (const [frameId, boxes] of Object.entries(tab?.frames ?? {})) for (const r of Object.values(boxes)) out[`${frameId}/${r.boxId}`] = r.findings.length;
      return out;
    },
  };
}

describe('frame links end to end (fake browser)', () => {
  it('ticket iframes come and go: the badge and the popup follow the frames still there', async () => {
    const browser = fakeBrowser();
    const top = browser.load(0);
    top.report(report('box-1', 1));
    top.report(report('box-2', 2));
    const a = browser.load(3);
    a.report(report('box-1', 2));
    const b = browser.load(4);
    b.report(report('box-1', 1));
    await browser.deliver();
    expect(browser.badge.text).toBe('6');

    browser.unload(3); // the ticket iframe is removed
    await browser.deliver();
    expect(await browser.popup()).toEqual({ '0/box-1': 1, '0/box-2': 2, '4/box-1': 1 });
    expect(browser.badge.text).toBe('4');

    browser.unload(4); // the other ticket navigates to a page without a reply box
    browser.load(4);
    await browser.deliver();
    expect(await browser.popup()).toEqual({ '0/box-1': 1, '0/box-2': 2 });
    expect(browser.badge.text).toBe('3');
  });

  /** A top frame with two flagged boxes, delivered. */
  async function withTwoBoxes() {
    const browser = fakeBrowser();
    const top = browser.load(0);
    top.report(report('box-1', 1));
    top.report(report('box-2', 1));
    await browser.deliver();
    return { browser, old: top };
  }

  it('a reload while a report is under way: the old document’s late report is dropped', async () => {
    const { browser, old } = await withTwoBoxes();
    old.report(report('box-2', 3)); // the check that ran just before the reload
    const inFlight = browser.late();
    browser.unload(0);
    const fresh = browser.load(0);
    fresh.report(report('box-1', 2));
    await browser.deliver(inFlight);
    expect(await browser.popup()).toEqual({ '0/box-1': 2 });
    expect(browser.badge.text).toBe('2');
  });

  it('the new document’s report can overtake the old port’s disconnect and its own port', async () => {
    const { browser } = await withTwoBoxes();
    browser.unload(0);
    const disconnect = browser.late();
    const fresh = browser.load(0);
    fresh.report(report('box-1', 0));
    const [freshPort, freshReport] = browser.late();
    await browser.deliver([freshReport, disconnect[0], freshPort]);
    expect(await browser.popup()).toEqual({ '0/box-1': 0 });
    expect(browser.badge.text).toBe('');
  });

  it('a worker that slept through a ticket iframe going away drops it when it reads the tab back, and keeps the rest', async () => {
    const browser = fakeBrowser();
    const top = browser.load(0);
    top.report(report('box-1', 1));
    browser.load(3).report(report('box-1', 2));
    await browser.deliver();
    expect(browser.badge.text).toBe('3');
    browser.sleep();
    browser.unload(3); // nobody hears its port go: the worker is not running
    await browser.deliver();
    // The popup opens: the restarted worker reads the tab back and asks its frames.
    expect(await browser.popup()).toEqual({ '0/box-1': 1 });
    expect(browser.badge.text).toBe('1');
    await browser.deliver(); // the top frame's new port and its reports sent again
    expect(await browser.popup()).toEqual({ '0/box-1': 1 });
    expect(browser.badge.text).toBe('1');
    top.report(report('box-1', 2));
    await browser.deliver();
    expect(browser.badge.text).toBe('2');
  });

  it('refuses ports that are not a content script’s frame link', async () => {
    const store = new ReportStore();
    let listener: ((port: IncomingPort) => void) | null = null;
    watchFrameLinks({ addListener: (cb) => void (listener = cb) }, store, OWN_ID, OWN_ORIGIN);
    const content: SenderInfo = { id: OWN_ID, url: 'https://acme.example/', tab: { id: TAB }, frameId: 0 };
    const popup: SenderInfo = { id: OWN_ID, url: `${OWN_ORIGIN}popup.html`, tab: { id: TAB } };
    for (const [name, sender] of [['other', content], [`${FRAME_PORT_PREFIX}${'0'.repeat(32)}`, popup]] as const) {
      const disconnect = vi.fn();
      listener!({ name, sender, onDisconnect: { addListener: () => {} }, disconnect });
      expect(disconnect).toHaveBeenCalledOnce();
    }
    expect(await store.get(TAB)).toBeUndefined();
  });
});

describe('askFrame', () => {
  afterEach(() => vi.useRealTimers());
  it('is the frame’s link, or null when the answer is not one, the frame is gone, or it does not answer in time', async () => {
    const link = 'f'.repeat(32);
    expect(await askFrame({ sendMessage: async () => ({ link }) })(1, 0)).toEqual({ link });
    expect(await askFrame({ sendMessage: async () => ({ link: 'x' }) })(1, 0)).toBeNull();
    expect(await askFrame({ sendMessage: async () => Promise.reject(new Error('Receiving end does not exist.')) })(1, 0)).toBeNull();
    vi.useFakeTimers();
    const pending = askFrame({ sendMessage: () => new Promise(() => {}) }, 500)(1, 0);
    await vi.advanceTimersByTimeAsync(500);
    expect(await pending).toBeNull();
  });
});
