/**
 * DEV / SCREENSHOT ONLY. A fixed sample report for `popup.html?demo[=variant]` and for
 * test/unit/popup.test.tsx, so the popup can be looked at (and docs/popup.png taken) without a
 * helpdesk tab. main.tsx loads this module only when the URL has `?demo`; nothing else uses it.
 * The sample reply below was written for this file; its offsets are computed, not typed.
 *
 * Variants: findings (default) · clean · off · none · many · readonly.
 */
import type { ChecklistItem, Finding } from '../../lib/checker/types';
import type { BoxReport, ReportedFinding, TabReports } from '../../lib/messages';
import { withKeys } from '../../lib/page/finding-key';
import type { EffectiveSettings } from '../../lib/settings';
import { copyToClipboard } from '../../lib/clipboard';
import type { PopupClient } from './client';

export const DEMO_HOST = 'acme.zendesk.com';

export const DEMO_REPLY =
  'Hi Sam,\n\nAs I already said in my last message, exports only run on the Business plan. ' +
  'The limit is listed under plan details, which you clearly skipped. We can’t do anything about that. ' +
  'Obviously this is working as intended.\n\nBest,\nLee';

function at(text: string, severity: Finding['severity'], rest: Omit<Finding, 'start' | 'end' | 'text' | 'severity'>): Finding {
  const start = DEMO_REPLY.indexOf(text);
  if (start < 0) throw new Error(`demo: "${text}" not in the sample`);
  return { ...rest, severity, text, start, end: start + text.length };
}

export const DEMO_FINDINGS: ReportedFinding[] = withKeys(
  [
    at('As I already said in my last message', 'warning', {
      ruleId: 'en.condescending.as-i-said',
      category: 'condescending',
      message: 'Reminding them they were told already reads as impatience.',
      guideline: 'G4',
      suggestions: ['To sum up', 'Just to recap'],
    }),
    at('which you clearly skipped', 'warning', {
      ruleId: 'en.blame.you-missed',
      category: 'blame',
      message: 'Puts the fault on the customer instead of moving to the fix.',
      guideline: 'G7',
      suggestions: ['which is easy to miss', 'and I can walk you through them'],
    }),
    at('We can’t do anything about that.', 'error', {
      ruleId: 'en.refusal.cant-do-anything',
      category: 'refusal',
      message: 'A flat no: give the reason and what they can do instead.',
      guideline: 'G5',
      suggestions: ['We can’t change the plan limits because [reason], but we can [alternative].'],
    }),
    at('Obviously', 'warning', {
      ruleId: 'en.condescending.obviously',
      category: 'condescending',
      message: 'Suggests the answer should have been clear to them.',
      guideline: 'G4',
      suggestions: ['As it stands,'],
    }),
  ],
  DEMO_REPLY,
);

const span = (text: string) => {
  const start = DEMO_REPLY.indexOf(text);
  return { start, end: start + text.length };
};

export const DEMO_CHECKLIST: ChecklistItem[] = [
  { id: 'acknowledge', state: 'missing', guideline: 'G1' },
  { id: 'reason', state: 'met', guideline: 'G5', ...span('exports only run on the Business plan') },
  { id: 'alternative', state: 'missing', guideline: 'G5' },
  { id: 'next-step', state: 'missing', guideline: 'G9' },
  { id: 'timeframe', state: 'n/a', guideline: 'G9' },
  { id: 'follow-up', state: 'n/a', guideline: 'G10' },
];

const T0 = 1_750_000_000_000;

export const DEMO_BOX: BoxReport = {
  boxId: 'box-1',
  editor: 'prosemirror',
  canApply: true,
  lang: 'en',
  score: 58,
  words: (DEMO_REPLY.match(/[\p{L}\p{N}]+/gu) ?? []).length - 2,
  gaps: 0,
  findings: DEMO_FINDINGS,
  checklist: DEMO_CHECKLIST,
  at: T0,
};

export const DEMO_CLEAN_BOX: BoxReport = {
  boxId: 'box-2',
  editor: 'textarea',
  canApply: true,
  lang: 'en',
  score: 96,
  words: 48,
  gaps: 0,
  findings: [],
  checklist: [
    { id: 'acknowledge', state: 'met', guideline: 'G1', start: 0, end: 10 },
    { id: 'reason', state: 'n/a', guideline: 'G5' },
    { id: 'alternative', state: 'n/a', guideline: 'G5' },
    { id: 'next-step', state: 'met', guideline: 'G9', start: 20, end: 40 },
    { id: 'timeframe', state: 'missing', guideline: 'G9' },
    { id: 'follow-up', state: 'n/a', guideline: 'G10' },
  ],
  at: T0 - 60_000,
};

/** The sample TabReports for a variant. */
export function demoReports(variant: string): TabReports {
  const frames: TabReports['frames'] = {};
  switch (variant) {
    case 'none':
    case 'off':
      break;
    case 'clean':
      frames[0] = { 'box-2': { ...DEMO_CLEAN_BOX, at: T0 } };
      break;
    case 'many':
      frames[0] = { 'box-1': DEMO_BOX };
      frames[4] = { 'box-2': DEMO_CLEAN_BOX };
      break;
    case 'readonly':
      frames[0] = { 'box-1': { ...DEMO_BOX, editor: 'generic', canApply: false } };
      break;
    default:
      frames[0] = { 'box-1': DEMO_BOX };
  }
  return { tabId: 1, host: DEMO_HOST, frames };
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
  };
}

/** A PopupClient that answers from the sample and changes nothing outside the popup. */
export function demoClient(variant: string): PopupClient {
  let settings = demoSettings(variant);
  const watchers = new Set<(s: EffectiveSettings) => void>();
  return {
    activeTabId: async () => 1,
    tabUrl: async () => null,
    domainSite: async () => undefined,
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
  };
}
