/** Défensif (G3) : les phrases qui défendent l’entreprise au lieu d’aider. */
import type { RuleSource } from '../types';
import { END, START } from './bounds';

/** Who speaks for the company: "nous", "notre agence", "nos équipes"… */
const US = String.raw`(?:nous|(?:notre|nos)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|l'agence|l'entrepôt|l'enseigne|la\s+société|la\s+compagnie)`;

export const DEFENSIVE: RuleSource[] = [
  {
    id: 'fr.defensive.pas-notre-faute',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    message: 'Expliquer que ce n’est pas la faute de l’entreprise la défend au lieu d’aider le client. Parlez de ce qui va être fait.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:ce\s+n'est|ce\s+n'était|cela\s+n'est|il\s+n'est)\s+(?:pas|nullement|en\s+rien|aucunement)\s+(?:de\s+|d')?notre\s+(?:faute|fait|ressort|responsabilité|erreur|problème))${END}`,
        flag: [{ text: 'Ce n’est pas de notre faute si le fabricant a changé la couleur.', span: 'Ce n’est pas de notre faute' }],
      },
      {
        re: String.raw`\b(?<span>(?:nous|qui|(?:nos|notre)\s+[\p{L}-]+)\s+n'y\s+(?:sommes|sont|est|étions|étaient|était)\s+pour\s+rien)${END}`,
        flag: [{ text: 'La panne venait de notre hébergeur, nous n’y sommes pour rien.', span: 'nous n’y sommes pour rien' }],
      },
      {
        re: String.raw`\b(?<span>${US}\s+(?:ne\s+|n')(?:sommes|sont|est|était|étions|étaient|saurions|saurait|sauraient|pouvons|peut|peuvent|pourrions|pourrait)\s+(?:pas\s+|en\s+rien\s+|nullement\s+|aucunement\s+)?(?:être\s+)?(?:tenue?s?\s+(?:pour\s+)?)?responsables?)`,
        flag: [
          { text: 'Notre banque ne peut être tenue pour responsable des escroqueries sur ce site.', span: 'Notre banque ne peut être tenue pour responsable' },
          { text: 'Nous ne sommes pas responsables des retards de la douane.', span: 'Nous ne sommes pas responsables' },
        ],
      },
      {
        re: String.raw`\b(?<span>n'(?:avons|a|ont)\s+(?:rien\s+à\s+(?:nous|se|leur)\s+reprocher|commis\s+aucune\s+(?:erreur|faute)|fait\s+aucune\s+erreur))${END}`,
        flag: [{ text: 'Notre entreprise n’a rien à se reprocher dans ce dossier.', span: 'n’a rien à se reprocher' }],
      },
      {
        re: String.raw`\b(?<span>aucune\s+(?:erreur|faute)\s+de\s+notre\s+(?:part|côté)|aucune?\s+(?:faute|erreur|manquement)\s+ne\s+(?:saurait|peut|pourrait)\s+(?:leur|nous|lui|être))${END}`,
        flag: [{ text: 'Nous avons appliqué le tarif prévu, il n’y a aucune erreur de notre part.', span: 'aucune erreur de notre part' }],
      },
      {
        re: String.raw`\b(?<span>(?:l'erreur|le\s+problème|la\s+faute|le\s+souci|la\s+panne|l'incident)\s+ne\s+(?:vient|provient)\s+(?:pas|en\s+aucun\s+cas|absolument\s+pas)\s+de\s+(?:chez\s+nous|nous|notre))${END}`,
        flag: [{ text: 'Je vous assure que l’erreur ne vient pas de nous.', span: 'l’erreur ne vient pas de nous' }],
      },
    ],
    span: 'sentence',
    suggestions: ['Pour régler cela, je vais [prochaine étape].', 'J’ai regardé votre dossier de près, et je vais [prochaine étape].'],
    examples: {
      flag: ['Ce n’est pas de notre faute si le fabricant a changé la couleur.', 'Nous ne sommes pas responsables des retards de la douane.', 'La panne venait de notre hébergeur, nous n’y sommes pour rien.'],
      pass: [
        'C’est une erreur de notre part, et vous n’y êtes pour rien.',
        'Ce n’est pas de votre faute : l’étiquette était illisible.',
        'Vous n’avez commis aucune erreur, le formulaire était mal conçu.',
      ],
    },
  },
  {
    id: 'fr.defensive.renvoi',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    message: 'Renvoyer la faute sur un partenaire laisse le client sans interlocuteur. Dites ce que vous faites de votre côté.',
    patterns: [
      {
        re: String.raw`,\s*(?<span>(?:et\s+)?(?:pas|non)\s+(?:à\s+)?nous)(?=[\s.!]*$)`,
        flag: [{ text: 'C’est Chronopost qui a perdu le colis, pas nous.', span: 'pas nous' }],
      },
      {
        re: String.raw`\b(?<span>ce\s+n'(?:est|était)\s+pas\s+(?:à\s+)?nous\s+qu(?:i|'il\s+faut))${END}`,
        flag: [
          { text: 'Ce n’est pas nous qui avons fixé le prix de l’option.', span: 'Ce n’est pas nous qui' },
          { text: 'Ce n’est pas à nous qu’il faut adresser cette réclamation.', span: 'Ce n’est pas à nous qu’il faut' },
        ],
      },
      {
        re: String.raw`\b(?<span>relève\s+(?:exclusivement|entièrement|uniquement)\s+(?:de|du|des|d'))`,
        flag: [{ text: 'Cette coupure relève exclusivement du gestionnaire de réseau.', span: 'relève exclusivement du' }],
      },
      {
        re: String.raw`${START}(?<span>(?:est|sont|était)\s+(?:entièrement|exclusivement|uniquement)\s+imputables?\s+(?:au|à|aux))`,
        flag: [{ text: 'Le retard est entièrement imputable au transporteur.', span: 'est entièrement imputable au' }],
      },
      {
        re: String.raw`\b(?<span>nous\s+(?:n'avons\s+plus\s+aucune\s+maîtrise|ne\s+sommes\s+qu'(?:un|une)\s+(?:simple\s+)?(?:intermédiaire|plateforme|revendeur|distributeur)))`,
        flag: [{ text: 'Une fois le colis remis au transporteur, nous n’avons plus aucune maîtrise de la livraison.', span: 'nous n’avons plus aucune maîtrise' }],
      },
    ],
    span: 'sentence',
    suggestions: ['De notre côté, je vais [action].'],
    examples: {
      flag: ['C’est Chronopost qui a perdu le colis, pas nous.', 'Le retard est entièrement imputable au transporteur.'],
      pass: [
        'La réparation relève de l’opérateur d’immeuble, que nous avons relancé ce matin.',
        'Le rendez-vous est géré par Enedis : je vous donne leur numéro et je les préviens de mon côté.',
      ],
    },
  },
  {
    id: 'fr.defensive.ca-fonctionne',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    message: 'Affirmer que tout fonctionne dit au client qu’il se trompe. Partez de ce qu’il constate.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:notre|nos|le|la|les)\s+(?:[\p{L}-]+\s+){0,2}?(?:système|systèmes|application|appli|réseau|service|services|plateforme|site|outil|outils|logiciel|serveurs?|connecteur|api|box|équipements?|matériel|fibre|produit|produits)(?:\s+[\p{L}-]+)?\s+(?:fonctionne(?:nt)?|marche(?:nt)?|tourne(?:nt)?)\s+(?:très\s+bien|parfaitement|correctement|normalement|sans\s+(?:problème|souci|encombre)|exactement\s+comme))${END}`,
        flag: [{ text: 'Notre application fonctionne parfaitement.', span: 'Notre application fonctionne parfaitement' }],
      },
      {
        re: String.raw`\b(?<span>tout\s+(?:fonctionne|fonctionnait|marche|marchait)\s+(?:très\s+bien|parfaitement|normalement|correctement)\s+(?:chez\s+nos|chez\s+nous|de\s+notre\s+côté|pour\s+nos))${END}`,
        flag: [{ text: 'Ce matin, tout fonctionnait parfaitement chez nos autres clients.', span: 'tout fonctionnait parfaitement chez nos' }],
      },
      {
        re: String.raw`\b(?<span>ne\s+(?:commet|commettent|fait|font)\s+(?:jamais|pas)\s+(?:ce\s+genre\s+d'|ce\s+type\s+d'|d'|de\s+telles\s+)?erreurs?)${END}`,
        flag: [{ text: 'Notre système de facturation ne commet pas ce genre d’erreur.', span: 'ne commet pas ce genre d’erreur' }],
      },
      {
        re: String.raw`\b(?<span>n'(?:a|ont)\s+(?:pas\s+de|aucun)\s+bugs?|ce\s+n'est\s+pas\s+un\s+bug)${END}`,
        flag: [{ text: 'Notre outil n’a pas de bug, c’est une fonctionnalité volontaire.', span: 'n’a pas de bug' }],
      },
      {
        re: String.raw`\b(?<span>(?:n'a|n'ont)\s+(?:subi|connu|montré|présenté)\s+aucune?\s+(?:panne|interruption|faille|incident|anomalie|dysfonctionnement)|ne\s+présentent?\s+aucune\s+faille|aucune?\s+(?:panne|interruption|faille|anomalie|incident)\s+(?:chez\s+nous|de\s+notre\s+côté|sur\s+notre\s+(?:réseau|site|plateforme)))${END}`,
        flag: [{ text: 'Notre réseau n’a subi aucune interruption ce week-end.', span: 'n’a subi aucune interruption' }],
      },
      {
        re: String.raw`\b(?<span>rien\s+d'anormal\s+n'(?:apparaît|a\s+été\s+(?:constaté|relevé|détecté))\s+de\s+notre\s+côté)${END}`,
        flag: [{ text: 'Rien d’anormal n’apparaît de notre côté.', span: 'Rien d’anormal n’apparaît de notre côté' }],
      },
    ],
    unless: [String.raw`(?:^|\s)(?:à|de)\s+nouveau\b`, String.raw`\bdésormais\b`, String.raw`\bdepuis\s+(?:la|le|l'|ce|cette|notre|\d)`, String.raw`\b(?:après|une\s+fois)\s+(?:la|le|l'|notre|votre)\s`],
    span: 'sentence',
    suggestions: ['Je regrette que cela ne fonctionne pas chez vous. Pour comprendre ce qui diffère de votre côté, pouvez-vous me préciser [question]\u00a0?'],
    examples: {
      flag: ['Notre application fonctionne parfaitement.', 'Notre système de facturation ne commet pas ce genre d’erreur.', 'Rien d’anormal n’apparaît de notre côté.'],
      pass: ['Tout fonctionne à nouveau depuis la mise à jour de ce matin.', 'Le service fonctionne normalement depuis 11h, vous pouvez réessayer.', 'Vous ne faites pas d’erreur : la page affiche bien l’ancien tarif.'],
    },
  },
  {
    id: 'fr.defensive.palmares',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    message: 'Vanter les résultats de l’entreprise répond à une réclamation par de la fierté. Parlez plutôt du cas du client.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:des\s+)?(?:milliers|millions|centaines|dizaines\s+de\s+milliers)\s+d(?:e\s+|')(?:autres\s+)?(?:clients|utilisateurs|voyageurs|colis|commandes|abonnés|adhérents|entreprises|cabinets|foyers|appels|dossiers|demandes|personnes|familles|envois))${END}`,
        flag: [{ text: 'Des milliers de voyageurs utilisent l’application chaque jour.', span: 'Des milliers de voyageurs' }],
      },
      {
        re: String.raw`\b(?<span>plus\s+de\s+\d{1,3}(?:[\s.]\d{3}){0,3}\s(?:clients|utilisateurs|colis|commandes|entreprises|cabinets|commerces|demandes|abonnés|adhérents|voyageurs|envois|dossiers|appels))${END}`,
        flag: [{ text: 'Nous traitons plus de 30 000 colis par mois.', span: 'plus de 30 000 colis' }],
      },
      {
        re: String.raw`\b(?<span>(?:parmi\s+les|l'une?\s+des)\s+(?:plus|moins|meilleure?s?|mieux)\b(?:\s+[\p{L}-]+)?)`,
        flag: [{ text: 'Nos délais sont parmi les plus courts du marché.', span: 'parmi les plus courts' }],
      },
      {
        re: String.raw`\b(?<span>(?:plus|moins|meilleure?s?|mieux)\s+(?:[\p{L}-]+\s+)?(?:du\s+(?:marché|secteur|réseau)|de\s+(?:france|suisse|belgique)|au\s+québec))${END}`,
        flag: [{ text: 'Notre réseau est le plus fiable du secteur.', span: 'plus fiable du secteur' }],
      },
      {
        re: String.raw`\b(?<span>ans\s+(?:d'expérience|d'ancienneté|de\s+métier))`,
        flag: [{ text: 'Notre expert a vingt ans d’expérience.', span: 'ans d’expérience' }],
      },
      {
        re: String.raw`\b(?<span>(?:tous\s+)?certifiée?s?\s+(?:iso|par)|(?:sont|est)\s+(?:tous\s+|toutes\s+)?(?:contrôlée?s?|révisée?s?|vérifiée?s?|testée?s?)\s+(?:avant|après)\s+chaque)${END}`,
        flag: [{ text: 'Nos véhicules sont tous contrôlés avant chaque départ.', span: 'sont tous contrôlés avant chaque' }],
      },
      {
        re: String.raw`(?<![\p{L}\p{N}])(?<span>élue?s?\s+(?:service\s+client|meilleure?|produit)|notée?s?\s+\d(?:[,.]\d)?\s+sur\s+(?:5|10|cinq|dix)|primée?s?\s+pour)${END}`,
        flag: [{ text: 'Notre compagnie a été élue service client de l’année.', span: 'élue service client' }],
      },
      {
        re: String.raw`\b(?<span>(?:vend|vendons|vendent|fabriqu(?:é|ée|és|ées|ons)|travaillons|existons|expédions|livrons|accompagnons|leader)(?![\p{L}])[^.!?]{0,60}?\bdepuis\s+(?:\d{4}|(?:\d+|six|sept|huit|dix|quinze|vingt|trente|cinquante|cent)\s+ans|plus\s+de\s+\d+\s+ans))${END}`,
        flag: [{ text: 'Notre boutique vend des bijoux en argent depuis 25 ans.', span: 'vend des bijoux en argent depuis 25 ans' }],
      },
      {
        re: String.raw`\b(?<span>taux\s+de\s+(?:satisfaction|disponibilité|casse|retour|ponctualité|fiabilité)|dans\s+\d+(?:[,.]\d+)?\s*%\s+des\s+cas)${END}`,
        flag: [{ text: 'Notre plateforme affiche un taux de satisfaction de 91 %.', span: 'taux de satisfaction' }],
      },
      {
        re: String.raw`\b(?<span>(?:leaders?|numéro\s+(?:un|1))\s+(?:du\s+marché|du\s+secteur|en\s+france|européen|français|mondial))${END}`,
        flag: [{ text: 'Nous sommes numéro un du secteur en Belgique.', span: 'numéro un du secteur' }],
      },
      {
        re: String.raw`\b(?<span>(?:les\s+autres|nos\s+autres|aucun\s+autre)\s+(?:clients?|abonnés?|utilisateurs?|adhérents?|voyageurs?|foyers?)\b[^.!?]{0,80}?\b(?:aucun\s+(?:problème|souci|incident|dysfonctionnement)|n'(?:ont|a)\s+(?:jamais\s+)?(?:signalé|rencontré|eu|remonté|constaté)|ne\s+(?:nous\s+)?(?:signalent|signale|rencontrent|se\s+plaignent)|ne\s+s'est\s+(?:jamais\s+)?plaint|ne\s+(?:nous\s+)?a\s+(?:jamais\s+)?(?:signalé|remonté)))`,
        flag: [{ text: 'Les autres abonnés de votre immeuble ne nous signalent aucun problème de débit.', span: 'Les autres abonnés de votre immeuble ne nous signalent' }],
      },
      {
        re: String.raw`\b(?<span>personne\s+(?:d'autre\s+)?ne\s+(?:s'est|nous\s+a)\s+(?:plaint|signalé|remonté)|ne\s+nous\s+(?:a|ont)\s+jamais\s+été\s+(?:remonté|signalé)e?s?)`,
        flag: [{ text: 'Ce bug ne nous a jamais été remonté.', span: 'ne nous a jamais été remonté' }],
      },
    ],
    // Numbers that size an incident are no boast: "des milliers de clients touchés par la panne".
    unless: [String.raw`\bdésol`, String.raw`\bnavr`, String.raw`\bexcus`, String.raw`\bpardon`, String.raw`\b(?:bloqu|retard|touch|perturb|concern|impact)\p{L}*`],
    span: 'sentence',
    suggestions: ['Je regrette que cela vous arrive. J’ai regardé votre dossier en particulier, et [ce que j’ai constaté].'],
    examples: {
      flag: ['Nous traitons plus de 30 000 colis par mois.', 'Nos délais sont parmi les plus courts du marché.', 'Nos véhicules sont tous contrôlés avant chaque départ.'],
      pass: [
        'Votre dossier fait partie des plus anciens, je le traite en priorité.',
        'Je suis désolée, nous avons reçu des milliers d’appels ce matin à cause de la panne.',
        'Vous êtes client depuis 2015, et je vous en remercie.',
      ],
    },
  },
  {
    id: 'fr.defensive.irreprochable',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    message: 'Défendre l’entreprise ou un collègue ne résout rien pour le client. Parlez de ce qui va être fait pour lui.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:avons|a|ont)\s+(?:toujours\s+)?été\s+(?:parfaitement|totalement|entièrement|toujours)\s+(?:transparents?|transparentes?|clairs?|claires?|réactifs?|réactives?|exemplaires?|irréprochables?))${END}`,
        flag: [{ text: 'Nous avons été parfaitement transparents sur le montant de la caution.', span: 'avons été parfaitement transparents' }],
      },
      {
        re: String.raw`\b(?<span>n'avons\s+rien\s+(?:caché|à\s+(?:apprendre|cacher|redire))|il\s+n'y\s+a\s+rien\s+à\s+(?:redire|reprocher)|n'a\s+rien\s+fait\s+de\s+mal|nous\s+n'avons\s+pas\s+à\s+rougir)${END}`,
        flag: [{ text: 'Nos frais sont affichés dans la brochure, nous n’avons rien caché.', span: 'n’avons rien caché' }],
      },
      {
        re: String.raw`\b(?<span>(?:respecte|respectent|respecté|respectons|appliqué|appliquée|suivi|suivie)\s+(?:(?:la|le|les|nos|notre|cette|ce|ces)\s+[\p{L}-]+\s+)?(?:scrupuleusement|à\s+la\s+lettre|rigoureusement)|(?:scrupuleusement|parfaitement)\s+(?:respecté|appliqué|informé)e?s?|dans\s+le\s+strict\s+respect|en\s+parfaite\s+conformité)`,
        flag: [{ text: 'Nos agents en gare ont suivi la procédure à la lettre.', span: 'suivi la procédure à la lettre' }],
      },
      {
        re: String.raw`\b(?<span>(?:a|ont)\s+(?:agi|fait\s+son\s+travail|fait\s+leur\s+travail)\s+(?:exactement\s+comme|correctement|avec\s+(?:le\s+plus\s+grand\s+)?(?:sérieux|soin|discernement|rigueur))|comme\s+(?:il|elle|ils|elles)\s+le\s+devai(?:t|ent))${END}`,
        flag: [{ text: 'L’expert a fait son travail correctement.', span: 'a fait son travail correctement' }],
      },
      {
        re: String.raw`\b(?<span>(?:a|ont)\s+(?:parfaitement|correctement|très\s+bien|scrupuleusement)\s+(?:fait\s+(?:son|leur)\s+travail|agi|fait\s+les\s+choses|appliqué\s+(?:la|les)\s+(?:procédure|règle|règles|consignes)))${END}`,
        flag: [{ text: 'Nos équipes ont parfaitement fait leur travail.', span: 'ont parfaitement fait leur travail' }],
      },
      {
        re: String.raw`\b(?<span>nous\s+savons\s+(?:traiter|reconnaître|emballer|évaluer)|il\s+sait\s+évaluer)${END}`,
        flag: [{ text: 'Nous savons reconnaître un défaut de fabrication.', span: 'Nous savons reconnaître' }],
      },
      {
        re: String.raw`\b(?<span>je\s+vous\s+arrête(?:\s+tout\s+de\s+suite)?|je\s+me\s+permets\s+de\s+contester|nous\s+contestons\s+fermement|je\s+ne\s+peux\s+pas\s+vous\s+laisser\s+dire|nous\s+ne\s+(?:pouvons|saurions)\s+(?:pas\s+)?accepter\s+(?:que\s+vous|l'accusation|ces\s+propos|vos\s+propos))${END}`,
        flag: [{ text: 'Je vous arrête tout de suite, nos conseillers ne promettent jamais de remise.', span: 'Je vous arrête tout de suite' }],
      },
    ],
    span: 'sentence',
    suggestions: ['Je comprends votre mécontentement, et voici ce que je fais pour vous\u00a0: [action].'],
    examples: {
      flag: ['L’expert a fait son travail correctement.', 'Nos agents en gare ont suivi la procédure à la lettre.'],
      pass: ['Votre demande a bien été suivie, et je vous confirme le remboursement.', 'Vous avez été très clair, merci pour ces précisions.'],
    },
  },
];
