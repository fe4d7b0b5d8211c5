/**
 * Helpdesk registry. The content script walks it to pick the site definition of the page (also
 * on optional sites and in tabs coached once from the popup); `wxt.config.ts`/the content script
 * build the release manifest's matches and permissions from it.
 */
import { MatchPattern } from 'wxt/utils/match-patterns';
import type { SiteDef } from './types';
import crisp from './crisp';
import freshdesk from './freshdesk';
import front from './front';
import gmail from './gmail';
import gorgias from './gorgias';
import helpScout from './help-scout';
import hubspot from './hubspot';
import intercom from './intercom';
import jiraServiceManagement from './jira-service-management';
import outlook from './outlook';
import salesforce from './salesforce';
import zendesk from './zendesk';
import zohoDesk from './zoho-desk';

export type { SiteDef } from './types';

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
 * A page the user enabled (custom helpdesk domain) or a local fixture page in the e2e build:
 * no product-specific selectors, so every visible textarea and contenteditable is a reply box,
 * and the quote/signature conventions of the common mail formats are skipped.
 */
export const USER_SITE: SiteDef = {
  id: 'user',
  name: 'This site',
  matches: [],
  replyBox: [],
  quote: [...new Set(SITES.flatMap((s) => s.quote ?? []))],
  signature: [...new Set(SITES.flatMap((s) => s.signature ?? []))],
};

/** The helpdesk whose match patterns include `url`, if any. */
export function siteForUrl(url: string | URL): SiteDef | undefined {
  return SITES.find((site) => site.matches.some((m) => new MatchPattern(m).includes(url)));
}
