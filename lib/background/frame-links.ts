/**
 * The background's end of the frames' links (lib/page/frame-link.ts): a port opened by a
 * content script tells the report store that the frame's document is alive under that link,
 * its disconnect that the document went; the reports the link sends go into the store under
 * it; and a restarted worker asks a frame which link it has now. Ports are checked like
 * messages (lib/messages-schema.ts `admitFramePort`).
 */
import type { ToBackground, ToFrame } from '../messages';
import { admitFramePort, linkAnswer, type SenderInfo } from '../messages-schema';
import type { AskFrame, ReportStore } from '../page/reports';

/** How long a frame gets to answer `frame:ping` before it counts as gone. */
export const ASK_TIMEOUT_MS = 2000;

/** The part of a runtime.Port the background uses. */
export interface IncomingPort {
  name: string;
  sender?: SenderInfo;
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}

export interface ConnectEvent {
  addListener(cb: (port: IncomingPort) => void): void;
}

export interface FrameMessenger {
  sendMessage(tabId: number, message: ToFrame, options: { frameId: number }): Promise<unknown>;
}

/** The host name of the sender's tab (or document), '' when it has none. */
export function hostOf(sender: SenderInfo | undefined): string {
  try {
    return new URL(sender?.tab?.url ?? sender?.url ?? '').hostname;
  } catch {
    return '';
  }
}

/** Feeds the store with every frame link's port: opened, and closed when it disconnects (then `onClosed`). */
export function watchFrameLinks(
  onConnect: ConnectEvent,
  store: ReportStore,
  ownId: string,
  ownOrigin: string,
  onClosed?: (tabId: number, frameId: number) => void,
  /** A frame's link opened: also how a frame starts a stopped worker as its agent types. */
  onOpened?: () => void,
): void {
  onConnect.addListener((port) => {
    const checked = admitFramePort(port.name, port.sender ?? {}, ownId, ownOrigin);
    if (!checked.ok) {
      port.disconnect();
      return;
    }
    const { tabId, frameId, link } = checked.message;
    void store.opened(tabId, frameId, link, hostOf(port.sender));
    onOpened?.();
    port.onDisconnect.addListener(() => {
      void store.closed(tabId, frameId, link);
      onClosed?.(tabId, frameId);
    });
  });
}

export type ReportMessage = Extract<ToBackground, { type: 'report:update' | 'report:remove' }>;

/** A report message from a content script (admitted: `sender` has a tab), into the store; false when dropped. */
export function takeReport(store: ReportStore, msg: ReportMessage, sender: SenderInfo): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId == null) return Promise.resolve(false);
  const frameId = sender.frameId ?? 0;
  if (msg.type === 'report:update') return store.update(tabId, frameId, msg.link, hostOf(sender), msg.report);
  return store.remove(tabId, frameId, msg.link, msg.boxId).then(() => true);
}

/** Asks a frame's coach for its links; null when nothing there answers in time. */
export function askFrame(tabs: FrameMessenger, timeoutMs = ASK_TIMEOUT_MS): AskFrame {
  return (tabId, frameId) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
    const answer = tabs.sendMessage(tabId, { type: 'frame:ping' }, { frameId }).then(linkAnswer, () => null);
    return Promise.race([answer, late]).finally(() => clearTimeout(timer));
  };
}
