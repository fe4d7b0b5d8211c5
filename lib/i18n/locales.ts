/**
 * The languages the extension's UI speaks, and how the browser's language picks one:
 * Traditional Chinese as written in Taiwan (zh-TW, zh-Hant) or in Hong Kong and Macau
 * (zh-HK, zh-MO, zh-Hant-HK), any other language by its base (fr-CA → fr), English otherwise.
 */
export const UI_LOCALES = ['en', 'fr', 'sv', 'zh_TW', 'zh_HK'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** What the agent chose on the options page: a locale, or 'auto' (follow the browser). */
export type UiLocaleSetting = 'auto' | UiLocale;
export const UI_LOCALE_SETTINGS: readonly UiLocaleSetting[] = ['auto', ...UI_LOCALES];

export function isUiLocaleSetting(x: unknown): x is UiLocaleSetting {
  return typeof x === 'string' && (UI_LOCALE_SETTINGS as readonly string[]).includes(x);
}

/** The BCP 47 tag of a locale, for Intl and the `lang` attribute. */
export function localeTag(locale: UiLocale): string {
  return locale.replace('_', '-');
}

/** One browser language tag (`zh-Hant-HK`, `fr-CA`, `sv`) as a UI locale, or null when there is none for it. */
export function localeOfTag(tag: string): UiLocale | null {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const base = parts[0];
  if (base === 'zh') {
    if (parts.includes('hk') || parts.includes('mo')) return 'zh_HK';
    if (parts.includes('tw') || parts.includes('hant')) return 'zh_TW';
    return null;
  }
  return (UI_LOCALES as readonly string[]).includes(base) ? (base as UiLocale) : null;
}

/** The first of the browser's languages the UI speaks, else English. */
export function localeOfLanguages(languages: readonly string[]): UiLocale {
  for (const tag of languages) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return 'en';
}

/** The browser's languages in order of preference (navigator.languages, else navigator.language). */
export function browserLanguages(): readonly string[] {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  if (nav?.languages?.length) return nav.languages;
  return nav?.language ? [nav.language] : [];
}

/** The locale a setting stands for: the chosen one, or the browser's for 'auto' (and anything unknown). */
export function resolveLocale(setting: unknown, languages?: readonly string[]): UiLocale {
  // navigator is read only for 'auto': in a helpdesk frame the background has resolved it already.
  return isUiLocaleSetting(setting) && setting !== 'auto' ? setting : localeOfLanguages(languages ?? browserLanguages());
}
