/** Words the popup uses for report data: categories, severities, checklist items, score bands. */
import type { Category, ChecklistId, Severity } from '../lib/checker/types';

export const CATEGORY_LABEL: Record<Category, string> = {
  placeholder: 'Unfilled placeholder',
  blame: 'Blame',
  condescending: 'Condescending',
  defensive: 'Defensive',
  dismissive: 'Dismissive',
  refusal: 'Flat refusal',
  policy: 'Policy without a reason',
  shouting: 'Shouting',
};

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Fix before sending',
  warning: 'Worth rewording',
  info: 'Nudge',
};

/** Checklist items as things a good reply does. */
export const CHECKLIST_LABEL: Record<ChecklistId, string> = {
  acknowledge: 'Acknowledge the customer',
  reason: 'Give the reason',
  alternative: 'Offer an alternative',
  'next-step': 'Say the next step',
  timeframe: 'Give a timeframe',
  'follow-up': 'Promise a follow-up',
};

/** Checklist items as what is missing, for a nudge ("Still missing: a timeframe"). */
export const CHECKLIST_MISSING_LABEL: Record<ChecklistId, string> = {
  acknowledge: 'an acknowledgement of the customer’s issue',
  reason: 'the reason',
  alternative: 'an alternative',
  'next-step': 'a next step',
  timeframe: 'a timeframe',
  'follow-up': 'a follow-up',
};

/** "Still missing: a next step and a timeframe." — or '' when nothing applicable is missing. */
export function missingNudge(items: ReadonlyArray<{ id: ChecklistId; state: string }>): string {
  const names = items.filter((c) => c.state === 'missing').map((c) => CHECKLIST_MISSING_LABEL[c.id]);
  if (!names.length) return '';
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Still missing: ${list}.`;
}

export const CHECKLIST_STATE_LABEL = { met: 'Done', missing: 'Missing', 'n/a': 'Not needed' } as const;

export type ScoreBand = 'great' | 'good' | 'fair' | 'poor';

/**
 * The score's band and short label (README "Score": 100 = nothing to coach). Unfilled gaps
 * outrank the score: a reply with a `[reason]` left in it is never "ready to send".
 */
export function scoreBand(score: number, gaps = 0): { band: ScoreBand; label: string } {
  if (gaps > 0) return { band: 'fair', label: `Not ready: ${plural(gaps, 'gap', 'gaps')} to fill` };
  if (score >= 90) return { band: 'great', label: 'Ready to send' };
  if (score >= 75) return { band: 'good', label: 'Almost there' };
  if (score >= 50) return { band: 'fair', label: 'Needs a pass' };
  return { band: 'poor', label: 'Needs rework' };
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A model finding's "why": the words that weighed most, as one line. */
export function whyLine(words: readonly string[]): string {
  return `Weighed most: ${words.map((w) => `“${w}”`).join(', ')}`;
}
