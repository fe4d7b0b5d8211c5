/**
 * The reply-level signals of one paragraph (a reason given, an alternative offered, an
 * acknowledgement, a next step, a timeframe, a follow-up, a case still open), found once per
 * paragraph and cached with its analysis: the checklist, the "explained refusal" logic and the
 * model's context all read them from here.
 */
import type { CompiledPack } from './pack';
import type { Range } from './types';
import { hasPlaceholder, placeholderPattern } from './placeholder';

/**
 * Whether a flagged sentence itself says why: such a no is not a flat one (a nudge, whoever
 * flagged it, lib/checker/index.ts) and its rewrites add only the way forward (analyze.ts).
 */
export function givesOwnReason(sentence: string, pack: CompiledPack): boolean {
  return pack.signals.reason.test(sentence);
}

export const SIGNAL_NAMES = ['reason', 'alternative', 'acknowledge', 'nextStep', 'timeframe', 'followUp', 'ongoing'] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

/**
 * Where each signal first occurs in the paragraph (offsets relative to it), or null. Looked up on
 * first use and kept: the checklist stops at the first paragraph that has a signal, so most
 * paragraphs never pay for most signals.
 */
export interface ParagraphSignals {
  get(name: SignalName): Range | null;
}

/** The text with each placeholder's words removed (same length, so offsets hold). */
export function blankPlaceholders(text: string): string {
  return hasPlaceholder(text) ? text.replace(placeholderPattern(), (m) => ' '.repeat(m.length)) : text;
}

export function paragraphSignals(para: string, pack: CompiledPack): ParagraphSignals {
  // An unfilled "[reason]" is a gap, not a reason given: signals read the text without gaps.
  let text: string | undefined;
  const found = new Map<SignalName, Range | null>();
  return {
    get(name) {
      let at = found.get(name);
      if (at === undefined) {
        text ??= blankPlaceholders(para);
        const m = pack.signals[name].exec(text);
        at = m ? { start: m.index, end: m.index + m[0].length } : null;
        found.set(name, at);
      }
      return at;
    },
  };
}
