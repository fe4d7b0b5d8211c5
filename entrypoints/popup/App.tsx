/**
 * The popup: the report of the reply box the agent is working in on the active tab.
 * State lives here; the view is components/popup-view.tsx; browser calls go through `client`.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReportedFinding, TabReports } from '../../lib/messages';
import { pageSite } from '../../lib/page/page-site';
import { normalizeHost, type EffectiveSettings } from '../../lib/settings';
import { USER_SITE } from '../../lib/sites';
import { PopupView, type BoxRef, type PageSiteView } from '../../components/popup-view';
import type { PopupClient, ReportEvent } from './client';

export function App({ client }: { client: PopupClient }) {
  const [status, setStatus] = useState<'loading' | 'ready'>('loading');
  const [tabId, setTabId] = useState<number | null>(null);
  const [reports, setReports] = useState<TabReports | null>(null);
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const [coachedHere, setCoachedHere] = useState(false);
  const [site, setSite] = useState<PageSiteView | undefined>(undefined);

  useEffect(() => {
    let alive = true;
    let stopReports = () => {};
    const stopSettings = client.watchSettings((s) => alive && setSettings(s));
    (async () => {
      const [id, s] = await Promise.all([
        client.activeTabId().catch(() => null),
        client.getSettings().catch(() => null),
      ]);
      if (!alive) return;
      setSettings(s);
      setTabId(id);
      if (id != null) {
        siteOfTab(client, id).then((v) => alive && setSite(v), () => {});
        stopReports = client.onReport(id, (frameId, ev) => alive && setReports((r) => withEvent(r, id, frameId, ev)));
        const fetched = await client.getReports(id).catch(() => null);
        if (!alive) return;
        setReports((live) => mergeReports(fetched, live));
      }
      setStatus('ready');
    })();
    return () => {
      alive = false;
      stopReports();
      stopSettings();
    };
  }, [client]);

  const host = reports?.host ?? '';
  const siteEnabled = !host || !settings?.disabledSites.includes(normalizeHost(host));

  return (
    <PopupView
      status={status}
      reports={reports}
      pageSite={site}
      siteEnabled={siteEnabled}
      managed={settings?.managed}
      managedError={settings?.managedError}
      lockedBy={settings?.lockedBy}
      guidelines={settings?.guidelines}
      onApply={(box: BoxRef, f: ReportedFinding, suggestion: number) =>
        tabId == null
          ? Promise.resolve({ ok: false })
          : client.apply(tabId, box.frameId, { type: 'finding:apply', boxId: box.report.boxId, key: f.key, suggestion })
      }
      onShow={(box, f) => tabId != null && client.show(tabId, box.frameId, { type: 'finding:show', boxId: box.report.boxId, key: f.key })}
      onCopy={(text) => client.copy(text)}
      onToggleSite={(enabled) => {
        if (!host) return;
        // Show the change at once; watchSettings confirms it.
        setSettings((s) => s && { ...s, disabledSites: toggled(s.disabledSites, normalizeHost(host), enabled) });
        client.setSiteEnabled(host, enabled).catch(() => client.getSettings().then(setSettings, () => {}));
      }}
      onOpenOptions={() => client.openOptions()}
      onCoachHere={
        tabId == null || coachedHere
          ? undefined
          : () => {
              setCoachedHere(true);
              // Boxes found by the injected script arrive as live report events.
              void client.coachHere(tabId).then((ok) => ok || setCoachedHere(false));
            }
      }
    />
  );
}

/** The site definition the tab's page runs, as the content script decides it (none: the generic heuristic). */
async function siteOfTab(client: PopupClient, tabId: number): Promise<PageSiteView | undefined> {
  const url = await client.tabUrl(tabId).catch(() => null);
  if (!url || !/^https?:/.test(url)) return undefined;
  const { site, onPage } = await pageSite(new URL(url), (host) => client.domainSite(host));
  return site.id === USER_SITE.id ? undefined : { name: site.name, onPage, ...(site.paths ? { paths: site.paths } : {}) };
}

function toggled(list: string[], host: string, enabled: boolean): string[] {
  const rest = list.filter((h) => h !== host);
  return enabled ? rest : [...rest, host];
}

/** Applies one live report event. */
export function withEvent(r: TabReports | null, tabId: number, frameId: number, ev: ReportEvent): TabReports {
  const base: TabReports = r ?? { tabId, host: '', frames: {} };
  const frame = { ...(base.frames[frameId] ?? {}) };
  if (ev.type === 'report:update') frame[ev.report.boxId] = ev.report;
  else delete frame[ev.boxId];
  return { ...base, frames: { ...base.frames, [frameId]: frame } };
}

/** The background's answer, with any box a live event updated more recently kept. */
export function mergeReports(fetched: TabReports | null, live: TabReports | null): TabReports | null {
  if (!fetched) return live;
  if (!live) return fetched;
  const frames = { ...fetched.frames };
  for (const [fid, boxes] of Object.entries(live.frames)) {
    const into = { ...(frames[Number(fid)] ?? {}) };
    for (const [boxId, rep] of Object.entries(boxes)) {
      if (!into[boxId] || into[boxId].at < rep.at) into[boxId] = rep;
    }
    frames[Number(fid)] = into;
  }
  return { ...fetched, frames };
}
