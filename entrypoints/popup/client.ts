/**
 * Everything the popup asks of the browser, behind one interface so the view can run from the
 * background's data, from the `?demo` sample, or in tests.
 */
import { browser } from '#imports';
import { copyToClipboard } from '../../lib/clipboard';
import { t } from '../../lib/i18n';
import type { ApplyResult, TabReports, ToBackground, ToContent } from '../../lib/messages';
import { getEffectiveSettings, setSiteEnabled, watchSettings, type EffectiveSettings } from '../../lib/settings';
import { domainSiteOf } from '../../lib/settings/domain-sites';
import { addCustomDomain } from '../../lib/settings/options-api';
import { setOptionalSite } from '../../lib/settings/optional-sites';
import { siteById } from '../../lib/sites';
import type { EnableTarget, OptionsAnchor, TabPage } from '../../components/popup-view';
import { tabPageOf } from './tab-page';

export type ApplyMessage = Extract<ToContent, { type: 'finding:apply' }>;
export type ShowMessage = Extract<ToContent, { type: 'finding:show' }>;
/** A box's report changed (`report:update`) or went away (`report:remove`) in one frame. */
export type ReportEvent = Extract<ToBackground, { type: 'report:update' | 'report:remove' }>;
/** Turning Reply Coach on for a site: done, or why not in plain words. */
export type EnableResult = { ok: true } | { ok: false; reason: string };

export interface PopupClient {
  activeTabId(): Promise<number | null>;
  /**
   * How Reply Coach stands on the tab's page (its address: the popup's click grants activeTab).
   * `customDomains`: the settings' list, which decides whether a custom domain is coached.
   */
  tabPage(tabId: number, customDomains: readonly string[]): Promise<TabPage>;
  getReports(tabId: number): Promise<TabReports | null>;
  getSettings(): Promise<EffectiveSettings | null>;
  watchSettings(cb: (s: EffectiveSettings) => void): () => void;
  /** Live report updates of one tab while the popup is open. */
  onReport(tabId: number, cb: (frameId: number, event: ReportEvent) => void): () => void;
  apply(tabId: number, frameId: number, msg: ApplyMessage): Promise<ApplyResult>;
  show(tabId: number, frameId: number, msg: ShowMessage): void;
  copy(text: string): Promise<boolean>;
  setSiteEnabled(host: string, enabled: boolean): Promise<void>;
  /** Opens the options page, at one setting when `anchor` is given. */
  openOptions(anchor?: OptionsAnchor): void;
  /** Runs the content script on this tab once (activeTab), for a site with no definition. */
  coachHere(tabId: number): Promise<boolean>;
  /**
   * Coaches the site from now on: asks the browser for its hosts (before any await: the prompt
   * needs the click's user gesture) and, for a custom domain, adds it as the options page does.
   */
  enableSite(target: EnableTarget): Promise<EnableResult>;
  reloadTab(tabId: number): void;
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
    async tabPage(tabId, customDomains) {
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      const url = typeof tab?.url === 'string' && tab.url ? tab.url : null;
      return tabPageOf(url, customDomains, {
        domainSite: domainSiteOf,
        hasAccess: (origins) => browser.permissions.contains({ origins }),
      });
    },
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
    openOptions(anchor) {
      const opened = anchor
        ? browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${anchor}`) })
        : browser.runtime.openOptionsPage();
      void opened.then(() => window.close(), () => {});
    },
    enableSite(target) {
      if (target.kind === 'domain') return addCustomDomain(target.host);
      const site = siteById(target.siteId);
      if (!site?.optional) return Promise.resolve({ ok: false, reason: t('noBox.cannotEnable', { site: target.name }) });
      return setOptionalSite(site, true).then(
        (on): EnableResult => (on ? { ok: true } : { ok: false, reason: t('noBox.notGranted', { site: site.name }) }),
        (err: unknown): EnableResult => ({ ok: false, reason: t('noBox.browserRefused', { error: err instanceof Error ? err.message : String(err) }) }),
      );
    },
    reloadTab(tabId) {
      void browser.tabs.reload(tabId).then(() => window.close(), () => {});
    },
  };
}
