/**
 * The Swedish pack on whole replies as a Swedish agent writes them (du-form): every category is
 * flagged, the Swedish hard negatives of data/tone/sv/GUIDE.md stay clean, explained refusals and
 * rules are quiet, and applied rewrites keep their facts. All sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { check, type Finding } from '../../lib/checker';
import { splitBody } from '../../lib/checker/segment';
import { factsOf } from '../../lib/checker/vet';
import { guidelineText, langOfRule } from '../../lib/guidelines/en';
import { builtinRules } from '../../lib/rules';

const sv = (text: string) => check(text, { lang: 'sv' });
/** Findings a user sees as problems (info is a nudge). */
const flagged = (text: string) => sv(text).findings.filter((f) => f.severity !== 'info');
const reply = (body: string) => `Hej Karin!\n\n${body}\n\nVänliga hälsningar,\nJonas\nKundtjänst, Norrbyns El`;

function applied(text: string, f: Finding, i = 0): string {
  const fix = f.fixes![i];
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}

describe('Swedish pack: each category is flagged', () => {
  const cases: Array<[string, string, string]> = [
    ['blame', 'Leveransen stoppades eftersom du angav fel portkod.', 'du angav fel portkod'],
    ['blame', 'Du borde ha läst av mätaren innan du flyttade.', 'Du borde ha läst av mätaren innan du flyttade.'],
    ['blame', 'Det står ju i avtalet att uppsägningstiden är tre månader.', 'Det står ju i'],
    ['defensive', 'Det är inte vårt fel att paketet blev försenat.', 'Det är inte vårt fel att paketet blev försenat.'],
    ['defensive', 'Vi har aldrig fått några klagomål på våra vinterdäck.', 'Vi har aldrig fått några klagomål på våra vinterdäck.'],
    ['dismissive', 'Det var ju bara tjugo minuter.', 'Det var ju bara tjugo minuter.'],
    ['dismissive', 'Ta det lugnt, vi hittar säkert kortet.', 'Ta det lugnt'],
    ['condescending', 'Som jag redan har förklarat gäller rabatten inte på reavaror.', 'Som jag redan har förklarat'],
    ['condescending', 'Hoppas att detta är tydligare nu.', 'Hoppas att detta är tydligare nu.'],
    ['refusal', 'Vi kan inte återbetala frakten.', 'Vi kan inte återbetala frakten.'],
    ['refusal', 'Det har vi tyvärr inte möjlighet till.', 'Det har vi tyvärr inte möjlighet till.'],
    ['policy', 'Enligt våra riktlinjer skickar vi inga reservdelar separat.', 'Enligt våra riktlinjer skickar vi inga reservdelar separat.'],
    ['policy', 'Så ser reglerna ut.', 'Så ser reglerna ut.'],
    ['shouting', 'Du får INTE öppna elcentralen själv.', 'INTE'],
    ['shouting', 'Nu är ersättningen utbetald!!!', '!!!'],
  ];
  for (const [category, sentence, span] of cases) {
    it(`${category}: ${sentence}`, () => {
      const text = reply(sentence);
      const hits = flagged(text).filter((f) => f.category === category);
      expect(hits.map((f) => f.text)).toContain(span);
      expect(hits.every((f) => f.ruleId.startsWith('sv.'))).toBe(true);
    });
  }

  it('routes a Swedish reply to the Swedish pack without being told the language', () => {
    const r = check(reply('Vi kan inte återbetala frakten för beställningen.'));
    expect(r.lang).toBe('sv');
    expect(r.findings.some((f) => f.ruleId === 'sv.refusal.flat-no')).toBe(true);
  });

  it('has all seven categories, each rule citing its guideline', () => {
    const rules = builtinRules('sv');
    for (const c of ['blame', 'defensive', 'dismissive', 'condescending', 'refusal', 'policy', 'shouting']) expect(rules.some((r) => r.category === c)).toBe(true);
    expect(rules.find((r) => r.id === 'sv.refusal.flat-no')!.guideline).toBe('G5');
  });
});

describe('Swedish hard negatives stay clean (data/tone/sv/GUIDE.md)', () => {
  const clean: Record<string, string[]> = {
    'inga problem / ingen fara (reassurance)': [
      'Inga problem, jag har bytt leveransadress till din arbetsplats.',
      'Inga problem alls, jag guidar dig gärna genom inställningarna i laddboxen.',
      'Ingen fara att du ringde två gånger, jag har samlat allt i ett ärende.',
    ],
    'det räcker att (a plain instruction)': [
      'Det räcker att du svarar med ditt kundnummer, så ordnar jag resten.',
      'Du behöver bara ta med legitimation när du hämtar paketet.',
      'Det räcker att du startar om boxen en gång.',
    ],
    'som vi pratade om (a recap)': [
      'Som vi pratade om i telefon har jag nu bokat en tekniker till onsdag förmiddag.',
      'Som vi kom överens om i går har jag flyttat förfallodagen till den 28:e.',
      'Som vi sa i chatten skickar jag en ny returetikett i dag.',
    ],
    'explained refusal (a no with its reason and an alternative)': [
      'Vi kan inte byta jackan mot en annan färg eftersom den var en del av utförsäljningen, men jag kan ge dig ett tillgodokvitto på hela beloppet.',
      'Jag kan tyvärr inte boka om resan utan avgift, eftersom biljetten var av typen Ej ombokningsbar, men du kan sälja den vidare i appen fram till avgång.',
      'Det går inte att ångra överföringen i efterhand, eftersom den redan har bokförts hos mottagarens bank, men jag kan skicka en begäran om återbetalning åt dig i dag.',
    ],
    'explained policy': [
      'Enligt våra villkor sparas kvittona i sju år, eftersom bokföringslagen kräver det, men du kan ladda ner dem när du vill under Mina sidor.',
    ],
    'försäkring and villkor as the product or document': [
      'Din hemförsäkring gäller även för cykeln i källarförrådet.',
      'Enligt villkoren för din bilförsäkring ingår vägassistans i hela Norden.',
      'Tack för att du valde att teckna reseförsäkringen hos oss.',
      'I ditt försäkringsbrev står självrisken på 1 500 kr under punkt 3.',
    ],
    'acronyms and codes': [
      'Logga in med BankID och godkänn betalningen i appen.',
      'Ange OCR-nummer 7720 1934 8811 när du betalar fakturan.',
      'ROT- och RUT-avdrag dras direkt på fakturan, och momsen står på en egen rad.',
      'Jag har startat en eftersökning på kolli-id 00340434161094012345.',
      'PUK-koden finns på plastkortet som SIM-kortet satt i.',
    ],
    'owning a mistake': [
      'Det var vårt misstag att fakturan gick till din gamla adress, och jag har makulerat påminnelsen.',
      'Felet ligger hos oss, och jag har redan rättat det.',
    ],
    'should-future (an expectation, not blame)': [
      'Du bör få ett sms med hämtkoden i eftermiddag.',
      'Du ska ha fått en bekräftelse via mejl nu.',
      'Du borde ha fått svar inom en vecka, och det är vi som har varit för långsamma.',
    ],
    'only as a restriction of fact': [
      'Bara kontoinnehavaren kan signera med BankID, så din sambo behöver logga in själv.',
      'Presentkortet kan bara användas en gång, eftersom koden är unik.',
    ],
    'notice (Observera att / Tänk på att)': [
      'Observera att butiken i Gränby har nya öppettider från och med måndag.',
      'Tänk på att stänga av vattnet innan rörmokaren kommer.',
    ],
    'generic man': ['Man kan boka tvättid både i appen och på tavlan i tvättstugan.'],
    'friendly modal particles': [
      'Det är ju toppen att du hörde av dig innan bilen lämnades in.',
      'Du har nog redan märkt att appen har fått en ny meny.',
      'Hör av dig om du vill se vilka tjänster ni faktiskt använder, så hittar vi ett billigare paket.',
    ],
    'instruction, safety warning, quoted label': [
      'Dra ur strömsladden till routern, vänta en minut och sätt i den igen.',
      'Stäng av huvudkranen direkt om det fortsätter att droppa under diskbänken.',
      'Välj ”Reklamation” under din order och bifoga en bild på skadan.',
    ],
    'a firm, kind no with its reason and a way forward in the paragraph': [
      'Jag kan tyvärr inte flytta din tvättid till i kväll, även om jag förstår att det hade passat bättre. Alla kvällstider är bokade av andra hyresgäster, men du kan ställa dig i kö för avbokningar i appen.',
    ],
    'comparison without judgement': ['Abonnemanget Plus kostar 99 kr mer i månaden än Bas och har obegränsad surf.'],
    'partner fact, empathy, thanks, customer words': [
      'PostNord har stopp på terminalen i Rosersberg efter stormen, och jag har bett dem prioritera ditt paket.',
      'Jag förstår att det är stressigt att stå utan internet mitt i arbetsveckan.',
      'Tack för bilderna på den trasiga lampan.',
      'Du skriver att ”ingen svarade på två dagar”, och det ska inte hända.',
    ],
    // The model read these as blame before its veto on a restatement of the customer's message.
    "the customer's message restated, then a cause about the product (customer-words)": [
      'Du nämnde att appen stängs när du skannar QR-koden, och det brukar bero på att kameran saknar behörighet.',
      'Du skriver att routern startar om varje natt, och det tyder på att den gamla programvaran ligger kvar.',
    ],
  };
  for (const [kind, sentences] of Object.entries(clean)) {
    for (const sentence of sentences) {
      it(`${kind}: ${sentence}`, () => {
        expect(flagged(reply(sentence))).toEqual([]);
      });
    }
  }
});

describe('a restatement of the customer’s message is not a pass for what follows it', () => {
  it('still flags blame the rules catch in the same sentence', () => {
    const s = 'Du skrev att du inte fått koden, men du har angett fel telefonnummer i appen.';
    expect(flagged(reply(s)).map((f) => f.category)).toContain('blame');
  });
});

describe('explained refusals and rules are quiet, half-explained ones a nudge', () => {
  it('a no with only its reason drops to info and asks for the missing alternative', () => {
    const text = reply('Vi kan inte skicka ett nytt kort, eftersom det gamla redan är aktiverat.');
    // The rules' own nudge; the tone model may still judge the door closed (test/unit/model-langs.test.ts).
    const f = check(text, { lang: 'sv', model: false }).findings.find((x) => x.ruleId === 'sv.refusal.flat-no')!;
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(/alternativ/);
  });

  it('a bare no is a warning, and the same no with a reason and an alternative is clean', () => {
    expect(flagged(reply('Vi kan inte skicka ett nytt kort.')).map((f) => f.ruleId)).toEqual(['sv.refusal.flat-no']);
    expect(flagged(reply('Vi kan inte skicka ett nytt kort eftersom det gamla redan är aktiverat, men jag kan spärra det och beställa ett nytt till din folkbokföringsadress.'))).toEqual([]);
  });

  it('a rule without its reason is a warning; with its reason and what the customer can still do it is clean', () => {
    expect(flagged(reply('Expeditionsavgiften tas ut enligt våra allmänna villkor.')).map((f) => f.category)).toEqual(['policy']);
    expect(flagged(reply('Expeditionsavgiften tas ut enligt våra allmänna villkor, eftersom varje manuell faktura kostar oss en handläggning, men du kan slippa den med e-faktura.'))).toEqual([]);
  });
});

describe('Swedish rewrites, applied', () => {
  function fixOf(text: string, ruleId: string): Finding {
    const f = sv(text).findings.find((x) => x.ruleId === ruleId);
    if (!f?.fixes?.length) throw new Error(`no ${ruleId} rewrite in ${JSON.stringify(text)}`);
    return f;
  }

  it('rebuilds a bare no around its own words, asking for the reason and the alternative', () => {
    const text = 'Vi kan tyvärr inte förlänga provperioden för konto 55210.';
    const f = fixOf(text, 'sv.refusal.flat-no');
    expect(applied(text, f)).toBe('Vi kan tyvärr inte förlänga provperioden för konto 55210 eftersom [anledning], men jag kan [alternativ].');
  });

  it('keeps the verb second when a rule frame starts the sentence', () => {
    const text = 'Enligt våra villkor raderas kontot 30 dagar efter uppsägningen.';
    const f = fixOf(text, 'sv.policy.hide-behind-policy');
    expect(applied(text, f)).toBe('Hos oss raderas kontot 30 dagar efter uppsägningen eftersom [anledning].');
  });

  it('drops a policy tag at the end and keeps the rule and its amount', () => {
    const text = 'Byten kostar 99 kr i frakt, det är vår policy.';
    const f = fixOf(text, 'sv.policy.hide-behind-policy');
    expect(applied(text, f)).toBe('Byten kostar 99 kr i frakt eftersom [anledning].');
  });

  it('replaces a fronted "som jag redan har skrivit" without putting the verb first', () => {
    const text = 'Som jag redan har skrivit levereras soffan vecka 14.';
    const f = fixOf(text, 'sv.condescending.as-i-said');
    expect(applied(text, f)).toBe('Sammanfattningsvis levereras soffan vecka 14.');
  });

  it('turns "du angav fel …" into what went wrong, without "du"', () => {
    const text = 'Betalningen nekades eftersom du angav fel kortnummer.';
    expect(applied(text, fixOf(text, 'sv.blame.wrong-input'))).toBe('Betalningen nekades eftersom det blev fel kortnummer.');
  });

  it('drops the reproachful "ju" and keeps the pointer', () => {
    const text = 'Det står ju i bekräftelsen att hämtningen sker mellan 8 och 12.';
    expect(applied(text, fixOf(text, 'sv.blame.it-says'))).toBe('Det står i bekräftelsen att hämtningen sker mellan 8 och 12.');
  });

  const replies = [
    reply('Vi kan inte återbetala avgiften på 249 kr för order 88231.'),
    reply('Som jag skrev i mitt förra mejl kommer teknikern den 14 mars.'),
    reply('Enligt vår returpolicy måste plagget ha lapparna kvar, och det gäller även order 4410.'),
    reply('Du har tyvärr skrivit fel personnummer i ansökan till Försäkringskassan.'),
    reply('Ta det lugnt, ditt nya BankID är beställt.'),
  ];
  for (const text of replies) {
    it(`every offered rewrite keeps its facts and is not flagged again: ${JSON.stringify(text.split('\n')[2])}`, () => {
      const r = sv(text);
      const offered = r.findings.flatMap((f) => (f.fixes ?? []).map((fix) => ({ f, fix })));
      expect(offered.length).toBeGreaterThan(0);
      for (const { f, fix } of offered) {
        const after = text.slice(0, fix.start) + fix.text + text.slice(fix.end);
        expect(after).toContain(fix.sentence);
        expect(fix.sentence).not.toMatch(/ {2}|\s[,.]|,\./);
        for (const fact of factsOf(text.slice(f.start, f.end)).filter((x) => x !== 'INTE')) expect(fix.sentence).toContain(fact);
        const again = check(after.replace(/\[[^\]]+\]/g, 'detta'), { lang: 'sv' }).findings;
        expect(again.filter((g) => g.category === f.category && g.severity !== 'info')).toEqual([]);
      }
    });
  }
});

describe('Swedish replies around the pack', () => {
  it('leaves the name and team after a Swedish sign-off out of the agent’s text', () => {
    for (const signOff of ['Med vänlig hälsning', 'Vänlig hälsning,', 'Allt gott,', 'Varma hälsningar', 'Bästa hälsningar,', 'Med vänliga hälsningar,', 'Mvh']) {
      const text = `Hej Tuva-Li!\n\nDin retur är registrerad.\n\n${signOff}\nLinnea Berg\nKundtjänst, Fjällsport`;
      expect(splitBody(text).paragraphs.map((p) => p.text)).toEqual(['Hej Tuva-Li!', 'Din retur är registrerad.']);
    }
  });

  it('shows the guideline of a Swedish finding in Swedish, and a team’s own wording over it', () => {
    const f = flagged(reply('Vi kan inte återbetala frakten.'))[0];
    const g = guidelineText(f.guideline, undefined, langOfRule(f.ruleId));
    expect(g.title).toBe('Säg nej till önskemålet, inte till personen');
    expect(guidelineText('G5', undefined, 'en').title).toBe('Say no to the request, not to the person');
    expect(guidelineText('G5', { G5: 'Ge alltid ett alternativ.' }, 'sv').text).toBe('Ge alltid ett alternativ.');
    expect(langOfRule('custom:min-regel')).toBeUndefined();
  });

  it('fills the checklist from Swedish wording: acknowledgement, next step, timeframe, follow-up', () => {
    const text = reply('Tack för ditt mejl, och förlåt att leveransen blev sen. Vi utreder var paketet har tagit vägen, och jag återkommer senast på fredag.');
    const state = Object.fromEntries(sv(text).checklist.map((c) => [c.id, c.start === undefined ? c.state : text.slice(c.start, c.end)]));
    expect(state).toMatchObject({ acknowledge: 'Tack', 'next-step': 'jag återkommer', timeframe: 'fredag', 'follow-up': 'jag återkommer' });
    const bare = reply('Paketet från lagret i Borås är försenat en vecka.');
    expect(sv(bare).checklist.find((c) => c.id === 'acknowledge')!.state).toBe('missing');
  });

  it('reads SMS keywords and Swedish codes in capitals as codes, not shouting', () => {
    expect(flagged(reply('Svara STOPP på sms:et så avslutar vi påminnelserna.'))).toEqual([]);
    expect(flagged(reply('Fakturan gäller ROT-avdrag och är märkt med ditt OCR.'))).toEqual([]);
  });
});
