/**
 * English rule pack, one file per category. Each rule names the guideline it protects and carries
 * its own examples: every pattern has sentences it must flag, with the exact words it flags
 * (`flag`), and every rule has sentences that must stay clean (`examples.pass`);
 * test/unit/rules-meta.test.ts runs them all.
 *
 * Patterns are JavaScript regular expressions on one sentence, case-insensitive, written as
 * String.raw templates (so `\b` is a word boundary, not an escaped backslash); a straight
 * apostrophe also matches a curly one. Which sentences a rule looks at is derived from the words
 * its patterns require (lib/checker/triggers.ts; kept precomputed in triggers.json, which
 * `npx vitest run test/unit/triggers.test.ts -u` rewrites after a pattern changes), and every
 * pattern must pass the linearity check (lib/checker/linearity.ts): the tests enforce both.
 */
import type { LangPack } from '../types';
import { EN_MODEL_RULES } from '../en-model';
import MODEL from '../../model/en-model.json';
import { BLAME } from './blame';
import { DEFENSIVE } from './defensive';
import { DISMISSIVE } from './dismissive';
import { CONDESCENDING } from './condescending';
import { REFUSAL } from './refusal';
import { POLICY } from './policy';
import { SHOUTING } from './shouting';
import { PLACEHOLDER } from './placeholder';
import { LEXICON } from './lexicon';
import TRIGGERS from './triggers.json';

export const EN: LangPack = {
  lang: 'en',
  rules: [...BLAME, ...DEFENSIVE, ...DISMISSIVE, ...CONDESCENDING, ...REFUSAL, ...POLICY, ...SHOUTING, ...PLACEHOLDER, ...EN_MODEL_RULES],
  model: MODEL as LangPack['model'],
  lexicon: LEXICON,
  // Generated: the trigger words compilePack would derive, so loading a page does not derive them.
  derivedTriggers: TRIGGERS,
};
