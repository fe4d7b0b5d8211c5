/** Refusal (G5): a no without a reason or a way forward. */
import type { RuleSource } from '../types';
import { B, E } from './bounds';

/** Hedges that go inside a Swedish no: "vi kan tyvärr inte", "det går alltså inte". */
const HEDGE = String.raw`(?:(?:tyvärr|d(?:essvärre|ärför|å)|alltså|heller|i\s+det\s+här\s+fallet)\s+)*`;

/** What the company declines to do ("vi kan inte återbetala …"). */
const ACTS = String.raw`(?:ge|erbjuda|återbetala|betala\s+(?:ut|tillbaka)|ersätta|byta(?:\s+ut)?|ändra(?:\s+på)?|flytta|förlänga|ta\s+(?:bort|tillbaka|emot|hand\s+om)|stryka|göra\s+(?:ett\s+|några\s+|något\s+)?undantag|göra\s+(?:något|mer|det|så|om|någonting)|godkänna|bevilja|acceptera|skicka(?:\s+ut)?|lämna\s+ut|häva|avbryta|boka\s+om|återställa|återskapa|öppna|hjälpa\s+(?:dig\s+)?(?:till|med|vidare)|matcha|sänka|kompensera|kreditera|makulera|annullera|låsa\s+upp|påverka|gå\s+dig\s+till\s+mötes|lova|återinföra|frångå|avsluta|säga\s+upp|korrigera|reparera|laga|ångra|pausa|släppa|prioritera|dela\s+upp|skriva\s+av|efterskänka|hålla\s+kvar|lägga\s+till|reservera|garantera|höja|tidigarelägga|påskynda|behandla|pröva|ompröva|hyra\s+ut|leverera|säga\s+mer|lösa\s+in|tillåta|stå\s+för|dra\s+av|ta\s+betalt)`;

export const REFUSAL: RuleSource[] = [
  {
    id: 'sv.refusal.flat-no',
    category: 'refusal',
    severity: 'warning',
    guideline: 'G5',
    message: 'Ett kort nej lämnar kunden utan någonstans att vända sig. Ge skälet och ett alternativ eller nästa steg.',
    partialMessage: 'Ett nej landar bättre med både skälet och ett alternativ: lägg till det som saknas.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:vi|jag)\s+(?:kan|får|kommer|tänker|kommer\s+att)\s+${HEDGE}(?:inte|aldrig)\s+(?:att\s+)?${HEDGE}${ACTS})\b`,
        flag: [
          { text: 'Vi kan tyvärr inte förlänga presentkortet.', span: 'Vi kan tyvärr inte förlänga' },
          { text: 'Jag kan inte göra något undantag för din bokning.', span: 'Jag kan inte göra något undantag' },
        ],
      },
      {
        re: String.raw`\b(?<span>(?:kan|får|kommer)\s+(?:vi|jag)\s+${HEDGE}(?:inte|aldrig)\s+(?:att\s+)?${HEDGE}${ACTS})\b`,
        flag: [{ text: 'Avgiften kan vi tyvärr inte ta bort.', span: 'kan vi tyvärr inte ta bort' }],
      },
      {
        re: String.raw`\b(?<span>(?:vi|jag)\s+(?:erbjuder|ger|byter|flyttar|lämnar\s+ut|matchar|ändrar|godkänner|accepterar|bokar|återbetalar|ersätter|beviljar|tillåter|levererar|reparerar)\s+${HEDGE}(?:inte|inga|ingen|inget|aldrig))\b`,
        flag: [{ text: 'Vi matchar inte priser från andra sajter.', span: 'Vi matchar inte' }],
      },
      {
        re: String.raw`\b(?<span>tar\s+vi\s+${HEDGE}inte\s+(?:bort|emot|tillbaka|här)|(?:gör|erbjuder|ger|byter|flyttar|matchar|godkänner|accepterar|ersätter|bokar)\s+vi\s+${HEDGE}(?:inte|inga|ingen|inget|aldrig))\b`,
        flag: [{ text: 'Bygglovsfrågor tar vi inte här.', span: 'tar vi inte här' }],
      },
      {
        re: String.raw`\b(?<span>(?:vi|jag)\s+gör\s+(?:tyvärr\s+)?(?:inga|inte\s+några)\s+undantag|tar\s+(?:vi\s+)?(?:tyvärr\s+)?inte\s+emot)\b`,
        flag: [{ text: 'Vi gör inga undantag för sena anmälningar.', span: 'Vi gör inga undantag' }],
      },
      {
        re: String.raw`\b(?<span>(?:det|detta|det\s+där|det\s+här|den|det\s+alternativet)\s+(?:går|gick)\s+${HEDGE}inte)(?=\s*(?:[.!]\s*)?$|\s*[,;]|\s+(?:tyvärr|heller|i\s+efterhand|längre|nu|för\s+oss|att\s+(?!(?:se|hitta|läsa|öppna|logga|nå|komma|ladda|visa|skanna)${E})\p{L}+))`,
        flag: [
          { text: 'Det går tyvärr inte längre.', span: 'Det går tyvärr inte' },
          { text: 'Det går inte att ångra en bekräftad bokning.', span: 'Det går inte' },
        ],
      },
      {
        re: String.raw`\b(?<span>(?:går|gick)\s+${HEDGE}inte\s+att\s+(?:få|ändra|ångra|byta|flytta|återställa|återskapa|ta\s+bort|avboka|boka\s+om|förlänga|lägga\s+till|häva|avsluta|återbetala|makulera|göra\s+något\s+åt))${E}`,
        flag: [{ text: 'Biljetten går inte att boka om.', span: 'går inte att boka om' }],
      },
      {
        re: String.raw`${B}(?<span>(?:är|var|blir)\s+${HEDGE}inte\s+(?:möjligt|aktuellt|ett\s+alternativ|något\s+alternativ))\b`,
        flag: [{ text: 'Att byta storlek är inte möjligt på reavaror.', span: 'är inte möjligt' }],
      },
      {
        re: String.raw`${B}(?<span>(?:är|var)\s+${HEDGE}(?:inget|ingenting|inte\s+något)\s+(?:som\s+)?(?:vi|jag)\s+(?:gör|erbjuder|tillåter|kan\s+(?:göra|erbjuda|påverka|hjälpa\s+till\s+med|ändra\s+på)|har\s+möjlighet\s+(?:till|att\s+\p{L}+)))${E}`,
        flag: [{ text: 'Det är inget jag kan påverka.', span: 'är inget jag kan påverka' }],
      },
      {
        re: String.raw`\b(?<span>(?:(?:vi|jag)\s+har|har\s+(?:vi|jag))\s+${HEDGE}(?:inte|ingen)\s+möjlighet(?:\s+(?:att|till))?)${E}`,
        flag: [{ text: 'Det har vi tyvärr inte möjlighet till.', span: 'har vi tyvärr inte möjlighet till' }],
      },
      {
        re: String.raw`\b(?<span>(?:det\s+)?finns\s+${HEDGE}(?:inget|ingenting)\s+(?:mer\s+)?(?:vi|jag)\s+kan\s+göra)\b`,
        flag: [{ text: 'Det finns inget mer vi kan göra.', span: 'Det finns inget mer vi kan göra' }],
      },
      {
        re: String.raw`\b(?<span>(?:din|er)\s+(?:begäran|ansökan|reklamation|ersättningsansökan|överklagan|returbegäran|retur|skadeanmälan)\s+(?:har\s+)?(?:avslagits|avslogs|nekats|nekades|beviljas\s+inte|godkänns\s+inte|har\s+inte\s+godkänts))${E}`,
        flag: [{ text: 'Din reklamation har avslagits.', span: 'Din reklamation har avslagits' }],
      },
      {
        re: String.raw`\b(?<span>(?:ersätts|beviljas|godkänns|återbetalas|krediteras)\s+${HEDGE}inte)\b`,
        flag: [{ text: 'Vattenskadan ersätts därför inte.', span: 'ersätts därför inte' }],
      },
      {
        re: String.raw`^(?<span>nej)(?:[.!]\s*$|[.!]\s+\p{Lu}|,\s+(?:vi|jag|det|tyvärr|den)\b)`,
        flag: [{ text: 'Nej, det kan vi inte.', span: 'Nej' }],
      },
      {
        re: String.raw`^(?<span>tyvärr\s+inte)(?=\s*(?:[.!]\s*)?$)`,
        flag: [{ text: 'Tyvärr inte.', span: 'Tyvärr inte' }],
      },
      {
        re: String.raw`\b(?<span>(?:kontakta|mejla|ring|skriv\s+till)\s+oss\s+inte\s+(?:igen|fler\s+gånger|mer))${E}`,
        flag: [{ text: 'Kontakta oss inte igen om den här lampan.', span: 'Kontakta oss inte igen' }],
      },
      {
        re: String.raw`\b(?<span>(?:vårt\s+beslut|beslutet|det\s+här\s+beslutet)\s+(?:är\s+(?:slutgiltigt|definitivt|slutligt)|står\s+fast))\b`,
        flag: [{ text: 'Beslutet är slutgiltigt.', span: 'Beslutet är slutgiltigt' }],
      },
      {
        re: String.raw`^(?:så\s+|men\s+)?(?:någon|något|några)\s+(?:\p{L}+\s+){0,3}?(?<span>\p{L}*(?:kompensation|ersättning|rabatt|justering|avdrag|återbetalning|bonus|kreditering|gottgörelse)\s+(?:\p{L}+\s+){0,4}?blir\s+det\s+(?:tyvärr\s+)?inte)(?=\s*(?:[.!]\s*)?$)`,
        flag: [{ text: 'Någon ersättning för taxiresan blir det inte.', span: 'ersättning för taxiresan blir det inte' }],
      },
      {
        re: String.raw`^att\s+(?:[\p{L}\d,-]+\s+){1,12}?(?<span>(?:går|gick)\s+(?:tyvärr\s+|dessvärre\s+)?inte|kan\s+(?:vi|jag)\s+(?:tyvärr\s+)?inte)(?=\s*(?:[.!]\s*)?$)`,
        flag: [{ text: 'Att flytta bokningen till en annan dag går tyvärr inte.', span: 'går tyvärr inte' }],
      },
      {
        re: String.raw`\b(?<span>mer\s+än\s+så\s+kan\s+(?:jag|vi)\s+(?:tyvärr\s+)?inte\s+(?:säga|göra|hjälpa\s+till\s+med))\b`,
        flag: [{ text: 'Mer än så kan vi inte göra i det här ärendet.', span: 'Mer än så kan vi inte göra' }],
      },
      {
        re: String.raw`^(?<span>(?:inga|ingen|inget)\s+(?:återbetalningar|återbetalning|undantag|byten|returer|ersättning|kompensation|rabatter|rabatt))\b`,
        flag: [{ text: 'Inga returer på reavaror.', span: 'Inga returer' }],
      },
      {
        re: String.raw`\b(?<span>(?:det\s+)?finns\s+(?:tyvärr\s+)?(?:inga|inget)\s+(?:undantag|annat\s+(?:alternativ|sätt))|(?:något\s+)?annat\s+alternativ\s+finns\s+(?:tyvärr\s+)?inte)${E}`,
        flag: [{ text: 'Det blir ett värdebevis på beloppet, något annat alternativ finns inte.', span: 'något annat alternativ finns inte' }],
      },
      {
        re: String.raw`${B}(?<span>(?:ärendet|reklamationen|det\s+här\s+ärendet)\s+är\s+(?:därför|härmed)\s+avslutat)\b`,
        flag: [{ text: 'Ärendet är härmed avslutat från vår sida.', span: 'Ärendet är härmed avslutat' }],
      },
    ],
    unless: [
      String.raw`\b(?:inga\s+problem|ingen\s+fara|ingen\s+brådska)\b`,
      String.raw`\b(?:oroa\s+dig\s+inte|kan\s+inte\s+nog\s+tacka|kan\s+inte\s+vänta)\b`,
      String.raw`^nej,\s+det\s+(?:gör\s+(?:inget|ingenting)|är\s+(?:inget|inga)\s+problem|behövs\s+inte)`,
      String.raw`\bnej\s+tack\b`,
      // A safeguard told as reassurance, not a no to the customer.
      String.raw`\binte\s+möjligt\s+för\s+(?:någon\s+(?:annan|utomstående|obehörig)|obehöriga|andra)\b`,
    ],
    explainable: true,
    yieldsTo: ['policy'],
    span: 'sentence',
    suggestions: [
      '{body} eftersom [anledning], men jag kan [alternativ]{end}',
      '{body} eftersom [anledning]; det jag kan göra i stället är att [alternativ]{end}',
      'Det kan vi tyvärr inte göra, eftersom [anledning]. Det jag kan göra är att [alternativ].',
    ],
    withReason: ['{body}, men jag kan [alternativ]{end}', '{body}; det jag kan göra i stället är att [alternativ]{end}'],
    examples: {
      flag: ['Vi kan tyvärr inte förlänga presentkortet.', 'Din reklamation har avslagits.', 'Nej, det kan vi inte.', 'Biljetten går inte att boka om.'],
      pass: [
        'Vi kan inte förlänga presentkortet eftersom det var en del av en kampanj, men jag kan lägga in samma belopp som tillgodokvitto.',
        'Inga problem, jag har flyttat tiden till fredag.',
        'Du behöver inte göra något mer från din sida.',
        'Jag kan tyvärr inte flytta dig till första klass, eftersom vagnen är fullsatt, men jag kan boka en plats i tyst avdelning.',
        'Vi tar inte ut någon avgift för bytet.',
        'Någon avgift för bytet blir det inte, det bjuder vi på.',
        'Ärendet är nu avslutat och pengarna är tillbaka på ditt konto.',
        'Det är inte möjligt för någon annan att logga in med ditt BankID.',
        'Det går inte att se betalningen i appen än, men pengarna är på väg.',
        'Inga problem, jag ordnar det direkt.',
      ],
    },
  },
];
