/**
 * The popup: the report of the reply box the agent is working in on the active tab.
 * State lives here; the view is components/popup-view.tsx; browser calls go through `client`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReportedFinding, TabReports } from '../../lib/messages';
import { normalizeHost, type EffectiveSettings } from '../../lib/settings';
import { PopupView, type BoxRef, type EnableState, type TabPage } from '../../components/popup-view';
import { useUiLocale } from '../../lib/i18n/use-locale';
import type { PopupClient, ReportEvent } from './client';

export function App({ client }: { client: PopupClient }) {
  const [status, setStatus] = useState<'loading' | 'ready'>('loading');
  const [tabId, setTabId] = useState<number | null>(null);
  const [reports, setReports] = useState<TabReports | null>(null);
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const [coachedHere, setCoachedHere] = useState(false);
  const [page, setPage] = useState<TabPage>({ kind: 'unknown' });
  /** Bumped when the site's permission changed, so the tab's page is read again. */
  const [access, setAccess] = useState(0);
  const [enable, setEnable] = useState<EnableState>({ state: 'idle' });
  const [resumed, setResumed] = useState(false);
  // The language setting follows the watched settings, as the options page changes it.
  useUiLocale(settings ? (settings.uiLocale ?? 'auto') : undefined);

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
        stopReports = client.onReport(id, (frameId, ev) => alive && setReports((r) => withEvent(r, id, frameId, ev)));
        // Ready once both are known, so a page without a reply box says why from the start.
        const [fetched, tabPage] = await Promise.all([
          client.getReports(id).catch(() => null),
          client.tabPage(id, s?.customDomains ?? []).catch((): TabPage => ({ kind: 'unknown' })),
        ]);
        if (!alive) return;
        setReports((live) => mergeReports(fetched, live));
        setPage(tabPage);
      }
      setStatus('ready');
    })();
    return () => {
      alive = false;
      stopReports();
      stopSettings();
    };
  }, [client]);

  // The tab's page follows the custom domains (one added from here or from the options page).
  const domains = settings?.customDomains.join(' ') ?? '';
  useEffect(() => {
    if (tabId == null || status !== 'ready') return;
    let alive = true;
    client.tabPage(tabId, domains ? domains.split(' ') : []).then((p) => alive && setPage(p), () => {});
    return () => {
      alive = false;
    };
  }, [client, tabId, status, domains, access]);

  // A coach that runs in the tab reports its host; a page whose coach never started (paused
  // when it loaded, or no reply box yet) is known by its address.
  const coached = page.kind === 'helpdesk' || page.kind === 'generic';
  const host = reports?.host || (coached ? page.host : '');
  const siteEnabled = !host || !settings?.disabledSites.includes(normalizeHost(host));
  const coachRuns = Boolean(reports?.host) || coachedHere;
  /** The site was paused when the popup opened (a coach that did not start then needs a reload). */
  const pausedAtOpen = useRef<boolean | null>(null);
  if (status === 'ready' && pausedAtOpen.current === null) pausedAtOpen.current = !siteEnabled;
  // A page coached once from here runs generic detection until it navigates.
  const tab: TabPage = page.kind === 'off' && coachRuns ? { kind: 'generic', host: page.host } : page;

  return (
    <PopupView
      status={status}
      reports={reports}
      tab={tab}
      host={host}
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
        // The coach of a page loaded while paused never started: turning it back on needs a reload.
        if (enabled && !coachRuns && pausedAtOpen.current) setResumed(true);
        // Show the change at once; watchSettings confirms it.
        setSettings((s) => s && { ...s, disabledSites: toggled(s.disabledSites, normalizeHost(host), enabled) });
        client.setSiteEnabled(host, enabled).catch(() => client.getSettings().then(setSettings, () => {}));
      }}
      onOpenOptions={(anchor) => client.openOptions(anchor)}
      onCoachHere={
        tabId == null || coachedHere
          ? undefined
          : () => {
              setCoachedHere(true);
              // Boxes found by the injected script arrive as live report events.
              void client.coachHere(tabId).then((ok) => ok || setCoachedHere(false));
            }
      }
      enable={enable}
      onEnableSite={
        tabId == null || page.kind !== 'off' || !page.enable
          ? undefined
          : () => {
              if (page.kind !== 'off' || !page.enable) return;
              setEnable({ state: 'asking' });
              // No await before this call: the browser shows its prompt only within the click.
              void client.enableSite(page.enable).then(async (r) => {
                if (!r.ok) {
                  setEnable({ state: 'refused', reason: r.reason });
                  return;
                }
                setEnable({ state: 'idle' });
                setAccess((n) => n + 1);
                // Registered scripts run from the next page load on: coach this one now.
                if (await client.coachHere(tabId)) setCoachedHere(true);
              });
            }
      }
      needsReload={resumed && siteEnabled && !coachRuns}
      onReload={tabId == null ? undefined : () => client.reloadTab(tabId)}
    />
  );
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
