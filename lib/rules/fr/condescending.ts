/** Condescendance (G4) : les phrases qui font la leçon au client ou le prennent de haut. */
import type { RuleSource } from '../types';
import { END, START } from './bounds';

export const CONDESCENDING: RuleSource[] = [
  {
    id: 'fr.condescending.comme-deja-dit',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: 'Rappeler qu’on l’a déjà dit sonne comme un reproche. Redonnez simplement l’information.',
    patterns: [
      {
        re: String.raw`\b(?<span>comme\s+(?:je\s+vous\s+l'ai|nous\s+vous\s+l'avons|je\s+l'ai|nous\s+l'avons)\s+(?:déjà\s+|bien\s+|pourtant\s+|clairement\s+)?(?:dit|indiqué|précisé|expliqué|écrit|signalé|mentionné|rappelé)(?:\s+(?:déjà|à\s+plusieurs\s+reprises|précédemment|plus\s+haut|(?:deux|trois|plusieurs)\s+fois|dans\s+(?:mon|mes|notre|nos)\b[^,.!?]{0,40}))?),?`,
        flag: [
          { text: 'Comme je vous l’ai déjà indiqué, le décodeur se branche sur la box.', span: 'Comme je vous l’ai déjà indiqué' },
          { text: 'Comme nous vous l’avons précisé dans notre courrier du 2 mars, la franchise s’applique.', span: 'Comme nous vous l’avons précisé dans notre courrier du 2 mars' },
        ],
      },
      {
        re: String.raw`\b(?<span>comme\s+(?:déjà|précédemment)\s+(?:dit|indiqué|précisé|expliqué|mentionné|signalé|écrit)|comme\s+(?:indiqué|précisé|mentionné|expliqué|signalé)\s+(?:précédemment|plus\s+haut|à\s+(?:plusieurs|deux|trois|maintes)\s+reprises|juste\s+au-dessus|dans\s+(?:mon|mes|notre|nos)\s+(?:précédents?|derniers?|deux|trois)\b[^,.!?]{0,30})),?`,
        flag: [{ text: 'Comme précisé à trois reprises, les articles personnalisés ne sont pas repris.', span: 'Comme précisé à trois reprises' }],
      },
      {
        re: String.raw`\b(?<span>comme\s+je\s+viens\s+de\s+vous\s+l'(?:écrire|dire|indiquer|expliquer)(?:\s+juste\s+au-dessus)?),?`,
        flag: [{ text: 'Comme je viens de vous l’écrire, le remboursement prend cinq jours.', span: 'Comme je viens de vous l’écrire' }],
      },
      {
        re: String.raw`\b(?<span>je\s+vous\s+(?:l'ai|ai)\s+déjà\s+(?:dit|répondu|expliqué|indiqué|écrit|précisé)(?:\s+(?:deux|trois|plusieurs)\s+fois)?)${END}`,
        flag: [{ text: 'Je vous l’ai déjà dit deux fois : il faut le constat amiable.', span: 'Je vous l’ai déjà dit deux fois' }],
      },
      {
        re: String.raw`\b(?<span>pour\s+la\s+(?:énième|dixième|centième|troisième|quatrième|cinquième|dernière)\s+fois),?`,
        flag: [{ text: 'Pour la énième fois, le code Wi-Fi est écrit sous la box.', span: 'Pour la énième fois' }],
      },
      {
        re: String.raw`\b(?<span>je\s+(?:reprends|vais\s+reprendre)\s+(?:depuis\s+le\s+début|point\s+par\s+point)|je\s+vous\s+(?:le\s+|la\s+|les\s+)?réexplique|je\s+me\s+permets\s+de\s+vous\s+réexpliquer|ce\s+n'est\s+pas\s+la\s+première\s+fois\s+que\s+je|en\s+espérant\s+(?:être\s+plus\s+claire?|que\s+cette\s+fois)|une\s+fois\s+(?:de\s+plus|encore))${END}`,
        flag: [{ text: 'Je reprends depuis le début, puisque mon message d’hier n’a pas été lu.', span: 'Je reprends depuis le début' }],
      },
    ],
    unless: [String.raw`\bmerci\b`, String.raw`\bremerci`, String.raw`\bexcus`, String.raw`\bpardon`],
    suggestions: ['{without}{end}', 'pour résumer,'],
    examples: {
      flag: ['Comme je vous l’ai déjà indiqué, le décodeur se branche sur la box.', 'Pour la énième fois, le code Wi-Fi est écrit sous la box.'],
      pass: [
        'Comme convenu au téléphone, j’ai envoyé l’étiquette de retour.',
        'Comme promis, voici la facture rectifiée.',
        'Comme indiqué dans votre contrat, la garantie couvre le bris de glace.',
        'Merci une fois encore pour votre patience.',
      ],
    },
  },
  {
    id: 'fr.condescending.je-vous-rappelle',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: '« Je vous rappelle que… » sous-entend que le client aurait dû le savoir. Donnez l’information sans le rappel.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:je\s+me\s+permets|nous\s+nous\s+permettons)\s+de\s+vous\s+rappeler(?:,\s+une\s+fois\s+(?:encore|de\s+plus),)?(?:\s+que|\s+qu')?)`,
        flag: [{ text: 'Je me permets de vous rappeler que l’heure de départ figure sur votre billet.', span: 'Je me permets de vous rappeler que' }],
      },
      {
        re: String.raw`\b(?<span>(?:je\s+vous\s+rappelle|nous\s+vous\s+rappelons)\s+(?:que|qu'))`,
        flag: [{ text: 'Je vous rappelle que votre découvert autorisé est de 200 €.', span: 'Je vous rappelle que' }],
      },
      {
        re: String.raw`\b(?<span>pour\s+votre\s+(?:information|gouverne)),?`,
        flag: [{ text: 'Pour votre information, la base de remboursement n’est pas le prix payé.', span: 'Pour votre information' }],
      },
    ],
    // A date or an appointment recalled is a recap ("je vous rappelle que la coupure a lieu le 12 mars").
    unless: [
      String.raw`\bjamais\b`,
      String.raw`\brendez-vous\b`,
      String.raw`\bsécurit`,
      String.raw`\bprécaution`,
      String.raw`\brappel\p{L}*\s+qu(?:e|')\s*vous\s+(?:pouvez|pourrez|avez\s+jusqu|avez\s+le\s+droit|bénéficiez)`,
      String.raw`\ble\s+(?:\d{1,2}|1er)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)`,
      String.raw`\b(?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b`,
    ],
    suggestions: ['{without}{end}'],
    examples: {
      flag: ['Je me permets de vous rappeler que l’heure de départ figure sur votre billet.', 'Je vous rappelle que votre découvert autorisé est de 200 €.'],
      pass: [
        'Je vous rappelle au 06 12 48 77 30 dans l’après-midi.',
        'Je me permets de revenir vers vous au sujet de votre commande.',
        'Je vous rappelle que nous ne vous demanderons jamais vos codes par téléphone.',
        'Je vous rappelle que votre rendez-vous est fixé au 12 mars à 9h.',
      ],
    },
  },
  {
    id: 'fr.condescending.vous-savez',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: 'Supposer que le client « sait bien » ou « l’aura compris » le met en défaut. Expliquez simplement, sans sous-entendu.',
    patterns: [
      {
        re: String.raw`\b(?<span>vous\s+n'êtes\s+pas\s+sans\s+(?:savoir|ignorer)|comme\s+vous\s+(?:le\s+savez|l'aurez\s+(?:compris|remarqué|constaté|noté))(?:\s+(?:certainement|sûrement|sans\s+doute|probablement|déjà|bien))?|vous\s+en\s+conviendrez|vous\s+conviendrez|vous\s+comprendrez\s+(?:aisément|facilement|bien)|je\s+pense\s+que\s+vous\s+l'aviez\s+compris|je\s+suppose\s+que\s+vous\s+l'aviez\s+oublié|vous\s+devriez\s+vous\s+en\s+souvenir|nous\s+ne\s+doutons\s+pas\s+que\s+vous)${END},?`,
        flag: [
          { text: 'Vous n’êtes pas sans savoir qu’un chèque sans provision est une infraction.', span: 'Vous n’êtes pas sans savoir' },
          { text: 'Comme vous le savez certainement, les médecines douces ne sont pas remboursées.', span: 'Comme vous le savez certainement' },
        ],
      },
      {
        re: String.raw`\b(?<span>je\s+suis\s+(?:sûre?|certaine?|persuadée?|convaincue?)\s+que\s+vous\s+(?:savez|conduisez|y\s+parviendrez|êtes\s+capable))`,
        flag: [{ text: 'Je suis persuadé que vous savez lire un contrat.', span: 'Je suis persuadé que vous savez' }],
      },
      {
        re: String.raw`\b(?<span>(?:je\s+vois|je\s+constate)\s+que\s+vous\s+découvrez|vous\s+découvrez\s+(?:sans\s+doute|probablement|visiblement)|vous\s+confondez\s+visiblement|vous\s+n'avez\s+visiblement\s+pas\s+(?:bien\s+)?compris)`,
        flag: [{ text: 'Vous confondez visiblement l’index et la consommation.', span: 'Vous confondez visiblement' }],
      },
    ],
    span: 'sentence',
    suggestions: ['Pour être sûr que ce soit clair\u00a0: [explication].'],
    examples: {
      flag: ['Vous n’êtes pas sans savoir qu’un chèque sans provision est une infraction.', 'Vous confondez visiblement l’index et la consommation.'],
      pass: ['Comme vous le souhaitiez, j’ai décalé la livraison à jeudi.', 'Vous découvrirez le détail dans l’e-mail de confirmation.'],
    },
  },
  {
    id: 'fr.condescending.relire',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: 'Inviter le client à relire, c’est lui faire la leçon. Indiquez-lui directement où se trouve l’information.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:je\s+vous\s+(?:invite|suggère|conseille|recommande|engage)|nous\s+vous\s+(?:invitons|suggérons|conseillons|recommandons|engageons))\s+(?:néanmoins\s+|donc\s+|simplement\s+|vivement\s+)?(?:à|de)\s+relire(?:\s+attentivement|\s+tranquillement)?)(?=\s+(?:l[ae]s?\s|l'|votre\s|vos\s|notre\s|nos\s|ce\s|cet\s|cette\s|ces\s|mon\s|mes\s))`,
        flag: [{ text: 'Je vous invite à relire les exclusions de la page 12.', span: 'Je vous invite à relire' }],
      },
    ],
    // Inviting the customer to read what we just sent them is no lecture.
    unless: [String.raw`\b(?:ci-joint|ci-jointe|joint|jointe|ci-dessous|en\s+pièce\s+jointe)\b`],
    suggestions: ['vous trouverez le détail dans'],
    examples: {
      flag: ['Je vous invite à relire les exclusions de la page 12.', 'Je vous invite néanmoins à relire attentivement le courrier de septembre.'],
      pass: ['Je vous invite à compléter le formulaire joint.', 'N’hésitez pas à relire le récapitulatif ci-dessous si besoin.'],
    },
  },
  {
    id: 'fr.condescending.lecon',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: 'Dire au client d’être plus attentif ou de lire avant d’écrire, c’est lui faire la leçon. Donnez-lui l’information, simplement.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:je\s+vous\s+(?:invite|suggère|conseille|recommande)|nous\s+vous\s+(?:invitons|suggérons|conseillons|recommandons))\s+(?:néanmoins\s+|donc\s+|simplement\s+)?de\s+(?:l'|l[ae]s?\s+)relire)${END}`,
        flag: [{ text: 'Je vous suggère de la relire tranquillement.', span: 'Je vous suggère de la relire' }],
      },
      {
        re: String.raw`\b(?<span>(?:lire|relire|recopier|vérifier|consulter)\s+(?:[\p{L}\x27\u2019-]+\s+){0,3}?plus\s+attentivement)`,
        flag: [{ text: 'Merci de recopier votre IBAN plus attentivement.', span: 'recopier votre IBAN plus attentivement' }],
      },
      {
        re: String.raw`(?<![\p{L}\p{N}])(?<span>(?:être|soyez)\s+(?:un\s+peu\s+|bien\s+)?plus\s+(?:attentif|attentive|vigilant|vigilante|prudent|prudente)s?)`,
        flag: [{ text: 'Je vous conseille d’être un peu plus attentif avec vos coordonnées bancaires.', span: 'être un peu plus attentif' }],
      },
      {
        re: String.raw`\b(?<span>avant\s+de\s+nous\s+(?:écrire|accuser|solliciter|relancer)|avant\s+d'ouvrir\s+un\s+ticket|avant\s+de\s+parler\s+de|(?:lire|relire|consulter|vérifier|regarder)\b[^.!?]{0,60}\bavant\s+de\s+nous\s+(?:contacter|appeler))${END}`,
        flag: [{ text: 'Vous trouverez la réponse dans notre FAQ, à consulter avant de nous écrire.', span: 'avant de nous écrire' }],
      },
      {
        re: String.raw`\b(?<span>il\s+(?:vous\s+)?(?:suffisait|aurait\s+suffi)\s+(?:de|d')(?!\s*une?\b)|il\s+suffit\s+de\s+(?:savoir\s+)?(?:lire|relire)|une\s+(?:petite\s+|simple\s+)?lecture\s+de)`,
        flag: [
          { text: 'Il suffisait de lire nos e-mails d’information.', span: 'Il suffisait de' },
          { text: 'Il suffit de lire le message d’erreur.', span: 'Il suffit de lire' },
        ],
      },
      {
        re: String.raw`${START}(?<span>(?:à\s+l'avenir|pour\s+la\s+prochaine\s+fois|pour\s+vos\s+prochain(?:e)?s\s+(?:commandes|envois|achats|réservations|locations)|la\s+prochaine\s+fois),?\s+(?:je\s+vous\s+(?:conseille|invite|recommande|suggère)|nous\s+vous\s+(?:invitons|conseillons|recommandons)|prenez|pensez|veillez|vérifiez|relisez|merci\s+de|il\s+faudra|il\s+faut))\b`,
        flag: [{ text: 'Pour la prochaine fois, prenez une seconde pour relire la taille.', span: 'Pour la prochaine fois, prenez' }],
      },
      {
        re: String.raw`\b(?<span>(?:je\s+vous\s+(?:conseille|invite)|nous\s+vous\s+invitons)\s+(?:donc\s+)?à\s+l'avenir)`,
        flag: [{ text: 'Nous vous invitons à l’avenir à surveiller votre consommation.', span: 'Nous vous invitons à l’avenir' }],
      },
    ],
    span: 'sentence',
    suggestions: ['Vous trouverez l’information ici\u00a0: [endroit].'],
    examples: {
      flag: ['Il suffisait de lire nos e-mails d’information.', 'Pour la prochaine fois, prenez une seconde pour relire la taille.'],
      pass: [
        'Pour réinitialiser votre mot de passe, il suffit de cliquer sur « Mot de passe oublié ».',
        'La prochaine fois, l’échange sera entièrement gratuit.',
        'Pour gagner du temps, préparez votre numéro de contrat avant de nous appeler.',
      ],
    },
  },
  {
    id: 'fr.condescending.cest-simple',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: 'Cette phrase prend le client de haut. Expliquez comme vous le feriez à un collègue.',
    patterns: [
      {
        re: String.raw`\b(?<span>ce\s+n'est\s+(?:pourtant\s+|vraiment\s+)?pas\s+sorcier|ce\s+n'est\s+pourtant\s+pas\s+(?:compliqué|difficile)|ce\s+n'est\s+pas\s+si\s+compliqué|c'est\s+(?:pourtant\s+|assez\s+|franchement\s+)(?:simple|logique|évident|clair|lisible)|il\s+me\s+semble\s+que\s+c'est\s+assez\s+clair|(?:ça,\s+)?c'est\s+la\s+base|c'est\s+le\s+b\.a\.-?ba|noir\s+sur\s+blanc|c'est\s+écrit\s+en\s+gros|il\s+n'y\s+a\s+rien\s+à\s+comprendre|qui\s+est\s+pourtant\s+(?:assez\s+)?simple)${END}`,
        flag: [
          { text: 'Vous verrez, ce n’est pas sorcier.', span: 'ce n’est pas sorcier' },
          { text: 'Un chèque n’est jamais crédité tout de suite, c’est la base.', span: 'c’est la base' },
        ],
      },
      {
        re: String.raw`,\s*(?<span>tout\s+simplement|c'est\s+logique)(?=[\s.!]*$)`,
        flag: [{ text: 'Une facture estimée n’est pas une erreur, c’est une estimation, tout simplement.', span: 'tout simplement' }],
      },
      {
        re: String.raw`\b(?<span>je\s+vais\s+(?:faire\s+simple|vous\s+l'écrire\s+lentement|essayer\s+d'être\s+(?:le\s+plus\s+|la\s+plus\s+)?claire?(?:\s+possible)?))${END}`,
        flag: [{ text: 'Je vais faire simple : le kWh, c’est ce que vous consommez.', span: 'Je vais faire simple' }],
      },
      {
        re: String.raw`\b(?<span>(?:la\s+plupart|la\s+majorité|la\s+grande\s+majorité)\s+(?:de\s+nos|des)\s+(?:clients|adhérents|utilisateurs|abonnés|voyageurs|conducteurs|ménages|assurés|locataires)\b[^.!?]{0,60}?\b(?:seule?s|sans\s+(?:aucune\s+)?(?:aide|difficulté|problème)|sans\s+y\s+penser|savent|trouvent|y\s+arrivent|y\s+parviennent|connaissent|pensent|remarquent|font\s+seuls))${END}`,
        flag: [{ text: 'La plupart de nos adhérents trouvent sans difficulté le tableau des garanties.', span: 'La plupart de nos adhérents trouvent' }],
      },
      {
        re: String.raw`\b(?<span>(?:nos\s+autres\s+clients|les\s+autres\s+clients|tout\s+le\s+monde)\s+(?:y\s+)?(?:arrivent|arrive|trouvent|trouve|savent|sait|réussissent|parviennent)|ce\s+n'est\s+pas\s+le\s+cas\s+de\s+tout\s+le\s+monde|vous\s+êtes\s+(?:le\s+premier|la\s+première)\s+(?:client\s+|cliente\s+)?à|même\s+un\s+enfant)${END}`,
        flag: [{ text: 'Nos autres clients arrivent très bien à activer la double authentification seuls.', span: 'Nos autres clients arrivent' }],
      },
    ],
    span: 'sentence',
    suggestions: ['Voici comment cela fonctionne\u00a0: [explication].'],
    examples: {
      flag: ['Vous verrez, ce n’est pas sorcier.', 'La plupart de nos adhérents trouvent sans difficulté le tableau des garanties.'],
      pass: [
        'La démarche est simple : il suffit de télécharger le formulaire.',
        'Vous pouvez tout simplement répondre à cet e-mail avec la photo.',
        'La plupart de nos clients choisissent l’option annuelle, qui revient moins cher.',
      ],
    },
  },
  {
    id: 'fr.condescending.question-piege',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: 'Une question rhétorique ou un compliment ironique met le client en défaut. Posez une vraie question, ou donnez la réponse.',
    patterns: [
      {
        re: String.raw`\b(?<span>avez-vous\s+(?:seulement|au\s+moins|vraiment|même)\s+(?:lu|ouvert|regardé|vérifié|essayé|consulté|cliqué|pensé|tenté)|savez-vous\s+au\s+moins|vous\s+(?:pensiez|croyiez)\s+vraiment|vous\s+attendiez-vous\s+vraiment|pensez-vous\s+(?:sérieusement|vraiment)|vous\s+ne\s+pensiez\s+tout\s+de\s+même\s+pas|vous\s+ne\s+vous\s+en\s+souvenez\s+pas)${END}`,
        flag: [{ text: 'Vous attendiez-vous vraiment à un remboursement intégral ?', span: 'Vous attendiez-vous vraiment' }],
      },
      {
        re: String.raw`\b(?<span>bravo,?\s+vous|bien\s+joué|(?:ravie?|heureux|heureuse|contente?)\s+(?:de\s+voir|d'apprendre|de\s+constater)\s+que\s+vous\b[^.!?]{0,60}?\b(?:enfin|finalement)|je\s+constate\s+avec\s+plaisir\s+que\s+vous|vous\s+avez\s+(?:enfin|finalement)\s+(?:réussi|trouvé|pris|lu|compris)|vous\s+avez\s+fini\s+par|merci\s+d'avoir\s+(?:finalement|enfin)|merci\s+quand\s+même|c'est\s+un\s+bon\s+début|vous\s+vous\s+en\s+êtes\s+plutôt\s+bien\s+sortie?)${END}`,
        flag: [{ text: 'Bravo, vous avez trouvé le bon formulaire du premier coup.', span: 'Bravo, vous' }],
      },
    ],
    span: 'sentence',
    suggestions: [],
    examples: {
      flag: ['Vous attendiez-vous vraiment à un remboursement intégral ?', 'Bravo, vous avez trouvé le bon formulaire du premier coup.'],
      pass: ['Avez-vous bien reçu mon e-mail de ce matin ?', 'Merci d’avoir pris le temps de nous écrire.', 'Bravo pour votre nouvelle entreprise, et bienvenue chez nous !'],
    },
  },
  {
    id: 'fr.condescending.je-comprends-mais',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: '« Je comprends, mais… » est entendu comme une fin de non-recevoir : le « mais » annule la compréhension. Reconnaissez pleinement, puis expliquez.',
    patterns: [
      {
        re: String.raw`^(?:(?:bon|écoutez|alors|eh\s+bien|honnêtement),?\s+)?(?<span>je\s+(?:comprends|vous\s+entends|l'entends|vois|conçois),?\s+mais)\b`,
        flag: [{ text: 'Je comprends, mais cela ne change rien pour nous.', span: 'Je comprends, mais' }],
      },
    ],
    suggestions: ['Je comprends que ce soit frustrant, et', 'Je comprends que ce soit frustrant. Voici où nous en sommes\u00a0:'],
    examples: {
      flag: ['Je comprends, mais cela ne change rien pour nous.'],
      pass: ['Je comprends votre exaspération, mais je vous demande de ne pas employer ce ton avec mes collègues.', 'Je comprends tout à fait, et je vous rembourse les frais.'],
    },
  },
];
