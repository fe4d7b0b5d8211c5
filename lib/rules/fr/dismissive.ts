/** Minimisation (G2) : les phrases qui minimisent le problème ou ce que ressent le client. */
import type { RuleSource } from '../types';
import { END, START } from './bounds';

export const DISMISSIVE: RuleSource[] = [
  {
    id: 'fr.dismissive.ce-nest-que',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    message: 'Réduire le problème à « pas grand-chose » minimise ce que vit le client. Reconnaissez d’abord la gêne.',
    patterns: [
      {
        re: String.raw`${START}(?<span>(?:ce|cela|ça)\s+n'(?:est|était)\s+(?:qu'une?\s+(?!(?:estimation|formalité|simulation|indication|prévision)\b)(?:(?:petite?|simple|léger|légère|minuscule|toute\s+petite|tout\s+petit)\s+)?[\p{L}-]+|que\s+(?:de\s+)?(?:quelques\s+[\p{L}-]+|\d+(?:[,.]\d+)?(?:\s?(?:€|euros?|minutes|heures|jours|secondes))?)))`,
        flag: [
          { text: 'Ce n’est qu’une petite rayure, elle ne se voit presque pas.', span: 'Ce n’est qu’une petite rayure' },
          { text: 'Ce n’est que 12 €, vous savez.', span: 'Ce n’est que 12 €' },
        ],
      },
      {
        re: String.raw`\b(?<span>il\s+ne\s+s'agit\s+que\s+(?:de|d'))`,
        flag: [{ text: 'Il ne s’agit que de 4,99 €.', span: 'Il ne s’agit que de' }],
      },
      {
        re: String.raw`\b(?<span>il\s+s'agit\s+(?:sûrement\s+|probablement\s+|sans\s+doute\s+|simplement\s+)?d'une?\s+simple\s+(?:malentendu|oubli|contretemps|retard|délai|désagrément|décalage|bug|incident))${END}`,
        flag: [{ text: 'Il s’agit sûrement d’un simple malentendu.', span: 'Il s’agit sûrement d’un simple malentendu' }],
      },
      {
        re: String.raw`\b(?<span>c'est\s+(?:juste|seulement|simplement)\s+(?:une?\s+)?(?:petite?|micro-[\p{L}-]+|léger|légère|simple|retard|délai|rayure|bug|décalage|détail|désagrément|contretemps|coupure|pré-autorisation))${END}`,
        flag: [{ text: 'C’est juste un petit retard, le colis finira par arriver.', span: 'C’est juste un petit' }],
      },
      {
        re: String.raw`\b(?<span>(?:n'a|n'ont|n'avait)\s+que\s+\d+\s+(?:jours?|heures?|minutes?)\s+de\s+retard|(?:la\s+différence|l'écart)\s+n'(?:est|était)\s+que\s+de|n'a\s+(?:augmenté|duré)\s+que|il\s+ne\s+manque\s+qu'un\s+seul)${END}`,
        flag: [{ text: 'Votre colis n’a que 12 jours de retard.', span: 'n’a que 12 jours de retard' }],
      },
    ],
    // A small thing fixed on the spot is reassurance: "La différence n'est que de 2 €, je vous la rembourse."
    unless: [String.raw`\bje\s+m'en\s+(?:charge|occupe)`, String.raw`\bje\s+(?:vous\s+)?(?:l[ae]s?\s+)?(?:rembourse|corrige|renvoie|envoie|remplace|rectifie)\b`, String.raw`\bnous\s+(?:vous\s+)?(?:l[ae]s?\s+)?(?:remboursons|remplaçons|renvoyons|rectifions)\b`],
    span: 'sentence',
    suggestions: ['Je sais que c’est une vraie contrariété, même si cela peut sembler minime. Voici ce que je fais\u00a0: [prochaine étape].', 'Je comprends que ce soit contrariant.'],
    examples: {
      flag: ['Ce n’est qu’une petite rayure, elle ne se voit presque pas.', 'Il ne s’agit que de 4,99 €.', 'Votre colis n’a que 12 jours de retard.'],
      pass: [
        'Le lien reçu par e-mail n’est valable que 15 minutes.',
        'Le supplément n’est que de 10 €, déjà réglé avec la carte enregistrée.',
        'Ce n’est qu’à réception du bon de retour que le remboursement part.',
        'Pour modifier l’adresse, il s’agit d’un simple formulaire en ligne.',
      ],
    },
  },
  {
    id: 'fr.dismissive.pas-grave',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    message: 'Dire que ce n’est pas grave balaie ce que ressent le client. Nommez la gêne qu’il a subie.',
    patterns: [
      {
        re: String.raw`${START}(?<span>(?:ce|cela|ça)\s+n'est\s+(?:pas|vraiment\s+pas|franchement\s+pas|tout\s+de\s+même\s+pas|quand\s+même\s+pas)\s+(?:(?:si|bien|très|trop|vraiment|franchement)\s+(?:grave|long|loin|cher|urgent|différent|dramatique)|grand-chose|énorme|la\s+fin\s+du\s+monde|un\s+drame|une\s+affaire|une\s+grosse\s+perte|une\s+somme\s+énorme|dramatique|si\s+grave\s+que\s+ça))${END}`,
        flag: [
          { text: 'Deux jours de plus, ce n’est pas si long.', span: 'ce n’est pas si long' },
          { text: 'Une porte cabossée, ce n’est pas un drame.', span: 'ce n’est pas un drame' },
        ],
      },
      {
        re: String.raw`\b(?<span>(?:ce\s+n'est\s+)?rien\s+de\s+grave|(?:ce\s+n'est\s+)?pas\s+la\s+fin\s+du\s+monde|pour\s+si\s+peu|(?:il\s+n'y\s+a\s+)?(?:vraiment\s+)?pas\s+de\s+quoi\s+(?:s'alarmer|s'inquiéter|vous\s+inquiéter|s'énerver|paniquer|en\s+faire\s+(?:un\s+drame|une\s+affaire|toute\s+une\s+histoire))|il\s+n'y\s+a\s+pas\s+lieu\s+de\s+s'(?:inquiéter|alarmer|énerver)|inutile\s+de\s+vous\s+en\s+(?:inquiéter|alarmer|faire))`,
        flag: [
          { text: 'Un virement de trois jours, il n’y a pas de quoi s’inquiéter.', span: 'il n’y a pas de quoi s’inquiéter' },
          { text: 'Ah, c’est une micro-coupure, rien de grave.', span: 'rien de grave' },
        ],
      },
      {
        re: String.raw`${START}(?<span>(?:ne\s+vaut|vaille)\s+(?:pas\s+)?la\s+peine\s+de\s+(?:déclarer|relancer|rouvrir|ouvrir|faire\s+une\s+réclamation|appeler)|ne\s+mérite\s+pas\s+autant|ne\s+change\s+pas\s+grand-chose|ne\s+change\s+rien\s+pour\s+nous|statistiquement\s+négligeable|dans\s+l'épaisseur\s+du\s+trait|relativiser?|(?:cela|ça)\s+passe\s+vite)${END}`,
        flag: [{ text: 'Trois heures de coupure sur un mois, c’est statistiquement négligeable.', span: 'statistiquement négligeable' }],
      },
      {
        re: String.raw`\b(?<span>(?:reste|restent|demeure|demeurent)\s+(?:donc\s+|tout\s+à\s+fait\s+|assez\s+|plutôt\s+|somme\s+toute\s+|finalement\s+)?(?:raisonnables?|modestes?|marginale?s?|marginaux|modérée?s?|acceptables?|accessoires?|dans\s+la\s+moyenne|dans\s+l'ordre\s+des\s+choses|tout\s+à\s+fait\s+normale?s?|limitée?s?(?!\s+à)))${END}`,
        flag: [{ text: 'Le reste à charge de 95 € reste raisonnable pour une monture de marque.', span: 'reste raisonnable' }],
      },
      {
        re: String.raw`\b(?<span>n'a\s+rien\s+d'(?:anormal|alarmant|inhabituel|inquiétant|exceptionnel|dramatique)|rien\s+d'(?:inquiétant|alarmant)(?=\s*[.!]?$)|c'est\s+(?:bien\s+|assez\s+|finalement\s+assez\s+)?peu\s+(?:pour|comparé|au\s+regard))`,
        flag: [{ text: 'La facture de clôture de 12,40 € n’a rien d’alarmant.', span: 'n’a rien d’alarmant' }],
      },
      {
        re: String.raw`\b(?<span>c'est\s+l'essentiel)(?=[\s.!]*$)`,
        flag: [{ text: 'Vous avez finalement pu monter dans le train, c’est l’essentiel.', span: 'c’est l’essentiel' }],
      },
    ],
    unless: [String.raw`\bbless`, String.raw`\ben\s+sécurit`, String.raw`\bsains?\s+et\s+saufs?\b`],
    span: 'sentence',
    suggestions: ['Je comprends que ce soit pénible pour vous, et voici ce que je fais\u00a0: [prochaine étape].', 'Je comprends que ce soit contrariant.'],
    examples: {
      flag: ['Deux jours de plus, ce n’est pas si long.', 'Ah, c’est une micro-coupure, rien de grave.', 'Le reste à charge de 95 € reste raisonnable pour une monture de marque.'],
      pass: [
        'Pas de souci, je vous renvoie le colis dès aujourd’hui.',
        'Le remboursement reste limité à 150 € par an, comme le prévoit votre formule.',
        'Ce n’est pas un problème, je m’en occupe.',
        'Le test de ligne ne montre rien d’anormal, je vous envoie donc un technicien.',
      ],
    },
  },
  {
    id: 'fr.dismissive.calmez-vous',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    message: 'Demander au client de se calmer ou lui dire qu’il exagère nie ce qu’il ressent. Nommez plutôt l’impact.',
    patterns: [
      {
        re: String.raw`\b(?<span>calmez-vous|restez\s+calme|gardez\s+votre\s+calme|ne\s+vous\s+(?:énervez|emportez)\s+pas|(?:pas\s+la\s+peine|inutile)\s+de\s+(?:vous\s+)?(?:énerver|hausser\s+le\s+ton|vous\s+emporter|crier|vous\s+fâcher)|soyez\s+(?:un\s+peu\s+)?patiente?s?|un\s+peu\s+de\s+patience)${END}`,
        flag: [{ text: 'Calmez-vous, le technicien arrive.', span: 'Calmez-vous' }],
      },
      {
        re: String.raw`\b(?<span>vous\s+(?:exagérez|dramatisez|vous\s+inquiétez\s+pour\s+rien|vous\s+énervez\s+pour\s+rien|en\s+faites\s+(?:peut-être\s+)?(?:un\s+peu\s+)?trop)|vous\s+exagérez\s+(?:un\s+peu\s+)?la\s+gravité)`,
        flag: [{ text: 'Je pense que vous vous inquiétez pour rien.', span: 'vous vous inquiétez pour rien' }],
      },
      {
        re: String.raw`\b(?<span>ne\s+justifie\s+(?:pas|en\s+rien)\s+(?:un\s+tel|une\s+telle|autant\s+d'|cet|cette|ce)\s*(?:emportement|colère|énervement|agacement|ton|réaction|virulence))`,
        flag: [{ text: 'Une heure d’indisponibilité ne justifie pas un tel emportement.', span: 'ne justifie pas un tel emportement' }],
      },
    ],
    unless: [String.raw`\bmerci\s+(?:de\s+votre|pour\s+votre)\s+patience`, String.raw`\bremerci\p{L}*\s+(?:de\s+|pour\s+)?votre\s+patience`],
    suggestions: ['Je comprends à quel point c’est pénible', 'Je vois bien que c’est éprouvant'],
    examples: {
      flag: ['Calmez-vous, le technicien arrive.', 'Je pense que vous vous inquiétez pour rien.'],
      pass: ['Merci pour votre patience, j’ai pu vérifier votre ligne.', 'Restez en ligne, je reviens vers vous dans une minute.'],
    },
  },
  {
    id: 'fr.dismissive.ca-arrive',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    message: '« Ça arrive » banalise ce que vit le client. Reconnaissez la gêne, puis dites ce que vous faites.',
    patterns: [
      {
        re: String.raw`${START}(?<span>(?:ça|cela)\s+arrive(?:\s+(?:à\s+tout\s+le\s+monde|tout\s+le\s+temps|souvent|parfois|régulièrement|fréquemment))?)(?=\s*[,.!;]|\s*$)`,
        flag: [{ text: 'Un colis qui repart, ça arrive, on le renvoie.', span: 'ça arrive' }],
      },
      {
        re: String.raw`\b(?<span>ce\s+sont\s+des\s+choses\s+qui\s+arrivent|ce\s+genre\s+(?:d'incident|de\s+chose|de\s+souci|de\s+problème)s?\s+(?:arrive|est\s+(?:très\s+|assez\s+)?(?:courant|fréquent)))${END}`,
        flag: [{ text: 'Ce sont des choses qui arrivent quand on appelle souvent à l’étranger.', span: 'Ce sont des choses qui arrivent' }],
      },
      {
        re: String.raw`\b(?<span>c'est\s+(?:malheureusement\s+)?(?:assez|très|plutôt|tout\s+à\s+fait)\s+(?:courant|fréquent|habituel|classique))${END}`,
        flag: [{ text: 'Une attente de deux heures un dimanche, c’est malheureusement assez habituel.', span: 'c’est malheureusement assez habituel' }],
      },
    ],
    unless: [String.raw`\barrive\s+(?:demain|aujourd'hui|ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|bientôt|au|à|en|chez)\b`],
    span: 'sentence',
    suggestions: ['Je comprends que ce soit agaçant, et voici ce que je fais\u00a0: [prochaine étape].'],
    examples: {
      flag: ['Un colis qui repart, ça arrive, on le renvoie.', 'Ce sont des choses qui arrivent quand on appelle souvent à l’étranger.'],
      pass: ['Votre colis ? Il arrive demain avant midi.', 'Le technicien arrive entre 8h et 12h.'],
    },
  },
];
