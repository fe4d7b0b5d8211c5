// @vitest-environment happy-dom
/**
 * A frame's link to the background (lib/page/frame-link.ts) over a fake `runtime`: one port per
 * link, every report under the link's id, a new link (and everything sent again) after the port
 * went, the answer to the restarted background's ping, and silence once the context is gone.
 */
import { describe, expect, it } from 'vitest';
import type { BoxReport, ToBackground } from '../../lib/messages';
import { FRAME_PORT_PREFIX } from '../../lib/messages-schema';
import { frameLink, type LinkRuntime } from '../../lib/page/frame-link';
import { usePageFrame } from './page-fakes';

const frame = usePageFrame();

/** `runtime` as a content script sees it: ports it opened, messages it sent, and the ping listener. */
function fakeRuntime() {
  const ports: { name: string; drop(): void }[] = [];
  const sent: ToBackground[] = [];
  let listener: ((message: unknown) => Promise<unknown> | undefined) | null = null;
  const runtime: LinkRuntime = {
    connect({ name }) {
      const gone: (() => void)[] = [];
      ports.push({ name, drop: () => gone.forEach((cb) => cb()) });
      return { onDisconnect: { addListener: (cb) => void gone.push(cb) } };
    },
    sendMessage: async (message) => void sent.push(message),
    onMessage: { addListener: (cb) => void (listener = cb) },
  };
  return { runtime, ports, sent, ask: (message: unknown) => listener?.(message) };
}

const report = (boxId: string, at = 1): BoxReport => ({ boxId, editor: 'textarea', canApply: true, lang: 'en', score: 90, words: 3, gaps: 0, findings: [], checklist: [], at });
const linkOfPort = (name: string) => name.slice(FRAME_PORT_PREFIX.length);
const summary = (sent: ToBackground[]) => sent.map((m) => (m.type === 'report:update' ? `update ${m.report.boxId}@${m.link}` : m.type === 'report:remove' ? `remove ${m.boxId}@${m.link}` : m.type));

describe('frameLink', () => {
  it('opens one port with the first report and sends every report and removal under its link', () => {
    const bg = fakeRuntime();
    const link = frameLink(frame().context, bg.runtime);
    expect(bg.ports).toHaveLength(0);
    link.report(report('box-1'));
    link.report(report('box-2'));
    link.report(report('box-1', 2));
    link.remove('box-2');
    link.remove('box-9');
    expect(bg.ports).toHaveLength(1);
    const id = linkOfPort(bg.ports[0].name);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(summary(bg.sent)).toEqual([`update box-1@${id}`, `update box-2@${id}`, `update box-1@${id}`, `remove box-2@${id}`]);
  });

  it('after its port went (the worker slept), the next report opens a new link and sends every box again', () => {
    const bg = fakeRuntime();
    const link = frameLink(frame().context, bg.runtime);
    link.report(report('box-1'));
    link.report(report('box-2'));
    link.report(report('box-3'));
    link.remove('box-3');
    bg.ports[0].drop();
    bg.sent.length = 0;
    link.report(report('box-1', 5));
    expect(bg.ports).toHaveLength(2);
    const [first, second] = bg.ports.map((p) => linkOfPort(p.name));
    expect(second).not.toBe(first);
    expect(summary(bg.sent)).toEqual([`update box-1@${second}`, `update box-2@${second}`]);
    expect((bg.sent[0] as Extract<ToBackground, { type: 'report:update' }>).report.at).toBe(5);
  });

  it('wake(): nothing while its port is open; once the worker dropped it, a new port at once (which starts the worker), with every box sent again', () => {
    const bg = fakeRuntime();
    const link = frameLink(frame().context, bg.runtime);
    link.report(report('box-1'));
    bg.sent.length = 0;
    link.wake();
    link.wake();
    expect(bg.ports).toHaveLength(1);
    expect(bg.sent).toEqual([]);
    bg.ports[0].drop();
    link.wake();
    expect(bg.ports).toHaveLength(2);
    expect(summary(bg.sent)).toEqual([`update box-1@${linkOfPort(bg.ports[1].name)}`]);
    link.wake();
    expect(bg.ports).toHaveLength(2);
  });

  it('answers the background’s ping with its link, reconnecting (and sending again) first when its port went', async () => {
    const bg = fakeRuntime();
    const link = frameLink(frame().context, bg.runtime);
    link.report(report('box-1'));
    const first = linkOfPort(bg.ports[0].name);
    await expect(bg.ask({ type: 'frame:ping' })).resolves.toEqual({ link: first });
    expect(bg.ports).toHaveLength(1);
    bg.ports[0].drop();
    bg.sent.length = 0;
    const answer = await bg.ask({ type: 'frame:ping' });
    const second = linkOfPort(bg.ports[1].name);
    // The link before it too: the restarted background holds this document's reports under that one.
    expect(answer).toEqual({ link: second, previous: first });
    expect(summary(bg.sent)).toEqual([`update box-1@${second}`]);
    for (const other of [{ type: 'recheck' }, { type: 'frame:ping', tabId: 1 }, 'frame:ping', null]) expect(bg.ask(other)).toBeUndefined();
  });

  it('a page shown again from the back/forward cache (its port was closed) reconnects and sends every box again', () => {
    const bg = fakeRuntime();
    const link = frameLink(frame().context, bg.runtime);
    link.report(report('box-1'));
    link.report(report('box-2'));
    const shown = (persisted: boolean) => window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted }));
    shown(true);
    expect(bg.ports).toHaveLength(1);
    bg.ports[0].drop();
    bg.sent.length = 0;
    shown(false);
    expect(bg.ports).toHaveLength(1);
    shown(true);
    const second = linkOfPort(bg.ports[1].name);
    expect(summary(bg.sent)).toEqual([`update box-1@${second}`, `update box-2@${second}`]);
  });

  it('once the extension context is gone: no port, no message, no answer, nothing thrown', () => {
    const bg = fakeRuntime();
    const link = frameLink(frame().context, bg.runtime);
    link.report(report('box-1'));
    bg.ports[0].drop();
    frame().orphan();
    bg.sent.length = 0;
    expect(() => {
      link.report(report('box-1', 2));
      link.remove('box-1');
    }).not.toThrow();
    expect(bg.ports).toHaveLength(1);
    expect(bg.sent).toEqual([]);
    expect(bg.ask({ type: 'frame:ping' })).toBeUndefined();
  });

  it('a runtime that throws (the context went between the check and the call) is survived, and sends nothing without a link', () => {
    const bg = fakeRuntime();
    bg.runtime.connect = () => {
      throw new Error('Extension context invalidated.');
    };
    const link = frameLink(frame().context, bg.runtime);
    expect(() => link.report(report('box-1'))).not.toThrow();
    expect(bg.sent).toEqual([]);
  });
});
