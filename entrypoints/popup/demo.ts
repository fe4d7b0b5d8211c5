/**
 * DEV / SCREENSHOT ONLY. A fixed sample for `popup.html?demo[=variant]` and for
 * test/unit/popup.test.tsx, so the popup can be looked at (and docs/popup.png taken) without a
 * helpdesk tab. main.tsx loads this module only when the URL has `?demo`; nothing else uses it.
 * The reports are the real checker's, on sample replies: `node scripts/gen-demo.mjs` writes
 * ./demo-report.json, and test/unit/demo-report.test.ts fails when the checker changed since.
 *
 * Variants: findings (default) · clean · off · none · many · readonly · empty · note · web.
 */
import type { Report } from '../../lib/checker/types';
import type { BoxWhy, ExplainedReport } from '../../lib/box-why';
import type { BoxReport, ReportedFinding, TabReports } from '../../lib/messages';
import { withKeys } from '../../lib/page/finding-key';
import type { EffectiveSettings } from '../../lib/settings';
import { copyToClipboard } from '../../lib/clipboard';
import type { TabPage } from '../../components/popup-view';
import type { PopupClient } from './client';
import samples from './demo-report.json';

export const DEMO_HOST = 'acme.zendesk.com';

interface Sample {
  reply: string;
  report: Report;
}
const FLAGGED = samples.findings as Sample;
const CLEAN = samples.clean as Sample;

/** The sample reply with four slips, as the agent typed it. */
export const DEMO_REPLY = FLAGGED.reply;
/** The same reply reworded. */
export const DEMO_CLEAN_REPLY = CLEAN.reply;

export const DEMO_FINDINGS: ReportedFinding[] = withKeys(FLAGGED.report.findings, DEMO_REPLY);

const T0 = 1_750_000_000_000;
const ZENDESK: BoxWhy = { site: 'zendesk', siteName: 'Zendesk' };

/** A box's report as the page sends it: the checker's report of `sample` plus the box's editor. */
function boxOf(boxId: string, sample: Sample, editor: string, at: number): ExplainedReport {
  const { lang, score, words, gaps, findings, checklist } = sample.report;
  return { boxId, editor, canApply: true, lang, score, words, gaps, findings: withKeys(findings, sample.reply), checklist, at, why: ZENDESK };
}

export const DEMO_BOX: BoxReport = boxOf('box-1', FLAGGED, 'ckeditor5', T0);
export const DEMO_CLEAN_BOX: BoxReport = boxOf('box-2', CLEAN, 'ckeditor5', T0 - 60_000);

/** An empty reply box, as the page reports it before the agent types. */
const EMPTY_BOX: ExplainedReport = { ...DEMO_BOX, score: 100, words: 0, findings: [], checklist: [], why: ZENDESK };

/** The sample TabReports for a variant. */
export function demoReports(variant: string): TabReports {
  const frames: TabReports['frames'] = {};
  switch (variant) {
    case 'none':
    case 'off':
      break;
    case 'web':
      return { tabId: 1, host: '', frames };
    case 'clean':
      frames[0] = { 'box-2': { ...DEMO_CLEAN_BOX, at: T0 } };
      break;
    case 'many':
      frames[0] = { 'box-1': DEMO_BOX };
      frames[4] = { 'box-2': DEMO_CLEAN_BOX };
      break;
    case 'readonly':
      frames[0] = { 'box-1': { ...DEMO_BOX, editor: 'generic', canApply: false, why: { ...ZENDESK, readOnly: 'unknown-editor' } } as ExplainedReport };
      break;
    case 'empty':
      frames[0] = { 'box-1': EMPTY_BOX };
      break;
    case 'note':
      frames[0] = { 'box-1': { ...EMPTY_BOX, why: { ...ZENDESK, skipped: 'internal-note' } } as ExplainedReport };
      break;
    default:
      frames[0] = { 'box-1': DEMO_BOX };
  }
  return { tabId: 1, host: DEMO_HOST, frames };
}

/** The tab's page for a variant: a Zendesk ticket, or (`web`) a site Reply Coach does not coach. */
export function demoTabPage(variant: string): TabPage {
  if (variant === 'web') return { kind: 'off', host: 'support.northwind.example', enable: { kind: 'domain', host: 'support.northwind.example' } };
  return { kind: 'helpdesk', host: DEMO_HOST, site: { name: 'Zendesk', onPage: true } };
}

export function demoSettings(variant: string): EffectiveSettings {
  return {
    rules: {},
    custom: [],
    guidelines: {},
    disabledSites: variant === 'off' ? [DEMO_HOST] : [],
    customDomains: [],
    coachInternalNotes: false,
    managed: false,
    packName: null,
    locked: { rules: [], custom: [], guidelines: [] },
    allowList: [],
  };
}

/** A PopupClient that answers from the sample and changes nothing outside the popup. */
export function demoClient(variant: string): PopupClient {
  let settings = demoSettings(variant);
  const watchers = new Set<(s: EffectiveSettings) => void>();
  return {
    activeTabId: async () => 1,
    tabPage: async () => demoTabPage(variant),
    getReports: async () => demoReports(variant),
    getSettings: async () => settings,
    watchSettings(cb) {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    onReport: () => () => {},
    apply: () => new Promise((resolve) => setTimeout(() => resolve({ ok: true }), 150)),
    show() {},
    copy: copyToClipboard,
    async setSiteEnabled(host, enabled) {
      const rest = settings.disabledSites.filter((h) => h !== host);
      settings = { ...settings, disabledSites: enabled ? rest : [...rest, host] };
      watchers.forEach((w) => w(settings));
    },
    openOptions() {},
    async coachHere() {
      return true;
    },
    async enableSite() {
      return { ok: false, reason: 'The demo does not ask the browser for permissions.' };
    },
    reloadTab() {},
  };
}
