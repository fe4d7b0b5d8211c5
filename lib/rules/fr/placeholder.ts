/** Trou à compléter (G11) : un `[élément]` laissé vide dans une reformulation (détecteur intégré). */
import type { RuleSource } from '../types';

export const PLACEHOLDER: RuleSource[] = [
  {
    id: 'fr.placeholder.non-rempli',
    category: 'placeholder',
    severity: 'error',
    guideline: 'G11',
    message: 'Ce passage entre crochets vient d’une reformulation : remplacez-le par l’information réelle avant d’envoyer.',
    detector: 'placeholder',
    suggestions: [],
    examples: {
      flag: ['Nous ne pouvons pas le faire, car [raison].'],
      pass: ['Voir la note [1] en bas de page.', 'Le formulaire est [ici](https://exemple.fr).'],
    },
  },
];
