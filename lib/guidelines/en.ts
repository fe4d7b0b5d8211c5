import type { GuidelineId } from '../checker/types';
import { GUIDELINES_FR } from './fr';
import { GUIDELINES_SV } from './sv';
import { GUIDELINES_ZH } from './zh';

export interface Guideline {
  id: GuidelineId;
  title: string;
  /** What a reply that follows it does, in plain words. */
  text: string;
}

/** Reply Coach's service guidelines, in our own words (see README, "Guidelines"). */
export const GUIDELINES_EN: Record<GuidelineId, Guideline> = {
  G1: {
    id: 'G1',
    title: 'Acknowledge first, and quickly',
    text: 'Open by showing you read what happened to the customer before you explain or correct anything.',
  },
  G2: {
    id: 'G2',
    title: 'Empathize without grovelling',
    text: 'Name the impact the problem had on them. An apology is optional; understanding is not. Never shrink the problem.',
  },
  G3: {
    id: 'G3',
    title: 'Own the fix, drop the pride',
    text: 'Talk about what will be done, not about who is right. Defending the company does not solve anything for the customer.',
  },
  G4: {
    id: 'G4',
    title: "Explain, don't lecture",
    text: 'The customer is usually not the expert. Explain the why in plain words, as you would to a colleague, without reminding them what they missed.',
  },
  G5: {
    id: 'G5',
    title: 'Say no to the request, not to the person',
    text: 'When the answer is no, give the real reason and an alternative or a way forward. Look for a middle ground before a flat no.',
  },
  G6: {
    id: 'G6',
    title: 'A rule needs its reason',
    text: 'Mention a policy only together with why it exists and what the customer can still do.',
  },
  G7: {
    id: 'G7',
    title: 'Focus on the fix, not the fault',
    text: 'Describe what happened neutrally and move to the solution. Never assign the fault to the customer.',
  },
  G8: {
    id: 'G8',
    title: 'Facts without heat',
    text: 'Keep an even register. Make things stand out by being clear, not loud: no capital-letter emphasis, no "!!!".',
  },
  G9: {
    id: 'G9',
    title: 'Set the next step and its timeframe',
    text: 'Say what happens next, who does it, and by when.',
  },
  G10: {
    id: 'G10',
    title: 'Over-communicate and follow up',
    text: 'When something is still open, promise an update and say how and when it will reach the customer.',
  },
  G11: {
    id: 'G11',
    title: 'Know your stuff',
    text: 'Be specific and accurate. If you are unsure, say how you will find out instead of guessing or leaving a gap.',
  },
};

/** The guidelines in the languages that have them written; any other language shows the English. */
const BY_LANG: Partial<Record<string, Record<GuidelineId, Guideline>>> = { en: GUIDELINES_EN, fr: GUIDELINES_FR, sv: GUIDELINES_SV, zh: GUIDELINES_ZH };

/** The language of a built-in rule's finding, from its id ("sv.blame.should-have" → "sv"); custom rules have none. */
export function langOfRule(ruleId: string): string | undefined {
  const m = /^([a-z]{2})\./.exec(ruleId);
  return m?.[1];
}

/**
 * A guideline's title and text in `lang` (the reply's language; English where it has none), with
 * a team's own wording (rule pack `guidelines`) winning.
 */
export function guidelineText(id: GuidelineId, overrides?: Partial<Record<GuidelineId, string>>, lang?: string): Guideline {
  const base = (lang && BY_LANG[lang]?.[id]) || GUIDELINES_EN[id];
  const own = overrides?.[id];
  return own ? { ...base, text: own } : base;
}
