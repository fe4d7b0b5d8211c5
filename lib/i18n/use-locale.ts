/**
 * The locale of an extension page (popup, options, try page): the `local:uiLocale` setting,
 * applied before the first render and again whenever the setting changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { uiLocaleItem } from '../settings/items';
import { installBundledCatalogues } from './catalogues';
import { applyLocaleSetting, getLocale, localeTag, onLocaleChange } from './index';

/** Reads the setting and loads its catalogue; the page renders after this resolves. */
export async function startPageLocale(): Promise<void> {
  installBundledCatalogues();
  onLocaleChange((locale) => {
    document.documentElement.lang = localeTag(locale);
  });
  const setting = await uiLocaleItem.getValue().catch(() => 'auto');
  await applyLocaleSetting(setting);
  document.documentElement.lang = localeTag(getLocale());
}

/**
 * Follows `setting` (from the watched settings; undefined until they are read, 'auto' when
 * absent) and re-renders the calling component, so the whole page, once a new catalogue is in.
 */
export function useUiLocale(setting: unknown): void {
  const [, rerender] = useState(0);
  useEffect(() => onLocaleChange(() => rerender((n) => n + 1)), []);
  useEffect(() => {
    if (setting !== undefined) void applyLocaleSetting(setting);
  }, [setting]);
}
