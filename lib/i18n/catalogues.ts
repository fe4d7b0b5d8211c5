/**
 * The catalogues as the extension bundles them: one chunk per locale, loaded when asked for.
 * The extension's pages and the background use them; the coach bundle in a helpdesk page does
 * not import this module (it asks the background, lib/page/remote-catalogue.ts).
 */
import { en } from './en';
import { enPage, type PageMessageKey } from './en-page';
import { setCatalogueSource, type Catalogue, type UiLocale } from './index';

const LOADERS: Record<Exclude<UiLocale, 'en'>, () => Promise<Catalogue>> = {
  fr: () => import('./fr').then((m) => m.fr),
  sv: () => import('./sv').then((m) => m.sv),
  zh_TW: () => import('./zh-TW').then((m) => m.zhTW),
  zh_HK: () => import('./zh-HK').then((m) => m.zhHK),
};

/** The catalogue of `locale` (English is always there). */
export function loadCatalogue(locale: UiLocale): Promise<Catalogue> {
  return locale === 'en' ? Promise.resolve(en) : LOADERS[locale]();
}

const PAGE_KEYS = Object.keys(enPage) as PageMessageKey[];

/** The part of `locale`'s catalogue a helpdesk page shows (./en-page.ts): what the background sends a frame. */
export async function loadPageCatalogue(locale: UiLocale): Promise<Pick<Catalogue, PageMessageKey>> {
  const all = await loadCatalogue(locale);
  return Object.fromEntries(PAGE_KEYS.map((key) => [key, all[key]])) as Pick<Catalogue, PageMessageKey>;
}

/** This context loads catalogues from the bundle. */
export function installBundledCatalogues(): void {
  setCatalogueSource((locale) => loadCatalogue(locale));
}
