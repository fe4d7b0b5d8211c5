/**
 * The catalogue as the coach bundle in a helpdesk page speaks it: `t` takes only the keys of
 * ./en-page.ts, so TypeScript proves every string the page names is in the part it carries.
 * Page code and the components it renders import from here, never from ./index.ts (which brings
 * the whole English catalogue). The locale in force is the same one the extension's pages use
 * (./locale-state.ts): on the try page, the card follows the page's language.
 */
import { enPage, type PageMessageKey } from './en-page';
import type { Params } from './format';
import { translate } from './locale-state';

export type { PageMessageKey } from './en-page';
export type { Params } from './format';
export {
  applyLocaleSetting,
  getLocale,
  onLocaleChange,
  setCatalogueSource,
  setLocale,
  type Catalogue,
  type CatalogueSource,
} from './locale-state';

/** The page message `key` in the current locale, `{name}` filled from `params`; `count` picks the plural form. */
export function t(key: PageMessageKey, params?: Params): string {
  return translate(enPage, key, params);
}

/** Whether `key` is a page message (for keys made from data, like a category id). */
export function hasMessage(key: string): key is PageMessageKey {
  return Object.hasOwn(enPage, key);
}

/** `items` as one phrase, "a, b and c" in the current locale's words. */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('list.and', { rest: items.slice(0, -1).join(t('list.separator')), last: items[items.length - 1] });
}
