/**
 * The background's per-tab reports: latest BoxReport per tab, frame and box, for the popup and
 * the badge. Held in memory and mirrored to `storage.session` (memory-only storage, never
 * written to disk; readable by extension pages only) so a service worker that went to sleep
 * still answers the popup. Never `storage.local`: reports quote the reply.
 */
import type { BoxReport, TabReports } from '../messages';
import { countsAsFlag, SEVERITY_COLORS } from './severity';

type Frames = TabReports['frames'];

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `reports:${tabId}`;

export class ReportStore {
  private readonly tabs = new Map<number, TabReports>();

  constructor(private readonly session: SessionArea | undefined) {}

  async get(tabId: number): Promise<TabReports | undefined> {
    const mem = this.tabs.get(tabId);
    if (mem || !this.session) return mem;
    const items: Record<string, unknown> = await this.session.get(keyOf(tabId)).catch(() => ({}));
    const saved = items[keyOf(tabId)] as TabReports | undefined;
    if (saved) this.tabs.set(tabId, saved);
    return saved;
  }

  async update(tabId: number, frameId: number, host: string, report: BoxReport): Promise<TabReports> {
    const tab = (await this.get(tabId)) ?? { tabId, host, frames: {} as Frames };
    tab.host = tab.host || host;
    (tab.frames[frameId] ??= {})[report.boxId] = report;
    return this.save(tab);
  }

  async remove(tabId: number, frameId: number, boxId: string): Promise<TabReports | undefined> {
    const tab = await this.get(tabId);
    if (!tab?.frames[frameId]) return tab;
    delete tab.frames[frameId][boxId];
    if (!Object.keys(tab.frames[frameId]).length) delete tab.frames[frameId];
    return this.save(tab);
  }

  async clear(tabId: number): Promise<void> {
    this.tabs.delete(tabId);
    await this.session?.remove(keyOf(tabId)).catch(() => {});
  }

  private async save(tab: TabReports): Promise<TabReports> {
    this.tabs.set(tab.tabId, tab);
    await this.session?.set({ [keyOf(tab.tabId)]: tab }).catch(() => {});
    return tab;
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
