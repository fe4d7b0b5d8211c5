/**
 * The extension's one message catalogue: every UI string goes through `t(key, params)`.
 * English (./en.ts) is built in and is the fallback for any key a catalogue lacks; another
 * locale's catalogue is loaded when `setLocale` switches to it, from the source the context
 * set: the extension's pages load it from the bundle (./catalogues.ts, one chunk per locale),
 * the coach bundle in a helpdesk page asks the background for it (lib/page/remote-catalogue.ts),
 * so the helpdesk page never carries the other locales' strings.
 * Rule messages and guideline texts are not here: they are per-language rule data.
 */
import { en, type MessageKey } from './en';
import { fill, fillParts, pickForm, type Message, type Params } from './format';
import { localeTag, resolveLocale, type UiLocale } from './locales';

export type { MessageKey } from './en';
export type { Params } from './format';
export * from './locales';

export type Catalogue = Record<MessageKey, Message>;

/** Where a context gets a non-English catalogue from. */
export type CatalogueSource = (locale: Exclude<UiLocale, 'en'>) => Promise<Partial<Catalogue>>;

let source: CatalogueSource | null = null;
let current: UiLocale = 'en';
let strings: Partial<Catalogue> = en;
let wanted: UiLocale = 'en';
const listeners = new Set<(locale: UiLocale) => void>();

/** Sets where this context loads catalogues from (without one, only English is spoken). */
export function setCatalogueSource(load: CatalogueSource): void {
  source = load;
}

/**
 * Switches the UI to `locale` once its catalogue is loaded; resolves when it is in force. Of
 * several calls in a row, the last one wins. A catalogue that cannot be had leaves the UI as it is.
 */
export async function setLocale(locale: UiLocale): Promise<void> {
  wanted = locale;
  let catalogue: Partial<Catalogue>;
  try {
    if (locale === 'en') catalogue = en;
    else if (source) catalogue = await source(locale);
    else return;
  } catch {
    return;
  }
  if (wanted !== locale || current === locale) return;
  current = locale;
  strings = catalogue;
  for (const cb of listeners) cb(locale);
}

/** Applies a `local:uiLocale` setting ('auto' follows the browser's languages). */
export function applyLocaleSetting(setting: unknown): Promise<void> {
  return setLocale(resolveLocale(setting));
}

export function getLocale(): UiLocale {
  return current;
}

/** Calls `cb` after each switch of locale; returns the unsubscribe. */
export function onLocaleChange(cb: (locale: UiLocale) => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** Whether `key` is in the catalogue (for keys made from data, like a category id). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

function message(key: MessageKey): Message {
  return strings[key] ?? en[key] ?? key;
}

/** The message `key` in the current locale, `{name}` filled from `params`; `count` picks the plural form. */
export function t(key: MessageKey, params?: Params): string {
  return fill(pickForm(message(key), localeTag(current), params?.count), params);
}

/** Like `t`, but parameters may be elements: the message comes back as parts to render in order. */
export function tParts<T>(key: MessageKey, params: Record<string, T | string | number>): Array<T | string> {
  return fillParts(pickForm(message(key), localeTag(current), params.count), params);
}

/** `items` as one phrase, "a, b and c" in the current locale's words. */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('list.and', { rest: items.slice(0, -1).join(t('list.separator')), last: items[items.length - 1] });
}

/** A language's name in the UI language: the catalogue's (`lang.<code>`) where it has one, else the browser's. */
export function languageName(code: string): string {
  const key = `lang.${code}`;
  if (hasMessage(key)) return t(key);
  try {
    return new Intl.DisplayNames([localeTag(getLocale())], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
