/**
 * The reply-level signals of one paragraph (a reason given, an alternative offered, an
 * acknowledgement, a next step, a timeframe, a follow-up, a case still open), found once per
 * paragraph and cached with its analysis: the checklist, the "explained refusal" logic and the
 * model's context all read them from here.
 */
import type { CompiledPack } from './pack';
import type { Range } from './types';
import { hasPlaceholder, placeholderPattern } from './placeholder';

export const SIGNAL_NAMES = ['reason', 'alternative', 'acknowledge', 'nextStep', 'timeframe', 'followUp', 'ongoing'] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

/** Where each signal first occurs in the paragraph (offsets relative to it), or null. */
export type ParagraphSignals = Record<SignalName, Range | null>;

/** The text with each placeholder's words removed (same length, so offsets hold). */
export function blankPlaceholders(text: string): string {
  return hasPlaceholder(text) ? text.replace(placeholderPattern(), (m) => ' '.repeat(m.length)) : text;
}

export function paragraphSignals(para: string, pack: CompiledPack): ParagraphSignals {
  // An unfilled "[reason]" is a gap, not a reason given: signals read the text without gaps.
  const text = blankPlaceholders(para);
  const out = {} as ParagraphSignals;
  for (const name of SIGNAL_NAMES) {
    const m = pack.signals[name].exec(text);
    out[name] = m ? { start: m.index, end: m.index + m[0].length } : null;
  }
  return out;
}
