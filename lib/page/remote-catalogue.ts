/**
 * The coach bundle's catalogues in a helpdesk page: asked of the background (`i18n:catalogue`),
 * which bundles every locale, so the page carries English and only the locale in force — and
 * of it only the part the page shows (lib/i18n/catalogues.ts `loadPageCatalogue`). The answer is
 * checked for shape before it is used: each message a string, or plural forms with
 * `other` (Preact writes them as text either way).
 */
import { setCatalogueSource, type Catalogue } from '../i18n/page';
import type { ToBackground } from '../messages';

const isForm = (x: unknown) => typeof x === 'string';

/** Is `x` a catalogue: an object of messages, each a string or `{ other, one?, … }` of strings? */
export function isCatalogue(x: unknown): x is Partial<Catalogue> {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return false;
  return Object.values(x).every(
    (m) => isForm(m) || (!!m && typeof m === 'object' && !Array.isArray(m) && isForm((m as { other?: unknown }).other) && Object.values(m).every(isForm)),
  );
}

/** This frame loads catalogues from the background, over `send` (the extension's own messaging). */
export function installRemoteCatalogues(send: (message: ToBackground) => Promise<unknown>): void {
  setCatalogueSource(async (locale) => {
    const answer = await send({ type: 'i18n:catalogue', locale });
    if (!isCatalogue(answer)) throw new Error(`no ${locale} catalogue from the background`);
    return answer;
  });
}
