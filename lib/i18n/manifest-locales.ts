/**
 * The manifest's words (name, description, the shortcuts' descriptions) for the browser's own
 * localization: `_locales/<locale>/messages.json`, written by the build (wxt.config.ts) from the
 * catalogues. The browser picks these by its own language; the `local:uiLocale` setting cannot
 * reach them (a manifest is read before any of the extension's code runs).
 */
import { en } from './en';
import { fr } from './fr';
import { sv } from './sv';
import { zhHK } from './zh-HK';
import { zhTW } from './zh-TW';
import type { Catalogue } from './index';
import type { UiLocale } from './locales';

const CATALOGUES: Record<UiLocale, Catalogue> = { en, fr, sv, zh_TW: zhTW, zh_HK: zhHK };

/** The `__MSG_<name>__` names the manifest uses, and the catalogue key of each. */
export const MANIFEST_MESSAGES = {
  extName: 'manifest.name',
  extDescription: 'manifest.description',
  cmdNextFinding: 'manifest.nextFinding',
  cmdPreviousFinding: 'manifest.previousFinding',
} as const;

/** `__MSG_extName__` for the manifest. */
export const msg = (name: keyof typeof MANIFEST_MESSAGES) => `__MSG_${name}__`;

/** One messages.json per UI locale (the `_locales` folder names are the locale ids: zh_TW, zh_HK). */
export function manifestLocales(): Array<{ relativeDest: string; contents: string }> {
  return Object.entries(CATALOGUES).map(([locale, catalogue]) => {
    const messages = Object.fromEntries(
      Object.entries(MANIFEST_MESSAGES).map(([name, key]) => [name, { message: String(catalogue[key]) }]),
    );
    return { relativeDest: `_locales/${locale}/messages.json`, contents: `${JSON.stringify(messages, null, 2)}\n` };
  });
}
