/**
 * French word classes of the tone model. There is no French lexicon for evaluative words: the
 * word, prefix and suffix features carry them ("-ment" adverbs share a suffix).
 */
import type { ClassTable } from './types';

export const FR_CLASSES: ClassTable = {
  words: {
    YOU: "vous votre vos vôtre vôtres tu te toi ton ta tes t'",
    WE: 'nous notre nos nôtre nôtres on',
    ME: "je j' me m' moi mon ma mes",
    // "ne" and "n'" open the negation; "pas", "jamais"… close it ("ne … pas").
    NEG: "ne n' pas jamais aucun aucune aucunement rien nul nulle nullement guère ni non",
    MOD: 'dois doit devez devons doivent devrez devrait devriez devrions devraient deviez devait devoir faut faudra faudrait fallait falloir peux peut pouvez pouvons peuvent pourrez pourrait pourriez pourrions pouvait pouvoir obligatoire nécessaire',
    INT: 'juste simplement vraiment évidemment clairement seulement uniquement franchement forcément réellement absolument parfaitement honnêtement tellement très même',
    CMP: "plupart majorité autres autre tous toutes monde d'habitude habituellement normalement généralement nombreux beaucoup",
    HEDGE: 'malheureusement hélas regrettablement malencontreusement',
  },
  elisions: ["l'", "d'", "n'", "j'", "m'", "t'", "s'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'"],
};
