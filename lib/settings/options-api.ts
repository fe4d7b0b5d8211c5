/**
 * What the options page needs beyond ./index.ts: the agent's own custom rules (the effective
 * list mixes in the policy's), editing one custom rule at a time, the pack name, and custom
 * helpdesk domains with their optional host permissions.
 *
 * Every write validates first with the same parser as rule packs (lib/rules/pack.ts), so a rule
 * the page accepts is a rule the CLI's `--rules` and the managed policy accept too; a rejected
 * rule changes nothing in storage.
 */
import { browser } from '#imports';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { LANGS, type CustomRule } from '../checker/types';
import type { RulePackIssue } from '../rules/pack';
import { isPickable } from '../page/page-site';
import { HELPDESK_MATCHES, SELF_HOSTED_SITES, siteById, siteForUrl, SITES, type SiteDef } from '../sites';
import { cleanDomainSites, type DomainSites } from './domain-sites';
import { assertPolicyReadable, getEffectiveSettings, resetRule, setCustomDomains, setCustomRules, SettingsLockedError } from './index';
import { customDomainsItem, customDomainSitesItem, customItem, packNameItem, rulesItem, type RulesValue } from './items';
import { requestOrigins } from './optional-sites';
import { normalizeHost, stringList } from './sites';

/** The fields of the custom rule form; the keys match the pack's field names. */
export type CustomRuleField = keyof CustomRule;

/** A custom rule the page refused, with the reasons per field (`pattern` → ["not a valid RE2…"]). */
export class CustomRuleError extends Error {
  constructor(readonly fields: Partial<Record<CustomRuleField | '', string[]>>) {
    const first = Object.entries(fields)[0];
    super(first ? `${first[0] ? `${first[0]}: ` : ''}${first[1]?.[0] ?? ''}` : 'invalid rule');
    this.name = 'CustomRuleError';
  }
}

/** The agent's own custom rules, as saved (the effective settings put the policy's first). */
export async function getLocalCustomRules(): Promise<CustomRule[]> {
  const raw = await customItem.getValue();
  return Array.isArray(raw) ? raw.filter((r): r is CustomRule => typeof r === 'object' && r !== null) : [];
}

/** What the agent saved, where the effective settings show the policy's instead. */
export interface LocalState {
  custom: CustomRule[];
  /** The pack name written into exports. */
  packName: string | null;
  /** The site definition each custom domain runs (host → definition id). */
  domainSites: DomainSites;
}

export async function getLocalState(): Promise<LocalState> {
  const [custom, packName, domainSites] = await Promise.all([getLocalCustomRules(), packNameItem.getValue(), customDomainSitesItem.getValue()]);
  return { custom, packName: typeof packName === 'string' && packName ? packName : null, domainSites: cleanDomainSites(domainSites) };
}

/** `custom[0].pattern` → `pattern`; anything else → '' (the rule as a whole). */
function fieldOf(issue: RulePackIssue): CustomRuleField | '' {
  const m = /^custom\[0\]\.([a-z]+)/.exec(issue.path);
  return (m?.[1] as CustomRuleField | undefined) ?? '';
}

function addTo(fields: Partial<Record<CustomRuleField | '', string[]>>, field: CustomRuleField | '', reason: string) {
  (fields[field] ??= []).push(reason);
}

/**
 * Validates one rule as a one-rule pack through `parseRulePack`. Returns the rule with defaults
 * filled in and the parser's warnings (relative to the rule's fields); throws CustomRuleError.
 */
export async function validateCustomRule(
  rule: CustomRule,
): Promise<{ rule: CustomRule; warnings: Partial<Record<CustomRuleField | '', string[]>> }> {
  const { parseRulePack, RulePackError } = await import('../rules/pack');
  try {
    const { pack, warnings } = parseRulePack({ format: 'reply-coach-rules', version: 1, custom: [rule] });
    const byField: Partial<Record<CustomRuleField | '', string[]>> = {};
    for (const w of warnings) {
      const m = /^custom\[0\]\.([a-z]+): (.*)$/s.exec(w);
      if (m) addTo(byField, m[1] as CustomRuleField, m[2]);
      else addTo(byField, '', w);
    }
    return { rule: pack.custom[0], warnings: byField };
  } catch (err) {
    if (!(err instanceof RulePackError)) throw err;
    const fields: Partial<Record<CustomRuleField | '', string[]>> = {};
    for (const issue of err.issues) addTo(fields, fieldOf(issue), issue.reason);
    // The parser compiles patterns only once the rule's shape is valid, so a missing message
    // would hide a broken regex. Check the pattern on its own too, with neutral filler around it.
    if (!fields.pattern && !fields.flags && !fields.kind && typeof rule.pattern === 'string' && rule.pattern) {
      const probe = {
        id: 'probe',
        lang: LANGS.includes(rule.lang) ? rule.lang : 'en',
        kind: rule.kind,
        pattern: rule.pattern,
        category: 'blame',
        severity: 'warning',
        message: 'probe',
        ...(rule.flags !== undefined ? { flags: rule.flags } : {}),
      };
      try {
        parseRulePack({ format: 'reply-coach-rules', version: 1, custom: [probe] });
      } catch (probeErr) {
        if (probeErr instanceof RulePackError) {
          for (const issue of probeErr.issues) {
            const field = fieldOf(issue);
            if (field === 'pattern' || field === 'flags') addTo(fields, field, issue.reason);
          }
        }
      }
    }
    throw new CustomRuleError(fields);
  }
}

/**
 * Adds a custom rule, or replaces the one with id `replaceId` (an edit; the id may change).
 * Validates first; on any problem throws CustomRuleError and writes nothing.
 */
export async function saveCustomRule(rule: CustomRule, replaceId?: string): Promise<CustomRule> {
  const { rule: clean } = await validateCustomRule(rule);
  const [local, settings] = await Promise.all([getLocalCustomRules(), getEffectiveSettings()]);
  if (settings.locked.custom.includes(clean.id)) {
    throw new CustomRuleError({ id: [`"${clean.id}" is used by your administrator's rule pack; choose another id`] });
  }
  const at = replaceId === undefined ? -1 : local.findIndex((r) => r.id === replaceId);
  if (local.some((r, i) => r.id === clean.id && i !== at)) {
    throw new CustomRuleError({ id: [`a custom rule with the id "${clean.id}" already exists`] });
  }
  const next = at === -1 ? [...local, clean] : local.map((r, i) => (i === at ? clean : r));
  await setCustomRules(next);
  // A renamed rule keeps its on/off override.
  if (replaceId !== undefined && replaceId !== clean.id) {
    const rules = { ...((await rulesItem.getValue()) as RulesValue) };
    const old = rules[`custom:${replaceId}`];
    if (old) {
      delete rules[`custom:${replaceId}`];
      rules[`custom:${clean.id}`] = old;
      await rulesItem.setValue(rules);
    }
  }
  return clean;
}

/** Removes one of the agent's custom rules and its on/off override. */
export async function deleteCustomRule(id: string): Promise<void> {
  const local = await getLocalCustomRules();
  await setCustomRules(local.filter((r) => r.id !== id));
  await resetRule(`custom:${id}`).catch(() => {});
}

/** Names the pack (written into exports); empty clears it. */
export async function setPackName(name: string): Promise<void> {
  await assertPolicyReadable('The pack name');
  const clean = name.trim();
  await packNameItem.setValue(clean ? clean : null);
}

// ---------------------------------------------------------------------------------------------
// Custom helpdesk domains

const HOST_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;

/**
 * The host the agent meant: `support.acme.com`, `https://support.acme.com/agent/…` and
 * `Support.Acme.com.` all give `support.acme.com`. Returns null (with the reason) for anything else.
 */
export function parseDomainInput(input: string): { host: string } | { error: string } {
  let text = input.trim();
  if (!text) return { error: 'Enter a domain, for example support.example.com' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      if (url.protocol !== 'https:') return { error: 'Only https:// helpdesks can be added' };
      text = url.hostname;
    } catch {
      return { error: 'That is not a valid web address' };
    }
  } else {
    text = text.replace(/[/?#].*$/, '');
  }
  const host = normalizeHost(text);
  if (host.includes('*')) return { error: 'Enter one domain without wildcards, for example support.example.com' };
  if (!HOST_RE.test(host)) return { error: `"${input.trim()}" is not a domain name` };
  return { host };
}

/** The optional host permission that lets the coach run on `host`. */
export function originOf(host: string): string {
  return `https://${host}/*`;
}

/** Whether a built-in helpdesk definition and its install-time permission already cover `host`. */
export function isBuiltinHelpdesk(host: string): boolean {
  const url = `https://${host}/`;
  return HELPDESK_MATCHES.some((p) => {
    try {
      return new MatchPattern(p).includes(url);
    } catch {
      return false;
    }
  });
}

export type AddDomainResult = { ok: true; host: string } | { ok: false; reason: string };

/**
 * Asks for the optional host permission, then stores the domain. `permissions.request` must be
 * called within the click that asked for it (the browser shows its prompt only for a user
 * gesture), so it is the first thing this function does, before any await.
 */
export function addCustomDomain(input: string): Promise<AddDomainResult> {
  const parsed = parseDomainInput(input);
  if ('error' in parsed) return Promise.resolve({ ok: false, reason: parsed.error });
  const { host } = parsed;
  const known = siteForUrl(`https://${host}/`);
  if (known?.optional) {
    return Promise.resolve({ ok: false, reason: `${host} is ${known.name}: turn it on under "Optional sites" instead` });
  }
  if (isBuiltinHelpdesk(host)) {
    return Promise.resolve({ ok: false, reason: `${host} is a helpdesk Reply Coach already supports; nothing to add` });
  }
  return requestOrigins([originOf(host)]).then(
    async (granted) => {
      if (!granted) return { ok: false as const, reason: `Permission for ${host} was not granted, so it was not added` };
      const current = stringList(await customDomainsItem.getValue());
      await setCustomDomains([...current, host]);
      return { ok: true as const, host };
    },
    (err: unknown) => ({ ok: false as const, reason: `The browser refused: ${err instanceof Error ? err.message : String(err)}` }),
  );
}

/**
 * Whether the browser lets the coach read each domain's pages: a domain a pack added (or the
 * policy set) is listed before anyone granted it. Never throws: a failed check reads as no access.
 */
export async function getDomainAccess(hosts: readonly string[]): Promise<Record<string, boolean>> {
  const has = async (host: string) => {
    try {
      return await browser.permissions.contains({ origins: [originOf(host)] });
    } catch {
      return false;
    }
  };
  return Object.fromEntries(await Promise.all(hosts.map(async (host) => [host, await has(host)] as const)));
}

/**
 * Asks the browser for access to listed domains ("Allow access", or confirming an import that
 * adds domains): call it from the click itself, see requestOrigins. Resolves to whether it was granted.
 */
export function allowDomains(hosts: readonly string[]): Promise<boolean> {
  if (!hosts.length) return Promise.resolve(true);
  return requestOrigins(hosts.map((h) => originOf(normalizeHost(h)))).catch(() => false);
}

/** Throws SettingsLockedError if the policy pack sets the domain `host`. */
async function assertDomainUnlocked(host: string): Promise<void> {
  const { locked, lockedBy } = await getEffectiveSettings();
  if (locked.sites && normalizeHost(host) in locked.sites) {
    throw new SettingsLockedError(`The domain ${normalizeHost(host)}`, `${normalizeHost(host)} is set by your organization (${lockedBy ?? 'its rule pack'}) and cannot be changed here`);
  }
}

/** Drops the permission for `host` (if the browser lets it go) and removes the domain and its definition. Throws SettingsLockedError for a domain the policy sets. */
export async function removeCustomDomain(host: string): Promise<void> {
  await assertDomainUnlocked(host);
  try {
    await browser.permissions.remove({ origins: [originOf(host)] });
  } catch {
    // Also covered by a required permission, or already gone: the domain still leaves the list.
  }
  const current = stringList(await customDomainsItem.getValue());
  await setCustomDomains(current.filter((h) => h !== normalizeHost(host)));
  await setDomainSite(host, null);
}

/** The definitions a custom domain can run: self-hosted helpdesks first, then hosted ones on their own domain. */
export const PICKABLE_SITES: readonly SiteDef[] = [...SELF_HOSTED_SITES, ...SITES.filter(isPickable)];

/**
 * Makes the custom domain `host` run definition `id`; null: back to the generic heuristic. Open
 * tabs follow after a reload. Throws SettingsLockedError for a domain the policy sets.
 */
export async function setDomainSite(host: string, id: string | null): Promise<void> {
  const h = normalizeHost(host);
  if (!h) throw new TypeError('host is empty');
  if (id !== null && !PICKABLE_SITES.includes(siteById(id) as SiteDef)) throw new TypeError(`no site definition "${id}" a custom domain can run`);
  await assertDomainUnlocked(h);
  const map = cleanDomainSites(await customDomainSitesItem.getValue());
  if (id === null) delete map[h];
  else map[h] = id;
  await customDomainSitesItem.setValue(map);
}
