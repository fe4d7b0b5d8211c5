/** Blame (G7): sentences that put the fault on the customer. */
import type { RuleSource } from '../types';
import { B, E } from './bounds';

/** A Swedish supine ("skickat", "läst", "tagit", "valt"): it always ends in -t. */
const SUPINE = String.raw`(?<verb>\p{L}+t)\b`;
/** Supines of what happened to the customer rather than what they did ("du borde ha fått ett sms"). */
const NOT_DONE = String.raw`(?!(?:fått|sett|hört|märkt|haft|varit|blivit|kommit|erhållit|kunnat|ett|det|allt|mycket|något|inget|rätt|fel|svårt|lätt|nytt|eget|gott|bäst|bättre|tur)\b)`;
/** What a customer is guessed to have done ("du måste ha stängt av …"); "du måste ha BankID" is a requirement. */
const DONE = String.raw`(?<verb>stängt|glömt|tappat|ändrat|kopplat|raderat|tryckt|skickat|slängt|missat|tagit|gjort|valt|angett|skrivit|klickat|installerat|laddat\s+ned|laddat\s+ner|flyttat|lämnat|sparat|avbrutit|dragit|använt|blandat\s+ihop|stängt\s+av|loggat\s+ut|sagt\s+upp|avbokat|beställt|tvättat|tappat\s+bort)\b`;

export const BLAME: RuleSource[] = [
  {
    id: 'sv.blame.should-have',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'Att säga vad kunden borde ha gjort lägger skulden på hen. Säg i stället vad som hjälper nu.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:du\s+(?:borde|skulle|hade\s+behövt)|(?:borde|skulle)\s+du)\s+(?:(?:ju|nog|faktiskt|verkligen|själv|helst|egentligen)\s+)*ha\s+${NOT_DONE}${SUPINE})`,
        flag: [
          { text: 'Du borde ha sparat kvittot när du handlade.', span: 'Du borde ha sparat' },
          { text: 'Då borde du ju ha kontrollerat adressen innan du betalade.', span: 'borde du ju ha kontrollerat' },
        ],
      },
      {
        re: String.raw`\b(?<span>du\s+hade\s+(?:ju\s+|egentligen\s+)?behövt\s+(?<verb>\p{L}+a))\b`,
        flag: [{ text: 'Du hade behövt anmäla flytten en månad i förväg.', span: 'Du hade behövt anmäla' }],
      },
    ],
    span: 'sentence',
    suggestions: ['Så här löser vi det nu: [nästa steg].'],
    examples: {
      flag: ['Du borde ha sparat kvittot när du handlade.', 'Du hade behövt anmäla flytten en månad i förväg.'],
      pass: [
        'Du borde ha fått ett sms med koden i morse.',
        'Vi borde ha hört av oss när leveransen blev sen.',
        'Du bör få pengarna tillbaka inom fem bankdagar.',
        'Du skulle ha kunnat få svar snabbare, och det är vårt ansvar.',
      ],
    },
  },
  {
    id: 'sv.blame.if-you-had',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'En mening om vad som hade hänt om kunden gjort annorlunda spelar upp hens misstag igen. Beskriv vad som går att göra härifrån.',
    patterns: [
      {
        re: String.raw`\b(?<span>om\s+du\s+(?:bara\s+|själv\s+|redan\s+)?(?:hade|skulle\s+ha)\s+${NOT_DONE}${SUPINE}[^.!?;]{0,120}?\b(?:hade|skulle)\s+(?:du|vi|det|den|ni|paketet|pengarna))\b`,
        flag: [
          { text: 'Om du hade valt expressfrakt hade du haft paketet i dag.', span: 'Om du hade valt expressfrakt hade du' },
          { text: 'Om du bara hade läst instruktionen skulle du ha sett var kabeln ska sitta.', span: 'Om du bara hade läst instruktionen skulle du' },
        ],
      },
      {
        re: String.raw`^(?<span>hade\s+du\s+(?:bara\s+|själv\s+)?${NOT_DONE}${SUPINE}[^.!?;]{0,120}?\b(?:hade|skulle)\s+(?:du|vi|det|den|ni|paketet|pengarna))\b`,
        flag: [{ text: 'Hade du sparat kvittot hade vi kunnat byta varan.', span: 'Hade du sparat kvittot hade vi' }],
      },
    ],
    suggestions: [],
    examples: {
      flag: ['Om du hade valt expressfrakt hade du haft paketet i dag.', 'Hade du sparat kvittot hade vi kunnat byta varan.'],
      pass: [
        'Om du hade problem med länken kan jag skicka en ny.',
        'Om du redan har betalat kan du bortse från påminnelsen.',
        'Om du hade fått beskedet i tid hade du hunnit boka om, så jag står för mellanskillnaden.',
      ],
    },
  },
  {
    id: 'sv.blame.wrong-input',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'Här står det att kunden gjorde fel. Beskriv vad som inte stämde, utan "du".',
    patterns: [
      {
        re: String.raw`\b(?<span>du\s+(?:har\s+)?(?:(?:ty(?:värr|dligen)|nog|ju)\s+)*(?:angav|angett|skrev|skrivit|valde|valt|fyllde\s+i|fyllt\s+i|knappade\s+in|knappat\s+in|slog\s+in|slagit\s+in|uppgav|uppgett|beställde|beställt|bokade|bokat|registrerade|registrerat|kopplade|kopplat|använde|använt|skickade|skickat)\s+(?:in\s+)?(?:en\s+|ett\s+|den\s+|det\s+)?(?:fel|felaktig|felaktigt|felaktiga)\s+(?<what>\p{L}[\p{L}-]*))`,
        flag: [
          { text: 'Betalningen stoppades eftersom du angav fel pinkod.', span: 'du angav fel pinkod' },
          { text: 'Du har tyvärr skrivit fel postnummer i beställningen.', span: 'Du har tyvärr skrivit fel postnummer' },
        ],
      },
    ],
    unless: [String.raw`\bom\s+du\s+(?:har\s+)?(?:råkat\s+)?(?:angav|angett|skrev|skrivit|valde|valt)\b`],
    suggestions: ['det blev fel {what}'],
    examples: {
      flag: ['Betalningen stoppades eftersom du angav fel pinkod.', 'Du har tyvärr skrivit fel postnummer i beställningen.'],
      pass: [
        'Vi packade en blå tröja i stället för en grön, och det misstaget är helt vårt.',
        'Om du har skrivit fel adress kan du ändra den i appen fram till kl 18.',
        'Budet lämnade paketet på fel adress, så jag har startat en eftersökning.',
      ],
    },
  },
  {
    id: 'sv.blame.you-missed',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'Här pekas kundens miss ut som orsaken. Berätta neutralt vad som hände och vad som löser det.',
    patterns: [
      {
        re: String.raw`\b(?<span>du\s+(?:har\s+)?(?:nog|ju|helt\s+enkelt|säkert|antagligen|troligen|förmodligen|uppenbarligen|tydligen)\s+(?:missat|missade|glömt|glömde|missuppfattat|missuppfattade|förbisett|hoppat\s+över|hoppade\s+över|råkat\s+\p{L}+))\b`,
        flag: [{ text: 'Du har nog missat att bekräfta bokningen i appen.', span: 'Du har nog missat' }],
      },
      {
        re: String.raw`\b(?<span>du\s+(?:har\s+)?(?:struntat\s+i|struntade\s+i|ignorerat|ignorerade|slarvat|slarvade|glömt\s+att|glömde\s+att|missat\s+att|missade\s+att|inte\s+brytt\s+dig\s+om|aldrig\s+läst|inte\s+läst|inte\s+läste))\b`,
        flag: [{ text: 'Du glömde att aktivera kortet innan resan.', span: 'Du glömde att' }],
      },
      {
        re: String.raw`(?:\beftersom|${B}för\s+att|\bdå)\s+(?<span>du\s+(?:själv\s+)?(?:inte|aldrig)\s+(?:har\s+)?(?:svarade|svarat|betalade|betalat|hämtade|hämtat|lämnade|lämnat|anmälde|anmält|bokade|bokat|läste|läst|kontrollerade|kontrollerat|följde|följt|uppdaterade|uppdaterat|sparade|sparat|förnyade|förnyat|checkade\s+in|checkat\s+in))\b`,
        flag: [{ text: 'Abonnemanget stängdes eftersom du inte betalade de två senaste fakturorna.', span: 'du inte betalade' }],
      },
      {
        re: String.raw`(?:\beftersom|${B}för\s+att|\bdå)\s+(?<span>du\s+(?:själv\s+)?(?:inte|aldrig)\s+(?:har\s+|hade\s+)?(?!(?:fått|behövt|behöver|behövde|ska|skulle|kan|kunde|vill|ville|är|var|hann|hunnit|har|hade|längre|ens)\b)\p{L}+(?:ade|de|te|at|it|tt))\b`,
        flag: [{ text: 'Ansökan försenades för att du inte skickade med lönespecifikationen.', span: 'du inte skickade' }],
      },
      {
        re: String.raw`^(?<span>du\s+(?:hade|har)\s+(?:(?:ju|tyvärr|alltså)\s+)?inte\s+(?!(?:fått|behövt|missat|glömt|gjort|blivit|varit|haft|kunnat|hunnit|betalat\s+för\s+mycket)\b)\p{L}+(?:at|it|tt|lt|rt|nt|st))\b`,
        flag: [{ text: 'Du hade inte registrerat bilen i appen, så parkeringen blev inte betald.', span: 'Du hade inte registrerat' }],
      },
      {
        re: String.raw`\b(?<span>(?:du\s+har\s+(?:nog|troligen|antagligen|förmodligen|säkert)\s+inte|(?:troligen|antagligen|förmodligen)\s+har\s+du\s+inte)\s+(?!(?:fått|sett|hört|märkt)\b)\p{L}+(?:at|it|tt|lt|rt|nt|st))\b`,
        flag: [{ text: 'Överföringen syns inte hos oss, så du har nog inte godkänt den i banken.', span: 'du har nog inte godkänt' }],
      },
      {
        re: String.raw`\b(?<span>trots\s+att\s+vi\s+(?:har\s+)?(?:informerat|informerade|meddelat|meddelade|påmint|påminde|skrivit|skrev|varnat|varnade|aviserat|aviserade))\b`,
        flag: [{ text: 'Du betalade till det gamla kontonumret trots att vi informerade om bytet.', span: 'trots att vi informerade' }],
      },
    ],
    unless: [
      String.raw`\b(?:om|ifall|när|ingen\s+fara\s+att)\s+du\s+(?:har\s+)?(?:inte\s+)?(?:glömt|glömde|missat|missade|läst)\b`,
      String.raw`^(?:ingen\s+fara|inga\s+problem|det\s+gör\s+(?:inget|ingenting))\b`,
      String.raw`\b(?:något|några|någonting)\s+fel\b`,
      String.raw`\bför\s+mycket\b`,
    ],
    span: 'sentence',
    suggestions: ['Det ser ut som att [vad som hände]. Så här löser vi det: [nästa steg].'],
    examples: {
      flag: ['Du har nog missat att bekräfta bokningen i appen.', 'Du glömde att aktivera kortet innan resan.', 'Abonnemanget stängdes eftersom du inte betalade de två senaste fakturorna.'],
      pass: [
        'Ingen fara att du missade budet, jag bokar en ny tid.',
        'Om du har glömt lösenordet kan du återställa det på inloggningssidan.',
        'Eftersom du inte har fått någon bekräftelse skickar jag den igen.',
        'Du har nog redan sett att vi bjuder på frakten den här gången.',
        'Du har inte gjort något fel, felet låg i vår kassa.',
        'Eftersom du inte behöver routern längre kan du lämna den hos ett ombud.',
        'För att du inte ska behöva vänta har jag skickat en ny kod.',
      ],
    },
  },
  {
    id: 'sv.blame.your-fault',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'Att lägga ansvaret på kunden avslutar samtalet. Gå direkt till lösningen.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?:det|detta|det\s+här|det\s+där)\s+(?:är|var|blir)\s+(?:(?:ju|faktiskt|helt|t(?:yvärr|rots\s+allt))\s+)*(?:ditt\s+(?:eget\s+)?(?:fel|ansvar|misstag|problem)))\b`,
        flag: [{ text: 'Det är ju ditt eget ansvar att hålla koden hemlig.', span: 'Det är ju ditt eget ansvar' }],
      },
      {
        re: String.raw`\b(?<span>(?:ligger|vilar)\s+(?:(?:helt|ju|faktiskt)\s+)*(?:på\s+dig|på\s+ditt\s+ansvar))\b`,
        flag: [{ text: 'Ansvaret för att spärra kortet ligger på dig.', span: 'ligger på dig' }],
      },
      {
        re: String.raw`\b(?<span>(?:får|fick)\s+du\s+(?:(?:nog|ju|tyvärr)\s+)*(?:skylla\s+dig\s+själv|stå\s+för\s+(?:(?:det|den|kostnaden|risken)\s+)?själv))\b`,
        flag: [{ text: 'Den kostnaden får du stå för själv.', span: 'får du stå för själv' }],
      },
      {
        re: String.raw`\b(?<span>(?:det\s+(?:är|var)\s+(?:ju\s+)?du\s+som\s+(?:har\s+)?(?:ansvar(?:ar|ade|et)?|är\s+ansvarig|bär\s+ansvaret|tappat|glömt|missat|raderat|godkänt|lämnat\s+ut|sagt\s+upp)))\b`,
        flag: [{ text: 'Det är du som ansvarar för att mätarställningen kommer in.', span: 'Det är du som ansvarar' }],
      },
      {
        re: String.raw`\b(?<span>ditt\s+(?:eget\s+)?(?:fel|misstag))\b`,
        flag: [{ text: 'Dubbeldragningen blev ditt eget misstag när kortet lades in två gånger.', span: 'ditt eget misstag' }],
      },
    ],
    negatable: true,
    unless: [String.raw`\b(?:inte|aldrig|ej)\s+(?:\p{L}+\s+)?ditt\s+(?:eget\s+)?(?:fel|misstag|ansvar)`, String.raw`\binte\s+ditt\b`],
    span: 'sentence',
    suggestions: ['Nu löser vi det här: [vad vi gör härnäst].'],
    examples: {
      flag: ['Det är ju ditt eget ansvar att hålla koden hemlig.', 'Den kostnaden får du stå för själv.', 'Ansvaret för att spärra kortet ligger på dig.'],
      pass: ['Det är inte ditt fel att koden slutade fungera.', 'Det var vårt fel att bokningen hamnade på fel dag, inte ditt.', 'Valet är helt ditt, och båda alternativen kostar lika mycket.'],
    },
  },
  {
    id: 'sv.blame.must-have',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'En gissning om att kunden orsakade felet låter som en anklagelse. Säg vad du har kontrollerat och vad du hittade.',
    patterns: [
      {
        re: String.raw`\b(?<span>du\s+(?:måste|lär)\s+(?:(?:nog|ju|själv)\s+)*ha\s+(?:råkat\s+)?${DONE})`,
        flag: [{ text: 'Du måste ha stängt av aviseringarna i telefonen.', span: 'Du måste ha stängt' }],
      },
      {
        re: String.raw`\b(?<span>(?:felet|problemet|det)\s+(?:ligger|sitter|är)\s+(?:(?:nog|säkert|troligen|förmodligen|snarare|nog\s+snarare)\s+)?(?:hos\s+dig|på\s+din\s+sida|på\s+ditt\s+håll|i\s+din\s+(?:utrustning|dator|telefon|router|webbläsare|mobil|wifi)|något\s+(?:fel\s+)?(?:med|på|i)\s+din\s+(?:utrustning|dator|telefon|router|webbläsare|mobil|wifi|installation)|något\s+hemma\s+hos\s+dig))\b`,
        flag: [{ text: 'Felet ligger nog snarare i din router.', span: 'Felet ligger nog snarare i din router' }],
      },
    ],
    negatable: true,
    span: 'sentence',
    suggestions: ['Jag har kontrollerat [vad du kontrollerat], och det pekar på [orsak]. Så här löser vi det: [nästa steg].'],
    examples: {
      flag: ['Du måste ha stängt av aviseringarna i telefonen.', 'Felet ligger nog snarare i din router.'],
      pass: ['Du måste ha fått två mejl i morse, och det är det andra som gäller.', 'Felet sitter i vår nod i kvarteret, inte i din router.', 'Du måste ha BankID för att logga in.'],
    },
  },
  {
    id: 'sv.blame.own-choice',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'Att påpeka att kunden själv valde det hjälper inte. Förklara vad läget betyder för hen nu.',
    patterns: [
      {
        re: String.raw`\b(?<span>du\s+(?:har\s+)?(?:(?:ju|faktiskt)\s+)*själv\s+(?:valt|valde|godkänt|godkände|beställt|beställde|bokat|bokade|signerat|signerade|accepterat|accepterade|tackat\s+ja|sagt\s+upp|sade\s+upp|sa\s+upp|fyllde\s+i|fyllt\s+i|skrev\s+in|skrivit\s+in|angav|angett|lämnat\s+ut|lämnade\s+ut))\b`,
        flag: [{ text: 'Du har själv godkänt köpet med BankID.', span: 'Du har själv godkänt' }],
      },
      {
        re: String.raw`\b(?<span>du\s+(?:valde|godkände|beställde|bokade|signerade|accepterade)\s+(?:ju|faktiskt)\s+(?:\p{L}+\s+){0,3}?själv)\b`,
        flag: [{ text: 'Du valde ju det rörliga avtalet själv.', span: 'Du valde ju det rörliga avtalet själv' }],
      },
    ],
    span: 'sentence',
    suggestions: ['Så här påverkar det dig nu: [förklaring].'],
    examples: {
      flag: ['Du har själv godkänt köpet med BankID.', 'Du valde ju det rörliga avtalet själv.'],
      pass: ['Du kan själv välja leveransdag i appen.', 'Du ändrar planen själv under Inställningar, och det gäller direkt.'],
    },
  },
  {
    id: 'sv.blame.it-says',
    category: 'blame',
    severity: 'warning',
    guideline: 'G7',
    message: 'Med "ju" blir en hänvisning en förebråelse: det står ju där, alltså borde kunden ha sett det. Ge informationen direkt.',
    patterns: [
      {
        re: String.raw`\b(?<span>(?<subj>det|detta|den|informationen|tiden|priset|avgiften|koden|villkoret)\s+(?<verb>står|stod|framgår|framgick|syntes|syns)\s+ju\s+(?<rest>(?:med\s+)?(?:i|på|under|längst|högst|redan)))${E}`,
        flag: [{ text: 'Det står ju i orderbekräftelsen att leveransen tar fem dagar.', span: 'Det står ju i' }],
      },
    ],
    suggestions: ['{subj} {verb} {rest}'],
    examples: {
      flag: ['Det står ju i orderbekräftelsen att leveransen tar fem dagar.'],
      pass: ['Det står i orderbekräftelsen, och jag klistrar in det här: leveransen tar fem dagar.', 'Det är ju toppen att du redan har laddat ner appen.'],
    },
  },
];
