/**
 * Which site definition a custom helpdesk domain runs (a team lead's pick on the options page;
 * none: the generic heuristic). Importable on its own: the content script reads it on pages no
 * hosted helpdesk matches, and must stay small (./items.ts defines every item, with migrations).
 */
import { browser } from '#imports';
import { normalizeHost } from './host';

/** Storage key of the host → definition id map (./items.ts defines its versioned item). */
export const DOMAIN_SITES_KEY = 'local:customDomainSites';

export type DomainSites = Record<string, string>;

/** Host → definition id pairs of strings only (storage can be edited by hand). */
export function cleanDomainSites(x: unknown): DomainSites {
  const out: DomainSites = {};
  if (!x || typeof x !== 'object' || Array.isArray(x)) return out;
  for (const [host, id] of Object.entries(x)) {
    if (typeof id === 'string' && id && normalizeHost(host)) out[normalizeHost(host)] = id;
  }
  return out;
}

/**
 * The definition id picked for `host`, if any. Read from `storage.local` directly, where WXT keeps
 * a `local:<name>` item under `<name>`: WXT's storage module would add a third to the content script.
 */
export async function domainSiteOf(host: string): Promise<string | undefined> {
  const name = DOMAIN_SITES_KEY.slice('local:'.length);
  const items = await browser.storage.local.get(name).catch(() => ({}) as Record<string, unknown>);
  return cleanDomainSites((items as Record<string, unknown>)[name])[normalizeHost(host)];
}
