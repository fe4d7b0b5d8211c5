/**
 * Storage schema: one WXT storage item per key, each with a version and its migrations.
 *
 * Everything here is `local:` — settings stay on this machine (a team shares them as a rule
 * pack, or an administrator pushes one through managed storage, see ./managed.ts). Nothing
 * here holds a reply: only rule ids, team-written rule data, host names, and the few flagged
 * words an agent chose to ignore everywhere (the allow list).
 *
 * Migrations: bump the item's version in `VERSIONS` and add `MIGRATIONS[key][newVersion]`, a
 * pure function old value → new value. WXT runs them when the item is defined (the first
 * import in each extension context) and before any read or write of that item resolves.
 * Every item is at version 1 today; the tables are empty but wired in, and
 * test/unit/settings.test.ts runs a v1 → v2 migration through the same factory.
 */
import { storage, type WxtStorageItem } from '#imports';
import type { CustomRule, GuidelineId, RuleOverride } from '../checker/types';
import type { UiLocaleSetting } from '../i18n/locales';
import type { AllowEntry } from './allow-list';
import { DOMAIN_SITES_KEY, type DomainSites } from './domain-sites';

export type RulesValue = Record<string, RuleOverride>;
export type GuidelinesValue = Partial<Record<GuidelineId, string>>;

/** Storage keys, one per setting. */
export const KEYS = {
  rules: 'local:rules',
  custom: 'local:custom',
  guidelines: 'local:guidelines',
  disabledSites: 'local:disabledSites',
  customDomains: 'local:customDomains',
  customDomainSites: DOMAIN_SITES_KEY,
  coachInternalNotes: 'local:coachInternalNotes',
  packName: 'local:packName',
  allowList: 'local:allowList',
  uiLocale: 'local:uiLocale',
} as const;

type Key = keyof typeof KEYS;

/** Current schema version of each item. */
export const VERSIONS: Record<Key, number> = {
  rules: 1,
  custom: 1,
  guidelines: 1,
  disabledSites: 1,
  customDomains: 1,
  customDomainSites: 1,
  coachInternalNotes: 1,
  packName: 1,
  allowList: 1,
  uiLocale: 1,
};

/** `MIGRATIONS[key][n]` turns a version n-1 value into a version n value. */
export const MIGRATIONS: Record<Key, Record<number, (old: any) => unknown>> = {
  rules: {},
  custom: {},
  guidelines: {},
  disabledSites: {},
  customDomains: {},
  customDomainSites: {},
  coachInternalNotes: {},
  packName: {},
  allowList: {},
  uiLocale: {},
};

/**
 * Defines one versioned item. Exported so tests can run a future migration through exactly
 * the code path the real items use.
 */
export function defineSetting<T>(
  key: `local:${string}`,
  fallback: T,
  version: number,
  migrations: Record<number, (old: any) => unknown>,
): WxtStorageItem<T, {}> {
  return storage.defineItem<T>(key, { fallback, version, migrations });
}

export const rulesItem = defineSetting<RulesValue>(KEYS.rules, {}, VERSIONS.rules, MIGRATIONS.rules);
export const customItem = defineSetting<CustomRule[]>(KEYS.custom, [], VERSIONS.custom, MIGRATIONS.custom);
export const guidelinesItem = defineSetting<GuidelinesValue>(
  KEYS.guidelines,
  {},
  VERSIONS.guidelines,
  MIGRATIONS.guidelines,
);
/** Hosts (lower case, no port) where the coach stays off. */
export const disabledSitesItem = defineSetting<string[]>(
  KEYS.disabledSites,
  [],
  VERSIONS.disabledSites,
  MIGRATIONS.disabledSites,
);
/** Extra helpdesk hosts the user granted at run time (optional host permissions). */
export const customDomainsItem = defineSetting<string[]>(
  KEYS.customDomains,
  [],
  VERSIONS.customDomains,
  MIGRATIONS.customDomains,
);
/** The site definition each custom domain runs (host → definition id); a host not listed runs the generic heuristic. */
export const customDomainSitesItem = defineSetting<DomainSites>(
  KEYS.customDomainSites,
  {},
  VERSIONS.customDomainSites,
  MIGRATIONS.customDomainSites,
);
/** Coach internal notes too (off by default: they are not what the customer reads). */
export const coachInternalNotesItem = defineSetting<boolean>(
  KEYS.coachInternalNotes,
  false,
  VERSIONS.coachInternalNotes,
  MIGRATIONS.coachInternalNotes,
);
/** Name of the last imported rule pack, shown on the options page and written on export. */
export const packNameItem = defineSetting<string | null>(KEYS.packName, null, VERSIONS.packName, MIGRATIONS.packName);
/**
 * The agent's own "Ignore everywhere" phrases (rule id + normalized flagged words, ./allow-list.ts):
 * personal, so never part of a rule pack, an export or the policy.
 */
export const allowListItem = defineSetting<AllowEntry[]>(KEYS.allowList, [], VERSIONS.allowList, MIGRATIONS.allowList);
/** The language of Reply Coach's own UI (lib/i18n): 'auto' follows the browser's. */
export const uiLocaleItem = defineSetting<UiLocaleSetting>(KEYS.uiLocale, 'auto', VERSIONS.uiLocale, MIGRATIONS.uiLocale);

/** Every item, for watching and for atomic writes. */
export const ALL_ITEMS = [
  rulesItem,
  customItem,
  guidelinesItem,
  disabledSitesItem,
  customDomainsItem,
  customDomainSitesItem,
  coachInternalNotesItem,
  packNameItem,
  allowListItem,
  uiLocaleItem,
] as const;

/**
 * The WXT metadata key of an item (`local:rules` → `local:rules$`). Written together with
 * values in one `storage.setItems` call, so a batch write records the schema version too and a
 * later migration never mistakes new data for old.
 */
export function metaKeyOf(key: string): `local:${string}` {
  return `${key}$` as `local:${string}`;
}
