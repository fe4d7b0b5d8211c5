/** Policy (G6): a rule cited without its reason. */
import type { RuleSource } from '../types';
import { B, E } from './bounds';

const OUR = String.raw`(?:våra|vår|vårt)`;
/** The company's rules by name, compounds included ("returpolicy", "säkerhetsrutiner"). */
const RULES = String.raw`\p{L}*(?:villkor|regler|riktlinjer|rutiner|rutin|policy|policyer|bestämmelser|prislista|föreskrifter)`;

export const POLICY: RuleSource[] = [
  {
    id: 'sv.policy.hide-behind-policy',
    category: 'policy',
    severity: 'warning',
    guideline: 'G6',
    message: 'En regel utan skäl låter som att gömma sig bakom den. Säg varför regeln finns och vad kunden fortfarande kan göra.',
    partialMessage: 'En regel landar bättre med både skälet och vad kunden fortfarande kan göra: lägg till det som saknas.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:enligt|i\s+enlighet\s+med|utifrån)\s+(?:${OUR}|företagets|butikens|gällande)\s+(?:\p{L}+\s+){0,2}?${RULES})${E}`,
        flag: [
          { text: 'Enligt våra villkor sparas inga kortuppgifter efter köpet.', span: 'Enligt våra villkor' },
          { text: 'Påminnelseavgiften tas ut enligt våra allmänna villkor.', span: 'enligt våra allmänna villkor' },
        ],
      },
      {
        re: String.raw`\b(?<span>enligt\s+(?:rutin|\p{L}*(?:villkoren|reglerna|riktlinjerna|rutinen|rutinerna|policyn|bestämmelserna|prislistan|kontraktet|kontraktets\s+regler)))${E}`,
        flag: [{ text: 'Grillning på balkongen är inte tillåten enligt ordningsreglerna.', span: 'enligt ordningsreglerna' }],
      },
      {
        re: String.raw`\b(?<span>(?:det\s+är|så\s+är)\s+(?:ju\s+)?${OUR}\s+(?:\p{L}+\s+)?${RULES})${E}`,
        flag: [{ text: 'Returfrakten står kunden för, det är vår policy.', span: 'det är vår policy' }],
      },
      {
        re: String.raw`,\s*(?:och\s+)?(?<span>det\s+är\s+(?:(?:en|ett)\s+(?:fast\s+|tydlig\s+)?)?(?:regel|regler|krav|standard|gränsen|rutin|beslut)(?:\s+(?:för\s+alla(?:\s+kunder)?|(?:som\s+)?vi\s+följer|hos\s+oss|från\s+(?:ledningen|huvudkontoret)))?)(?=\s*(?:[.!]\s*)?$)`,
        flag: [{ text: 'Vi behöver ett intyg från verkstaden, det är ett krav.', span: 'det är ett krav' }],
      },
      {
        re: String.raw`\b(?<span>regler\s+är\s+regler|gränsen\s+är\s+gränsen|så\s+ser\s+(?:reglerna|rutinen|rutinerna|villkoren|policyn)\s+ut|så\s+är\s+(?:reglerna|det\s+bara))${E}`,
        flag: [
          { text: 'Regler är regler.', span: 'Regler är regler' },
          { text: 'Specialsydda gardiner byts inte, så är det bara.', span: 'så är det bara' },
        ],
      },
      {
        re: String.raw`\b(?<span>det\s+är\s+så\s+(?:det|systemet|vårt\s+\p{L}+|tjänsten)\s+(?:fungerar|är\s+(?:byggt|byggd|uppbyggt|uppbyggd)))\b`,
        flag: [{ text: 'Det är så systemet fungerar.', span: 'Det är så systemet fungerar' }],
      },
      {
        re: String.raw`^(?<span>så\s+(?:är|fungerar)\s+(?:\p{L}*systemet|tjänsten|vårt\s+\p{L}+)(?:\s+(?:byggt|byggd|uppbyggt|uppbyggd))?)(?=\s*(?:[.!]\s*)?$)`,
        flag: [{ text: 'Så är bokningssystemet byggt.', span: 'Så är bokningssystemet byggt' }],
      },
      {
        re: String.raw`\b(?<span>systemet\s+(?:tillåter|medger|godkänner)\s+(?:tyvärr\s+)?inte)\b`,
        flag: [{ text: 'Systemet tillåter inte två adresser på samma order.', span: 'Systemet tillåter inte' }],
      },
      {
        re: String.raw`\b(?<span>(?:beslutat|bestämt|beslutade|bestämda|beslutats|bestämts)\s+(?:centralt|av\s+ledningen|uppifrån|av\s+huvudkontoret))${E}`,
        flag: [{ text: 'Öppettiderna är bestämda av ledningen.', span: 'bestämda av ledningen' }],
      },
      {
        re: String.raw`,\s*(?<span>det\s+gäller\s+(?:för\s+)?alla(?:\s+kunder)?|så\s+gör\s+vi\s+med\s+alla|det\s+är\s+samma\s+regel\s+för\s+alla)(?=\s*(?:[.!]\s*)?$)`,
        flag: [{ text: 'Avgiften för sen avbokning tas alltid ut, det gäller alla.', span: 'det gäller alla' }],
      },
      {
        re: String.raw`\b(?<span>gäller\s+utan\s+undantag)\b`,
        flag: [{ text: 'Depositionen betalas före tillträdet, och det gäller utan undantag.', span: 'gäller utan undantag' }],
      },
      {
        re: String.raw`\b(?<span>det\s+står\s+i\s+(?:${OUR}\s+\p{L}+|avtalet|villkoren|kontraktet|reglerna))${E}(?=\s*(?:[.!]\s*)?$)`,
        flag: [{ text: 'Det står i våra leveransvillkor.', span: 'Det står i våra leveransvillkor' }],
      },
      {
        re: String.raw`\b(?<span>så\s+står\s+det\s+i\s+(?:villkoren|avtalet|reglerna|${OUR}\s+\p{L}+))${E}`,
        flag: [{ text: 'Smycken i incheckat bagage ersätts inte, så står det i villkoren.', span: 'så står det i villkoren' }],
      },
      {
        re: String.raw`\b(?<span>(?:strider\s+mot|bryter\s+mot|ingår\s+inte\s+i|följer\s+inte)\s+${OUR}\s+(?:\p{L}+\s+)?${RULES})${E}`,
        flag: [{ text: 'Att dela kontot mellan två butiker strider mot våra regler.', span: 'strider mot våra regler' }],
      },
      {
        re: String.raw`^(?<span>(?:policy|regler|rutin))(?=\s*(?:[.!]\s*)?$)`,
        flag: [{ text: 'Regler.', span: 'Regler' }],
      },
      {
        re: String.raw`^(?<span>det\s+är\s+(?:en|ett)\s+(?:fast\s+)?(?:regel|rutin|beslut)\s+(?:som\s+gäller\s+(?:för\s+)?alla|(?:som\s+)?vi\s+följer|från\s+(?:ledningen|huvudkontoret)))\b`,
        flag: [{ text: 'Det är en fast regel som gäller alla gäster.', span: 'Det är en fast regel som gäller alla' }],
      },
      {
        re: String.raw`${B}(?<span>(?:är|var)\s+(?:inget|inte\s+något)\s+(?:undantag\s+)?vi\s+(?:förhandlar\s+om|resonerar\s+om|diskuterar|gör|kan\s+frångå))${E}`,
        flag: [{ text: 'Startavgiften ligger fast, det är inget vi förhandlar om.', span: 'är inget vi förhandlar om' }],
      },
      {
        re: String.raw`\b(?<span>(?:gäller|tas\s+ut|debiteras|betalas|kostar)\b[^.!?]{0,40}?\boavsett\s+(?:anledning|situation|orsak|skäl|betalsätt|omständigheter|om))${E}`,
        flag: [{ text: 'Expeditionsavgiften tas ut på alla ordrar, oavsett anledning.', span: 'tas ut på alla ordrar, oavsett anledning' }],
      },
      {
        re: String.raw`,\s*(?<span>inga\s+undantag)(?=\s*(?:[.!]\s*)?$)`,
        flag: [{ text: 'Hundar får bara åka i vagn 5, inga undantag.', span: 'inga undantag' }],
      },
      {
        re: String.raw`\b(?<span>så\s+(?:är\s+det|har\s+\p{L}+)\s+(?:bestämt|beslutat))${E}`,
        flag: [{ text: 'Priset höjs för alla från 1 maj, och så är det bestämt.', span: 'så är det bestämt' }],
      },
      {
        re: String.raw`\b(?<span>det\s+är\s+(?:inte\s+)?så\s+(?:vår|vårt|våra|villkoren|systemet|tjänsten|ansvaret|modellen)\s+(?:\p{L}+\s+)?(?:fungerar|ser\s+ut|är\s+(?:upplagd|upplagt|uppbyggd|uppbyggt|byggd|byggt|skrivna|fördelat|utformad|utformat)))${E}`,
        flag: [{ text: 'Vi har bara chatt på vardagar, det är så vår support är upplagd.', span: 'det är så vår support är upplagd' }],
      },
      {
        re: String.raw`,\s*(?:och\s+)?(?<span>så\s+(?:är|var)\s+(?:\p{L}+\s+){1,2}?(?:utformad|utformat|utformade|uppbyggd|uppbyggt|upplagd|upplagt|skriven|skrivna|byggd|byggt)|så\s+fungerar\s+(?:vår|vårt|våra|det\s+med\s+alla|systemet|schemat|tjänsten)(?:\s+\p{L}+)?|så\s+hanterar\s+vi\s+alla(?:\s+\p{L}+)?)(?=\s*(?:[.!]\s*)?$)`,
        flag: [{ text: 'Bonusen betalas ut efter tre månader, och så är kampanjen utformad.', span: 'så är kampanjen utformad' }],
      },
      {
        re: String.raw`^(?<span>så\s+hanterar\s+vi\s+alla\s+\p{L}+)`,
        flag: [{ text: 'Så hanterar vi alla ärenden om borttappade nycklar.', span: 'Så hanterar vi alla ärenden' }],
      },
      {
        re: String.raw`\b(?<span>det\s+(?:står\s+i\s+\p{L}*(?:villkoren|avtalet)\s+som\s+du\s+(?:godkände|godkänt|accepterade|skrev\s+under)|följer\s+av\s+(?:villkoren|avtalet|${OUR}\s+\p{L}+)))${E}`,
        flag: [{ text: 'Självrisken dras alltid av, det följer av villkoren.', span: 'det följer av villkoren' }],
      },
    ],
    // "Villkoren för din hemförsäkring": the customer's own policy and its document are the product.
    // A rule that gives the customer something ("du har rätt till …") is not hidden behind.
    unless: [String.raw`${B}(?:villkoren|avtalet)\s+för\s+(?:din|ditt|dina|er|ert)\b`, String.raw`\bdu\s+(?:har\s+rätt\s+till|får\s+(?:tillbaka|ersättning|pengarna))\b`],
    explainable: true,
    span: 'sentence',
    suggestions: [
      '{unframed} eftersom [anledning]{end}',
      '{unframed} eftersom [anledning], men jag kan [alternativ]{end}',
      'Vi har den regeln eftersom [anledning]. Det jag kan göra för dig är att [alternativ].',
    ],
    withReason: ['{unframed}, men jag kan [alternativ]{end}', '{unframed}. Det jag kan göra för dig är att [alternativ]{end}'],
    examples: {
      flag: ['Enligt våra villkor sparas inga kortuppgifter efter köpet.', 'Returfrakten står kunden för, det är vår policy.', 'Regler är regler.'],
      pass: [
        'Din villaförsäkring gäller även för trädgårdsmöblerna på altanen.',
        'Enligt villkoren för din hemförsäkring ingår allrisk upp till 30 000 kr.',
        'Enligt ditt försäkringsbrev ingår allrisk, så skadan på mobilen ersätts.',
        'Ångerrätten gäller i 14 dagar från leveransen, men jag kan ta emot returen ändå eftersom den bara är två dagar sen.',
        'Tack för att du vill teckna en hemförsäkring hos oss.',
        'Du kan alltid höra av dig till oss, oavsett anledning.',
        'Du har rätt till förseningsersättning enligt våra villkor, och jag har redan skickat den.',
        'Enligt avtalet med städfirman ska trapporna tvättas varannan vecka.',
        'Det är så systemet visar en avbokad tid, och jag har nu lagt tillbaka din bokning.',
      ],
    },
  },
];
