/**
 * The positive checklist (guidelines G1, G5, G9, G10): what the reply already does well, with
 * the span that did it. Items that cannot apply (no refusal → no "reason") are `n/a`, not missing.
 */
import type { ChecklistItem, Finding, Range } from './types';

export interface Signals {
  words: number;
  reason?: Range;
  alternative?: Range;
  acknowledge?: Range;
  nextStep?: Range;
  timeframe?: Range;
  followUp?: Range;
  ongoing?: Range;
}

/** Below this many words a reply is a one-liner ("Thanks!") and the checklist does not apply. */
const MIN_WORDS = 6;

function item(id: ChecklistItem['id'], guideline: ChecklistItem['guideline'], applies: boolean, span?: Range): ChecklistItem {
  if (!applies) return { id, state: 'n/a', guideline };
  return span ? { id, state: 'met', guideline, start: span.start, end: span.end } : { id, state: 'missing', guideline };
}

export function buildChecklist(signals: Signals | null, explainables: Finding[]): ChecklistItem[] {
  const s = signals ?? { words: 0 };
  const substantial = s.words >= MIN_WORDS || explainables.length > 0;
  const declines = explainables.length > 0;
  return [
    item('acknowledge', 'G1', substantial, s.acknowledge),
    item('reason', 'G5', declines, s.reason),
    item('alternative', 'G5', declines, s.alternative),
    item('next-step', 'G9', substantial, s.nextStep),
    item('timeframe', 'G9', substantial && Boolean(s.nextStep || s.ongoing), s.timeframe),
    item('follow-up', 'G10', Boolean(s.ongoing), s.followUp),
  ];
}
