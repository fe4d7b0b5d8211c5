/**
 * A small script-and-stopword language guess, enough to route a reply to a rule pack.
 * Han script → zh; otherwise the language whose common function words occur most.
 * Latin-script text with no clear signal is taken as English (short replies like "Claim denied.").
 */
import { isLetter } from './scan';

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'you', 'your', 'is', 'to', 'we', 'it', 'that', 'of', 'for', 'this', 'have', 'with', 'are', 'not', 'be', 'our', 'can', 'will', 'my', 'on', 'was', "i'm", "it's", "don't", 'please', 'thanks', 'hi'],
  fr: ['le', 'la', 'les', 'des', 'et', 'vous', 'votre', 'vos', 'est', 'nous', 'une', 'un', 'pour', 'pas', 'que', 'qui', 'dans', 'ce', 'sur', 'avec', 'je', 'il', 'ne', 'du', 'au', 'bonjour', 'merci', "c'est", "n'est"],
  sv: ['och', 'att', 'det', 'är', 'du', 'din', 'ditt', 'vi', 'inte', 'för', 'på', 'med', 'en', 'ett', 'som', 'har', 'jag', 'kan', 'till', 'av', 'om', 'hej', 'tack', 'vår', 'vårt', 'här', 'så', 'den'],
  de: ['der', 'die', 'das', 'und', 'ist', 'sie', 'ihr', 'ihre', 'nicht', 'wir', 'ein', 'eine', 'mit', 'für', 'auf', 'ich', 'zu', 'den', 'dem', 'hallo', 'danke', 'bitte'],
  es: ['el', 'los', 'las', 'y', 'usted', 'su', 'es', 'que', 'por', 'para', 'con', 'una', 'no', 'del', 'lo', 'gracias', 'hola', 'hemos', 'está'],
  nl: ['de', 'het', 'een', 'en', 'is', 'niet', 'wij', 'jij', 'u', 'uw', 'van', 'voor', 'met', 'op', 'ik', 'dat', 'bedankt', 'hallo'],
  it: ['il', 'lo', 'gli', 'e', 'che', 'non', 'per', 'con', 'una', 'sono', 'del', 'della', 'grazie', 'ciao', 'lei', 'suo'],
  pt: ['o', 'os', 'as', 'e', 'você', 'seu', 'sua', 'não', 'para', 'com', 'uma', 'que', 'obrigado', 'olá', 'nós', 'está'],
};

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

const SAMPLE = 4000;

export function detectLang(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let cyrillic = 0;
  let arabic = 0;
  let latin = 0;
  // Code units, not code points: every range counted here lies in the Basic Multilingual Plane.
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (kana > 0 && kana + han > latin) return 'ja';
  if (hangul > latin) return 'ko';
  if (han > 0 && han * 2 >= latin / 3) return 'zh';
  if (cyrillic > latin) return 'ru';
  if (arabic > latin) return 'ar';
  if (latin === 0) return 'und';
  const scores: Record<string, number> = {};
  const lower = sample.toLowerCase();
  let start = -1;
  let hits = 0;
  for (let i = 0; i <= lower.length; ) {
    const cp = i < lower.length ? lower.codePointAt(i)! : 32;
    const part = cp === 39 || cp === 0x2019 || cp === 0x2018 || isLetter(cp);
    if (part && start < 0) start = i;
    else if (!part && start >= 0) {
      let w = lower.slice(start, i);
      if (w.includes('’') || w.includes('‘')) w = w.replace(/[’‘]/g, "'");
      const langs = LOOKUP.get(w);
      if (langs) {
        for (const lang of langs) scores[lang] = (scores[lang] ?? 0) + 1;
        // A decisive lead ends the count: 9 of every 10 function words from one language.
        if (++hits % 10 === 0 && Object.values(scores).some((n) => n >= hits * 0.9)) break;
      }
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (/[åäö]/i.test(sample)) scores.sv = (scores.sv ?? 0) + 2;
  if (/[éèêàçù]|\b(?:l|d|qu|n|j|s)'/i.test(sample)) scores.fr = (scores.fr ?? 0) + 1;
  let best = 'en';
  let bestScore = 0;
  for (const [lang, s] of Object.entries(scores)) {
    if (s > bestScore || (s === bestScore && lang === 'en')) {
      best = lang;
      bestScore = s;
    }
  }
  return bestScore === 0 ? 'en' : best;
}
