/** English word classes of the tone model; evaluative words come from compromise's lexicon. */
import { lexiconTags } from '../../checker/nlp';
import type { ClassTable } from './types';

export const EN_CLASSES: ClassTable = {
  words: {
    YOU: "you your yours yourself you're you've you'd you'll",
    WE: "we our us ours ourselves we're we've we'd we'll",
    ME: "i my me mine i'm i've i'd i'll",
    NEG: "not never no nothing nobody none nor cannot can't won't don't doesn't didn't isn't aren't wasn't weren't shouldn't wouldn't couldn't haven't hasn't hadn't",
    MOD: 'should must could might would need needs needed have has ought',
    INT: 'just simply really only clearly obviously even actually honestly literally quite very surely certainly basically merely hardly',
    CMP: 'most other others everyone everybody anyone majority plenty many else usual normal typical',
    HEDGE: 'afraid unfortunately sadly regrettably',
  },
  evaluative(w) {
    const tags = lexiconTags(w);
    return tags.includes('Adjective') || tags.includes('Comparable') ? 'ADJ' : tags.includes('Adverb') ? 'ADV' : '';
  },
};
