/**
 * How Reply Coach stands on the tab's page, decided the way the content script and the
 * background decide it: a hosted helpdesk runs its definition (install-time permission); an
 * optional site (Gmail, Outlook, Atlassian) only once its hosts are granted; a custom domain
 * only when it is listed and granted, with the definition picked for it or generic detection;
 * the e2e build's local fixture pages with generic detection. Anything else is not coached.
 */
import { pageSite } from '../../lib/page/page-site';
import { normalizeHost } from '../../lib/settings/host';
import { siteForUrl, USER_SITE } from '../../lib/sites';
import type { TabPage } from '../../components/popup-view';

export interface TabPageDeps {
  /** The definition a team lead picked for the custom domain `host`, if any. */
  domainSite(host: string): Promise<string | undefined>;
  /** Whether the browser granted every one of these origins. */
  hasAccess(origins: string[]): Promise<boolean>;
}

/** The optional host permission a custom domain runs on (lib/settings/options-api.ts `originOf`). */
const domainOrigin = (host: string) => `https://${host}/*`;

/** `address`: the tab's URL (null: the browser did not say). `customDomains`: the settings' list. */
export async function tabPageOf(address: string | null, customDomains: readonly string[], deps: TabPageDeps): Promise<TabPage> {
  let url: URL;
  try {
    url = new URL(address ?? '');
  } catch {
    return { kind: 'unknown' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'browser' };
  const host = normalizeHost(url.hostname);
  const named = siteForUrl(url);
  if (named?.optional && !(await deps.hasAccess([...named.matches]).catch(() => false))) {
    return { kind: 'off', host, enable: { kind: 'optional', siteId: named.id, name: named.name } };
  }
  const custom =
    !named && url.protocol === 'https:' && customDomains.includes(host) && (await deps.hasAccess([domainOrigin(host)]).catch(() => false));
  const { site, onPage, allEditables } = await pageSite(url, (h) => (custom ? deps.domainSite(h) : Promise.resolve(undefined)));
  if (!named && !custom && !allEditables) {
    return url.protocol === 'https:' ? { kind: 'off', host, enable: { kind: 'domain', host } } : { kind: 'off', host };
  }
  if (site.id === USER_SITE.id) return { kind: 'generic', host };
  return { kind: 'helpdesk', host, site: { name: site.name, onPage, ...(site.paths ? { paths: site.paths } : {}) } };
}
