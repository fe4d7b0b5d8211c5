/**
 * The one place the checker talks to compromise. Only words inside a sentence that a rule has
 * already matched are looked up, and only through compromise's lexicon and conjugation tables:
 * a full parse costs about a millisecond per sentence, which typing cannot afford.
 */
import nlp from 'compromise';

type Lexicon = Record<string, string | string[]>;
type Methods = { two: { transform: { verb: { toInfinitive(word: string, model: unknown, tense?: string): string } } } };

let lexicon: Lexicon | undefined;
const model = () => nlp.model() as { one: { lexicon: Lexicon } };

/** The lexicon's tags for one lower-case word (empty when it is not listed). */
export function lexiconTags(word: string): string[] {
  lexicon ??= model().one.lexicon;
  // Own entries only: "constructor" or "toString" must not reach Object.prototype.
  const entry = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

/**
 * Tags of a single word: the lexicon's, or compromise-style suffix guesses for words it does not
 * list ("-ed" → PastTense, "-ing" → Gerund, "-ly" → Adverb).
 */
export function wordTags(word: string): Set<string> {
  const w = word.toLowerCase().replace(/’/g, "'");
  const tags = new Set(lexiconTags(w));
  // Participles the lexicon lists only as adjectives ("updated", "picked") are still verb forms.
  if (/ed$/.test(w) && w.length > 4) tags.add('PastTense');
  if (tags.size === 0) {
    if (/ing$/.test(w)) tags.add('Gerund');
    else if (/ly$/.test(w)) tags.add('Adverb');
    else tags.add('Noun');
  }
  if (tags.has('PastTense') || tags.has('Participle')) tags.add('Verb');
  return tags;
}

/** "checked" → "check", "chosen" → "choose"; anything else comes back unchanged. */
export function toInfinitive(text: string): string {
  const words = text.split(/\s+/);
  const first = words[0];
  const tags = wordTags(first);
  const tense = tags.has('Participle') ? 'Participle' : tags.has('PastTense') ? 'PastTense' : tags.has('Gerund') ? 'Gerund' : tags.has('PresentTense') ? 'PresentTense' : null;
  if (!tense) return text;
  const methods = nlp.methods() as unknown as Methods;
  const base = methods.two.transform.verb.toInfinitive(first.toLowerCase(), nlp.model(), tense);
  return [base || first, ...words.slice(1)].join(' ');
}
