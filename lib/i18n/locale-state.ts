/**
 * The UI locale in force in this context and its catalogue, shared by the extension's pages
 * (./index.ts) and the coach bundle in a helpdesk page (./page.ts). Each of those says which part
 * of the English catalogue it falls back to, so the page never carries the strings only the
 * extension's pages show.
 */
import type { MessageKey } from './en';
import { fill, fillParts, pickForm, type Message, type Params } from './format';
import { localeTag, resolveLocale, type UiLocale } from './locales';

export type Catalogue = Record<MessageKey, Message>;

/** Where a context gets a non-English catalogue from. */
export type CatalogueSource = (locale: Exclude<UiLocale, 'en'>) => Promise<Partial<Catalogue>>;

/** English messages by key: the whole catalogue, or the part a context speaks. */
export type EnglishMessages = Readonly<Record<string, Message>>;

interface LocaleState {
  source: CatalogueSource | null;
  current: UiLocale;
  /** The catalogue in force; English is the fallback itself, so it has none. */
  strings: Partial<Record<string, Message>>;
  wanted: UiLocale;
  listeners: Set<(locale: UiLocale) => void>;
}

declare global {
  // eslint-disable-next-line no-var
  var __replyCoachLocale: LocaleState | undefined;
}

/**
 * One state per JavaScript world, kept on its global: in a helpdesk page the card UI is a second
 * bundle injected into the coach bundle's world (entrypoints/card-ui.ts), and it must speak the
 * locale the coach bundle loaded, not a module copy of its own still on English.
 */
const state: LocaleState = (globalThis.__replyCoachLocale ??= { source: null, current: 'en', strings: {}, wanted: 'en', listeners: new Set() });

/** Sets where this context loads catalogues from (without one, only English is spoken). */
export function setCatalogueSource(load: CatalogueSource): void {
  state.source = load;
}

/**
 * Switches the UI to `locale` once its catalogue is loaded; resolves when it is in force. Of
 * several calls in a row, the last one wins. A catalogue that cannot be had leaves the UI as it is.
 */
export async function setLocale(locale: UiLocale): Promise<void> {
  state.wanted = locale;
  let catalogue: Partial<Record<string, Message>>;
  try {
    if (locale === 'en') catalogue = {};
    else if (state.source) catalogue = await state.source(locale);
    else return;
  } catch {
    return;
  }
  if (state.wanted !== locale || state.current === locale) return;
  state.current = locale;
  state.strings = catalogue;
  for (const cb of state.listeners) cb(locale);
}

/** Applies a `local:uiLocale` setting ('auto' follows the browser's languages). */
export function applyLocaleSetting(setting: unknown): Promise<void> {
  return setLocale(resolveLocale(setting));
}

export function getLocale(): UiLocale {
  return state.current;
}

/** Calls `cb` after each switch of locale; returns the unsubscribe. */
export function onLocaleChange(cb: (locale: UiLocale) => void): () => void {
  state.listeners.add(cb);
  return () => state.listeners.delete(cb);
}

function message(english: EnglishMessages, key: string): Message {
  return state.strings[key] ?? english[key] ?? key;
}

/** The message `key` in the current locale (else in `english`), `{name}` filled from `params`; `count` picks the plural form. */
export function translate(english: EnglishMessages, key: string, params?: Params): string {
  return fill(pickForm(message(english, key), localeTag(state.current), params?.count), params);
}

/** Like `translate`, but parameters may be elements: the message comes back as parts to render in order. */
export function translateParts<T>(english: EnglishMessages, key: string, params: Record<string, T | string | number>): Array<T | string> {
  return fillParts(pickForm(message(english, key), localeTag(state.current), params.count), params);
}
