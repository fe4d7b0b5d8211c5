/** Règlement (G6) : une règle opposée au client sans sa raison. */
import type { RuleSource } from '../types';
import { END } from './bounds';

/** The documents a rule is pinned on: "nos conditions générales de vente", "la procédure"… */
const DOC = String.raw`(?:conditions|CGV|CGU|CGA|règles?|procédures?|politique|règlement|contrat|termes|grille(?:\s+tarifaire)?|barème|dispositions|article\s+\d+|tarifs?)`;

export const POLICY: RuleSource[] = [
  {
    id: 'fr.policy.cest-la-regle',
    category: 'policy',
    severity: 'warning',
    guideline: 'G6',
    message: '« C’est la règle » ferme la porte sans dire pourquoi, même si une solution suit. Donnez la raison de la règle et ce que le client peut encore faire.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:c'est|ce\s+sont|c'était)\s+(?:la|une|notre|les|nos)\s+(?:règles?|procédures?|politique|consignes?|conditions|règlement|loi|règle\s+[\p{L}-]+)(?:\s+(?:standard|habituelle|normale|du\s+magasin|de\s+l'entreprise|du\s+transporteur|suisse|en\s+vigueur|tarifaire|absolue))?)(?=\s*[.!,;]|\s*$)`,
        flag: [
          { text: 'On doit attendre dix jours avant de rembourser, c’est la procédure.', span: 'c’est la procédure' },
          { text: 'Un seul code par commande, c’est la règle.', span: 'c’est la règle' },
        ],
      },
      {
        re: String.raw`\b(?<span>(?:c'est|ce\s+sont)\s+(?:le|notre|les|nos)\s+(?:règlement|délai\s+(?:standard|réglementaire)|tarif\s+en\s+vigueur|termes\s+du\s+contrat|garanties\s+de\s+votre\s+contrat|fonctionnement(?:\s+normal)?(?:\s+du\s+système|\s+de\s+la\s+plateforme|\s+de\s+l'offre)?|système)|c'est\s+(?:comme\s+ça|ainsi)(?:\s+que\s+ça\s+fonctionne)?|c'est\s+(?:une\s+obligation|obligatoire|imposé\s+par\s+la\s+procédure))(?=\s*[.!,;:]|\s*$)`,
        flag: [{ text: 'Cette offre est réservée aux nouveaux clients, c’est comme ça.', span: 'c’est comme ça' }],
      },
      {
        re: String.raw`,\s*(?<span>point|c'est\s+automatique|c'est\s+verrouillé)(?=[\s.!]*$)`,
        flag: [{ text: 'Le retour en dehors des horaires est facturé 50 €, point.', span: 'point' }],
      },
      {
        re: String.raw`\b(?<span>le\s+règlement,?\s+c'est\s+le\s+règlement|les\s+règles\s+sont\s+les\s+règles|les\s+garanties\s+sont\s+les\s+garanties|la\s+loi\s+(?:c'est|est)\s+la\s+loi)\b`,
        flag: [{ text: 'Les garanties sont les garanties.', span: 'Les garanties sont les garanties' }],
      },
    ],
    // A wall phrase stays a wall when a later sentence offers something (GUIDE, decision 18); used
    // to grant something ("sans supplément, c'est la règle sur tous nos trains") it is fine.
    unless: [
      String.raw`\bsans\s+(?:supplément|frais)\b`,
      String.raw`\bgratuit`,
      String.raw`\b(?:nous\s+vous|je\s+vous)\s+(?:plaçons|offrons|offre|remboursons|rembourse)\b`,
      // The sentence gives the reason and an alternative itself ("…, car …, en revanche je peux …").
      String.raw`\b(?:car|parce\s+qu|puisqu|afin\s+d)[^.!?]{0,200}?\b(?:en\s+revanche|mais\s+(?:je|nous|vous)\s+(?:peux|pouvons|pouvez)|je\s+(?:peux|vous\s+propose))\b`,
    ],
    span: 'sentence',
    suggestions: [
      '{unframed}, car [raison]{end}',
      '{unframed}, car [raison], mais je peux [alternative]{end}',
      'Cette règle existe parce que [raison]. En revanche, je peux [alternative].',
    ],
    examples: {
      flag: ['On doit attendre dix jours avant de rembourser, c’est la procédure.', 'Les garanties sont les garanties.', 'Un seul code par commande, c’est la règle. Vous pouvez en revanche garder le plus avantageux.'],
      pass: [
        'Nous vous plaçons sur le train suivant sans supplément, c’est la règle sur tous nos trains.',
        'Une facture émise ne peut pas être modifiée, c’est une obligation comptable ; je peux en revanche émettre un avoir.',
        'Votre police habitation n° HAB-2209-7731 couvre les dégâts des eaux.',
      ],
    },
  },
  {
    id: 'fr.policy.conformement',
    category: 'policy',
    severity: 'warning',
    guideline: 'G6',
    message: 'Renvoyer aux conditions sans leur raison donne l’impression de se cacher derrière. Dites pourquoi la règle existe et ce que le client peut encore faire.',
    partialMessage: 'Une règle passe mieux avec sa raison et ce que le client peut encore faire : ajoutez ce qui manque.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:(?:conformément|au\s+titre\s+de)\s+(?:à\s+|aux\s+|au\s+)?(?:nos|notre|les|la|l')|(?:selon|d'après)\s+(?:nos|notre))\s*(?:[\p{L}-]+\s+){0,2}?${DOC}|conformément\s+au\s+(?:contrat|règlement|barème))\b`,
        flag: [
          { text: 'Conformément à nos conditions, la seconde présentation est facturée 9,90 €.', span: 'Conformément à nos conditions' },
          { text: 'Les frais d’hôtel ne sont pas remboursés, au titre de nos conditions générales de vente.', span: 'au titre de nos conditions' },
        ],
      },
      {
        re: String.raw`\b(?<span>(?:tel\s+que\s+prévu|comme\s+le\s+prévoi(?:t|ent)|c'est\s+ce\s+que\s+prévoi(?:t|ent)|c'est\s+écrit|prévue?s?)\s+(?:dans\s+|à\s+|par\s+)?(?:nos|notre|les|la|le|l')\s*(?:[\p{L}-]+\s+){0,2}?${DOC})\b`,
        flag: [{ text: 'Les frais de relance restent dus, c’est ce que prévoit le contrat.', span: 'c’est ce que prévoit le contrat' }],
      },
      {
        re: String.raw`\b(?<span>(?:nos|les)\s+(?:conditions(?:\s+générales|\s+de\s+[\p{L}-]+)?|CGV|procédures?)\s+(?:sont|est)\s+(?:très\s+)?(?:claires?|formelles?|formel)|(?:nos\s+conditions|notre\s+procédure)\s+le\s+précisent?)\b`,
        flag: [{ text: 'Le tarif à bord s’applique à tout voyageur sans titre, nos conditions de transport sont formelles.', span: 'nos conditions de transport sont formelles' }],
      },
      {
        re: String.raw`\b(?<span>(?:notre|la)\s+politique\s+(?:du\s+magasin|tarifaire|commerciale|de\s+souscription|interne|de\s+l'entreprise|maison))\b`,
        flag: [{ text: 'Nous ne reprenons pas ces appareils, cela relève de la politique du magasin.', span: 'la politique du magasin' }],
      },
    ],
    explainable: true,
    span: 'sentence',
    suggestions: [
      '{unframed}, car [raison]{end}',
      '{unframed}, car [raison], mais je peux [alternative]{end}',
      'Cette règle existe parce que [raison]. En revanche, je peux [alternative].',
    ],
    withReason: ['{unframed}, mais je peux [alternative]{end}', '{unframed}. En revanche, je peux [alternative]{end}'],
    examples: {
      flag: ['Conformément à nos conditions, la seconde présentation est facturée 9,90 €.', 'Les frais de relance restent dus, c’est ce que prévoit le contrat.'],
      pass: [
        'Notre politique de confidentialité est jointe à ce message.',
        'Conformément à votre demande, j’ai résilié la ligne au 31 mars.',
        'Conformément à nos conditions, le retour est gratuit pendant 30 jours, car nous voulons que vous puissiez essayer l’article ; je peux vous envoyer l’étiquette.',
      ],
    },
  },
  {
    id: 'fr.policy.pas-la-main',
    category: 'policy',
    severity: 'warning',
    guideline: 'G6',
    message: '« Je n’ai pas la main » ou « le système ne le permet pas » ferme la porte sans expliquer. Dites pourquoi, et ce qui reste possible.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:le|notre)\s+(?:système|logiciel|outil|application)(?:\s+de\s+[\p{L}-]+)?\s+(?:ne\s+(?:me\s+|nous\s+|vous\s+)?(?:le\s+)?(?:permet|prévoit|autorise|laisse)\s+pas|(?:refuse|bloque)\s+(?:automatiquement\s+)?))`,
        flag: [{ text: 'Une résiliation validée ne peut pas être annulée, le système ne le permet pas.', span: 'le système ne le permet pas' }],
      },
      {
        re: String.raw`\b(?<span>(?:je|nous)\s+n'(?:ai|avons)\s+(?:malheureusement\s+)?(?:pas\s+la\s+main|aucune?\s+(?:marge\s+de\s+man(?:œ|oe)uvre|latitude|pouvoir|influence|maîtrise)|pas\s+de\s+marge\s+de\s+man(?:œ|oe)uvre|pas\s+le\s+(?:droit|choix|pouvoir)))`,
        flag: [{ text: 'C’est le système qui a bloqué la carte, je n’ai pas la main.', span: 'je n’ai pas la main' }],
      },
      {
        re: String.raw`\b(?<span>(?:je|nous)\s+n'y\s+(?:peux|pouvons)\s+rien|je\s+ne\s+peux\s+pas\s+aller\s+contre|nous\s+ne\s+faisons\s+que\s+(?:les?\s+|l')?(?:appliquer|refacturer|suivre)|(?:je|nous)\s+n'(?:ai|avons)\s+pas\s+à\s+(?:justifier|revenir|en\s+discuter|l'examiner|y\s+revenir|vous\s+(?:le\s+)?justifier)|n'a\s+pas\s+à\s+être\s+(?:davantage\s+)?motivée?|sans\s+avoir\s+à\s+en\s+justifier)\b`,
        flag: [{ text: 'Le tarif est celui de la commune, nous ne faisons que l’appliquer.', span: 'nous ne faisons que l’appliquer' }],
      },
      {
        re: String.raw`\b(?<span>sans\s+(?:aucune\s+)?(?:dérogation|exception|négociation|discussion)(?:\s+possible)?|ne\s+se\s+négocie\s+pas|(?:ne\s+sont|n'est)\s+pas\s+négociables?|pas\s+de\s+négociation\s+possible|aucune\s+exception\s+n'est\s+prévue|on\s+ne\s+fait\s+pas\s+d'exception|(?:la\s+règle\s+est\s+)?la\s+même\s+pour\s+tous|les\s+mêmes\s+pour\s+tous|identiques?\s+pour\s+tous)${END}`,
        flag: [
          { text: 'Nous appliquons ce délai à tous les nouveaux adhérents, sans dérogation possible.', span: 'sans dérogation possible' },
          { text: 'Le délai de six semaines ne se négocie pas.', span: 'ne se négocie pas' },
        ],
      },
    ],
    unless: [
      String.raw`\bsans\s+(?:supplément|frais)\b`,
      String.raw`\bgratuit`,
      String.raw`\b(?:nous\s+vous|je\s+vous)\s+(?:plaçons|offrons|offre|remboursons|rembourse)\b`,
      // The sentence gives the reason and an alternative itself ("…, car …, en revanche je peux …").
      String.raw`\b(?:car|parce\s+qu|puisqu|afin\s+d)[^.!?]{0,200}?\b(?:en\s+revanche|mais\s+(?:je|nous|vous)\s+(?:peux|pouvons|pouvez)|je\s+(?:peux|vous\s+propose))\b`,
    ],
    span: 'sentence',
    suggestions: [
      '{unframed}, car [raison]{end}',
      '{unframed}, car [raison], mais je peux [alternative]{end}',
      'Je ne peux pas le modifier, car [raison]. En revanche, je peux [alternative].',
    ],
    examples: {
      flag: ['C’est le système qui a bloqué la carte, je n’ai pas la main.', 'Le délai de six semaines ne se négocie pas.'],
      pass: [
        'Je n’ai pas encore la réponse du transporteur, je vous écris dès que je l’ai.',
        'Nous vous plaçons sur le train suivant sans supplément, et c’est pareil pour tous nos voyageurs.',
        'Je ne peux pas appliquer le code après la commande, car le paiement est validé ; en revanche, je vous ai crédité un bon de 12 €.',
      ],
    },
  },
];
