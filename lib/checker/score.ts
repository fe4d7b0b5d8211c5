import type { ChecklistItem, Finding } from './types';

/**
 * The reply's score, 0–100 (100 = nothing to coach). Each finding costs by severity
 * (error 30, warning 15, info 4) and each checklist item that applies but is missing costs 5.
 * Monotone: more findings, more severe findings or more missing items never raise it.
 * Unfilled `[placeholders]` are gaps, not tone: they don't lower the score; the report's `gaps`
 * says the reply is not ready until they are filled.
 */
export const SCORE_WEIGHTS = { error: 30, warning: 15, info: 4, missing: 5 } as const;

export function scoreReport(findings: Finding[], checklist: ChecklistItem[]): number {
  let penalty = 0;
  for (const f of findings) if (f.category !== 'placeholder') penalty += SCORE_WEIGHTS[f.severity];
  for (const c of checklist) if (c.state === 'missing') penalty += SCORE_WEIGHTS.missing;
  return Math.max(0, 100 - penalty);
}
