/**
 * Everything the popup asks of the browser, behind one interface so the view can run from the
 * background's data, from the `?demo` sample, or in tests.
 */
import { browser } from '#imports';
import { copyToClipboard } from '../../lib/clipboard';
import type { ApplyResult, TabReports, ToBackground, ToContent } from '../../lib/messages';
import { getEffectiveSettings, setSiteEnabled, watchSettings, type EffectiveSettings } from '../../lib/settings';
import { domainSiteOf } from '../../lib/settings/domain-sites';

export type ApplyMessage = Extract<ToContent, { type: 'finding:apply' }>;
export type ShowMessage = Extract<ToContent, { type: 'finding:show' }>;
/** A box's report changed (`report:update`) or went away (`report:remove`) in one frame. */
export type ReportEvent = Extract<ToBackground, { type: 'report:update' | 'report:remove' }>;

export interface PopupClient {
  activeTabId(): Promise<number | null>;
  /** The tab's address (the popup's click grants activeTab), or null. */
  tabUrl(tabId: number): Promise<string | null>;
  /** The site definition a team lead picked for `host` as a custom domain, if any. */
  domainSite(host: string): Promise<string | undefined>;
  getReports(tabId: number): Promise<TabReports | null>;
  getSettings(): Promise<EffectiveSettings | null>;
  watchSettings(cb: (s: EffectiveSettings) => void): () => void;
  /** Live report updates of one tab while the popup is open. */
  onReport(tabId: number, cb: (frameId: number, event: ReportEvent) => void): () => void;
  apply(tabId: number, frameId: number, msg: ApplyMessage): Promise<ApplyResult>;
  show(tabId: number, frameId: number, msg: ShowMessage): void;
  copy(text: string): Promise<boolean>;
  setSiteEnabled(host: string, enabled: boolean): Promise<void>;
  openOptions(): void;
  /** Runs the content script on this tab once (activeTab), for a site with no definition. */
  coachHere(tabId: number): Promise<boolean>;
}

export function browserClient(): PopupClient {
  return {
    async coachHere(tabId) {
      const msg: ToBackground = { type: 'coach:enable-here', tabId };
      const r = (await browser.runtime.sendMessage(msg).catch(() => undefined)) as { ok?: boolean } | undefined;
      return Boolean(r?.ok);
    },
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    async tabUrl(tabId) {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      return typeof tab?.url === 'string' && tab.url ? tab.url : null;
    },
    domainSite: domainSiteOf,
    async getReports(tabId) {
      const msg: ToBackground = { type: 'popup:get-reports', tabId };
      const r = (await browser.runtime.sendMessage(msg)) as TabReports | undefined;
      return r && typeof r === 'object' && 'frames' in r ? r : null;
    },
    getSettings: getEffectiveSettings,
    watchSettings,
    onReport(tabId, cb) {
      // Content scripts send report:update / report:remove to every extension page, the popup
      // included. Listen only; never answer (the background answers those messages).
      const listener = (msg: unknown, sender: { tab?: { id?: number }; frameId?: number }): undefined => {
        const m = msg as ToBackground | undefined;
        if (!m || (m.type !== 'report:update' && m.type !== 'report:remove')) return;
        if (sender.tab?.id !== tabId) return;
        cb(sender.frameId ?? 0, m);
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
    async apply(tabId, frameId, msg) {
      const r = (await browser.tabs.sendMessage(tabId, msg, { frameId })) as ApplyResult | undefined;
      return r ?? { ok: false };
    },
    show(tabId, frameId, msg) {
      browser.tabs.sendMessage(tabId, msg, { frameId }).catch(() => {});
    },
    copy: copyToClipboard,
    setSiteEnabled,
    openOptions() {
      void browser.runtime.openOptionsPage().then(() => window.close(), () => {});
    },
  };
}
