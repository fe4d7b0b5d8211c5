/**
 * Pack de règles français, un fichier par catégorie, écrit comme le pack anglais
 * (lib/rules/en/index.ts) : chaque motif porte les phrases qu'il doit signaler, chaque règle les
 * phrases qui doivent rester propres, et test/unit/rules-meta.test.ts les vérifie toutes.
 *
 * Register: the customer is addressed as "vous". Patterns accept both apostrophes (a straight one
 * also matches the curly one); `\b` is ASCII-only, so an edge next to an accented letter uses
 * START/END (./bounds.ts). The caps detector reads French through `capsWords`, without the English
 * lexicon. The tone model (lib/model/fr-model.json) flags what the rules miss (../fr-model.ts).
 */
import type { LangPack } from '../types';
import { FR_MODEL_RULES } from '../fr-model';
import MODEL from '../../model/fr-model.json';
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

export const FR: LangPack = {
  lang: 'fr',
  rules: [...BLAME, ...DEFENSIVE, ...DISMISSIVE, ...CONDESCENDING, ...REFUSAL, ...POLICY, ...SHOUTING, ...PLACEHOLDER, ...FR_MODEL_RULES],
  model: MODEL as LangPack['model'],
  lexicon: LEXICON,
  // Generated: the trigger words compilePack would derive, so loading a page does not derive them.
  derivedTriggers: TRIGGERS,
};
