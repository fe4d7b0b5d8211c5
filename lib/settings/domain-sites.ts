/**
 * Which site definition a custom helpdesk domain runs (a team lead's pick on the options page, or
 * the administrator's policy pack; none: the generic heuristic). Importable on its own: the
 * content script reads it on pages no hosted helpdesk matches, and must stay small (./items.ts
 * defines every item, with migrations).
 */
import { browser } from '#imports';
import { normalizeHost } from './host';
import { MANAGED_KEY } from './managed-key';

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
 * The domains a managed policy pack sets, host → definition id ("generic" included), read
 * without the rule-pack parser: only the pack's format, version and `sites` entries are looked
 * at. The background registers the content script only on the domains of a pack the parser
 * accepts (lib/settings/index.ts), so this decides what a page runs, never where the coach runs.
 */
export function policyDomainSites(raw: unknown): DomainSites {
  let pack = raw;
  if (typeof pack === 'string') {
    try {
      pack = JSON.parse(pack.replace(/^\uFEFF/, ''));
    } catch {
      return {};
    }
  }
  const out: DomainSites = {};
  if (!pack || typeof pack !== 'object') return out;
  const { format, version, sites } = pack as { format?: unknown; version?: unknown; sites?: unknown };
  if (format !== 'reply-coach-rules' || version !== 1 || !Array.isArray(sites)) return out;
  for (const entry of sites) {
    const { host, site } = (entry ?? {}) as { host?: unknown; site?: unknown };
    if (typeof host === 'string' && typeof site === 'string' && site && normalizeHost(host)) out[normalizeHost(host)] = site;
  }
  return out;
}

/** The policy pack as stored, or undefined (no policy, or no `storage.managed`: Firefox without one rejects). */
async function managedPack(): Promise<unknown> {
  const area = (browser.storage as { managed?: { get?: (key: string) => Promise<Record<string, unknown>> } } | undefined)?.managed;
  if (typeof area?.get !== 'function') return undefined;
  return area.get(MANAGED_KEY).then(
    (items) => items?.[MANAGED_KEY],
    () => undefined,
  );
}

/**
 * The definition id picked for `host`, if any: the policy's when it sets the domain, else the
 * local pick. Read from `storage.local` directly, where WXT keeps a `local:<name>` item under
 * `<name>`: WXT's storage module would add a third to the content script.
 */
export async function domainSiteOf(host: string): Promise<string | undefined> {
  const name = DOMAIN_SITES_KEY.slice('local:'.length);
  const [items, policy] = await Promise.all([
    browser.storage.local.get(name).catch(() => ({}) as Record<string, unknown>),
    managedPack().catch(() => undefined),
  ]);
  const h = normalizeHost(host);
  return policyDomainSites(policy)[h] ?? cleanDomainSites((items as Record<string, unknown>)[name])[h];
}
