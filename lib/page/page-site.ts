/**
 * Which site definition a page runs, and whether every visible editable is a reply box there:
 * a hosted helpdesk or optional site by its URL; else the definition a team lead picked for the
 * custom domain; else the generic heuristic (USER_SITE). Only the e2e build's local fixture pages
 * take every editable. The content script and the popup decide it the same way.
 */
import { onSitePage, siteById, siteForUrl, USER_SITE } from '../sites';
import type { SiteDef } from '../sites/types';
import { E2E_BUILD } from './dom';

export interface PageSite {
  site: SiteDef;
  allEditables: boolean;
  /** The page is one of the site's pages with a reply box (its `paths`). */
  onPage: boolean;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

/** `picked`: the definition id chosen for the page's host as a custom domain, if any. */
export function siteOfPage(url: URL, picked: string | undefined): PageSite {
  const at = (site: SiteDef, allEditables = false): PageSite => ({ site, allEditables, onPage: onSitePage(site, url.pathname) });
  const named = siteForUrl(url);
  if (named) return at(named);
  if (E2E_BUILD && url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)) return at(USER_SITE, true);
  const chosen = siteById(picked ?? '');
  return at(chosen && isPickable(chosen) ? chosen : USER_SITE);
}

/** As siteOfPage, reading the custom domain's pick only where no hosted definition matches. */
export async function pageSite(url: URL, pickedFor: (host: string) => Promise<string | undefined>): Promise<PageSite> {
  const picked = siteForUrl(url) ? undefined : await pickedFor(url.hostname).catch(() => undefined);
  return siteOfPage(url, picked);
}

/** A definition a custom domain may run: any but the general-purpose hosts (Gmail, Outlook, Atlassian). */
export function isPickable(site: SiteDef): boolean {
  return !site.optional && site.id !== USER_SITE.id;
}
