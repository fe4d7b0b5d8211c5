/**
 * This frame's link to the background, through which its coach's reports go. The link holds a
 * `runtime.connect` port while the document lives: when the document goes (the iframe is
 * removed or navigates, the tab reloads or closes) the port disconnects, and the background
 * drops the frame's reports. Each port has a new random id that every report carries, so a
 * report that arrives after its port ended is recognized as stale and dropped.
 *
 * A suspended service worker disconnects the port too (an open port does not keep an MV3 worker
 * alive), and the background forgets nothing then: its reports are in `storage.session`. The
 * link opens a new port on its next report, or when the restarted background asks
 * (`frame:ping`, answered with the new id and the one before it), and sends the latest report
 * of every box again under the new id. A page restored from the back/forward cache had its port
 * closed when it was put there: it reconnects as it is shown again.
 */
import type { BoxReport, LinkAnswer, ToBackground } from '../messages';
import { FRAME_PORT_PREFIX } from '../message-bounds';
import { checkToFrame } from './inbound-messages';
import { safely, whileValid, type PageContext } from './context';
import { randomHex } from './random-hex';

/** The part of a runtime.Port the link uses. */
export interface LinkPort {
  onDisconnect: { addListener(cb: () => void): void };
}

/** The part of `browser.runtime` the link uses. */
export interface LinkRuntime {
  connect(info: { name: string }): LinkPort;
  sendMessage(message: ToBackground): Promise<unknown>;
  onMessage: { addListener(cb: (message: unknown) => Promise<LinkAnswer> | undefined): void };
}

export interface FrameLink {
  /** A box's latest check. */
  report(report: BoxReport): void;
  /** The box went away. */
  remove(boxId: string): void;
  /**
   * The agent is typing: a port the background dropped (its worker stopped) is opened again now,
   * which starts the worker while the idle delay runs, not when the check is sent. Nothing while
   * the port is open: then the worker is running.
   */
  wake(): void;
}

/** 128 random bits in hex. */
function newLinkId(): string {
  return randomHex(16);
}

export function frameLink(context: PageContext, runtime: LinkRuntime): FrameLink {
  /** The latest report of every box, sent again under a new link id. */
  const latest = new Map<string, BoxReport>();
  let port: LinkPort | null = null;
  let link = '';
  /** The link before this one: a restarted background may hold this document's reports under it. */
  let previous = '';

  const send = (msg: ToBackground) =>
    safely(context, () => {
      runtime.sendMessage(msg).catch(() => {
        // background restarting: the next check sends again
      });
    });

  /** Opens a port if none is open; true when it did (everything must then be sent again). */
  const connect = (): boolean => {
    if (port || !context.isValid) return false;
    const id = newLinkId();
    try {
      const opened = runtime.connect({ name: FRAME_PORT_PREFIX + id });
      opened.onDisconnect.addListener(() => {
        if (port === opened) port = null;
      });
      port = opened;
      previous = link;
      link = id;
      return true;
    } catch {
      return false; // the extension context went away meanwhile
    }
  };
  const sendAll = () => {
    for (const report of latest.values()) send({ type: 'report:update', link, report });
  };

  const onPing = (message: unknown): Promise<LinkAnswer> | undefined => {
    if (!checkToFrame(message).ok || !context.isValid) return undefined;
    if (connect()) sendAll();
    return Promise.resolve(previous ? { link, previous } : { link });
  };
  safely(context, () => runtime.onMessage.addListener(onPing));
  window.addEventListener(
    'pageshow',
    whileValid(context, (e: PageTransitionEvent) => e.persisted && connect() && sendAll()),
    { signal: context.signal },
  );
  context.onInvalidated(() => {
    port = null;
    latest.clear();
  });

  return {
    report(report) {
      latest.set(report.boxId, report);
      if (connect()) sendAll();
      else if (port) send({ type: 'report:update', link, report });
    },
    remove(boxId) {
      if (!latest.delete(boxId)) return;
      if (connect()) sendAll();
      else if (port) send({ type: 'report:remove', link, boxId });
    },
    wake() {
      if (connect()) sendAll();
    },
  };
}
