/** Ton qui monte (G8) : majuscules et points d’exclamation en série (détecteurs intégrés, réglés par ces règles). */
import type { RuleSource } from '../types';

export const SHOUTING: RuleSource[] = [
  {
    id: 'fr.shouting.majuscules',
    category: 'shouting',
    severity: 'warning',
    guideline: 'G8',
    message: 'Des mots en majuscules se lisent comme des cris. Laissez la phrase porter l’insistance.',
    detector: 'caps',
    suggestions: [],
    examples: {
      flag: ['Ne débranchez SURTOUT PAS la box pendant la mise à jour.', 'Vous devez renvoyer le formulaire AVANT le 15 mars.', 'Le code est dans le DEUXIÈME e-mail.'],
      pass: [
        'La TVA est appliquée d’après le numéro renseigné.',
        'Envoyez-nous votre RIB ou votre IBAN, avec le numéro SIRET de la société.',
        'Votre code PUK et le numéro IMEI figurent sur la facture, tout comme le PDL.',
        'Le prélèvement SEPA apparaît sous le libellé CPAM sur votre relevé.',
        'Votre titre NAVIGO et l’attestation URSSAF sont joints en PDF.',
      ],
    },
  },
  {
    id: 'fr.shouting.ponctuation',
    category: 'shouting',
    severity: 'warning',
    guideline: 'G8',
    message: 'Trois « ! » d’affilée, ou « ?! », font monter le ton. Un seul signe suffit.',
    detector: 'punctuation',
    suggestions: [],
    examples: {
      flag: ['Le correctif est en ligne !!!', 'Vous avez bien redémarré la box ?!'],
      pass: ['Merci beaucoup\u00a0!', 'Votre colis est arrivé\u202f!', 'Pouvez-vous m’envoyer une photo\u00a0?', 'Merci infiniment\u00a0!!'],
    },
  },
];
