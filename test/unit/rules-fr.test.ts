// @vitest-environment happy-dom
/**
 * The French rule pack on sentences a French support agent would write (vous-form): each category
 * is flagged, the French hard negatives stay clean, explained refusals and policies are quiet,
 * French typography (no-break spaces before « ! ? : », curly apostrophes) is read as typography,
 * and the rewrites keep their facts. None of these sentences comes from data/tone/fr.
 */
import { describe, expect, it } from 'vitest';
import { check, type Finding } from '../../lib/checker';
import { guidelineText, langOfRule } from '../../lib/guidelines/en';
import { h } from 'preact';
import { cleanup, render } from '@testing-library/preact';
import { ReportChecklist } from '../../components/report-checklist';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const fr = (text: string) => check(text, { lang: 'fr' });
/** Findings that count (info is a nudge, not a flag). */
const flagged = (text: string) => fr(text).findings.filter((f) => f.severity !== 'info');

function applied(text: string, f: Finding, i = 0): string {
  const fix = f.fixes![i];
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}

describe('French pack: every category is flagged', () => {
  const cases: Array<[string, string, string]> = [
    ['blame', 'fr.blame.vous-auriez-du', 'Vous auriez dû nous envoyer la photo du compteur avant la relève.'],
    ['blame', 'fr.blame.si-vous-aviez', 'Si vous aviez déclaré le sinistre à temps, il aurait été indemnisé.'],
    ['blame', 'fr.blame.votre-faute', 'Le retard vient d’un oubli de votre part.'],
    ['blame', 'fr.blame.mauvaise-saisie', 'Vous avez indiqué une adresse incomplète lors de la commande.'],
    ['blame', 'fr.blame.vous-avez-oublie', 'Vous avez oublié de joindre le justificatif de domicile.'],
    ['blame', 'fr.blame.forcement-vous', 'Vous avez probablement débranché la prise optique.'],
    ['blame', 'fr.blame.ce-qui-arrive', 'Le badge a été désactivé, c’est ce qui se passe quand on ne le valide pas pendant trois mois.'],
    ['blame', 'fr.blame.ce-qui-arrive', 'Ce type de rejet survient le plus souvent quand on oublie de signer le mandat.'],
    ['defensive', 'fr.defensive.pas-notre-faute', 'Nous ne sommes pas responsables des délais de la douane.'],
    ['defensive', 'fr.defensive.renvoi', 'C’est le transporteur qui a abîmé le carton, pas nous.'],
    ['defensive', 'fr.defensive.ca-fonctionne', 'Notre plateforme fonctionne parfaitement chez tous nos clients.'],
    ['defensive', 'fr.defensive.palmares', 'Nous expédions plus de 5 000 commandes par semaine.'],
    ['dismissive', 'fr.dismissive.ce-nest-que', 'Ce n’est qu’un petit décalage de facturation.'],
    ['dismissive', 'fr.dismissive.pas-grave', 'Une journée sans télévision, ce n’est pas la fin du monde.'],
    ['dismissive', 'fr.dismissive.calmez-vous', 'Calmez-vous, nous allons regarder cela.'],
    ['condescending', 'fr.condescending.comme-deja-dit', 'Comme je vous l’ai déjà expliqué, la carte se bloque après trois essais.'],
    ['condescending', 'fr.condescending.je-vous-rappelle', 'Je me permets de vous rappeler que le délai de rétractation est de 14 jours.'],
    ['condescending', 'fr.condescending.vous-savez', 'Vous n’êtes pas sans savoir que le plein est à votre charge.'],
    ['condescending', 'fr.condescending.lecon', 'Il suffisait de consulter votre espace client.'],
    ['condescending', 'fr.condescending.cest-simple', 'Ce n’est pas sorcier, il y a un seul bouton.'],
    ['refusal', 'fr.refusal.non-sec', 'Nous ne pouvons pas prolonger votre abonnement.'],
    ['refusal', 'fr.refusal.non-sec', 'Votre demande de remboursement est refusée.'],
    ['refusal', 'fr.refusal.non-sec', 'Nous ne sommes malheureusement pas en mesure de réserver une suite favorable à votre demande.'],
    ['policy', 'fr.policy.cest-la-regle', 'Le dépôt de garantie est encaissé à la réservation, c’est la procédure.'],
    ['policy', 'fr.policy.conformement', 'Conformément à nos conditions générales de vente, les articles soldés ne sont pas repris.'],
    ['policy', 'fr.policy.pas-la-main', 'Le prélèvement part automatiquement le 5, je n’ai pas la main.'],
    ['shouting', 'fr.shouting.majuscules', 'Il faut IMPÉRATIVEMENT garder le ticket de caisse.'],
    ['shouting', 'fr.shouting.ponctuation', 'C’est enfin réglé !!!'],
  ];
  for (const [category, ruleId, text] of cases) {
    it(`${category}: ${text}`, () => {
      const hits = flagged(text).filter((f) => f.ruleId === ruleId);
      expect(hits.map((f) => f.category), JSON.stringify(fr(text).findings.map((f) => f.ruleId))).toContain(category);
    });
  }

  it('reads both apostrophes the same', () => {
    for (const text of ['C’est la règle, sans exception.', "C'est la règle, sans exception."]) {
      expect(flagged(text).map((f) => f.ruleId)).toContain('fr.policy.cest-la-regle');
    }
    expect(flagged('Il vous appartenait d’y répondre.').map((f) => f.ruleId)).toContain('fr.blame.votre-faute');
    expect(flagged("Il vous appartenait d'y répondre.").map((f) => f.ruleId)).toContain('fr.blame.votre-faute');
  });

  it('finds words that start or end with an accented letter', () => {
    // `\b` is ASCII-only in JavaScript: "ça", "été" and "responsabilité." need the pack's own edges.
    expect(flagged('Un remboursement qui prend cinq jours, ça arrive.').map((f) => f.ruleId)).toContain('fr.dismissive.ca-arrive');
    expect(flagged('C’était votre responsabilité.').map((f) => f.ruleId)).toContain('fr.blame.votre-faute');
    expect(flagged('L’échange est donc refusé.').map((f) => f.ruleId)).toContain('fr.refusal.non-sec');
  });
});

describe('French pack: the hard negatives stay clean', () => {
  const clean: Record<string, string[]> = {
    'negation-idiom': [
      'Pas de souci, je vous renvoie la facture dans la journée.',
      'Pas de problème pour décaler la livraison à samedi.',
      'N’hésitez pas à me répondre si le créneau ne vous va pas.',
      'Je ne manquerai pas de vous prévenir dès que le colis part.',
      'Vous n’avez rien à faire de votre côté, le changement est automatique.',
      'Aucun frais ne vous sera demandé pour ce changement.',
    ],
    'courtesy-formula': [
      'Je vous invite à relire le devis joint et à me dire s’il vous convient.',
      'Je me permets de revenir vers vous au sujet de votre demande de devis.',
      'Veuillez trouver ci-joint l’attestation demandée.',
      'Je reste à votre disposition pour toute question.',
      'Je vous invite à compléter le formulaire joint, puis à me le renvoyer.',
    ],
    'just-helpful': [
      'Pour changer votre RIB, il suffit d’aller dans Profil, puis Paiement.',
      'Il suffit de saisir le code BIENVENUE10 au moment du paiement.',
      'Vous pouvez tout simplement répondre à cet e-mail avec la photo.',
    ],
    recap: ['Comme convenu au téléphone, j’ai décalé votre rendez-vous au jeudi 9 avril.', 'Je vous rappelle que la résiliation prend effet le 30 avril.', 'Pour faire suite à notre échange, je vous confirme la résiliation au 30 juin.'],
    'policy-noun': ['Votre police habitation n° MRH-4410-22 couvre le vol par effraction.', 'La police auto reste valable jusqu’au 31 décembre.', 'Notre politique de confidentialité est disponible en pied de page.'],
    'explained-refusal': [
      'Je ne peux pas annuler la commande, car elle est déjà partie de l’entrepôt ; en revanche, vous pourrez la refuser à la livraison et je vous rembourserai sous trois jours.',
      'Nous ne pouvons pas vous rembourser en espèces, car le paiement a été fait par carte, mais je peux lancer le remboursement sur cette carte dès aujourd’hui.',
    ],
    'explained-policy': [
      'Les billets sont nominatifs pour éviter la revente, mais vous pouvez changer le nom du voyageur gratuitement jusqu’à la veille.',
      'Conformément à la loi, le délai de rétractation est de 14 jours afin de vous laisser le temps de décider ; vous pouvez encore renvoyer l’article jusqu’au 20 mai.',
    ],
    'owning-mistake': [
      'C’est une erreur de notre part, et je vous rembourse les 12 € aujourd’hui.',
      'Vous auriez dû recevoir un SMS de confirmation, mais notre système ne l’a pas envoyé.',
      'Vous n’y êtes pour rien : le formulaire a perdu votre adresse.',
      'Ce n’est pas de votre faute, l’étiquette était illisible.',
      'Vous avez été débité par erreur, je vous rembourse aujourd’hui.',
      'Ce n’était pas une bonne idée de notre part d’envoyer deux factures, toutes nos excuses.',
    ],
    reassurance: ['Rassurez-vous, votre ligne reste active pendant le transfert.', 'Ce n’est qu’une formalité, je m’en charge.', 'La différence n’est que de 2 €, je vous la rembourse.', 'Je vous rappelle que vous pouvez annuler sans frais jusqu’à la veille.', 'Ne vous inquiétez pas pour le délai, je l’ai prolongé jusqu’au 15.'],
    'only-factual': ['Le lien n’est valable que 24 heures.', 'Seul le titulaire du compte peut demander la clôture.', 'Il ne reste à régler que la dernière mensualité de 32 €.'],
    'should-future': ['Vous devriez recevoir le colis demain avant midi.', 'Le remboursement devrait apparaître sous trois jours ouvrés.'],
    'acronym-code': [
      'La TVA de 20 % figure sur la facture HT et TTC.',
      'Merci de nous envoyer un RIB avec l’IBAN et le BIC de votre banque.',
      'Le numéro SIRET de votre société est bien enregistré.',
      'Votre numéro de suivi Colissimo est le 6A12345678901.',
      'Le PDL de votre logement figure sur votre facture EDF.',
    ],
    'customer-words': ['Vous écrivez que « le décodeur s’éteint tout seul » depuis lundi.'],
    'firm-kind-no': ['Je ne peux pas vous communiquer ce code par chat. Vous le trouverez dans l’application, rubrique Sécurité.'],
    'partner-fact': ['Des milliers de clients ont été touchés par la panne de ce matin, et je vous prie de nous excuser.', 'Le transporteur a eu un retard au centre de tri de Lyon, et j’ai demandé une livraison prioritaire.'],
    'quoted-label': ['Cliquez sur « Modifier ma commande », en haut à droite.'],
    'safety-warning': ['Par sécurité, ne communiquez jamais votre code confidentiel, même à un conseiller.'],
    'neutral-fact': [
      // How a feature or the network behaves, in the words of the impersonal blame ("ce genre de… arrive quand…").
      'Ce genre de message apparaît quand on change de forfait en cours de mois.',
      'Ce genre de coupure arrive quand le réseau est en maintenance, et elle est déjà terminée.',
      'Si on ne reçoit pas le code, il suffit de cliquer sur « Renvoyer ».',
    ],
    empathy: ['Je suis vraiment désolée pour ce contretemps, je comprends que ce soit pénible.'],
    thanks: ['Merci pour votre message et pour les photos du carton.'],
  };
  for (const [kind, sentences] of Object.entries(clean)) {
    for (const text of sentences) {
      it(`${kind}: ${text}`, () => {
        expect(flagged(text).map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
      });
    }
  }
});

describe('French pack: explained refusals and policies', () => {
  it('a no with a reason and an alternative is quiet; with one of them it is a nudge', () => {
    const bare = 'Nous ne pouvons pas échanger le casque.';
    expect(fr(bare).findings.find((f) => f.category === 'refusal')?.severity).toBe('warning');
    const half = 'Nous ne pouvons pas échanger le casque, car il a été ouvert.';
    expect(fr(half).findings.filter((f) => f.category === 'refusal').map((f) => f.severity)).toEqual(['info']);
    const full = 'Nous ne pouvons pas échanger le casque, car il a été ouvert ; en revanche, je peux vous proposer un avoir.';
    expect(fr(full).findings.filter((f) => f.category === 'refusal')).toEqual([]);
  });

  it('a citation of the conditions with its reason and what remains possible is quiet', () => {
    const text = 'Conformément à nos conditions, le retour est gratuit pendant 30 jours, car nous voulons que vous puissiez essayer l’article ; je peux vous envoyer l’étiquette.';
    expect(fr(text).findings.filter((f) => f.category === 'policy')).toEqual([]);
  });

  it('a policy wall stays flagged even when the next sentence offers something', () => {
    const text = 'Un seul code promo par commande, c’est la règle. Je peux en revanche appliquer le plus avantageux des deux.';
    expect(flagged(text).map((f) => f.ruleId)).toContain('fr.policy.cest-la-regle');
  });
});

describe('French typography', () => {
  it('one or two "!" after a no-break space are not shouting; three, or "?!", are', () => {
    for (const text of [`Merci beaucoup${NBSP}!`, `Votre colis est arrivé${NNBSP}!`, `Pouvez-vous m’envoyer une photo${NBSP}?`, `Voici le lien${NBSP}: exemple.fr`]) {
      expect(flagged(text).filter((f) => f.category === 'shouting')).toEqual([]);
    }
    expect(flagged(`Le remboursement est parti${NBSP}!!!`).map((f) => f.ruleId)).toContain('fr.shouting.ponctuation');
    expect(flagged(`Vous avez vraiment redémarré la box${NBSP}?!`).map((f) => f.ruleId)).toContain('fr.shouting.ponctuation');
    for (const text of [`Merci infiniment${NBSP}!!`, `Le remboursement est parti${NBSP}!!`]) {
      expect(flagged(text).filter((f) => f.category === 'shouting'), text).toEqual([]);
    }
  });

  it('reads French words in capitals as emphasis and French codes as codes', () => {
    const shout = fr('Ne débranchez PAS la box et ne touchez à RIEN.').findings.filter((f) => f.category === 'shouting');
    expect(shout.map((f) => f.text)).toEqual(['PAS', 'RIEN']);
    for (const text of ['Envoyez votre RIB et le SIRET de la société.', 'Le code PIN et le PUK sont sur la carte SIM.', 'Votre attestation URSSAF et votre pass NAVIGO sont joints.', 'Saisissez le code BIENVENUE à l’étape du panier.']) {
      expect(flagged(text).filter((f) => f.category === 'shouting'), text).toEqual([]);
    }
  });

  it('a rewrite keeps the no-break space before « ? » and the text’s apostrophes', () => {
    const text = 'Notre application fonctionne parfaitement.';
    const f = flagged(text).find((x) => x.ruleId === 'fr.defensive.ca-fonctionne')!;
    expect(f.fixes![0].sentence).toMatch(new RegExp(`\\[question\\]${NBSP}\\?$`));
    const curly = 'Je ne peux pas changer l’adresse de livraison.';
    const g = flagged(curly).find((x) => x.category === 'refusal')!;
    expect(g.fixes![0].sentence).toBe('Je ne peux pas changer l’adresse de livraison, car [raison], mais je peux [alternative].');
    const straight = "Je ne peux pas changer l'adresse de livraison.";
    expect(flagged(straight).find((x) => x.category === 'refusal')!.fixes![0].sentence).not.toContain('’');
  });

  it('a text that spaces « ? » keeps that space when a no is rebuilt', () => {
    const text = 'Vous me demandez un échange ? Nous ne pouvons pas échanger ce modèle ?';
    const f = flagged(text).find((x) => x.category === 'refusal')!;
    expect(f.fixes![0].sentence).toBe('Nous ne pouvons pas échanger ce modèle, car [raison], mais je peux [alternative] ?');
  });
});

describe('French rewrites', () => {
  it('rebuilds a bare no around its own facts, after the greeting', () => {
    const text = 'Bonjour Madame Girard, nous ne pouvons pas rembourser les 49,90 € de la commande 88123.';
    const f = flagged(text).find((x) => x.category === 'refusal')!;
    expect(f.fixes![0].sentence).toBe('Bonjour Madame Girard, nous ne pouvons pas rembourser les 49,90 € de la commande 88123, car [raison], mais je peux [alternative].');
  });

  it('drops a policy frame and keeps the rule’s content, the greeting and the amounts', () => {
    const text = 'Bonjour Léa, conformément à nos CGV, les frais de retour de 5,90 € restent à votre charge.';
    const f = flagged(text).find((x) => x.category === 'policy')!;
    expect(f.fixes![0].sentence).toBe('Bonjour Léa, les frais de retour de 5,90 € restent à votre charge, car [raison].');
    const tail = 'La carte est remplacée en agence uniquement, c’est la procédure.';
    expect(flagged(tail).find((x) => x.category === 'policy')!.fixes![0].sentence).toBe('La carte est remplacée en agence uniquement, car [raison].');
  });

  it('drops "comme je vous l’ai déjà dit" and re-capitalizes what follows', () => {
    const text = 'Comme je vous l’ai déjà dit, le colis 6A99887766 part jeudi.';
    const f = flagged(text).find((x) => x.ruleId === 'fr.condescending.comme-deja-dit')!;
    expect(applied(text, f)).toBe('Le colis 6A99887766 part jeudi.');
  });

  it('turns "vous auriez dû" into an invitation, keeping the object pronoun and the date', () => {
    const text = 'Vous auriez dû nous le signaler avant le 3 avril.';
    const f = flagged(text).find((x) => x.ruleId === 'fr.blame.vous-auriez-du')!;
    // The text has no apostrophe of its own: the rewrite types the straight one.
    expect(applied(text, f)).toBe("N'hésitez pas à nous le signaler avant le 3 avril.");
  });

  it('keeps a text’s own doubled pronoun ("que vous vous êtes procuré")', () => {
    const text = 'Nous ne pouvons pas rembourser le billet que vous vous êtes procuré en gare.';
    const f = flagged(text).find((x) => x.category === 'refusal')!;
    expect(applied(text, f)).toBe('Nous ne pouvons pas rembourser le billet que vous vous êtes procuré en gare, car [raison], mais je peux [alternative].');
  });

  it('drops an impersonal "ce qui arrive quand on…" clause and keeps the facts before it', () => {
    const text = 'La carte bancaire a été démagnétisée, ce qui se produit quand on la range sans étui près du téléphone.';
    const f = flagged(text).find((x) => x.ruleId === 'fr.blame.ce-qui-arrive')!;
    expect(f.start).toBe(0);
    expect(applied(text, f)).toBe('La carte bancaire a été démagnétisée.');
  });

  it('offers no cut that would lose a fact inside the clause, or leave a fragment', () => {
    // The 15 days are what the customer needs to know: the finding stays, without a rewrite.
    const days = 'Le colis est reparti vers l’expéditeur, ce qui arrive quand on ne le retire pas sous 15 jours.';
    expect(flagged(days).find((x) => x.ruleId === 'fr.blame.ce-qui-arrive')!.suggestions).toEqual([]);
    // "X, c'est ce qui arrive quand on…" without its clause is not a sentence.
    const topic = 'Une facture de régularisation, c’est ce qui arrive quand on ne transmet jamais ses index.';
    expect(flagged(topic).find((x) => x.ruleId === 'fr.blame.ce-qui-arrive')!.suggestions).toEqual([]);
  });

  const replies = [
    'Bonjour Monsieur Petit,\n\nNous ne pouvons pas annuler le contrat n° HAB-2207 avant le 1er mars. Le règlement, c’est le règlement.\n\nCordialement,\nSandrine',
    'Comme précisé à trois reprises, le remboursement de 129 € part sous 5 jours.',
    'Bonjour Julien, je vous rappelle que la résiliation se fait par lettre recommandée au 12 rue Carnot.',
    'Le raccordement de la ligne 06 12 48 77 30 prend six semaines, sans dérogation possible.',
  ];
  for (const text of replies) {
    it(`every offered rewrite keeps its facts and clean seams: ${JSON.stringify(text.slice(0, 40))}`, () => {
      const r = fr(text);
      const offered = r.findings.flatMap((f) => (f.fixes ?? []).map((fix) => ({ f, fix })));
      expect(offered.length).toBeGreaterThan(0);
      for (const { f, fix } of offered) {
        expect(fix.sentence).not.toMatch(/ {2}|\s[,.]|,\./);
        expect(text.slice(0, fix.start) + fix.text + text.slice(fix.end)).toContain(fix.sentence);
        for (const fact of (text.slice(f.start, f.end).match(/\d[\d,.–-]*\d|\d|[A-Z]{2,}-\d+/g) ?? [])) expect(fix.sentence).toContain(fact);
        const again = check(fix.sentence.replace(/\[[^\]]+\]/g, 'cela'), { lang: 'fr' }).findings;
        expect(again.filter((g) => g.category === f.category && g.severity !== 'info')).toEqual([]);
      }
    });
  }
});

describe('French checklist signals', () => {
  it('finds the acknowledgement, next step, timeframe and follow-up of a French reply', () => {
    const text = 'Bonjour Madame Roux, je suis désolée pour ce retard. J’ai relancé le transporteur ce matin et votre colis sera livré jeudi. Je vous tiens informée dès que j’ai leur retour.';
    const r = fr(text);
    const met = Object.fromEntries(r.checklist.map((c) => [c.id, c.state === 'met' ? text.slice(c.start, c.end) : c.state]));
    expect(met).toMatchObject({ acknowledge: 'désolée', 'next-step': 'J’ai relancé', timeframe: 'ce matin', 'follow-up': 'Je vous tiens informée' });
  });

  it('counts a route the customer can take as the alternative of a no', () => {
    const text = 'Il n’est pas possible de joindre un fichier ici. Envoyez-le par e-mail à support@exemple.fr.';
    expect(fr(text).checklist.find((c) => c.id === 'alternative')?.state).toBe('met');
    expect(flagged(text).filter((f) => f.category === 'refusal')).toEqual([]);
  });
});

describe('French guidelines and placeholders', () => {
  it('a French finding cites its guideline in French; a team’s wording still wins', () => {
    const f = flagged('Nous ne pouvons pas prolonger votre abonnement.')[0];
    expect(langOfRule(f.ruleId)).toBe('fr');
    const g = guidelineText(f.guideline, undefined, langOfRule(f.ruleId));
    expect(g.title).toBe('Refuser la demande, pas la personne');
    expect(guidelineText('G5', { G5: 'Notre formulation.' }, 'fr').text).toBe('Notre formulation.');
    expect(guidelineText('G5', undefined, 'en').title).toBe('Say no to the request, not to the person');
  });

  it('flags an unfilled French placeholder left by a rewrite', () => {
    const r = fr('Nous ne pouvons pas annuler la commande, car [raison], mais je peux [alternative].');
    expect(r.gaps).toBe(2);
    expect(r.findings.filter((f) => f.ruleId === 'fr.placeholder.non-rempli').map((f) => f.text)).toEqual(['[raison]', '[alternative]']);
  });
});

describe('French guidelines in the popup checklist', () => {
  it('a French reply’s checklist explains each item with the French guideline', () => {
    const r = fr('Nous ne pouvons pas échanger le casque. Je vous tiens informée.');
    const { container } = render(h(ReportChecklist, { items: r.checklist, lang: r.lang }));
    const ack = container.querySelector('[data-state] .rc-gid')!;
    expect(ack.getAttribute('title')).toBe(`${guidelineText('G1', undefined, 'fr').title}: ${guidelineText('G1', undefined, 'fr').text}`);
    expect(ack.getAttribute('title')).toMatch(/^Reconnaître d’abord/);
    cleanup();
  });
});

describe('French pack: word edges written as \\p{L}', () => {
  it('read the letters of French words in the lexicon signals too ("voilà la place" is no alternative, "à la place" is)', async () => {
    const { PACKS } = await import('../../lib/rules');
    const alternative = PACKS.fr!.signals.alternative;
    expect(alternative.test('Voilà la place du bouton sur l’écran.')).toBe(false);
    expect(alternative.test('Je vous propose à la place un avoir de 20 €.')).toBe(true);
  });
});
