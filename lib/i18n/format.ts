/**
 * Catalogue messages and how one is filled in: `{name}` placeholders, and plural forms chosen by
 * the locale's plural rules (Intl.PluralRules) from the `count` parameter.
 */

/** A message with plural forms: `other` always, the locale's other categories where its grammar has them. */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralMessage;

export type Params = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The form of `message` for `count` in the locale `tag`. */
export function pickForm(message: Message, tag: string, count: unknown): string {
  if (typeof message === 'string') return message;
  const n = typeof count === 'number' ? count : Number(count);
  const category = Number.isFinite(n) ? new Intl.PluralRules(tag).select(n) : 'other';
  return message[category] ?? message.other;
}

/** `text` with each `{name}` replaced by its parameter; a placeholder without one stays as written. */
export function fill(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * `text` split at its placeholders, each replaced by its parameter as is (an element, for
 * rendering words in <strong> or <kbd> inside a translated sentence).
 */
export function fillParts<T>(text: string, params: Record<string, T | string | number>): Array<T | string> {
  const out: Array<T | string> = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1];
    if (!(name in params)) continue;
    if (m.index > last) out.push(text.slice(last, m.index));
    const value = params[name];
    out.push(typeof value === 'number' ? String(value) : value);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The placeholder names a message uses, over all its forms. */
export function placeholdersOf(message: Message): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const form of forms) for (const m of (form ?? '').matchAll(PLACEHOLDER)) names.add(m[1]);
  return [...names].sort();
}
