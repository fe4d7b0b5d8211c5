/** Words the popup uses for report data: categories, severities, checklist items, score bands (lib/i18n). */
import type { Category, ChecklistId, Severity } from '../lib/checker/types';
import { hasMessage, listAnd, t } from '../lib/i18n/page';

/** A category's name; a category the catalogue does not know (one from a newer report) by its id. */
export function categoryLabel(category: Category): string {
  const key = `category.${category}`;
  return hasMessage(key) ? t(key) : category;
}

export function severityLabel(severity: Severity): string {
  return t(`severity.${severity}`);
}

/** Checklist items as things a good reply does. */
export function checklistLabel(id: ChecklistId): string {
  return t(`checklist.${id}`);
}

/** "Still missing: a next step and a timeframe." — or '' when nothing applicable is missing. */
export function missingNudge(items: ReadonlyArray<{ id: ChecklistId; state: string }>): string {
  const names = items.filter((c) => c.state === 'missing').map((c) => t(`missing.${c.id}`));
  if (!names.length) return '';
  return t('missing.nudge', { list: listAnd(names) });
}

export function checklistStateLabel(state: 'met' | 'missing' | 'n/a'): string {
  return t(state === 'n/a' ? 'checklistState.na' : `checklistState.${state}`);
}

export type ScoreBand = 'great' | 'good' | 'fair' | 'poor';

/**
 * The score's band and short label (README "Score": 100 = nothing to coach). Unfilled gaps
 * outrank the score: a reply with a `[reason]` left in it is never "ready to send".
 */
export function scoreBand(score: number, gaps = 0): { band: ScoreBand; label: string } {
  if (gaps > 0) return { band: 'fair', label: t('score.gaps', { count: gaps }) };
  if (score >= 90) return { band: 'great', label: t('score.great') };
  if (score >= 75) return { band: 'good', label: t('score.good') };
  if (score >= 50) return { band: 'fair', label: t('score.fair') };
  return { band: 'poor', label: t('score.poor') };
}

/** A model finding's "why": the words that weighed most, as one line. */
export function whyLine(words: readonly string[]): string {
  return t('why.weighed', { words: words.map((word) => t('why.word', { word })).join(t('list.separator')) });
}
