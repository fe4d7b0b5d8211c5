/**
 * The background's per-tab reports, for the popup and the badge: for every frame of a tab, the
 * link (lib/page/frame-link.ts) its reports came from and the latest BoxReport of each box.
 * Held in memory and mirrored to `storage.session` (memory-only storage, never written to
 * disk; readable by extension pages only) so a service worker that went to sleep still
 * answers the popup. Never `storage.local`: reports quote the reply.
 *
 * A frame's reports live as long as its link: they go when its port disconnects, and when a
 * newer link of the same frame reports (its document was replaced). A report from a link that
 * ended is dropped, however late it arrives. A worker that restarted knows no open port, so the
 * first time it reads a tab back from storage it asks each of the tab's frames which link it
 * has now: a frame still on the stored link, or on a new one that follows it (the same
 * document reconnected), keeps its reports; the others (no coach there any more, or another
 * document's) are dropped.
 *
 * Work on one tab runs one job at a time: every job reads, changes and saves the tab's record,
 * and two interleaved jobs would save over each other.
 */
import type { BoxReport, LinkAnswer, TabReports } from '../messages';
import { countsAsFlag, SEVERITY_COLORS } from './severity';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** One frame: the link it reports through and its boxes' latest reports. */
interface FrameRecord {
  link: string;
  boxes: Record<string, BoxReport>;
}

/** What is kept per tab. */
interface TabRecord {
  tabId: number;
  host: string;
  frames: Record<number, FrameRecord>;
  /** Links of this tab seen ending, newest last: their late reports are dropped. */
  ended: string[];
}

/** The frame's link now (and the one before it), or null when no coach answers there. */
export type AskFrame = (tabId: number, frameId: number) => Promise<LinkAnswer | null>;

export interface ReportStoreOptions {
  session?: SessionArea;
  /** Asks a frame for its link (tabs.sendMessage `frame:ping`); without it stored frames are kept. */
  ask?: AskFrame;
  /** A tab's reports changed: the badge follows. */
  onChange?(tabId: number, reports: TabReports): void;
}

/**
 * Ended links remembered per tab. A late report arrives within moments of its link's end; by
 * then dozens of others have not ended in the same tab.
 */
export const MAX_ENDED_LINKS = 64;

const keyOf = (tabId: number) => `reports:${tabId}`;

function isTabRecord(x: unknown): x is TabRecord {
  const r = x as TabRecord | null;
  return !!r && typeof r.tabId === 'number' && typeof r.frames === 'object' && r.frames != null && Array.isArray(r.ended);
}

/** The popup's view of a tab: frames with at least one box. */
function viewOf(rec: TabRecord): TabReports {
  const frames: TabReports['frames'] = {};
  for (const [frameId, frame] of Object.entries(rec.frames)) {
    if (Object.keys(frame.boxes).length) frames[Number(frameId)] = frame.boxes;
  }
  return { tabId: rec.tabId, host: rec.host, frames };
}

export class ReportStore {
  private readonly tabs = new Map<number, TabRecord>();
  /** The tail of each tab's job chain (deleted once it runs dry). */
  private readonly jobs = new Map<number, Promise<unknown>>();
  /** Links whose port is open in this worker: a restarted worker has none and asks. */
  private readonly open = new Set<string>();

  constructor(private readonly opts: ReportStoreOptions = {}) {}

  async get(tabId: number): Promise<TabReports | undefined> {
    return this.exclusive(tabId, async () => {
      const rec = await this.load(tabId);
      return rec && viewOf(rec);
    });
  }

  /** A box's report from `link`; false when dropped (the link ended). */
  update(tabId: number, frameId: number, link: string, host: string, report: BoxReport): Promise<boolean> {
    return this.exclusive(tabId, async () => {
      const rec = (await this.load(tabId)) ?? this.create(tabId, host);
      rec.host ||= host;
      const frame = this.adopt(rec, frameId, link);
      if (!frame) return false;
      frame.boxes[report.boxId] = report;
      await this.save(rec);
      return true;
    });
  }

  remove(tabId: number, frameId: number, link: string, boxId: string): Promise<void> {
    return this.exclusive(tabId, async () => {
      const rec = await this.load(tabId);
      const frame = rec && this.adopt(rec, frameId, link);
      if (!rec || !frame) return;
      delete frame.boxes[boxId];
      await this.save(rec);
    });
  }

  /** A frame opened a link's port. */
  opened(tabId: number, frameId: number, link: string, host: string): Promise<void> {
    this.open.add(link);
    return this.exclusive(tabId, async () => {
      const rec = (await this.load(tabId)) ?? this.create(tabId, host);
      const before = rec.frames[frameId];
      if (!this.adopt(rec, frameId, link)) this.open.delete(link);
      if (rec.frames[frameId] !== before) await this.save(rec);
    });
  }

  /** A link's port disconnected: its document went away (or the link was replaced). */
  closed(tabId: number, frameId: number, link: string): Promise<void> {
    this.open.delete(link);
    return this.exclusive(tabId, async () => {
      const rec = await this.load(tabId);
      if (!rec) return;
      this.end(rec, link);
      if (rec.frames[frameId]?.link === link) delete rec.frames[frameId];
      await this.save(rec);
    });
  }

  /** The tab closed. */
  clear(tabId: number): Promise<void> {
    return this.exclusive(tabId, async () => {
      this.tabs.delete(tabId);
      await this.opts.session?.remove(keyOf(tabId)).catch(() => {});
    });
  }

  /** Runs `job` after every earlier job of the tab. */
  private exclusive<T>(tabId: number, job: () => Promise<T>): Promise<T> {
    const run = (this.jobs.get(tabId) ?? Promise.resolve()).then(job);
    const tail = run.catch(() => {});
    this.jobs.set(tabId, tail);
    void tail.then(() => {
      if (this.jobs.get(tabId) === tail) this.jobs.delete(tabId);
    });
    return run;
  }

  private create(tabId: number, host: string): TabRecord {
    const rec: TabRecord = { tabId, host, frames: {}, ended: [] };
    this.tabs.set(tabId, rec);
    return rec;
  }

  /** The frame's record for `link`, replacing an older link's; null when `link` has ended. */
  private adopt(rec: TabRecord, frameId: number, link: string): FrameRecord | null {
    if (rec.ended.includes(link)) return null;
    const frame = rec.frames[frameId];
    if (frame?.link === link) return frame;
    if (frame) this.end(rec, frame.link);
    return (rec.frames[frameId] = { link, boxes: {} });
  }

  private end(rec: TabRecord, link: string): void {
    if (rec.ended.includes(link)) return;
    rec.ended.push(link);
    if (rec.ended.length > MAX_ENDED_LINKS) rec.ended.splice(0, rec.ended.length - MAX_ENDED_LINKS);
  }

  /** The tab's record, read back from storage.session (and checked against the frames) the first time. */
  private async load(tabId: number): Promise<TabRecord | undefined> {
    const mem = this.tabs.get(tabId);
    if (mem || !this.opts.session) return mem;
    const items: Record<string, unknown> = await this.opts.session.get(keyOf(tabId)).catch(() => ({}));
    const saved = items[keyOf(tabId)];
    if (!isTabRecord(saved)) return undefined;
    this.tabs.set(tabId, saved);
    if (await this.verify(saved)) await this.save(saved);
    return saved;
  }

  /** Checks the frames whose link is not open here against their answers; true when any changed. */
  private async verify(rec: TabRecord): Promise<boolean> {
    const ask = this.opts.ask;
    if (!ask) return false;
    const unsure = Object.entries(rec.frames).filter(([, frame]) => !this.open.has(frame.link));
    const answers = await Promise.all(unsure.map(([frameId]) => ask(rec.tabId, Number(frameId)).catch(() => null)));
    let changed = false;
    unsure.forEach(([frameId, frame], i) => {
      const answer = answers[i];
      if (answer?.link === frame.link) return;
      changed = true;
      this.end(rec, frame.link);
      if (answer?.previous === frame.link && !rec.ended.includes(answer.link)) frame.link = answer.link;
      else delete rec.frames[Number(frameId)];
    });
    return changed;
  }

  private async save(rec: TabRecord): Promise<void> {
    await this.opts.session?.set({ [keyOf(rec.tabId)]: rec }).catch(() => {});
    this.opts.onChange?.(rec.tabId, viewOf(rec));
  }
}

/** Badge for a tab: count of warning-or-worse findings, red when one is an error. */
export function badgeOf(tab: TabReports | undefined): { text: string; color: string } {
  let flags = 0;
  let error = false;
  for (const frame of Object.values(tab?.frames ?? {})) {
    for (const report of Object.values(frame)) {
      for (const f of report.findings) {
        if (!countsAsFlag(f)) continue;
        flags++;
        if (f.severity === 'error') error = true;
      }
    }
  }
  return { text: flags ? String(flags) : '', color: error ? SEVERITY_COLORS.error : SEVERITY_COLORS.warning };
}
