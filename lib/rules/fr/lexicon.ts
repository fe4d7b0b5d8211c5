/** Données de langue française pour les détecteurs, les reformulations et la check-list (expressions insensibles à la casse). */
import type { LangPack } from '../types';

/** The documents a policy frame names. */
const DOCS = String.raw`(?:conditions(?:\s+générales)?(?:\s+de\s+(?:vente|location|transport|utilisation))?|CGV|CGU|CGA|règles?|procédures?|politique(?:\s+tarifaire)?|règlement|contrat|barème|grille\s+tarifaire)`;

export const LEXICON: LangPack['lexicon'] = {
  // "code BIENVENUE15", "tapez STOP", "l'offre SÉRÉNITÉ": a code or a label, not emphasis.
  codeBefore: [
    String.raw`\b(?:codes?(?:\s+(?:promo|promotionnel|de\s+réduction|avantage|d'accès|de\s+retrait))?|promo|mot(?:-|\s+)(?:de\s+passe|clé)|référence|réf|dossier|n°|numéro)\s*(?::\s*)?`,
    String.raw`\b(?:saisissez|saisir|entrez|entrer|tapez|taper|utilisez|envoyez|envoyer|indiquez|répondez|répondre|écrivez|écrire)(?:\s+(?:le|la|les|l'|par))?\s+`,
    String.raw`\bou\s+par\s+`,
    String.raw`\b(?:bouton|touche|onglet|menu|rubrique|option|offre|forfait|formule|mode|statut|pass|carte|tarif|abonnement|voyant)\s+`,
  ],
  codeAfter: [String.raw`\s+/\S`, String.raw`\s+https?:`],
  // French words that read as emphasis in capitals; longer pronounceable ones (SURTOUT,
  // IMPÉRATIF, DEUXIÈME) are recognized without a list. Codes that look like words stay codes.
  capsWords: [
    'ne', 'pas', 'jamais', 'rien', 'plus', 'tout', 'tous', 'toute', 'toutes', 'non', 'oui', 'très', 'bien', 'avant', 'après', 'aucun', 'aucune',
    'seul', 'seule', 'seuls', 'déjà', 'vous', 'votre', 'vos', 'nous', 'notre', 'nos', 'le', 'la', 'les', 'de', 'du', 'des', 'un', 'une', 'et', 'ou',
    'à', 'au', 'aux', 'sur', 'dans', 'pour', 'par', 'avec', 'sans', 'que', 'qui', 'est', 'sont', 'il', 'elle', 'je', 'me', 'mon', 'mes', 'son', 'ses',
    'mais', 'donc', 'car', 'ni', 'même', 'fois', 'faut', 'doit', 'devez', 'pouvez', 'peut', 'lire', 'ici', 'là', 'ça', 'cela', 'deux', 'trois',
    'date', 'heure', 'jour', 'jours', 'fin', 'prix', 'frais', 'colis', 'entre', 'sous', 'chez', 'êtes', 'avez', 'été', 'fait', 'dit', 'lu', 'vu',
    'mois', 'an', 'ans', 'délai', 'vrai', 'faux', 'bon', 'bonne', 'moins', 'enfin', 'aussi', 'stop',
  ],
  // Acronyms and brand names written in capitals that look like French words.
  acronymWords: ['URSSAF', 'NAVIGO', 'ASSEDIC', 'UNEDIC', 'CARSAT', 'MATMUT', 'GROUPAMA', 'COLISSIMO', 'CHRONOPOST', 'MONDIAL', 'ORANGE', 'POSTFINANCE', 'SWISSCOM', 'MIGROS', 'VIDEOTRON', 'DESJARDINS', 'AMELI', 'OUIGO', 'INOUI', 'LINKY', 'TEMPO', 'TWINT'],
  softeners: [
    String.raw`,\s*malheureusement`,
    String.raw`,\s*hélas`,
    String.raw`,\s*(?:j'en\s+suis\s+|je\s+suis\s+)?désolée?`,
    String.raw`,\s*(?:j'en\s+suis\s+|je\s+suis\s+)?navrée?`,
    String.raw`,\s*je\s+le\s+crains`,
    String.raw`,\s*j'en\s+ai\s+(?:bien\s+)?peur`,
  ],
  modelVetoes: {
    // Owning the mistake is the opposite of blaming or defending; denying it ("pas de notre faute") is not owning it.
    blame: [String.raw`(?<!\b(?:pas|plus|jamais|aucune?|nullement)\s{1,3}(?:de\s{1,3}|d')?)\b(?:notre|mon)\s+(?:propre\s+)?(?:erreur|faute|oubli)\b`, String.raw`(?<!\b(?:pas|aucune?|nulle)\s{1,3}(?:d')?)\berreur\s+de\s+(?:notre|ma)\s+part\b`, String.raw`\bpas\s+de\s+votre\s+faute\b`, String.raw`\bn'y\s+êtes\s+pour\s+rien\b`],
    defensive: [String.raw`(?<!\b(?:pas|plus|jamais|aucune?|nullement)\s{1,3}(?:de\s{1,3}|d')?)\b(?:notre|mon)\s+(?:propre\s+)?(?:erreur|faute|oubli)\b`, String.raw`(?<!\b(?:pas|aucune?|nulle)\s{1,3}(?:d')?)\berreur\s+de\s+(?:notre|ma)\s+part\b`],
    // A no limited to one channel ("par chat", "ici") leaves the other routes open; the rules still judge it.
    // A negation that gives ("nous ne facturons pas de frais", "sans frais") is good news, not a no.
    refusal: [String.raw`\b(?:par|sur|via)\s+(?:le\s+|la\s+|l'|ce\s+|cette\s+)?(?:chat|tchat|e-mail|mail|courriel|téléphone|messagerie|courrier)\b`, String.raw`\bici\b`, String.raw`\b(?:facturons|facturerons|facture|facturera|prélevons|prélèverons|prélève|prélèvera|compterons|comptons)\s+(?:pas|aucun|aucune|rien)\b`, String.raw`\bne\s+(?:serez|sera|seront)\s+pas\s+(?:facturée?s?|débitée?s?|prélevée?s?)\b`, String.raw`\b(?:aucuns?|sans)\s+frais\b`],
    // Pointing to an attached document ("le devis joint") is an invitation to read it, not a lesson.
    condescending: [String.raw`\b(?:ci-)?joint(?:e|s|es)?\b`],
  },
  // A sentence opening with one of these leans on the one before it, which is then not offered for removal.
  leansBack: ['cela', 'ça', "c'est", "c'était", 'ce', 'ceci', 'donc', 'ainsi', "d'où", 'sinon', 'voilà', 'il', 'ils', 'elle', 'elles'],
  joiners: ['et', 'mais', 'ou', 'donc', 'car', 'pour', 'de', 'du', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'par', 'avec', 'sans', 'avant', 'après', 'depuis', 'que', 'qui', 'dont', 'est', 'sont', 'sera', 'seront', 'a', 'ont', 'si', 'comme', 'quand', 'lorsque', 'afin', 'puis', 'chez', 'entre', 'dès', 'selon', 'vers', 'ni'],
  frames: [
    // "Conformément à nos conditions générales, le remboursement…" → "Le remboursement…".
    String.raw`^(?:conformément|selon|d'après|au\s+titre\s+de)\s+(?:à\s+|aux\s+|au\s+)?(?:nos|notre|les|la|l')\s*(?:[\p{L}-]+\s+){0,2}?${DOCS}(?:\s+[\p{L}-]+){0,2}?\s*,\s*`,
    String.raw`^conformément\s+au\s+(?:contrat|règlement|barème)\s*,\s*`,
    // "…, c'est la procédure." / "…, conformément à nos conditions." / "…, sans dérogation possible."
    String.raw`(?:,|(?<!\s))\s*(?:c'est|ce\s+sont|c'était)\s+(?:la|une|notre|les|nos|le)\s+(?:règles?|procédures?|politique|consignes?|conditions|règlement|loi|délai\s+(?:standard|réglementaire)|système|fonctionnement(?:\s+normal)?)(?:\s+(?:standard|habituelle|normale|du\s+magasin|de\s+l'entreprise|en\s+vigueur|tarifaire|absolue))?$`,
    String.raw`(?:,|(?<!\s))\s*(?:c'est\s+(?:comme\s+ça|ainsi|automatique|verrouillé)|point|sans\s+(?:aucune\s+)?(?:dérogation|exception|discussion|négociation)(?:\s+possible)?)$`,
    String.raw`(?:,|(?<!\s))\s*(?:conformément|selon|au\s+titre\s+de)\s+(?:à\s+|aux\s+|au\s+)?(?:nos|notre|les|la|l')\s*(?:[\p{L}-]+\s+){0,2}?${DOCS}(?:\s+[\p{L}-]+){0,3}?$`,
    String.raw`(?:,|(?<!\s))\s*(?:le\s+système\s+ne\s+(?:le\s+)?permet\s+pas|je\s+n'ai\s+pas\s+la\s+main(?:\s+dessus)?|nous\s+ne\s+faisons\s+que\s+(?:les?\s+|l')?appliquer)$`,
    // After a greeting: "Bonjour Léa, conformément à nos conditions, les frais…" keeps "Bonjour Léa, les frais…".
    String.raw`(?<=,\s)(?:conformément|selon)\s+(?:à\s+|aux\s+)?(?:nos|notre|les|la|l')\s*(?:[\p{L}-]+\s+){0,2}?${DOCS}\s*,\s*`,
  ],
  negations: ['ne', "n'", 'pas', 'jamais', 'aucun', 'aucune', 'sans', 'ni', 'non', 'nullement', 'rien', "n'est", "n'était", "n'a", "n'y"],
  reason: [
    String.raw`\bcar\b`,
    String.raw`\bparce\s+qu`,
    String.raw`\bpuisqu`,
    String.raw`\ben\s+raison\s+d`,
    String.raw`\bdu\s+fait\s+(?:de|du|des|d'|que|qu')`,
    String.raw`(?<![\p{L}])étant\s+donné`,
    String.raw`\bafin\s+(?:de|d'|que|qu')`,
    String.raw`\bpour\s+(?:des\s+raisons|raison)\s+d`,
    String.raw`\bpour\s+(?:protéger|éviter|garantir|préserver|respecter|assurer|sécuriser|limiter|permettre|que|qu')`,
    String.raw`\bc'est\s+pourquoi\b`,
    String.raw`\bce\s+qui\s+(?:signifie|explique|permet)`,
    String.raw`\bla\s+raison\b`,
    String.raw`\bde\s+sorte\s+que`,
    String.raw`\bdans\s+le\s+but\b`,
    String.raw`(?<![\p{L}])à\s+cause\s+d`,
    String.raw`\bd[uû]e?s?\s+à`,
    String.raw`\b(?:imposée?s?|exigée?s?|fixée?s?|décidée?s?|requise?s?)\s+par\b`,
    String.raw`\bpar\s+(?:sécurité|précaution)`,
    String.raw`\bpour\s+votre\s+sécurité`,
    String.raw`\bla\s+loi\s+(?:nous\s+)?(?:impose|oblige|prévoit|interdit)`,
    String.raw`\bplutôt\s+que\b`,
    // A condition is the reason: "pas de remboursement sans preuve du dommage".
    String.raw`\bsans\s+(?:preuve|justificatif|reçu|facture|ticket|photos?)\b`,
  ],
  alternative: [
    String.raw`\ben\s+revanche\b`,
    String.raw`\bpar\s+contre\b`,
    String.raw`(?<![\p{L}])à\s+la\s+place\b`,
    String.raw`\bautre\s+(?:solution|option|possibilité)`,
    String.raw`\b(?:solution|option|alternative)s?\b`,
    String.raw`\b(?:je|nous)\s+(?:vous\s+|le\s+|la\s+|les\s+|l')?(?:peux|pouvons|pourrai|pourrons|pourrais|pourrions)\s+(?!pas\b|plus\b|rien\b|malheureusement\s+pas\b)`,
    String.raw`\b(?:je|nous)\s+(?:vous\s+)?(?:propose|proposons|offre|offrons)\b`,
    String.raw`\bje\s+vous\s+(?:rembourse|envoie|ai\s+(?:commandé|crédité|envoyé|généré|réservé|remboursé|ajouté|activé|appliqué|ouvert|transféré|programmé|proposé))`,
    String.raw`\bnous\s+vous\s+(?:plaçons|offrons|remboursons|rembourserons|accordons|envoyons|enverrons)\b`,
    String.raw`\bvous\s+(?:pouvez|pourrez|pourriez)\s+(?!pas\b)`,
    String.raw`\bil\s+(?:vous\s+)?est\s+(?:toutefois\s+)?possible\s+de`,
    String.raw`\bsi\s+vous\s+(?:le\s+)?(?:souhaitez|voulez|préférez)`,
    String.raw`\b(?:souhaitez|voulez|préférez)-vous\b`,
    String.raw`\bn'hésitez\s+pas`,
    String.raw`\ben\s+attendant\b`,
    String.raw`\bj'ai\s+(?:\p{L}+\s+)?(?:commandé|crédité|généré|réservé|remboursé|ajouté|activé|appliqué|ouvert|programmé|prolongé|proposé)`,
    // A route the customer can take themselves, or on a condition.
    String.raw`\b(?:est|sont)\s+(?:téléchargeables?|disponibles?|consultables?)\s+(?:dans|sur|depuis|en)\b`,
    String.raw`\bvous\s+(?:le\s+|la\s+|les\s+|l')?trouverez\b`,
    // "…, mais je surveille le suivi", "…, mais il reste échangeable": what remains possible.
    String.raw`\bmais\s+(?:je|nous)\s+(?!ne\b|n'|comprends|comprenons|regrett|suis\s+désol|sommes\s+désol|vous\s+rappel)`,
    String.raw`\bmais\s+(?:il|elle|ils|elles|cela)\s+(?:reste|restent|est|sont)\s+(?!pas\b|plus\b)`,
    // Another route, given as an instruction: "Envoyez-le plutôt par e-mail."
    String.raw`(?<=^|[.!?;:,]\s{1,3})(?:envoyez|transmettez|utilisez|passez\s+par|rendez-vous|adressez-vous|contactez|déposez)\b`,
    String.raw`\bsi\b[^.!?]{0,80}?,\s*(?:envoyez|transmettez|contactez|appelez|déposez|présentez|adressez)`,
  ],
  acknowledge: [
    String.raw`\bmerci\b`,
    String.raw`\bremerci`,
    String.raw`\bdésolée?s?`,
    String.raw`\bnavrée?s?`,
    String.raw`\bexcuse`,
    String.raw`\bpardon\b`,
    String.raw`\bje\s+(?:comprends|conçois|vois\s+bien|mesure|imagine|sais\s+(?:que|combien))\b`,
    String.raw`\bnous\s+comprenons\b`,
    String.raw`\bvous\s+avez\s+(?:tout\s+à\s+fait\s+|entièrement\s+|parfaitement\s+)?raison\b`,
    String.raw`\b(?:frustrant|agaçant|pénible|stressant|angoissant|inquiétant|éprouvant|déstabilisant|contrariant|désagréable|décevant)e?s?`,
    String.raw`\bc'est\s+(?:vraiment\s+)?(?:dommage|regrettable)`,
    String.raw`\bbonne\s+question\b`,
    String.raw`\bregrett`,
  ],
  nextStep: [
    String.raw`\b(?:je|nous)\s+(?:vais|allons)\s+\p{L}+`,
    String.raw`\b(?:je|nous)\s+(?:vous\s+|le\s+|la\s+|les\s+|l'|lui\s+)?\p{L}+(?:rai|rons)\b`,
    String.raw`\bj'ai\s+(?:bien\s+)?(?:\p{L}+\s+)?(?:envoyé|transmis|ouvert|programmé|demandé|relancé|remboursé|crédité|commandé|réservé|ajouté|activé|annulé|modifié|corrigé|prolongé|appliqué|résilié|transféré|lancé|débloqué|réactivé|changé|rétabli|effectué|validé|enregistré|créé|supprimé|bloqué|mis\s+à\s+jour)`,
    String.raw`\bnous\s+avons\s+(?:bien\s+)?(?:\p{L}+\s+)?(?:envoyé|transmis|ouvert|programmé|demandé|relancé|remboursé|crédité|commandé|réservé|ajouté|activé|annulé|modifié|corrigé|prolongé|appliqué|résilié|transféré|lancé|débloqué|réactivé|rétabli|effectué|validé|enregistré|versé|rectifié)`,
    String.raw`\bvous\s+(?:recevrez|aurez|verrez|serez)\b`,
    String.raw`\bvous\s+(?:pouvez|pourrez)\b`,
    String.raw`\b(?:pouvez-vous|pourriez-vous|merci\s+de\s+(?:me|nous)|envoyez-(?:moi|nous)|répondez|dites-moi|indiquez-(?:moi|nous))`,
    String.raw`\bvous\s+n'avez\s+(?:rien|plus\s+rien)\s+à\s+faire`,
    String.raw`\bdevrai(?:t|ent)\s+(?:arriver|être|partir|apparaître)`,
    String.raw`\bvous\s+devriez\s+(?:recevoir|le\s+recevoir|la\s+recevoir|les\s+recevoir|voir)`,
    String.raw`\bprochaine\s+étape`,
    String.raw`\b(?:envoyez|transmettez|renvoyez|contactez|appelez|rendez-vous|cliquez|connectez-vous|redémarrez|indiquez|précisez|répondez)(?:-(?:moi|nous|le|la|les))?\b`,
    String.raw`\bil\s+(?:vous\s+)?suffit\s+de`,
  ],
  timeframe: [
    String.raw`\b(?:aujourd'hui|demain|ce\s+soir|ce\s+matin|cet\s+après-midi|cette\s+semaine|la\s+semaine\s+prochaine|le\s+mois\s+prochain|dès\s+(?:demain|aujourd'hui|maintenant|réception|que|qu'))`,
    String.raw`\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b`,
    String.raw`\b(?:sous|d'ici|dans|en)\s+(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|24|48|72)\s+(?:à\s+\d+\s+)?(?:minutes?|heures?|jours?|semaines?|mois)\b`,
    String.raw`\b(?:avant|d'ici|jusqu'au|au\s+plus\s+tard\s+le|le)\s+(?:\d{1,2}|1er)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)`,
    String.raw`\b\d{1,2}\s?h\s?\d{0,2}\b`,
    String.raw`\b\d{1,2}:\d{2}\b`,
    String.raw`\b(?:immédiatement|tout\s+de\s+suite|dans\s+la\s+journée|au\s+plus\s+vite|rapidement|sans\s+délai|dans\s+les\s+meilleurs\s+délais|d'ici\s+(?:ce\s+soir|demain|la\s+fin))`,
    String.raw`\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b`,
  ],
  followUp: [
    String.raw`\b(?:je|nous)\s+vous\s+(?:tiendrai|tiendrons|tiens)\s+(?:informée?s?|au\s+courant)`,
    String.raw`\b(?:je|nous)\s+(?:reviendrai|reviendrons|reviens)\s+vers\s+vous`,
    String.raw`\b(?:je|nous)\s+vous\s+(?:rappellerai|rappellerons|recontacterai|recontacterons|recontacte|écrirai|écrirons|préviendrai|préviendrons|informerai|informerons)`,
    String.raw`\bje\s+vous\s+préviens\s+dès`,
    String.raw`\bvous\s+serez\s+(?:informée?s?|prévenue?s?|avertie?s?)`,
    String.raw`\bvous\s+recevrez\s+(?:un|une)\s+(?:e-mail|mail|sms|courriel|notification|confirmation|réponse|appel)`,
    String.raw`\bje\s+(?:fais|ferai)\s+le\s+point`,
    String.raw`\bje\s+(?:suis|suivrai)\s+(?:votre\s+dossier|personnellement)`,
    String.raw`\bje\s+relance\b`,
  ],
  ongoing: [
    String.raw`\ben\s+cours\b`,
    String.raw`\benquêt`,
    String.raw`\bj'ai\s+(?:ouvert|lancé|transmis|escaladé|relancé)`,
    String.raw`\bnous\s+(?:examinons|étudions|analysons|vérifions|recherchons)\b`,
    String.raw`\ben\s+attente\b`,
    String.raw`\bdans\s+l'attente`,
    String.raw`\b(?:j'attends|nous\s+attendons)\b`,
    String.raw`\bun\s+(?:dossier|ticket|signalement|litige)\s+(?:a\s+été\s+)?ouvert`,
    String.raw`\bescalad`,
    String.raw`\bje\s+(?:vérifie|regarde|me\s+renseigne|me\s+rapproche)\b`,
    String.raw`\bsuit\s+son\s+cours\b`,
  ],
};
