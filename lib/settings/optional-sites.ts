/**
 * Optional sites (Gmail, Outlook, `*.atlassian.net`): general-purpose hosts whose permission is
 * asked for from the options page, not at install. The granted host permission is the setting:
 * nothing is stored, and the background registers the content script wherever it is granted
 * (lib/background/registered-scripts.ts).
 */
import { browser } from '#imports';
import { OPTIONAL_SITES, type SiteDef } from '../sites';

export interface OptionalSiteState {
  site: SiteDef;
  /** Every host pattern of the site is granted. */
  on: boolean;
}

export async function getOptionalSites(): Promise<OptionalSiteState[]> {
  return Promise.all(
    OPTIONAL_SITES.map(async (site) => {
      try {
        return { site, on: await browser.permissions.contains({ origins: site.matches }) };
      } catch {
        return { site, on: false };
      }
    }),
  );
}

/**
 * Asks the browser for host permissions. The prompt shows only within a user gesture, so call
 * this from the click itself, before any await; a synchronous throw becomes a rejection.
 */
export function requestOrigins(origins: string[]): Promise<boolean> {
  try {
    return browser.permissions.request({ origins });
  } catch (err) {
    return Promise.reject(err);
  }
}

/**
 * Turns an optional site on (asks for its hosts: call it from the click, see requestOrigins) or
 * off (gives the permission back). Resolves to whether the site is on afterwards.
 */
export function setOptionalSite(site: SiteDef, on: boolean): Promise<boolean> {
  if (on) return requestOrigins(site.matches);
  return browser.permissions.remove({ origins: site.matches }).then((removed) => !removed);
}
