/**
 * The one place the checker talks to compromise. Only sentences a rule already matched are
 * parsed, so replies without triggers never pay for the tagger.
 */
import nlp from 'compromise';

export interface Term {
  text: string;
  tags: string[];
  start: number;
  end: number;
}

type JsonTerm = { text: string; tags: string[]; offset: { start: number; length: number } };

/** Terms of a sentence with their tags and offsets relative to the sentence. */
export function parseTerms(sentence: string): Term[] {
  const doc = nlp(sentence);
  const json = doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: JsonTerm[] }>;
  const terms: Term[] = [];
  for (const s of json) {
    for (const t of s.terms) {
      terms.push({ text: t.text, tags: t.tags, start: t.offset.start, end: t.offset.start + t.offset.length });
    }
  }
  return terms;
}

/** Tags of the terms overlapping [start, end). */
export function tagsIn(terms: Term[], start: number, end: number): Set<string> {
  const tags = new Set<string>();
  for (const t of terms) {
    if (t.end > start && t.start < end) for (const tag of t.tags) tags.add(tag);
  }
  return tags;
}

/** "checked the ratings" → "check the ratings"; text without a verb comes back unchanged. */
export function toInfinitive(text: string): string {
  // A subject in front makes the tagger read a lone participle ("updated") as a verb.
  const doc = nlp(`you ${text}`);
  const verbs = doc.verbs();
  if (!verbs.found) return text;
  verbs.toInfinitive();
  return doc.text().replace(/^you\s+/i, '');
}

/** The first noun phrase of the text ("wrong file format yesterday" → "file format"). */
export function nounPhrase(text: string): string {
  const doc = nlp(text);
  const noun = doc.nouns().first();
  if (!noun.found) return text;
  return noun.text('normal').replace(/^(?:wrong|incorrect|incomplete|invalid|the|a|an)\s+/i, '');
}
