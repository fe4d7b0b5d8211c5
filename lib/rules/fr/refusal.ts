/** Refus (G5) : un non sans raison ni solution. */
import type { RuleSource } from '../types';
import { END, START } from './bounds';

/** Who speaks for the company, then the negation: "nous ne", "je n'", "on ne". */
const WE_NE = String.raw`(?:nous|je|on)\s+(?:ne\s+|n')`;
/** Adverbs an agent slips in: "nous ne pourrons malheureusement pas". */
const SOFT = String.raw`(?:malheureusement\s+|hélas\s+|donc\s+|toutefois\s+|cependant\s+|absolument\s+)?`;
/** What the company is asked to do. */
const ACT = String.raw`(?:rembourser|annuler|modifier|changer|accorder|accepter|prendre\s+en\s+charge|échanger|reprendre|remplacer|réexpédier|renvoyer|envoyer|livrer|débloquer|lever|réactiver|rétablir|maintenir|reporter|décaler|prolonger|étendre|offrir|proposer|augmenter|réduire|baisser|supprimer|récupérer|intercepter|communiquer|intervenir|revenir|rectifier|corriger|rouvrir|ouvrir|valider|appliquer|garder|conserver|suspendre|résilier|réserver|surclasser|indemniser|dédommager|compenser|verser|créditer|recréditer|exonérer|aider|garantir|satisfaire|déroger|faire\s+(?:d'exception|de\s+geste|mieux|plus))`;

export const REFUSAL: RuleSource[] = [
  {
    id: 'fr.refusal.non-sec',
    category: 'refusal',
    severity: 'warning',
    guideline: 'G5',
    message: 'Un non sec laisse le client sans issue. Donnez la raison, et une alternative ou une prochaine étape.',
    partialMessage: 'Un refus passe mieux avec la raison et une alternative : ajoutez ce qui manque.',
    patterns: [
      {
        re: String.raw`\b(?<span>${WE_NE}(?:pouvons|peux|pourrons|pourrai|pourrions|pourrais|peut|pourra|allons|vais)\s+${SOFT}(?:pas|rien|plus|en\s+aucun\s+cas|aucunement|jamais)(?:\s+[\p{L}\x27\u2019-]+){0,3}?\s+(?:l'|m'|d')?${ACT})\b`,
        flag: [
          { text: 'Je ne peux pas annuler la commande.', span: 'Je ne peux pas annuler' },
          { text: 'Nous ne pourrons malheureusement pas vous rembourser le carburant.', span: 'Nous ne pourrons malheureusement pas vous rembourser' },
          { text: 'Nous ne pouvons en aucun cas l’annuler.', span: 'Nous ne pouvons en aucun cas l’annuler' },
        ],
      },
      {
        re: String.raw`\b(?<span>${WE_NE}(?:pouvons|peux|pourrons|pourrai|pourrions|peut|allons|vais)\s+${SOFT}(?:rien\s+faire|rien\s+(?:de\s+plus|d'autre)|pas\s+(?:le\s+|la\s+|les\s+|l')?faire))\b`,
        flag: [{ text: 'Je ne peux rien faire de plus pour votre place.', span: 'Je ne peux rien faire' }],
      },
      {
        re: String.raw`\b(?<span>${WE_NE}(?:accord|accept|rembours|propos|livr|lou|effectu|maintien|maintiendr|remplac|reviendr|lèver|ouvrir|irons|réduir|signer|demanderai|procéder|échang|indemnis|repren|reprend|intercept|offr|donner)\p{L}*\s+${SOFT}(?:pas|plus|jamais|aucun|aucune|en\s+aucun\s+cas))\b`,
        flag: [{ text: 'Nous n’accordons pas de délai supplémentaire.', span: 'Nous n’accordons pas' }],
      },
      {
        re: String.raw`\b(?<span>${WE_NE}(?:faisons|ferons|fais|ferai|fait)\s+${SOFT}(?:pas|plus|jamais|aucune?)\s+(?:d'exceptions?|de\s+gestes?|de\s+remboursements?|de\s+remises?|d'avoirs?|de\s+dérogations?|d'échanges?|de\s+reprises?|de\s+réductions?))\b`,
        flag: [{ text: 'Nous ne faisons pas d’exception pour les précommandes.', span: 'Nous ne faisons pas d’exception' }],
      },
      {
        re: String.raw`\b(?<span>${WE_NE}(?:prenons|prendrons|prends|prend|prendrai)\s+${SOFT}(?:pas|plus|jamais)\s+en\s+charge)\b`,
        flag: [{ text: 'Nous ne prenons pas en charge ce type de dommage.', span: 'Nous ne prenons pas en charge' }],
      },
      {
        re: String.raw`\b(?<span>(?:nous|je)\s+(?:ne\s+|n')(?:sommes|suis|serons|serai)\s+${SOFT}(?:pas|plus)\s+(?:en\s+mesure|en\s+position)\s+(?:de|d'))`,
        flag: [{ text: 'Nous ne sommes malheureusement pas en mesure de donner suite à votre demande.', span: 'Nous ne sommes malheureusement pas en mesure de' }],
      },
      {
        re: String.raw`\b(?<span>(?:n'est|ne\s+sera|ne\s+seront|ne\s+sont|n'était|ne\s+serait|ne\s+(?:nous|me)\s+(?:sera|est))\s+${SOFT}(?:pas|plus)\s+(?:possible|envisageable|faisable|réalisable))\b`,
        flag: [
          { text: 'Le remboursement des 2 400 € n’est pas envisageable.', span: 'n’est pas envisageable' },
          { text: 'Il ne nous sera malheureusement pas possible d’y répondre favorablement.', span: 'ne nous sera malheureusement pas possible' },
        ],
      },
      {
        re: String.raw`${START}(?<span>(?:ça|cela|ce)\s+ne\s+va\s+pas\s+être\s+possible|c'est\s+(?:malheureusement\s+)?impossible|^impossible\s+d(?:e|'))`,
        flag: [{ text: 'Le remboursement des frais, ça ne va pas être possible.', span: 'ça ne va pas être possible' }],
      },
      {
        re: String.raw`\b(?<span>(?:ne\s+(?:sera|seront|pourra|pourront|peut|peuvent)|n'(?:est|a|ont))\s+${SOFT}(?:pas|plus|ni|jamais)\s+(?:être\s+)?(?:remboursée?s?|échangée?s?|accordée?s?|acceptée?s?|prise?s?\s+en\s+(?:charge|compte)|recréditée?s?|indemnisée?s?|réexpédiée?s?|prolongée?s?|remboursables?|échangeables?))${END}`,
        flag: [
          { text: 'Votre billet ne peut pas être échangé.', span: 'ne peut pas être échangé' },
          { text: 'Non, le billet n’est pas remboursable.', span: 'n’est pas remboursable' },
        ],
      },
      {
        re: String.raw`(?<![\p{L}\p{N}])(?<span>(?:demande|réclamation|prise\s+en\s+charge|contestation|requête|échange|annulation)\b(?:[^.!?]{0,60}?\s(?:a\s+été|est|sera))?\s+(?:donc\s+|malheureusement\s+)?(?:refusée?|rejetée?|déclinée?|classée?\s+sans\s+suite))${END}`,
        flag: [{ text: 'Votre demande d’annulation des 7,50 € est donc refusée.', span: 'demande d’annulation des 7,50 € est donc refusée' }],
      },
      {
        re: String.raw`(?:\bne\s|\bn')[^.!?]{0,60}?\b(?<span>(?:une\s+)?suite\s+favorable|donner\s+suite|répondre\s+favorablement)\b`,
        flag: [{ text: 'Votre demande ne peut donc recevoir une suite favorable.', span: 'une suite favorable' }],
      },
      {
        re: String.raw`\b(?<span>répondre\s+par\s+la\s+négative|décliner\s+votre\s+demande|un\s+point\s+c'est\s+tout|notre\s+décision\s+est\s+(?:définitive|irrévocable|ferme)|nous\s+maintenons\s+notre\s+décision|(?:c'est|la\s+réponse\s+est)\s+non(?=[\s.!,]*$))`,
        flag: [{ text: 'Notre décision est définitive.', span: 'Notre décision est définitive' }],
      },
      {
        re: String.raw`\b(?<span>aucune?\s+(?:remboursement|compensation|indemnisation|indemnité|geste(?:\s+commercial)?|remise|exception|étalement|ajustement(?:\s+tarifaire)?|prise\s+en\s+charge|dédommagement|avoir|dérogation)\b[^.!?]{0,40}?\b(?:ne\s+|n')(?:sera|seront|peut|pourra|est|sont)\s+(?:donc\s+)?(?:accordée?s?|versée?s?|effectuée?s?|faite?s?|appliquée?s?|envisagée?s?|prévue?s?|possible|être))${END}`,
        flag: [{ text: 'Aucune compensation n’est prévue pour ce trajet.', span: 'Aucune compensation n’est prévue' }],
      },
      {
        re: String.raw`(?:^|,\s+)(?:non,?\s+|désolée?,?\s+|malheureusement,?\s+)?(?<span>pas\s+de\s+(?:remboursement|geste\s+commercial|livraison|échange|remise|compensation|dédommagement|prise\s+en\s+charge)(?:\s+partiel)?)\b`,
        flag: [{ text: 'Pas de remboursement partiel, désolé.', span: 'Pas de remboursement partiel' }],
      },
      {
        re: String.raw`\b(?<span>il\s+n'y\s+aura\s+(?:donc\s+)?(?:pas|aucun|aucune)\s+(?:de\s+|d')?(?:remboursement|compensation|geste|remise|dédommagement|indemnisation|échange))\b`,
        flag: [{ text: 'Je vous confirme qu’il n’y aura pas de remboursement.', span: 'il n’y aura pas de remboursement' }],
      },
      {
        re: String.raw`\b(?<span>(?:je\s+crains|j'ai\s+(?:bien\s+)?peur|nous\s+craignons)\s+qu(?:e|')[^.!?]{0,60}?\bne\s+(?:soit|soient)\s+pas\s+(?:possible|envisageable|faisable|réalisable|une\s+demande)|je\s+ne\s+pense\s+pas\s+que\s+(?:nous|je)\s+(?:allons|puissions|pourrons|pourrai|vais|puisse)\s+(?:pouvoir\s+)?(?:y\s+)?(?:donner\s+suite|accepter|rembourser|accorder|faire))\b`,
        flag: [{ text: 'Je crains que ce ne soit pas envisageable dans votre cas.', span: 'Je crains que ce ne soit pas envisageable' }],
      },
      {
        re: String.raw`${START}(?<span>(?:ça|cela)\s+risque\s+d'être\s+(?:compliqué|difficile))${END}`,
        flag: [{ text: 'Je vais être honnête, ça risque d’être compliqué.', span: 'ça risque d’être compliqué' }],
      },
      {
        re: String.raw`\b(?<span>${WE_NE}(?:pouvons|peux|pourrons|pourrai|peut)\s+${ACT})\b`,
        flag: [{ text: 'Nous ne pouvons intervenir dans ce dossier.', span: 'Nous ne pouvons intervenir' }],
      },
      {
        re: String.raw`\b(?<span>${WE_NE}(?:(?:vous|le|la|les|lui|leur)\s+|l')(?:accord|accept|rembours|propos|remplac|réduir|échang|indemnis|repren|reprend|offr)\p{L}*\s+${SOFT}(?:pas|plus|jamais)|${WE_NE}(?:(?:le|la|les)\s+|l')(?:ferons|ferai|fera)\s+pas)\b`,
        flag: [{ text: 'Nous ne le remplacerons pas.', span: 'Nous ne le remplacerons pas' }],
      },
      {
        re: String.raw`\b(?<span>ne\s+(?:peut|peuvent|pourra|pourront)\s+${SOFT}(?:pas|plus)\s+(?:être\s+(?:annulée?s?|modifiée?s?|réduite?s?|levée?s?|reportée?s?|déplacée?s?)|s'appliquer))${END}`,
        flag: [{ text: 'La caution ne peut pas être réduite.', span: 'ne peut pas être réduite' }],
      },
      {
        re: String.raw`\b(?<span>il\s+n'est\s+pas\s+prévu\s+de|n'existe\s+pas\s+chez\s+nous|(?:n'est|ne\s+sera)\s+pas\s+(?:quelque\s+chose|une\s+(?:prestation|option|chose))\s+que\s+(?:nous|je))\b`,
        flag: [{ text: 'La suspension de ligne pendant un voyage n’existe pas chez nous.', span: 'n’existe pas chez nous' }],
      },
      {
        re: String.raw`\b(?<span>(?:reste|restent)\s+(?:donc\s+|bien\s+)?(?:dûs?|dues?|facturée?s?|exigibles?))(?=[\s.!,;]*$)`,
        flag: [{ text: 'L’amende reste due.', span: 'reste due' }],
      },
    ],
    unless: [
      String.raw`\bpas\s+de\s+(?:souci|soucis|problème)`,
      String.raw`\baucun\s+(?:souci|problème|frais)`,
      String.raw`\bn'hésitez\s+pas`,
      String.raw`\bne\s+manquer`,
      String.raw`\bne\s+vous\s+inquiétez\s+pas`,
      String.raw`\bpossible\s+de\s+faire\s+(?:plus|mieux)\b`,
    ],
    explainable: true,
    yieldsTo: ['policy'],
    span: 'sentence',
    suggestions: [
      '{body}, car [raison], mais je peux [alternative]{end}',
      '{body}, car [raison]. En revanche, je peux [alternative]{end}',
      'Malheureusement, ce n’est pas possible, car [raison]. En revanche, je peux [alternative].',
    ],
    withReason: ['{body}, mais je peux [alternative]{end}', '{body}. En revanche, je peux [alternative]{end}'],
    examples: {
      flag: ['Je ne peux pas annuler la commande.', 'Nous n’accordons pas de délai supplémentaire.', 'Votre billet ne peut pas être échangé.', 'Notre décision est définitive.'],
      pass: [
        'Je ne peux pas annuler le virement, car il est déjà exécuté ; en revanche, je peux demander un retour de fonds à sa banque.',
        'Pas de souci, je vous rembourse la différence aujourd’hui.',
        'Aucun frais ne vous sera demandé pour le changement.',
        'Je ne manquerai pas de vous tenir informée.',
        'Nous ne vous facturerons pas ces frais, bien sûr.',
      ],
    },
  },
];
