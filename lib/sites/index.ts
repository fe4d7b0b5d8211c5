/**
 * Helpdesk registry. The content script walks it to pick the site definition of the page (also
 * on optional sites and in tabs coached once from the popup); `wxt.config.ts`/the content script
 * build the release manifest's matches and permissions from it. Self-hosted helpdesks have no
 * hosts of their own: a team lead picks one for a custom domain on the options page.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { SiteDef } from './types';
import chatwoot from './chatwoot';
import crisp from './crisp';
import freescout from './freescout';
import freshdesk from './freshdesk';
import front from './front';
import gmail from './gmail';
import gorgias from './gorgias';
import helpScout from './help-scout';
import hubspot from './hubspot';
import intercom from './intercom';
import jiraServiceManagement from './jira-service-management';
import osticket from './osticket';
import outlook from './outlook';
import salesforce from './salesforce';
import zammad from './zammad';
import zendesk from './zendesk';
import zohoDesk from './zoho-desk';

export type { AdapterId, EditorBinding, NoteSignal, ScopedSignal, SiteDef } from './types';

/** The hosted helpdesks and general-purpose hosts, found by the page's URL. */
export const SITES: readonly SiteDef[] = [
  zendesk,
  freshdesk,
  helpScout,
  intercom,
  front,
  gorgias,
  hubspot,
  zohoDesk,
  salesforce,
  jiraServiceManagement,
  crisp,
  gmail,
  outlook,
];

/** Self-hosted helpdesks: definitions a custom domain can run (no hosts of their own). */
export const SELF_HOSTED_SITES: readonly SiteDef[] = [zammad, chatwoot, freescout, osticket];

/** Every definition, one per file. */
export const DEFINITIONS: readonly SiteDef[] = [...SITES, ...SELF_HOSTED_SITES];

/**
 * The helpdesks' host patterns, asked for at install: the release build's content-script matches
 * and host permissions. The optional sites are not among them.
 */
export const HELPDESK_MATCHES: readonly string[] = [...new Set(SITES.filter((s) => !s.optional).flatMap((s) => s.matches))];

/** General-purpose hosts (mail, Atlassian): optional host permissions, turned on from the options page. */
export const OPTIONAL_SITES: readonly SiteDef[] = SITES.filter((s) => s.optional);

/** The optional sites' host patterns: in the manifest's optional host permissions only. */
export const OPTIONAL_MATCHES: readonly string[] = [...new Set(OPTIONAL_SITES.flatMap((s) => s.matches))];

/** Extra matches of the end-to-end build only (`npm run build:e2e`): local fixture pages, any port. */
export const E2E_MATCHES: readonly string[] = ['http://localhost/*', 'http://127.0.0.1/*'];

/**
 * A custom domain that runs no definition (the default), a page coached once from the popup, or
 * a local fixture page in the e2e build: no product-specific selectors, so the generic heuristic
 * finds the reply box (the e2e build takes every visible editable on local pages), the editor's
 * markup decides the adapter, and the quote/signature conventions of every definition are skipped.
 */
export const USER_SITE: SiteDef = {
  id: 'user',
  name: 'This site',
  matches: [],
  replyBox: [],
  heuristic: true,
  quote: [...new Set(DEFINITIONS.flatMap((s) => s.quote ?? []))],
  signature: [...new Set(DEFINITIONS.flatMap((s) => s.signature ?? []))],
  editor: { apply: 'any' },
};

/** The helpdesk whose match patterns include `url`, if any (whatever the path). */
export function siteForUrl(url: string | URL): SiteDef | undefined {
  return SITES.find((site) => site.matches.some((m) => new MatchPattern(m).includes(url)));
}

/** The definition with this id (a custom domain's pick), if any. */
export function siteById(id: string): SiteDef | undefined {
  return DEFINITIONS.find((site) => site.id === id);
}

/** Whether `pathname` is one of the site's pages with a reply box (its `paths`; every page without). */
export function onSitePage(site: Pick<SiteDef, 'paths'>, pathname: string): boolean {
  return !site.paths || site.paths.some((glob) => globToRegExp(glob).test(pathname));
}

/** `/a/*` → /^\/a\/.*$/: `*` is any run of characters, slashes included. */
function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}
