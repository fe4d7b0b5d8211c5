/** Condescending (G4): sentences that talk down to the customer. */
import type { RuleSource } from '../types';
import { B, E } from './bounds';

const SAID = String.raw`(?:skrivit|skrev|sagt|sa|sade|nämnt|nämnde|förklarat|förklarade|påpekat|påpekade|berättat|berättade|meddelat|meddelade|svarat|svarade|informerat\s+om)`;

export const CONDESCENDING: RuleSource[] = [
  {
    id: 'sv.condescending.as-i-said',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: 'Att påminna om att du redan har sagt det låter otåligt. Ge svaret igen, tydligt.',
    patterns: [
      {
        re: String.raw`\b(?<span>som\s+(?:jag|vi)\s+(?:(?:ju|redan|tidigare|f(?:aktiskt|lera\s+gånger))\s+)+(?:har\s+)?${SAID}(?:\s+(?:tidigare|förut|innan|flera\s+gånger|två\s+gånger))?)\b`,
        flag: [{ text: 'Som jag redan har skrivit gäller koden i en timme.', span: 'Som jag redan har skrivit' }],
      },
      {
        re: String.raw`\b(?<span>som\s+(?:jag|vi)\s+(?:har\s+)?${SAID}\s+(?:i\s+(?:(?:mitt|mina|vårt|våra)\s+)?(?:förra|tidigare|senaste|föregående)\s+(?:mejl(?:et)?|mail(?:et)?|meddelande(?:t|n)?|svar(?:et)?)|flera\s+gånger|två\s+gånger|tidigare|förut))\b`,
        flag: [{ text: 'Som jag skrev i mitt förra mejl behöver vi serienumret.', span: 'Som jag skrev i mitt förra mejl' }],
      },
      {
        re: String.raw`\b(?<span>som\s+(?:redan|tidigare)\s+(?:nämnts|sagts|har\s+nämnts|har\s+sagts|framgått|har\s+framgått))\b`,
        flag: [{ text: 'Som tidigare nämnts kan koden bara användas en gång.', span: 'Som tidigare nämnts' }],
      },
      {
        re: String.raw`\b(?<span>som\s+sagt,?\s+(?:en\s+gång\s+till|igen|ännu\s+en\s+gång))${E}`,
        flag: [{ text: 'Som sagt, en gång till: returen är gratis.', span: 'Som sagt, en gång till' }],
      },
      {
        re: String.raw`^(?<span>(?:och\s+)?för\s+(?:tredje|fjärde|femte|sjätte|sista|hundrade|\d+:e)\s+gången)(?=\s*[,:])`,
        flag: [{ text: 'För tredje gången: butiken har stängt på söndagar.', span: 'För tredje gången' }],
      },
      {
        re: String.raw`^(?<span>återigen)(?=\s*[,:]\s)`,
        flag: [{ text: 'Återigen, lösenordet måste ha minst åtta tecken.', span: 'Återigen' }],
      },
    ],
    unless: [String.raw`^återigen\s*[,:]\s+(?:förlåt|tack|ursäkta|jag\s+ber|vi\s+ber|jag\s+beklagar|vi\s+beklagar)`],
    // Swedish puts the verb second: the fronted frame is replaced, not dropped ("Som jag redan
    // skrivit gäller koden" → "Sammanfattningsvis gäller koden"), or the verb would come first.
    suggestions: ['sammanfattningsvis', 'för att sammanfatta'],
    examples: {
      flag: ['Som jag redan har skrivit gäller koden i en timme.', 'Som jag skrev i mitt förra mejl behöver vi serienumret.', 'För tredje gången: butiken har stängt på söndagar.'],
      pass: [
        'Som vi pratade om i telefon har jag nu bokat en ny tid på tisdag.',
        'Som vi sa i morse har flytten av ditt nummer datum den 3 april.',
        'Som vi kom överens om skickar jag underlagen till din digitala brevlåda.',
        'Som utlovat kommer här fakturan.',
        'Återigen, förlåt för förväxlingen.',
      ],
    },
  },
  {
    id: 'sv.condescending.said-it-before',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: 'Att räkna hur många gånger du har förklarat något låter som en tillrättavisning. Förklara en gång till, kort och vänligt.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:jag|vi)\s+har\s+(?:(?:nu|redan|faktiskt)\s+)*(?:förklarat|skrivit|sagt|svarat\s+på|besvarat)\s+(?:det|detta|det\s+här|den\s+(?:här\s+)?frågan)\s+(?:(?:redan|nu)\s+)?(?:flera|två|tre|fyra|fem|\d+)\s+gånger)${E}`,
        flag: [{ text: 'Jag har förklarat det här två gånger.', span: 'Jag har förklarat det här två gånger' }],
      },
      {
        re: String.raw`\b(?<span>(?:jag|vi)\s+har\s+redan\s+(?:förklarat|svarat\s+på|besvarat)\s+(?:det|detta|det\s+här|den\s+(?:här\s+)?frågan))${E}`,
        flag: [{ text: 'Vi har redan besvarat den frågan.', span: 'Vi har redan besvarat den frågan' }],
      },
      {
        re: String.raw`\b(?<span>(?:jag|vi)\s+(?:tar|förklarar|upprepar|säger|skriver)\s+(?:det|detta)\s+(?:(?:gärna|alltså)\s+)?(?:en\s+gång\s+till|igen|ännu\s+en\s+gång))${E}`,
        flag: [{ text: 'Jag tar det en gång till: presentkortet gäller i två år.', span: 'Jag tar det en gång till' }],
      },
      {
        re: String.raw`\b(?<span>(?:förklarar|tar|upprepar)\s+(?:jag|vi)\s+(?:det|detta)\s+(?:(?:gärna|alltså)\s+)?(?:en\s+gång\s+till|igen|ännu\s+en\s+gång))${E}`,
        flag: [{ text: 'Eftersom du frågar igen förklarar jag det en gång till.', span: 'förklarar jag det en gång till' }],
      },
    ],
    suggestions: [],
    examples: {
      flag: ['Jag har förklarat det här två gånger.', 'Jag tar det en gång till: presentkortet gäller i två år.'],
      pass: ['Jag har förklarat för tekniken vad som hände, och de ringer dig i morgon.', 'Jag skickar länken en gång till, här är den.'],
    },
  },
  {
    id: 'sv.condescending.for-future',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: '"För framtida referens" och "till nästa gång" låter som en läxa. Ge informationen som en hjälp, inte som en tillrättavisning.',
    patterns: [
      {
        re: String.raw`\b(?<span>för\s+framtida\s+referens)\b`,
        flag: [{ text: 'För framtida referens behöver du legitimation när du hämtar ut paket.', span: 'För framtida referens' }],
      },
      {
        re: String.raw`\b(?<span>(?:till|inför)\s+nästa\s+gång)(?=\s+(?:kan|är|bör|vill|ska)\s+(?:det|du|jag)\b|\s*[,:])`,
        flag: [{ text: 'Till nästa gång kan det vara bra att veta att kassan stänger kl 18.', span: 'Till nästa gång' }],
      },
    ],
    suggestions: ['för säkerhets skull'],
    examples: {
      flag: ['För framtida referens behöver du legitimation när du hämtar ut paket.', 'Till nästa gång kan det vara bra att veta att kassan stänger kl 18.'],
      pass: ['Vill du ha sms-avisering nästa gång kan du kryssa i rutan ”Avisera mig” i kassan.', 'Vi ses nästa gång du besöker butiken!'],
    },
  },
  {
    id: 'sv.condescending.read-carefully',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: 'Att be kunden läsa noggrannare eller tänka på det nästa gång är en läxa. Visa vänligt var informationen finns.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:läs|titta|kolla)\s+(?:\p{L}+\s+){0,3}?(?:lite\s+)?(?:noggrannare|mer\s+noggrant|ordentligare|bättre))\b`,
        flag: [{ text: 'Läs villkoren lite noggrannare.', span: 'Läs villkoren lite noggrannare' }],
      },
      {
        re: String.raw`\b(?<span>(?:tänk\s+på|kom\s+ihåg)\s+att\s+(?:[\p{L}\d-]+\s+){1,8}?nästa\s+gång)\b`,
        flag: [{ text: 'Tänk på att kontrollera adressen nästa gång.', span: 'Tänk på att kontrollera adressen nästa gång' }],
      },
      {
        re: String.raw`^(?<span>nästa\s+gång,?\s+(?:(?:bör|måste|får)\s+du|se\s+till|kom\s+ihåg|tänk\s+på|läs|kolla|kontrollera|titta|dubbelkolla))${E}`,
        flag: [{ text: 'Nästa gång, kontrollera storleken innan du beställer.', span: 'Nästa gång, kontrollera' }],
      },
      {
        re: String.raw`\b(?<span>(?:kan|skulle)\s+(?:det\s+)?vara\s+(?:bra|värt|klokt|smart)\s+att\s+(?:ha\s+i\s+bakhuvudet|titta\s+(?:lite\s+)?noggrannare|läsa\s+(?:\p{L}+\s+){0,2}?noggrannare|läsa\s+(?:igenom\s+)?(?:villkoren|avtalet|instruktionerna)\s+(?:först|innan)))\b`,
        flag: [{ text: 'Det kan vara bra att ha i bakhuvudet.', span: 'kan vara bra att ha i bakhuvudet' }],
      },
      {
        re: String.raw`\b(?<span>(?:innan|före)\s+(?:(?:du|man)\s+)?(?:hör\s+av\s+(?:dig|sig)|kontaktar\s+oss|ringer\s+oss|mejlar\s+oss|skriver\s+till\s+oss)(?:\s+(?:igen|till\s+oss))?)\b`,
        flag: [{ text: 'Kolla skräpposten innan du hör av dig.', span: 'innan du hör av dig' }],
      },
    ],
    span: 'sentence',
    suggestions: ['Du hittar det under [plats].', 'Här är det du behöver: [information].'],
    examples: {
      flag: ['Läs villkoren lite noggrannare.', 'Tänk på att kontrollera adressen nästa gång.', 'Kolla skräpposten innan du hör av dig.'],
      pass: [
        'Tänk på att teckna en hemförsäkring som gäller från inflyttningsdagen.',
        'Observera att ombudet har flyttat till Tensta centrum.',
        'Jag läste ditt meddelande två gånger för att vara säker på att jag förstod rätt.',
      ],
    },
  },
  {
    id: 'sv.condescending.talking-down',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: 'Det här talar ner till kunden. Förklara som du skulle förklara för en kollega.',
    patterns: [
      {
        re: String.raw`\b(?<span>det(?:\s+här)?\s+(?:är|var)\s+(?:(?:egentligen|faktiskt|ju|väl)\s+)+(?:väldigt\s+|ganska\s+|helt\s+|super)?(?:enkelt|lätt|självklart|simpelt|grundläggande|självförklarande|inte\s+så\s+(?:svårt|krångligt|komplicerat)))\b`,
        flag: [{ text: 'Det är egentligen väldigt enkelt att göra en retur.', span: 'Det är egentligen väldigt enkelt' }],
      },
      {
        re: String.raw`\b(?<span>(?:det\s+(?:är|var)\s+)?inte\s+så\s+(?:svårt|krångligt|komplicerat)(?:\s+(?:egentligen|faktiskt)(?=\s*[.!,;]|\s*$)|(?=\s*(?:[.!]\s*)?$)))`,
        flag: [{ text: 'Kabeln ska i den blå porten, inte så svårt egentligen.', span: 'inte så svårt egentligen' }],
      },
      {
        re: String.raw`\b(?<span>(?:ganska|helt|rätt)\s+självklart|borde\s+vara\s+(?:självklart|uppenbart))\b`,
        flag: [{ text: 'Det borde vara självklart att kortet måste vara aktiverat.', span: 'borde vara självklart' }],
      },
      {
        re: String.raw`\b(?<span>hoppas\s+(?:att\s+)?(?:det|detta)\s+(?:är|blev|blir)\s+(?:lite\s+)?tydligare\s+(?:nu|den\s+här\s+gången))\b`,
        flag: [{ text: 'Hoppas det blir tydligare nu med skärmbilden.', span: 'Hoppas det blir tydligare nu' }],
      },
      {
        re: String.raw`\b(?<span>om\s+man\s+(?:tänker\s+efter|tittar\s+efter|läser\s+(?:\p{L}+\s+){0,3}?(?:noggrant|ordentligt)|läser\s+det\s+finstilta))\b`,
        flag: [{ text: 'Priset står i kassan, om man tittar efter.', span: 'om man tittar efter' }],
      },
      {
        re: String.raw`\b(?<span>(?:det|detta|vilket|den|informationen)\s+(?:står|framgår|framgick|stod)\s+(?:ju\s+|faktiskt\s+|väldigt\s+|mycket\s+|ganska\s+|helt\s+|ju\s+väldigt\s+|faktiskt\s+väldigt\s+)tydligt)\b`,
        flag: [{ text: 'Det framgår väldigt tydligt i hyresavtalet.', span: 'Det framgår väldigt tydligt' }],
      },
      {
        re: String.raw`\b(?<span>som\s+(?:tydligt\s+)?(?:framgår|framgick|står)\s+tydligt\s+(?:i|av)|som\s+tydligt\s+(?:framgår|framgick|står)\s+(?:i|av))\b`,
        flag: [{ text: 'Som tydligt framgår av kvittot är returtiden 30 dagar.', span: 'Som tydligt framgår av' }],
      },
      {
        re: String.raw`\b(?<span>(?:det|den|detta|informationen|priset|avgiften|tiden)\s+(?:står|stod|framgår|framgick|syns)\s+faktiskt\s+(?:med\s+)?(?:i|på|under|längst|högst))${E}`,
        flag: [{ text: 'Avgiften står faktiskt med i kassan innan du godkänner köpet.', span: 'Avgiften står faktiskt med i' }],
      },
      {
        re: String.raw`\b(?<span>du\s+(?:känner\s+(?:väl|säkert|nog)\s+till|vet\s+(?:väl|säkert|nog)\s+(?:att|om|redan)|(?:förstår|inser)\s+(?:säkert|nog|väl)\s+(?:själv\s+)?att))\b`,
        flag: [{ text: 'Du vet säkert att mätaren ska läsas av varje månad.', span: 'Du vet säkert att' }],
      },
      {
        re: String.raw`\b(?<span>du\s+kanske\s+inte\s+(?:visste|vet|kände\s+till)(?:\s+det|\s+om\s+det)?,?\s+men)\b`,
        flag: [{ text: 'Du kanske inte visste det, men självrisken gäller varje skada.', span: 'Du kanske inte visste det, men' }],
      },
      {
        re: String.raw`\b(?<span>(?:har|hade)\s+du\s+(?:ens|verkligen|faktiskt|överhuvudtaget|över\s+huvud\s+taget)\s+(?:provat|försökt|läst|tittat|kollat|kontrollerat|startat\s+om))\b`,
        flag: [{ text: 'Har du ens läst manualen?', span: 'Har du ens läst' }],
      },
      {
        re: String.raw`\b(?<span>med\s+all\s+(?:respekt|önskvärd\s+tydlighet))\b`,
        flag: [{ text: 'Med all respekt, priset stämmer.', span: 'Med all respekt' }],
      },
      {
        re: String.raw`${B}(?<span>(?:även|till\s+och\s+med)\s+(?:ett\s+barn|en\s+femåring|min\s+(?:mormor|farmor|mamma|pappa)|mina\s+barn)\s+(?:klarar|kan|skulle\s+kunna|fixar))\b`,
        flag: [{ text: 'Även ett barn klarar att byta batteriet.', span: 'Även ett barn klarar' }],
      },
      {
        re: String.raw`\b(?<span>(?:de\s+flesta|alla\s+andra|andra\s+kunder)(?:\s+kunder|\s+av\s+våra\s+kunder)?\s+(?:brukar\s+|kan\s+)?(?:klarar|klara|löser|lösa|fixar|fixa|hittar|hitta)\s+(?:det|detta|det\s+här|rätt|den|(?:\p{L}+\s+){0,2}?själva|(?:\p{L}+\s+){0,2}?utan\s+(?:hjälp|att\s+ringa)))\b`,
        flag: [{ text: 'De flesta hittar knappen själva.', span: 'De flesta hittar knappen själva' }],
      },
      {
        re: String.raw`\b(?<span>(?:brukar|kan)\s+de\s+flesta\s+(?:klara|lösa|hitta|fixa))\b`,
        flag: [{ text: 'Det kan de flesta fixa på egen hand.', span: 'kan de flesta fixa' }],
      },
      {
        re: String.raw`\b(?<span>det\s+är\s+(?:ju\s+)?(?:själva|hela)\s+poängen)\b`,
        flag: [{ text: 'Det är ju hela poängen med appen.', span: 'Det är ju hela poängen' }],
      },
      {
        re: String.raw`\b(?<span>(?:jag\s+ska\s+försöka\s+(?:förklara|skriva)|jag\s+(?:förklarar|skriver))\s+(?:det(?:\s+här)?\s+)?(?:så\s+enkelt\s+som\s+möjligt|långsamt|med\s+enkla\s+ord|väldigt\s+(?:enkelt|tydligt)))${E}`,
        flag: [{ text: 'Jag ska försöka förklara det så enkelt som möjligt.', span: 'Jag ska försöka förklara det så enkelt som möjligt' }],
      },
      {
        re: String.raw`^(?<span>(?:suck|jaha|jaså),?\s+så)${E}`,
        flag: [{ text: 'Jaha, så routern har alltså slutat fungera av sig själv?', span: 'Jaha, så' }],
      },
      {
        re: String.raw`\b(?<span>(?:svår|svårt|svåra)\s+att\s+missa|inte\s+(?:så\s+)?(?:svår|svårt|svåra)\s+att\s+hitta|inte\s+svårare\s+än\s+så)${E}`,
        flag: [{ text: 'Knappen sitter precis ovanför kundvagnen, den är svår att missa.', span: 'svår att missa' }],
      },
      {
        re: String.raw`^(?<span>(?:snyggt(?:\s+jobbat)?|vilken\s+tur|bra\s+jobbat|duktigt)\s+att\s+du\s+(?:hittade|lyckades|klarade|fick\s+till|kom\s+på))${E}`,
        flag: [{ text: 'Snyggt att du lyckades logga in på egen hand!', span: 'Snyggt att du lyckades' }],
      },
      {
        re: String.raw`\b(?<span>(?:bra|skönt)\s+att\s+du\s+hittade\s+(?:[\p{L}\d-]+\s+){1,5}?(?:helt\s+själv|på\s+egen\s+hand))\b`,
        flag: [{ text: 'Bra att du hittade inställningarna på egen hand!', span: 'Bra att du hittade inställningarna på egen hand' }],
      },
      {
        re: String.raw`\b(?<span>(?:det|vilket)\s+(?:vet|känner)\s+(?:(?:nog|säkert|ju)\s+)?de\s+flesta(?:\s+till)?|de\s+flesta\s+(?:\p{L}+\s+)?brukar\s+veta)\b`,
        flag: [{ text: 'Det känner ju de flesta till vid det här laget.', span: 'Det känner ju de flesta till' }],
      },
      {
        re: String.raw`\b(?<span>det\s+hade\s+varit\s+(?:klokt|smart|bra|en\s+god\s+idé)\s+att)\b`,
        flag: [{ text: 'Det hade varit klokt att spara filerna innan du avslutade kontot.', span: 'Det hade varit klokt att' }],
      },
      {
        re: String.raw`\b(?<span>du\s+(?:kunde|hade\s+kunnat)\s+(?:(?:faktiskt|ju|lika\s+gärna)\s+)*(?:ha\s+)?\p{L}+\s+(?:det\s+|detta\s+)?själv)\b`,
        flag: [{ text: 'Du kunde lika gärna ha ändrat det själv under Inställningar.', span: 'Du kunde lika gärna ha ändrat det själv' }],
      },
    ],
    unless: [String.raw`\bsom\s+det\s+(?:låter|verkar|ser\s+ut)\b`],
    span: 'sentence',
    suggestions: ['Så här fungerar det: [förklaring].', 'Jag guidar dig steg för steg: [steg].'],
    examples: {
      flag: ['Det är egentligen väldigt enkelt att göra en retur.', 'Har du ens läst manualen?', 'Med all respekt, priset stämmer.', 'Det framgår väldigt tydligt i hyresavtalet.'],
      pass: [
        'Det är enkelt att ändra adressen själv i appen, och jag har lagt en länk nedan.',
        'Det är inte så svårt som det låter, och jag guidar dig igenom det.',
        'Det är ju jättekul att du vill prova vår nya tjänst.',
        'Stegen står numrerade i guiden som jag bifogade.',
        'Vad bra att du hittade paketet hos grannen!',
        'Det är ju praktiskt att du har Swish, då kan du betala direkt på plats.',
        'Du kan göra det själv i appen, eller så gör jag det åt dig.',
      ],
    },
  },
  {
    id: 'sv.condescending.understand-but',
    category: 'condescending',
    severity: 'warning',
    guideline: 'G4',
    message: '"Jag förstår, men …" hörs som ett avfärdande: "men" tar tillbaka förståelsen. Bekräfta helt, förklara sedan.',
    patterns: [
      {
        re: String.raw`^(?:(?:okej|ok|alltså|ja|nja|hör\s+du),?\s+)?(?<span>jag\s+(?:förstår|hör\s+vad\s+du\s+säger|fattar|ser\s+din\s+poäng|förstår\s+vad\s+du\s+menar),?\s+men)\b`,
        flag: [
          { text: 'Jag förstår, men reglerna är desamma för alla.', span: 'Jag förstår, men' },
          { text: 'Jag hör vad du säger, men så fungerar appen.', span: 'Jag hör vad du säger, men' },
        ],
      },
    ],
    suggestions: ['Jag förstår att det här är frustrerande, och', 'Jag förstår varför det här känns frustrerande. Så här ligger det till:'],
    examples: {
      flag: ['Jag förstår, men reglerna är desamma för alla.', 'Jag hör vad du säger, men så fungerar appen.'],
      pass: ['Jag förstår att det är frustrerande, och jag har återbetalat avgiften.', 'Jag förstår att förseningen kostade dig en dag.'],
    },
  },
];
