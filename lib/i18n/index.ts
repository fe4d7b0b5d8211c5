/**
 * The extension's one message catalogue: every UI string goes through `t(key, params)`.
 * English (./en.ts) is built in and is the fallback for any key a catalogue lacks; another
 * locale's catalogue is loaded when `setLocale` switches to it, from the source the context
 * set: the extension's pages load it from the bundle (./catalogues.ts, one chunk per locale),
 * the coach bundle in a helpdesk page asks the background for the part it shows
 * (lib/page/remote-catalogue.ts), so the helpdesk page never carries the other locales' strings.
 * Page code imports ./page.ts instead, which carries only the English strings a page shows.
 * Rule messages and guideline texts are not here: they are per-language rule data.
 */
import { en, type MessageKey } from './en';
import type { Params } from './format';
import { getLocale, translate, translateParts } from './locale-state';
import { localeTag } from './locales';

export type { MessageKey } from './en';
export type { Params } from './format';
export * from './locales';
export {
  applyLocaleSetting,
  getLocale,
  onLocaleChange,
  setCatalogueSource,
  setLocale,
  type Catalogue,
  type CatalogueSource,
} from './locale-state';
export { listAnd } from './page';

/** Whether `key` is in the catalogue (for keys made from data, like a category id). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** The message `key` in the current locale, `{name}` filled from `params`; `count` picks the plural form. */
export function t(key: MessageKey, params?: Params): string {
  return translate(en, key, params);
}

/** Like `t`, but parameters may be elements: the message comes back as parts to render in order. */
export function tParts<T>(key: MessageKey, params: Record<string, T | string | number>): Array<T | string> {
  return translateParts(en, key, params);
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
