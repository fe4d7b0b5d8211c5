/** Defensive (G3): sentences that defend the company instead of helping. */
import type { RuleSource } from '../types';
import { B, E } from './bounds';

const OUR = String.raw`(?:vår|vårt|våra)`;

export const DEFENSIVE: RuleSource[] = [
  {
    id: 'sv.defensive.not-our-fault',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    message: 'Att hävda att felet inte är företagets försvarar oss i stället för att hjälpa kunden. Berätta vad som ska göras.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:det|felet|problemet|detta|det\s+här|skadan|förseningen)\s+(?:är|var|ligger)\s+(?:(?:verkligen|faktiskt|helt\s+enkelt|alltså|ju)\s+)*inte\s+(?:vårt\s+(?:fel|ansvar|problem|misstag|bord)|hos\s+oss|på\s+vår\s+sida|från\s+vår\s+sida|oss\s+det\s+är\s+fel\s+på))${E}`,
        flag: [{ text: 'Förseningen är faktiskt inte vårt fel.', span: 'Förseningen är faktiskt inte vårt fel' }],
      },
      {
        re: String.raw`\b(?<span>(?:kan|kunde)\s+(?:(?:alltså|därför|knappast)\s+)?inte\s+(?:vara|ha\s+varit)\s+(?:vårt\s+(?:fel|ansvar)|något\s+fel\s+(?:hos|från)\s+oss))\b`,
        flag: [{ text: 'Vi skickade paketet i tid, så det kan inte vara vårt fel.', span: 'kan inte vara vårt fel' }],
      },
      {
        re: String.raw`\b(?<span>fel(?:et)?\s+(?:ligger|sitter)\s+(?:hos|på|i)\s+(?:[\p{L}\d-]+\s+){1,6}?inte\s+(?:hos|på|i)\s+(?:oss|vår\s+sida))\b`,
        flag: [{ text: 'Felet ligger hos banken och inte hos oss.', span: 'Felet ligger hos banken och inte hos oss' }],
      },
      {
        re: String.raw`\b(?<span>(?:vi|företaget|butiken|bolaget)\s+(?:är|var)\s+(?:(?:tyvärr|alltså|faktiskt)\s+)?inte\s+(?:ansvariga|ansvarig|skyldiga|skyldig)|vi\s+ansvarar\s+(?:(?:tyvärr|alltså)\s+)?(?:inte|aldrig)\s+för|vi\s+har\s+(?:inget|inte\s+något)\s+ansvar)\b`,
        flag: [{ text: 'Vi ansvarar inte för vad som händer hos ombudet.', span: 'Vi ansvarar inte för' }],
      },
      {
        re: String.raw`\b(?<span>(?:har\s+)?(?:inget|ingenting)\s+med\s+oss\s+att\s+göra)\b`,
        flag: [{ text: 'Bankens spärr på kortet har ingenting med oss att göra.', span: 'har ingenting med oss att göra' }],
      },
      {
        re: String.raw`\b(?<span>vi\s+har\s+(?:(?:inte|aldrig)\s+gjort\s+(?:något|nåt|några)\s+fel|gjort\s+(?:allt|precis\s+allt|helt)\s+(?:rätt|korrekt|enligt\s+(?:avtalet|rutinen|reglerna|boken))))\b`,
        flag: [{ text: 'Vi har gjort allt rätt med installationen.', span: 'Vi har gjort allt rätt' }],
      },
      {
        re: String.raw`${B}(?<span>(?:är|var)\s+inte\s+(?:något|någonting)\s+(?:som\s+)?vi\s+(?:har\s+)?(?:orsakat|rår\s+på|ansvarar\s+för))${E}`,
        flag: [{ text: 'Förseningen i leveranskedjan var inte något vi rår på.', span: 'var inte något vi rår på' }],
      },
      {
        re: String.raw`\bdet\s+(?:är|var)\s+(?:[\p{L}\d-]+\s+){1,5}?som\s+(?:[\p{L}\d-]+\s+){0,8}?[\p{L}\d-]+,\s*(?<span>inte\s+vi)(?=\s*(?:[.!]\s*)?$)`,
        flag: [{ text: 'Det är banken som har spärrat kortet, inte vi.', span: 'inte vi' }],
      },
      {
        re: String.raw`\b(?<span>vi\s+(?:som\s+\p{L}+\s+)?ansvarar\s+(?:(?:tyvärr|alltså)\s+)?inte\s+för|vi\s+har\s+(?:ingen|inte\s+någon)\s+kontroll\s+över)\b`,
        flag: [{ text: 'Vi som plattform ansvarar inte för säljarnas leveranstider.', span: 'Vi som plattform ansvarar inte för' }],
      },
      {
        re: String.raw`\b(?<span>vi\s+(?:har\s+)?(?:gjorde|gjort)\s+vår\s+del)\b`,
        flag: [{ text: 'Vi gjorde vår del i tid.', span: 'Vi gjorde vår del' }],
      },
      {
        re: String.raw`\b(?<span>det\s+vill\s+jag\s+(?:vara\s+tydlig|understryka|poängtera)(?:\s+med)?|,\s*det\s+vet\s+jag(?=\s*(?:[.!]\s*)?$))`,
        flag: [{ text: 'Ingen här har rört dina inställningar, det vill jag vara tydlig med.', span: 'det vill jag vara tydlig med' }],
      },
      {
        re: String.raw`\b(?<span>vi\s+har\s+(?:inga|inte\s+några)\s+(?:skäl|anledning)\s+att\s+(?:tro|misstänka|ifrågasätta)|ingen\s+anledning\s+att\s+ifrågasätta)\b`,
        flag: [{ text: 'Budet har fotograferat leveransen, och vi har inga skäl att tro att något gick fel.', span: 'vi har inga skäl att tro' }],
      },
    ],
    span: 'sentence',
    suggestions: ['Så här gör jag för att lösa det: [nästa steg].', 'Jag har tittat på det, och det här kan vi göra: [nästa steg].'],
    examples: {
      flag: ['Förseningen är faktiskt inte vårt fel.', 'Vi ansvarar inte för vad som händer hos ombudet.', 'Felet ligger hos banken och inte hos oss.'],
      pass: [
        'Det var vårt fel, inte ditt, och jag har rättat fakturan.',
        'Det är inte ditt fel att koden slutade fungera.',
        'Felet ligger hos oss, och jag har redan åtgärdat det.',
        'Du är inte skyldig att betala påminnelseavgiften.',
        'Det är banken som har spärrat kortet, och jag hjälper dig att kontakta dem.',
        'Vi har ingen kontrollavgift på den här tjänsten.',
      ],
    },
  },
  {
    id: 'sv.defensive.works-fine',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    message: 'Att hävda att tjänsten fungerar som den ska säger att kunden har fel. Utgå från det kunden ser.',
    patterns: [
      {
        re: String.raw`\b(?<span>${OUR}\s+(?:\p{L}+\s+)?(?:system|systemet|nät|nätet|tjänst|tjänster|app|appen|server|servrar|plattform|hemsida|sajt|kassa|mätare|program|bud|chaufförer)\s+(?:fungerar|funkar|fungerade|funkade|går|gick|sköter\s+sig)\s+(?:som\s+(?:det|de|den)\s+ska|felfritt|utmärkt|perfekt|klanderfritt|helt\s+normalt|precis\s+som\s+(?:det|de|den)\s+ska))\b`,
        flag: [{ text: 'Våra servrar fungerar som de ska.', span: 'Våra servrar fungerar som de ska' }],
      },
      {
        re: String.raw`\b(?<span>det\s+är\s+(?:inget|inga|ingenting)\s+fel\s+(?:på|i|med)\s+${OUR}\s+\p{L}+)`,
        flag: [{ text: 'Det är inget fel på vårt elnät i området.', span: 'Det är inget fel på vårt elnät' }],
      },
      {
        re: String.raw`\b(?<span>det\s+(?:är|rör\s+sig)\s+(?:inte\s+(?:om\s+)?(?:en|någon)|ingen|inte\s+om\s+någon)\s+bugg)\b`,
        flag: [{ text: 'Det är ingen bugg.', span: 'Det är ingen bugg' }],
      },
      {
        re: String.raw`\b(?<span>(?:det|appen|systemet|funktionen|tjänsten)\s+(?:fungerar|funkar|beter\s+sig)\s+(?:precis\s+|exakt\s+)?som\s+(?:det|den)\s+är\s+(?:tänkt|tänkt\s+att\s+göra|designad|designat|byggd|byggt))\b`,
        flag: [{ text: 'Appen fungerar precis som den är tänkt.', span: 'Appen fungerar precis som den är tänkt' }],
      },
      {
        re: String.raw`\b(?<span>(?:${OUR}|systemet|programmet)\s+(?:\p{L}+\s+)?(?:gör|blir)\s+(?:inte|aldrig)\s+(?:några\s+)?(?:fel|misstag))\b`,
        flag: [{ text: 'Vårt faktureringssystem gör inte fel.', span: 'Vårt faktureringssystem gör inte fel' }],
      },
      {
        re: String.raw`\b(?<span>(?:fungerar|fungerade|funkar|gick)\s+som\s+(?:det|de|den)\s+(?:ska|skulle)\s+från\s+vår\s+sida|från\s+vår\s+sida\s+(?:har|gick|fungerar|fungerade|är)\s+(?:allt|nätet|det|tjänsten)\s+(?:gått\s+|fungerat\s+)?(?:som\s+(?:det|den)\s+(?:ska|skulle)|helt\s+rätt|korrekt))\b`,
        flag: [{ text: 'Samtalen fungerar som de ska från vår sida.', span: 'fungerar som de ska från vår sida' }],
      },
      {
        re: String.raw`\b(?<span>(?:fakturan|beloppet|debiteringen|avläsningen|mätvärdena|bedömningen|värderingen|priset)\s+(?:är|var|stämmer)\s+helt\s+(?:korrekt|korrekta|riktig|riktigt|rätt))\b`,
        flag: [{ text: 'Mätaren skickar värdena automatiskt, så avläsningen är helt korrekt.', span: 'avläsningen är helt korrekt' }],
      },
      {
        re: String.raw`\b(?<span>(?:följde|följer)\s+(?:alltid\s+)?(?:våra\s+|gällande\s+)?(?:rutiner(?:na)?|instruktioner(?:na)?)\s+(?:helt\s+)?(?:korrekt|exakt)|(?:agerade|agerar)\s+helt\s+(?:enligt|efter|korrekt)|följer\s+alltid\s+gällande\s+\p{L}+)\b`,
        flag: [{ text: 'Handläggaren följde våra rutiner helt korrekt.', span: 'följde våra rutiner helt korrekt' }],
      },
    ],
    unless: [String.raw`\b(?:igen|nu|sedan|efter\s+att|efter\s+uppdateringen)\b`],
    span: 'sentence',
    suggestions: ['Jag beklagar att det inte fungerar för dig; låt oss ta reda på vad som skiljer sig hos dig: [fråga].'],
    examples: {
      flag: ['Våra servrar fungerar som de ska.', 'Det är ingen bugg.', 'Vårt faktureringssystem gör inte fel.'],
      pass: ['Nu fungerar appen som den ska igen efter morgonens uppdatering.', 'Det är inget fel på din router, så jag skickar en tekniker till kopplingsskåpet.'],
    },
  },
  {
    id: 'sv.defensive.track-record',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    message: 'Att lyfta fram företagets meriter besvarar ett klagomål med stolthet. Bekräfta kundens ärende i stället.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:tusentals|hundratals|miljontals|tiotusentals|miljoner|tusen)\s+(?:andra\s+|nöjda\s+|av\s+våra\s+)?(?:kunder|användare|paket|ordrar|företag|hushåll|resenärer|försändelser|leveranser))\b`,
        flag: [{ text: 'Tusentals kunder använder samma router utan problem.', span: 'Tusentals kunder' }],
      },
      {
        re: String.raw`\b(?<span>(?:Sveriges|marknadens|branschens|landets|Nordens)\s+(?:nöjdaste|bästa|lägsta|största|snabbaste|billigaste|mest\s+\p{L}+))${E}`,
        flag: [{ text: 'Vi har Sveriges nöjdaste kunder inom bredband.', span: 'Sveriges nöjdaste' }],
      },
      {
        re: String.raw`\b(?<span>\d+(?:[,.]\d+)?\s*%\s*(?:drifttid|upptid|tillgänglighet|punktlighet|nöjda\s+kunder))\b`,
        flag: [{ text: 'Nätet har haft 99,8 % drifttid i år.', span: '99,8 % drifttid' }],
      },
      {
        re: String.raw`\b(?<span>(?:lång|mångårig|gedigen|stor)\s+erfarenhet)\b`,
        flag: [{ text: 'Vi har lång erfarenhet av att installera värmepumpar.', span: 'lång erfarenhet' }],
      },
      {
        re: String.raw`${B}(?<span>(?:över|mer\s+än|snart)\s+(?:\d+|\p{L}+)\s+års\s+erfarenhet)\b`,
        flag: [{ text: 'Våra montörer har över tjugo års erfarenhet.', span: 'över tjugo års erfarenhet' }],
      },
      {
        re: String.raw`\b(?<span>vi\s+har\s+(?:\p{L}+\s+){1,4}?(?:i\s+(?:över|mer\s+än|snart)\s+(?:\d+|\p{L}+)\s+år|sedan\s+(?:\d{4}(?:-talet)?|\p{L}+talet)))\b`,
        flag: [{ text: 'Vi har sålt cyklar i över trettio år.', span: 'Vi har sålt cyklar i över trettio år' }],
      },
      {
        re: String.raw`\b(?<span>(?:noggrant|väl|mycket\s+väl|särskilt|grundligt)\s+utbildade|(?:mycket|väldigt|extremt|otroligt|jätte)\s*(?:erfarna|noggranna|kunniga|kompetenta))\b`,
        flag: [{ text: 'Våra tekniker är mycket erfarna.', span: 'mycket erfarna' }],
      },
      {
        re: String.raw`\b(?<span>vi\s+har\s+aldrig\s+(?:haft|fått)\s+(?:några\s+|något\s+)?(?:klagomål|problem|reklamationer|anmärkningar))\b`,
        flag: [{ text: 'Vi har aldrig haft klagomål på just den här kaffebryggaren.', span: 'Vi har aldrig haft klagomål' }],
      },
      {
        re: String.raw`\b(?<span>(?:ingen\s+(?:annan|annan\s+kund)|inga\s+andra(?:\s+kunder)?)\s+(?:har\s+)?(?:klagat|anmält|rapporterat|hört\s+av\s+sig|haft\s+problem)|har\s+(?:ingen\s+annan|inga\s+andra)(?:\s+kunder?)?\s+(?:klagat|anmält|rapporterat|haft\s+problem))\b`,
        flag: [{ text: 'Det har ingen annan klagat på.', span: 'har ingen annan klagat' }],
      },
      {
        re: String.raw`\b(?<span>vi\s+står\s+(?:fast\s+)?(?:vid|bakom)\s+(?:${OUR}|beslutet|bedömningen|värderingen))${E}`,
        flag: [{ text: 'Vi står fast vid bedömningen.', span: 'Vi står fast vid bedömningen' }],
      },
      {
        re: String.raw`\b(?<span>vi\s+vet\s+vad\s+vi\s+(?:håller\s+på\s+med|gör|pratar\s+om|tittar\s+på))${E}`,
        flag: [{ text: 'Vi har gjort det här i tio år, och vi vet vad vi gör.', span: 'vi vet vad vi gör' }],
      },
      {
        re: String.raw`\b(?<span>(?:en\s+av|bland)\s+(?:de|marknadens|branschens|Sveriges)\s+(?:mest\s+\p{L}+|(?!(?:första|sista)\b)\p{L}+(?:aste|sta)))${E}`,
        flag: [{ text: 'Vår support är bland de snabbaste i landet.', span: 'bland de snabbaste' }],
      },
      {
        re: String.raw`\b(?<span>(?:bäst|högst|lägst|snabbast|billigast|säkrast)\s+(?:\p{L}+\s+)?(?:i\s+branschen|på\s+marknaden|av\s+alla|i\s+Sverige|i\s+landet))\b`,
        flag: [{ text: 'Vi har högst punktlighet av alla på sträckan.', span: 'högst punktlighet av alla' }],
      },
      {
        re: String.raw`\b(?<span>(?:har|haft)\s+(?:nästan|knappt)\s+(?:aldrig\s+(?:haft\s+|fått\s+)?|inga\s+)(?:några\s+)?(?:klagomål|reklamationer|anmärkningar)|vi\s+har\s+aldrig\s+tidigare\s+(?:haft|fått)\s+(?:några\s+)?(?:klagomål|reklamationer|problem))\b`,
        flag: [{ text: 'Modellen har legat i sortimentet länge, och vi har nästan inga reklamationer på den.', span: 'har nästan inga reklamationer' }],
      },
    ],
    unless: [String.raw`\b(?:förlåt|beklagar|ursäkta)\b`, String.raw`\bber\s+(?:dig\s+)?om\s+ursäkt\b`, String.raw`\bdrabb`, String.raw`\btack\b`],
    span: 'sentence',
    suggestions: ['Jag beklagar att det blev så här; låt mig titta på just ditt ärende: [vad jag har kontrollerat].'],
    examples: {
      flag: ['Vi har aldrig haft klagomål på just den här kaffebryggaren.', 'Våra tekniker är mycket erfarna.', 'Tusentals kunder använder samma router utan problem.', 'Vi står fast vid bedömningen.'],
      pass: [
        'Tusentals kunder drabbades av avbrottet i går, och jag beklagar att du var en av dem.',
        'Tack för att du valt oss, vi har haft dig som kund i över femton år!',
        'Vår kundtjänst hjälper gärna till med installationen.',
        'Du är bland de första som får den nya routern, och den skickas i dag.',
      ],
    },
  },
  {
    id: 'sv.defensive.deflect',
    category: 'defensive',
    severity: 'warning',
    guideline: 'G3',
    message: 'Att peka på någon annan (en partner, "bara plattformen") lämnar kunden utan någon som hjälper. Säg vad du kan göra.',
    patterns: [
      {
        re: String.raw`\b(?<span>vi\s+är\s+(?:(?:ju|bara|e(?:n(?:dast|bart)|gentligen))\s+)+(?:en\s+|ett\s+)?(?:\p{L}+\s+)?(?:plattform|förmedlare|mellanhand|återförsäljare|marknadsplats|ombud|elhandlare|tjänsteleverantör|bokningssajt))\b`,
        flag: [{ text: 'Vi är bara en förmedlare, så reklamationen får gå till säljaren.', span: 'Vi är bara en förmedlare' }],
      },
      {
        re: String.raw`\b(?<span>(?:det|detta|sånt|sådant|den\s+frågan|det\s+här)\s+får\s+du\s+(?:(?:nog|tyvärr|själv)\s+)*(?:ta|reda\s+ut|lösa|diskutera)\s+(?:direkt\s+)?(?:med|hos)\s+\p{L}+)`,
        flag: [{ text: 'Det får du ta med nätägaren.', span: 'Det får du ta med nätägaren' }],
      },
      {
        re: String.raw`\b(?<span>(?:kan|kunde)\s+(?:omöjligt|knappast|inte|(?:alltså|därför)\s+inte)\s+ha\s+(?:hänt|skett|uppstått|gått\s+sönder)\s+(?:hos\s+oss|under\s+(?:transporten|frakten)|i\s+${OUR}\s+\p{L}+|på\s+${OUR}\s+\p{L}+))`,
        flag: [{ text: 'Skadan kan inte ha uppstått under transporten.', span: 'kan inte ha uppstått under transporten' }],
      },
      {
        re: String.raw`\b(?<span>det\s+(?:är|var)\s+inte\s+vi\s+som\s+(?:bestämmer|äger|ansvarar|styr|sätter|sköter|orsakade|har\s+orsakat|sålde|gjorde|har\s+gjort))\b`,
        flag: [{ text: 'Det är inte vi som bestämmer vilket ombud paketet går till.', span: 'Det är inte vi som bestämmer' }],
      },
      {
        re: String.raw`\b(?<span>vi\s+har\s+(?:(?:tydligt|redan)\s+)?informerat\s+(?:om\s+(?:[\p{L}\d-]+\s+){1,5}?)?(?:i\s+god\s+tid|tydligt|flera\s+gånger))\b`,
        flag: [{ text: 'Vi har informerat om vattenavstängningen i god tid.', span: 'Vi har informerat om vattenavstängningen i god tid' }],
      },
      {
        re: String.raw`\b(?<span>vi\s+har\s+(?:redan\s+)?(?:gjort\s+)?(?:allt|det)\s+som\s+står\s+i\s+vår\s+makt)${E}`,
        flag: [{ text: 'Vi har gjort det som står i vår makt för att få fram paketet.', span: 'Vi har gjort det som står i vår makt' }],
      },
    ],
    span: 'sentence',
    suggestions: ['Det här kan jag göra från vår sida: [åtgärd].'],
    examples: {
      flag: ['Vi är bara en förmedlare, så reklamationen får gå till säljaren.', 'Det får du ta med nätägaren.', 'Skadan kan inte ha uppstått under transporten.'],
      pass: [
        'Vi är återförsäljare, så jag kontaktar tillverkaren åt dig i dag.',
        'Det är nätägaren som sköter elnätet, och jag har redan anmält avbrottet till dem.',
        'DB Schenker har en eftersläpning på terminalen i Örebro, och jag har bett dem lasta ditt kolli först.',
      ],
    },
  },
];
