/**
 * Swedish language data the detectors, the rewrites and the checklist use (regular expressions
 * are case-insensitive). `\b` only sits beside ASCII letters; beside å, ä and ö the patterns use
 * B / E from ./bounds (see there why). The reply-level signals (reason … ongoing) are compiled
 * without the `u` flag, so they spell letters as `[a-zåäöéü]`, never `\\p{L}`.
 */
import type { LangPack } from '../types';
import { B, E } from './bounds';

/** The company's rules by name, compounds included ("returpolicy", "säkerhetsrutiner"). */
const RULES = String.raw`\p{L}*(?:villkor|regler|riktlinjer|rutiner|rutin|policy|policyer|bestämmelser|prislista)`;

export const LEXICON: LangPack['lexicon'] = {
  // SMS keywords and codes the customer types: "skriv STOPP", "sms:a SURF till 1212", "koden VINTER".
  codeBefore: [
    String.raw`\b(?:svara|skriv|sms:a|smsa|messa|skicka|ange|använd)\s+(?:med\s+)?(?:texten\s+|ordet\s+|koden\s+)?`,
    String.raw`\b(?:rabatt|kampanj|present|bonus)?kod(?:en)?\s+`,
  ],
  codeAfter: [String.raw`\s+(?:till|på)\s+\d`, String.raw`\s+(?:knappen|fliken|menyn|läget)\b`],
  // Acronyms and codes that also spell a word (English or Swedish): ROT- och RUT-avdrag, Coop, SKI.
  acronymWords: ['ROT', 'RUT', 'COOP', 'SKI', 'MAX', 'OBS', 'AB', 'HB', 'VD', 'ICA', 'SEB', 'BRF', 'ARN', 'SJ', 'OK', 'ID', 'TV', 'EU', 'PIN', 'SIM', 'IT', 'IP', 'DNS', 'AI', 'LAN', 'WAN'],
  capsWords: [
    'inte', 'ej', 'aldrig', 'alla', 'allt', 'måste', 'bara', 'nu', 'inga', 'ingen', 'inget', 'ska', 'skall', 'får', 'kan', 'är', 'och', 'det', 'du', 'din', 'ditt', 'dina',
    'vi', 'vår', 'vårt', 'våra', 'att', 'för', 'på', 'med', 'som', 'har', 'hade', 'var', 'den', 'här', 'där', 'så', 'helt', 'redan', 'igen', 'själv', 'noga', 'gärna', 'snälla',
    'rätt', 'fel', 'läs', 'ring', 'vänta', 'nej', 'ja', 'inom', 'före', 'efter', 'innan', 'sedan', 'alls', 'mer', 'mest', 'ens', 'tre', 'två', 'en', 'ett', 'dag', 'dagar',
    'andra', 'första', 'sista', 'hela', 'stor', 'stora', 'liten', 'nya', 'gamla', 'bort', 'upp', 'ut', 'in', 'av', 'om', 'till', 'när', 'vad', 'hur', 'vem', 'dig', 'mig', 'oss',
    'han', 'hon', 'de', 'dem', 'hem', 'här', 'noll', 'varje', 'både', 'samma', 'egen', 'eget', 'sluta', 'gör', 'görs', 'läst', 'sagt', 'själva',
  ],
  softeners: [String.raw`,\s*tyvärr`, String.raw`,\s*dessvärre`, String.raw`,\s*är\s+jag\s+rädd`, String.raw`,\s*beklagar`, String.raw`,\s*tyvärr\s+nog`],
  // A policy tag at the end of a sentence can be dropped. A frame at the start cannot: Swedish
  // puts the verb second, so "Enligt våra villkor raderas X" without its frame reads as a
  // question ("Raderas X"); it becomes "Hos oss raderas X", which keeps the verb second.
  frames: [
    { pattern: String.raw`^(?:enligt|i\s+enlighet\s+med|utifrån)\s+(?:våra|vår|vårt|företagets|butikens)\s+(?:\p{L}+\s+){0,2}?${RULES}(?:\s*,)?\s+(?=\p{L})`, with: 'hos oss' },
    String.raw`(?:,|(?<!\s))\s*(?:och\s+)?(?:enligt|i\s+enlighet\s+med)\s+(?:våra|vår|vårt|gällande|företagets)\s+(?:\p{L}+\s+){0,2}?${RULES}$`,
    String.raw`,\s*(?:och\s+)?(?:det\s+är|så\s+är)\s+(?:våra|vår|vårt)\s+${RULES}$`,
    String.raw`,\s*(?:och\s+)?(?:så\s+ser\s+(?:reglerna|rutinen|rutinerna|villkoren|policyn)\s+ut|så\s+är\s+(?:reglerna|rutinen|det\s+bara)|det\s+gäller\s+(?:för\s+)?alla(?:\s+kunder)?|det\s+är\s+(?:en|vår|vårt|våra)\s+\p{L}*(?:regel|regler|standard|policy|rutin|rutiner|krav)|det\s+är\s+samma\s+regel\s+för\s+alla|det\s+är\s+(?:(?:en|ett)\s+(?:fast\s+)?)?(?:regel|regler|krav|standard|gränsen|beslut)(?:\s+(?:för\s+alla(?:\s+kunder)?|(?:som\s+)?vi\s+följer|från\s+ledningen))?|inga\s+undantag|det\s+följer\s+av\s+villkoren|så\s+(?:är|var)\s+(?:\p{L}+\s+){1,2}?(?:utformad|utformat|uppbyggd|uppbyggt|upplagd|upplagt|skrivna|byggd|byggt)|så\s+fungerar\s+(?:vår|vårt|våra)\s+\p{L}+|så\s+är\s+det\s+bestämt|det\s+är\s+så\s+(?:vår|vårt|våra)\s+\p{L}+\s+(?:fungerar|ser\s+ut|är\s+upplagd|är\s+uppbyggd))$`,
  ],
  modelVetoes: {
    // Owning the mistake is the opposite of blaming or defending; denying it ("inte vårt fel") is not owning it.
    blame: [
      String.raw`(?<!\b(?:inte|aldrig)\s{1,3}(?:\p{L}{1,12}\s{1,3})?)\b(?:vårt|mitt)\s+(?:eget\s+)?(?:misstag|fel)\b`,
      String.raw`\binte\s+ditt\s+(?:fel|misstag)\b`,
      String.raw`\b(?:ligger|är)\s+på\s+oss\b`,
      // A sentence that opens by restating the customer's own message ("Du nämnde att appen
      // stängs…") recaps it: in our data every one of them is clean (GUIDE.md, customer-words).
      String.raw`^(?:du|ni)\s+(?:skrev|skriver|nämner|nämnde|berättade|berättar|beskriver|beskrev|frågade|frågar|undrar|undrade)\s+(?:att|om|hur|varför|när|vad)\b`,
    ],
    defensive: [String.raw`(?<!\b(?:inte|aldrig)\s{1,3}(?:\p{L}{1,12}\s{1,3})?)\b(?:vårt|mitt)\s+(?:eget\s+)?(?:misstag|fel)\b`, String.raw`\b(?:ligger|är)\s+på\s+oss\b`],
    // A negation that gives ("vi tar inte ut någon avgift", "du behöver inte betala") is good news, not a no.
    refusal: [String.raw`\btar\s+(?:inte|aldrig)\s+ut\s+(?:någon|några|något)\b`, String.raw`\b(?:debiteras|faktureras|debiterar|fakturerar)\s+(?:inte|inget|ingenting|aldrig)\b`, String.raw`\bbehöver\s+(?:inte|aldrig)\s+betala\b`, String.raw`\b(?:utan|ingen)\s+(?:extra\s+)?(?:avgift|kostnad)\b`],
  },
  // A sentence opening with one of these leans on the one before it, which is then not offered for removal.
  leansBack: ['det', 'detta', 'dessa', 'därför', 'så', 'annars', 'alltså', 'den', 'de'],
  joiners: ['och', 'men', 'eller', 'så', 'att', 'för', 'på', 'i', 'med', 'till', 'av', 'om', 'när', 'eftersom', 'innan', 'efter', 'tills', 'från', 'som', 'än', 'är', 'var', 'blir', 'har', 'kommer', 'kan', 'ska', 'inom', 'under', 'via'],
  negations: ['inte', 'aldrig', 'ej', 'ingen', 'inget', 'inga', 'icke', 'knappast'],
  reason: [
    String.raw`\beftersom\b`,
    String.raw`\bdärför\s+att\b`,
    String.raw`${B}på\s+grund\s+av\b`,
    String.raw`\bpga\b`,
    String.raw`\bmed\s+anledning\s+av\b`,
    String.raw`\bi\s+och\s+med\s+att\b`,
    String.raw`\bmed\s+tanke\s+på${E}`,
    String.raw`\bav\s+(?:[a-zåäöéü]+\s+)?(?:säkerhets|sekretess|integritets|hygien|juridiska|tekniska|praktiska|miljö)?skäl\b`,
    String.raw`\bberor\s+på${E}`,
    String.raw`\banledningen\b`,
    String.raw`${B}för\s+att\s+(?!du\s+ska\b)`,
    String.raw`${B}så\s+att\b`,
    String.raw`\bvilket\s+(?:innebär|betyder|gör)\b`,
    String.raw`\bdet\s+(?:innebär|betyder)\s+att\b`,
    String.raw`\b(?:enligt|kräver)\s+(?:lag|lagen|konsumentköplagen|distansavtalslagen|bokföringslagen|GDPR)\b`,
    String.raw`\b(?:bestäms|styrs|regleras|sätts|krävs)\s+av\b`,
  ],
  alternative: [
    String.raw`\bmen\s+(?:jag|vi|du)\s+(?:kan|har|ska|kommer|hjälper|skickar|bokar|ordnar|erbjuder|får)\b`,
    String.raw`${B}däremot\s+(?:kan|har|går)\b`,
    String.raw`\bi\s+stället\b`,
    String.raw`\bistället\b`,
    String.raw`(?<!(?:inget|inga|något\s+annat|inte\s+något\s+annat|något|annat)\s+)\balternativ(?:et|t)?\b(?!\s+finns\s+(?:tyvärr\s+)?inte)`,
    String.raw`(?<!(?:inget|ingenting|inte\s+mycket)\s+(?:mer\s+)?)\b(?:jag|vi|du)\s+kan\s+(?!(?:[a-zåäöéü]+\s+)?(?:inte|aldrig)\b)`,
    String.raw`\bkan\s+(?:jag|vi)\s+(?!(?:[a-zåäöéü]+\s+)?(?:inte|aldrig)\b)`,
    String.raw`\bdu\s+får\s+gärna\b`,
    String.raw`\bom\s+du\s+(?:vill|hellre\s+vill|föredrar)\b`,
    String.raw`\bvill\s+du\s+(?:att|ha|hellre)\b`,
    String.raw`\bska\s+jag\b`,
    String.raw`\bjag\s+hjälper\s+(?:dig\s+)?gärna\b`,
    String.raw`\b(?:det|vad)\s+jag\s+kan\s+göra\b`,
    String.raw`\bdu\s+har\s+möjlighet\b`,
    String.raw`\bunder\s+tiden\b`,
    String.raw`\bjag\s+har\s+(?:nu\s+|redan\s+)?(?:bokat|ordnat|lagt\s+in|lagt\s+till|beställt|startat|öppnat|eskalerat|krediterat|återbetalat|förlängt|flyttat|bett|kontaktat|skapat|skickat\s+en\s+ny)\b`,
  ],
  acknowledge: [
    String.raw`\btack\b`,
    String.raw`\bförlåt\b`,
    String.raw`\bber\s+(?:dig\s+|så\s+mycket\s+)?om\s+ursäkt\b`,
    String.raw`\bbeklagar\b`,
    String.raw`\bjag\s+(?:förstår|kan\s+förstå|ser\s+varför|hör\s+vad\s+du\s+säger)${E}`,
    String.raw`\bdu\s+har\s+(?:helt\s+)?rätt\b`,
    String.raw`\b(?:tråkigt|jobbigt|frustrerande|irriterande|stressigt|förargligt|besvärligt|olyckligt|oroande)\b`,
    String.raw`\busch\b`,
    String.raw`\bvad\s+synd\b`,
    String.raw`\bbra\s+(?:fråga|att\s+du\s+hörde\s+av\s+dig)\b`,
  ],
  nextStep: [
    String.raw`\b(?:jag|vi)\s+(?:ska|kommer\s+att|kommer)\s+[a-zåäöéü]+`,
    String.raw`\bjag\s+(?:skickar|bokar|ordnar|kollar|ringer|mejlar|fixar|lägger|ser\s+till|återkommer|hör\s+av\s+mig)\b`,
    String.raw`\b(?:jag|vi)\s+har\s+(?:nu\s+|redan\s+)?(?:[a-zåäöéü]+\s+)?(?:bokat|skickat|ordnat|återbetalat|krediterat|lagt|bett|öppnat|eskalerat|beställt|ändrat|flyttat|förlängt|spärrat|aktiverat|startat|registrerat|rättat|åtgärdat|uppdaterat|makulerat|avslutat)\b`,
    String.raw`\bdu\s+(?:får|kommer\s+(?:att\s+)?få)\s+(?:ett|en|pengarna|beskedet|besked|svar|paketet|det|den)\b`,
    String.raw`${B}nästa\s+steg\b`,
    String.raw`\b(?:svara|skriv|meddela|berätta|hör\s+av\s+dig)\b`,
    String.raw`\bdu\s+kan\b`,
    String.raw`\bkan\s+du\b`,
    String.raw`\bdu\s+behöver\s+inte\s+göra\s+(?:något|någonting)\b`,
    String.raw`\b(?:bör|ska)\s+(?:komma|vara\s+framme|synas|dyka\s+upp|vara\s+klar)\b`,
  ],
  timeframe: [
    String.raw`\b(?:i\s+dag|idag|i\s+kväll|ikväll|i\s+morgon|imorgon|i\s+eftermiddag|i\s+förmiddag|i\s+morse|under\s+dagen|den\s+här\s+veckan|nästa\s+vecka|i\s+veckan)${E}`,
    String.raw`\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en|s)?\b`,
    String.raw`\binom\s+(?:ungefär\s+|cirka\s+|ca\s+)?(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|tio|tjugo|24|48)\s+(?:[a-zåäöéü]+\s+)?(?:minuter|minut|timmar|timme|dagar|dag|veckor|vecka|bankdagar|arbetsdagar|vardagar)\b`,
    String.raw`\b(?:senast|till|före|innan|den)\s+(?:den\s+)?\d{1,2}(?::[ae])?\b`,
    String.raw`\bkl\.?\s*\d{1,2}`,
    String.raw`\b\d{1,2}[:.]\d{2}\b`,
    String.raw`\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b`,
    String.raw`\b(?:direkt|omgående|snarast|så\s+snart|så\s+fort|inom\s+kort|med\s+en\s+gång)\b`,
  ],
  followUp: [
    String.raw`\b(?:jag|vi)\s+(?:återkommer|hör\s+av\s+(?:mig|oss)|ringer\s+dig|mejlar\s+dig|meddelar\s+dig|följer\s+upp|uppdaterar\s+dig|håller\s+dig\s+(?:uppdaterad|informerad))\b`,
    String.raw`\b(?:jag|vi)\s+(?:ska|kommer\s+att|kommer)\s+(?:[a-zåäöéü]+\s+)?(?:återkomma|höra\s+av\s+(?:mig|oss)|ringa\s+dig|mejla\s+dig|meddela\s+dig|följa\s+upp|uppdatera\s+dig|hålla\s+dig)\b`,
    String.raw`\bdu\s+(?:får|kommer\s+(?:att\s+)?få)\s+(?:ett\s+)?(?:sms|mejl|mail|besked|meddelande|en\s+notis|en\s+bekräftelse)\b`,
    String.raw`\bhåller\s+dig\s+(?:uppdaterad|informerad)\b`,
  ],
  ongoing: [
    String.raw`\butred(?:er|ning|ningen|s)\b`,
    String.raw`\bundersöker\b`,
    String.raw`\bfelsöker\b`,
    String.raw`\beskalera`,
    String.raw`\bväntar\s+på${E}`,
    String.raw`\bkollar\s+(?:med|upp)\b`,
    String.raw`\bhar\s+kontaktat\b`,
    String.raw`${B}pågår\b`,
    String.raw`\bbevakar\b`,
    String.raw`\bföljer\s+upp\b`,
    String.raw`\bhar\s+skickat\s+en\s+förfrågan\b`,
    String.raw`\bhar\s+(?:startat|öppnat)\s+(?:en|ett)\s+(?:utredning|ärende|reklamation|eftersökning)\b`,
  ],
};
