/** Dismissive (G2): sentences that play down the problem or the customer’s feelings. */
import type { RuleSource } from '../types';
import { B, E } from './bounds';

/** "ju", "väl", "ändå", "trots allt": the particles that turn a fact into "so it's nothing". */
const PARTICLES = String.raw`(?:(?:ju|väl|ändå|trots\s+allt|egentligen)\s+)*`;
const AMOUNT = String.raw`(?:en|ett|några|någon|ett\s+par|lite|\d[\d\s]*(?:[,.]\d+)?|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv|femton|tjugo)`;

/** An imperative at the start of the sentence or of a clause ("Ta det lugnt", "…, så ha tålamod"). */
const IMPERATIVE = String.raw`(?<=^(?:(?:men|så|och|nu|snälla|bara)\s+)?|[,;:–—]\s+(?:(?:men|så|och|nu|snälla)\s+)?)`;

/** Reassurance answering the customer's own apology is kind: "Ingen fara, sånt händer." */
const REASSURANCE = String.raw`^(?:ingen\s+fara|inga\s+problem|ingen\s+stress|det\s+gör\s+(?:inget|ingenting)|oroa\s+dig\s+inte)\b`;

export const DISMISSIVE: RuleSource[] = [
  {
    id: 'sv.dismissive.calm-down',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    message: 'Att be kunden lugna sig eller ha tålamod avfärdar känslan. Sätt ord på hur det påverkar hen i stället.',
    patterns: [
      {
        re: String.raw`${IMPERATIVE}(?<span>ta\s+det\s+(?:bara\s+)?lugnt|lugna\s+ner\s+dig|lugna\s+dig|(?:ha|visa)\s+(?:bara\s+)?(?:lite\s+)?tålamod|var\s+(?:lite\s+)?tålmodig)\b`,
        flag: [
          { text: 'Ta det lugnt, ersättningskortet är på väg.', span: 'Ta det lugnt' },
          { text: 'Kortet är beställt, så ha lite tålamod.', span: 'ha lite tålamod' },
        ],
      },
    ],
    unless: [String.raw`\btack\b[^.!?]{0,40}\btålamod`],
    suggestions: ['jag förstår hur stressigt det här är', 'jag förstår att det här är frustrerande'],
    examples: {
      flag: ['Ta det lugnt, ersättningskortet är på väg.', 'Ha lite tålamod.'],
      pass: ['Tack för att du väntade med sådant tålamod på teknikern.', 'Tusen tack för ditt tålamod under flytten av abonnemanget.', 'Vi svarade lugnt och sakligt på säljarens mejl.'],
    },
  },
  {
    id: 'sv.dismissive.overreacting',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    message: 'Att säga att kunden överreagerar eller inte behöver bli upprörd avfärdar känslan. Bekräfta hur det påverkar hen.',
    patterns: [
      {
        re: String.raw`\b(?<span>du\s+(?:överreagerar|är\s+(?:lite\s+|väl\s+)?(?:överkänslig|orimlig|dramatisk)))\b`,
        flag: [{ text: 'Jag tycker att du överreagerar.', span: 'du överreagerar' }],
      },
      {
        re: String.raw`\b(?<span>(?:ingen|inte\s+någon)\s+anledning\s+att\s+(?:stressa|bli\s+(?:så\s+)?(?:upprörd|arg|irriterad)|hetsa\s+upp\s+(?:dig|sig)|höja\s+rösten))\b`,
        flag: [{ text: 'Det finns ingen anledning att bli så upprörd över ett samtal.', span: 'ingen anledning att bli så upprörd' }],
      },
      {
        re: String.raw`\b(?<span>inget\s+att\s+(?:hetsa\s+upp\s+(?:dig|sig)\s+över|bli\s+(?:upprörd|arg)\s+över|grubbla\s+(?:mer\s+)?på|göra\s+en\s+stor\s+sak\s+av))${E}`,
        flag: [{ text: 'En försenad faktura är inget att hetsa upp sig över.', span: 'inget att hetsa upp sig över' }],
      },
      {
        re: String.raw`\b(?<span>(?:göra|gör)\s+(?:en\s+)?(?:stor\s+sak|stor\s+grej|höna)\s+av)${E}`,
        flag: [{ text: 'Du gör en stor sak av en liten repa.', span: 'gör en stor sak av' }],
      },
    ],
    span: 'sentence',
    suggestions: ['Jag förstår att det här har ställt till det för dig, och [vad jag gör nu].'],
    examples: {
      flag: ['Jag tycker att du överreagerar.', 'En försenad faktura är inget att hetsa upp sig över.'],
      pass: ['Jag förstår att du blev upprörd, och jag har redan rättat fakturan.', 'Det finns ingen anledning att vänta, du kan hämta paketet redan i dag.'],
    },
  },
  {
    id: 'sv.dismissive.only-minor',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    message: 'Att kalla problemet litet förminskar det kunden går igenom. Bekräfta hur det påverkar hen.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:det|den|detta|det\s+här|det\s+där|de|dom)\s+(?:är|var|blir|handlar)\s+${PARTICLES}(?:bara|endast|enbart)\s+(?:om\s+)?${AMOUNT})${E}`,
        flag: [
          { text: 'Det är ju bara en liten repa på baksidan.', span: 'Det är ju bara en' },
          { text: 'Det handlar ändå bara om 49 kr.', span: 'Det handlar ändå bara om 49' },
          { text: 'Det var bara tre dagar försenat.', span: 'Det var bara tre' },
        ],
      },
      {
        re: String.raw`\b(?<span>(?:det|det\s+här|det\s+handlar|det\s+rör\s+sig)\s+(?:ju\s+|ändå\s+)*om\s+(?:bara\s+)?(?:\d+(?:\s\d{3})*(?:[,.]\d+)?\s*(?:kr|kronor|öre)|några\s+(?:minuter|timmar|dagar|kronor|hundralappar)|en\s+(?:kvart|timme|dag|hundralapp)))${E}`,
        flag: [{ text: 'Det handlar ju om en hundralapp.', span: 'Det handlar ju om en hundralapp' }],
      },
      {
        re: String.raw`\b(?<span>(?:det|den|de|repan|fläcken|bucklan|skadan|märket|sprickan)\s+syns\s+(?:ju\s+)?(?:knappt|nästan\s+inte|inte\s+ens))${E}`,
        flag: [{ text: 'Fläcken syns knappt när soffan står mot väggen.', span: 'Fläcken syns knappt' }],
      },
      {
        re: String.raw`\b(?<span>(?:en|ett)\s+(?:ren\s+)?(?:skönhetsfråga|småsak|struntsak|bagatell|(?:liten|mindre|obetydlig)\s+detalj))${E}`,
        flag: [{ text: 'En buckla i dörren är en ren skönhetsfråga.', span: 'en ren skönhetsfråga' }],
      },
      {
        re: String.raw`\b(?<span>(?:bara|endast)\s+(?:en|ett|några|\d+|två|tre)\s+(?:\p{L}+\s+)?(?:dag|dagar|timme|timmar|minuter|veckor|vecka)\s+(?:sen|sent|försenad|försenat|försenade))${E}`,
        flag: [{ text: 'Paketet är bara en dag sent.', span: 'bara en dag sent' }],
      },
    ],
    unless: [
      String.raw`\b(?:gäller|krävs|behövs|tillgänglig|tillgängligt|ingår)\b`,
      String.raw`\b(?:bara|endast)\s+(?:en|ett)\s+(?:steg|klick|knapptryck|sms|mejl|gång|person)\b`,
      String.raw`${B}(?:i\s+taget|åt\s+gången|per\s+\p{L}+)${E}`,
      String.raw`\bsom\s+(?:kan|får|måste|behöver)\b`,
      String.raw`\b(?:en\s+formalitet|du\s+behöver\s+bara)\b`,
      // "Bara två dagar kvar till leveransen": counting down to good news.
      String.raw`\bkvar\s+(?:till|innan)\b`,
      String.raw`\b(?:förlåt|beklagar)\b`,
    ],
    span: 'sentence',
    suggestions: ['Jag förstår att det här är ett verkligt besvär, även om det kan se litet ut. Så här gör jag: [nästa steg].', 'Jag förstår att det här är frustrerande.'],
    examples: {
      flag: ['Det är ju bara en liten repa på baksidan.', 'Det handlar ju om en hundralapp.', 'Fläcken syns knappt när soffan står mot väggen.'],
      pass: [
        'Koden fungerar bara en gång eftersom den är kopplad till ditt konto.',
        'Det är bara en person i taget som kan vara inloggad.',
        'Det räcker att du skriver önskad leveransdag här i chatten.',
        'Bara den som äger numret kan ångra en betalförfrågan.',
        'Det är bara att svara på det här mejlet, så ordnar jag resten.',
        'Det är bara en formalitet, du behöver bara signera med BankID.',
        'Det är bara två dagar kvar till leveransen, och du får ett sms när den är på väg.',
      ],
    },
  },
  {
    id: 'sv.dismissive.not-a-big-deal',
    category: 'dismissive',
    severity: 'warning',
    guideline: 'G2',
    message: 'Det här säger att kundens problem inte spelar någon roll. Visa att du förstår varför det spelar roll för hen.',
    patterns: [
      {
        re: String.raw`${B}(?<span>(?:är|var)\s+(?:(?:ju|väl)\s+)?inte\s+hela\s+världen)${E}`,
        flag: [{ text: 'Två dagars väntan är väl inte hela världen.', span: 'är väl inte hela världen' }],
      },
      {
        re: String.raw`${B}(?<span>(?:är|var)\s+(?:(?:ju|väl|egentligen)\s+)*inte\s+så\s+(?:farligt|farlig|allvarligt|märkvärdigt))\b`,
        flag: [{ text: 'Ett par timmar utan tv är väl inte så farligt.', span: 'är väl inte så farligt' }],
      },
      {
        re: String.raw`\b(?<span>(?:det\s+)?gör\s+(?:ju\s+)?väl\s+(?:inte\s+så\s+mycket|ingenting|inget))${E}`,
        flag: [{ text: 'Det gör väl inte så mycket om den kommer på måndag.', span: 'Det gör väl inte så mycket' }],
      },
      {
        re: String.raw`\b(?<span>(?:sånt|sådant)(?:\s+här|\s+där)?\s+händer)${E}`,
        flag: [{ text: 'Sånt händer.', span: 'Sånt händer' }],
      },
      {
        re: String.raw`\b(?<span>(?:fel|misstag|förseningar|olyckor|störningar)\s+händer)(?=\s*[.!,;]|\s*$)`,
        flag: [{ text: 'Förseningar händer.', span: 'Förseningar händer' }],
      },
      {
        re: String.raw`\b(?<span>det\s+(?:brukar\s+|kommer\s+att\s+)?(?:löser|lösa)\s+sig|det\s+(?:brukar\s+)?(?:ordnar|ordna)\s+sig\s+(?:säkert|nog|garanterat|med\s+tiden))\b`,
        flag: [{ text: 'Det löser sig säkert.', span: 'Det löser sig' }],
      },
      {
        re: String.raw`\b(?<span>(?:det|det\s+här|det\s+där)\s+(?:är|var)\s+(?:ju\s+)?(?:inget|ingenting)\s+(?:konstigt|ovanligt|att\s+oroa\s+sig\s+för))${E}`,
        flag: [{ text: 'Mesh-nätverk tappar ibland täckning, det är inget konstigt.', span: 'det är inget konstigt' }],
      },
      {
        re: String.raw`\b(?<span>(?:de\s+flesta|många|andra)\s+(?:kunder\s+|resenärer\s+|hyresgäster\s+|användare\s+)?(?:märker|bryr\s+sig|störs|klagar|tänker)\s+(?:inte|knappt|aldrig)(?:\s+ens)?)\b`,
        flag: [{ text: 'De flesta märker inte ens skillnaden.', span: 'De flesta märker inte ens' }],
      },
      {
        re: String.raw`\b(?<span>(?:det|den|paketet|pengarna|leveransen|beställningen)\s+(?:kommer|dyker)\s+(?:(?:nog|säkert|garanterat)\s+)?(?:upp\s+|fram\s+)?(?:till\s+slut|förr\s+eller\s+senare|så\s+småningom))\b`,
        flag: [{ text: 'Paketet kommer nog fram till slut.', span: 'Paketet kommer nog fram till slut' }],
      },
      {
        re: String.raw`\b(?<span>det\s+är\s+(?:ju\s+)?(?:som\s+det\s+är|vad\s+det\s+är))\b`,
        flag: [{ text: 'Avgiften är fast, och det är som det är.', span: 'det är som det är' }],
      },
      {
        re: String.raw`\b(?<span>du\s+får\s+(?:helt\s+enkelt|väl)\s+(?:vänta|boka|acceptera|leva\s+med|stå\s+ut|ta|köpa|försöka|ringa|hämta|gå))${E}`,
        flag: [{ text: 'Du får helt enkelt boka om resan.', span: 'Du får helt enkelt boka' }],
      },
      {
        re: String.raw`\b(?<span>räcker\s+(?:ju\s+)?väl\s+att)\b`,
        flag: [{ text: 'Det räcker väl att lampan lyser.', span: 'räcker väl att' }],
      },
      {
        re: String.raw`\b(?<span>det\s+är\s+(?:säkert|nog|garanterat)\s+(?:inget|ingenting)(?:\s+farligt)?)(?=\s*(?:[.!]\s*)?$)`,
        flag: [{ text: 'Det är nog ingenting farligt.', span: 'Det är nog ingenting farligt' }],
      },
      {
        re: String.raw`${B}(?<span>(?:är|var)\s+(?:(?:ju|väl|trots\s+allt)\s+)*(?:ingen|inte\s+någon)\s+(?:katastrof|stor\s+(?:förlust|sak|grej)|världens\s+undergång))${E}`,
        flag: [{ text: 'En timmes försening är ju ingen katastrof.', span: 'är ju ingen katastrof' }],
      },
      {
        re: String.raw`\b(?<span>inga\s+stora\s+pengar|(?:kan|är)\s+(?:knappast|inte)\s+(?:vara\s+)?så\s+viktigt)\b`,
        flag: [{ text: 'Avgiften är liten, så det kan knappast vara så viktigt.', span: 'kan knappast vara så viktigt' }],
      },
      {
        re: String.raw`\b(?<span>(?:inget|inte\s+(?:så\s+mycket|något))\s+att\s+(?:hänga\s+upp\s+(?:dig|sig)\s+på|bråka\s+om|bli\s+upprörd\s+över))${E}`,
        flag: [{ text: 'Kvittot kom fram till slut, så det var väl inte så mycket att bråka om.', span: 'inte så mycket att bråka om' }],
      },
      {
        re: String.raw`\b(?<span>ju\b[^.!?]{0,40}?\bi\s+alla\s+fall)\b`,
        flag: [{ text: 'Men paketet kom ju fram i alla fall.', span: 'ju fram i alla fall' }],
      },
      {
        re: String.raw`\b(?<span>det\s+är\s+ju\s+bara\s+att)\b`,
        flag: [{ text: 'Det är ju bara att beställa en ny.', span: 'Det är ju bara att' }],
      },
      {
        re: String.raw`\b(?<span>(?:får|måste)\s+(?:vi|du|man)\s+(?:tyvärr\s+)?(?:leva\s+med|räkna\s+med|stå\s+ut\s+med))\b`,
        flag: [{ text: 'Lite brus på linjen får man räkna med.', span: 'får man räkna med' }],
      },
      {
        re: String.raw`\b(?<span>de\s+flesta\s+(?:inte|knappt|aldrig)\s+(?:ens\s+)?(?:märker|ser|bryr\s+sig|störs))\b`,
        flag: [{ text: 'Ljudet är så svagt att de flesta inte ens märker det.', span: 'de flesta inte ens märker' }],
      },
    ],
    unless: [
      REASSURANCE,
      String.raw`\b(?:förlåt|beklagar)\b`,
      String.raw`\bber\s+(?:dig\s+)?om\s+ursäkt\b`,
      String.raw`\binget\s+konstigt\s+(?:att|med\s+att)\s+du\b`,
      String.raw`\bsom\s+det\s+(?:låter|ser\s+ut|verkar)\b`,
      String.raw`\b(?:jag|vi)\s+(?:ska\s+)?(?:ser|se)\s+till\s+att\s+det\b`,
    ],
    span: 'sentence',
    suggestions: ['Jag förstår varför det här är viktigt för dig, och [vad jag gör nu].', 'Jag förstår hur det här påverkar dig. [vad jag gör nu].'],
    examples: {
      flag: ['Två dagars väntan är väl inte hela världen.', 'Sånt händer.', 'De flesta märker inte ens skillnaden.', 'Det löser sig säkert.'],
      pass: [
        'Ingen fara, sånt händer, och jag har redan bokat om dig till torsdag.',
        'Inga problem, det händer att man blandar ihop två bokningsnummer.',
        'Det är inget konstigt att du blev förvirrad av två fakturor.',
        'Det räcker att du loggar ut och in igen.',
        'Det är inte så farligt som det låter, och jag guidar dig igenom det.',
        'Det ordnar sig, numret är inte förlorat och flytten är klar i morgon.',
        'Det är bara att svara på det här mejlet, så ordnar jag resten.',
        'Du får räkna med ett mejl från oss i morgon med den nya tiden.',
      ],
    },
  },
];
