/**
 * The French tone model's findings, as rule data: one per category the model learns
 * (`fr.model.<category>`), listed, switched off, re-graded and locked like any rule, their
 * examples run through check() like a rule's (test/unit/rules-meta.test.ts). The model itself is
 * lib/model/fr-model.json, trained by `npm run train -- --lang fr` from data/tone/fr.
 *
 * As in English (./en-model.ts), a model finding gets a rewrite only where a rule construction
 * applies (a no rebuilt around its own words, a policy frame turned into its reason); otherwise
 * its message is the guidance.
 */
import type { RuleDef } from './types';

export const FR_MODEL_RULES: RuleDef[] = [
  {
    id: 'fr.model.blame',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    detector: 'model',
    message: 'On dirait que la faute retombe sur le client. Dites ce qui s’est passé, sans accuser, et ce qui va régler le problème.',
    suggestions: [],
    examples: {
      flag: ['L’adresse indiquée sur la commande est celle que vous avez saisie lors du paiement.'],
      pass: ['Le champ « instructions de livraison » n’est pas parvenu au livreur, j’ai donc ajouté le code du portail moi-même.'],
    },
  },
  {
    id: 'fr.model.defensive',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    detector: 'model',
    message: 'Cette phrase défend l’entreprise au lieu d’aider. Laissez la justification de côté et dites ce que vous allez faire.',
    suggestions: [],
    examples: {
      flag: ['Nous avons toujours respecté nos engagements envers nos abonnés.'],
      pass: ['Notre technicien peut repasser jeudi matin pour terminer l’intervention.'],
    },
  },
  {
    id: 'fr.model.dismissive',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    detector: 'model',
    message: 'Cette phrase minimise le problème ou ce que ressent le client. Reconnaissez la gêne avant de donner les faits.',
    suggestions: [],
    examples: {
      flag: ['Quelques minutes de coupure, cela arrive à tous les opérateurs.'],
      pass: ['Deux jours d’attente alors que vous en aviez besoin pour le voyage, c’est pénible, j’ai donc pris en charge la livraison express.'],
    },
  },
  {
    id: 'fr.model.condescending',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    detector: 'model',
    message: 'Le ton est condescendant. Expliquez une fois, simplement, comme à un collègue.',
    suggestions: [],
    examples: {
      flag: ['Prenez le temps de relire attentivement le mode d’emploi avant de nous recontacter.'],
      pass: ['Le bouton d’export se trouve en haut à droite du rapport ; je vous joins une capture d’écran.'],
    },
  },
  {
    id: 'fr.model.refusal',
    category: 'refusal',
    severity: 'warning',
    guideline: 'G5',
    detector: 'model',
    explainable: true,
    partialMessage: 'Un refus passe mieux avec la raison et une alternative : ajoutez ce qui manque.',
    message: 'C’est un non sans raison ni solution. Expliquez pourquoi et dites ce que le client peut faire à la place.',
    suggestions: ['{body}, car [raison], mais je peux [alternative]{end}'],
    withReason: ['{body}, mais je peux [alternative]{end}', '{body}. En revanche, je peux [alternative]{end}'],
    examples: {
      flag: ['Aucun échange n’est envisageable sur ce modèle.'],
      pass: ['Nous ne pouvons pas installer le week-end car nos équipes travaillent du lundi au vendredi, mais je peux vous réserver le premier créneau en semaine à 8 h.'],
    },
  },
  {
    id: 'fr.model.policy',
    category: 'policy',
    severity: 'warning',
    guideline: 'G6',
    detector: 'model',
    explainable: true,
    partialMessage: 'Une règle passe mieux avec sa raison et ce que le client peut encore faire : ajoutez ce qui manque.',
    message: 'Vous vous appuyez sur une règle sans dire pourquoi elle existe. Donnez sa raison et ce que le client peut encore faire.',
    suggestions: ['{unframed}, car [raison]{end}'],
    withReason: ['{unframed}, mais je peux [alternative]{end}', '{unframed}. En revanche, je peux [alternative]{end}'],
    examples: {
      flag: ['Le délai de rétractation est passé, la réglementation est claire sur ce point.'],
      pass: ['Votre contrat d’assurance habitation couvre le dégât des eaux, vous pouvez donc déclarer le sinistre.'],
    },
  },
];
