/**
 * Settings: what the agent or team lead chose (./items.ts), overlaid by the administrator's
 * managed rule pack (./managed.ts), as one `EffectiveSettings` for the checker and the UI.
 *
 * Rule pack import/export uses the same parser as the CLI's `--rules` (lib/rules/pack.ts), so a
 * pack the options page exports is exactly what the CLI and the managed policy accept.
 * Reply text is never stored: only rule ids, team-written rule data, host names, and the flagged
 * words the agent chose to ignore everywhere (./allow-list.ts).
 */
import { browser, storage } from '#imports';
import { GUIDELINE_IDS, SEVERITIES, type CustomRule, type GuidelineId, type RuleOverride, type Settings, type Severity } from '../checker/types';
import type { PackSite, RulePack } from '../rules/pack';

/** The pack parser pulls in the built-in rule ids and re2js: load it only when a pack is handled. */
const packModule = () => import('../rules/pack');
import {
  ALL_ITEMS,
  coachInternalNotesItem,
  customDomainSitesItem,
  customDomainsItem,
  customItem,
  disabledSitesItem,
  guidelinesItem,
  KEYS,
  metaKeyOf,
  packNameItem,
  allowListItem,
  uiLocaleItem,
  rulesItem,
  VERSIONS,
  type GuidelinesValue,
  type RulesValue,
} from './items';
import { addAllowEntry, cleanAllowList, type AllowableFinding, type AllowEntry } from './allow-list';
import { cleanDomainSites, type DomainSites } from './domain-sites';
import { readManagedPack, MANAGED_KEY, type ManagedState } from './managed';
import { applyRenames, RULE_RENAMES } from '../rules/renames';
import { normalizeHost, stringList } from './sites';
import { UNNAMED_POLICY } from './policy-lock';
import { isUiLocaleSetting, type UiLocale } from '../i18n/locales';

export type { ManagedState } from './managed';
export type { AllowEntry } from './allow-list';
export { isSiteEnabled, normalizeHost, setSiteEnabled } from './sites';

/** What is locked by the managed policy, so the options page can grey it out. */
export interface Locked {
  /**
   * Rule ids the agent cannot change: the built-in ids (model findings `en.model.<category>`
   * included) the policy sets under `rules`, and `custom:<id>` for every custom rule of the policy.
   */
  rules: string[];
  /** Ids of the policy's custom rules (they replace a local custom rule with the same id). */
  custom: string[];
  /** Guidelines whose wording the policy sets. */
  guidelines: GuidelineId[];
  /**
   * Custom domains the policy sets, host → the definition each runs ("generic": detection by
   * markup). They are in `customDomains` and cannot be removed or re-pointed here. Absent: none.
   */
  sites?: DomainSites;
  /**
   * A managed policy exists but could not be read: everything a rule pack can set is locked
   * (fail closed). `rules` then lists every built-in id and `guidelines` every guideline.
   */
  all?: true;
}

export type EffectiveSettings = Required<Settings> & {
  disabledSites: string[];
  coachInternalNotes: boolean;
  /** The custom helpdesk domains: the agent's own and the policy's (`locked.sites`), sorted. */
  customDomains: string[];
  /** A valid managed rule pack is in force. */
  managed: boolean;
  /** The managed pack's name when managed, else the last imported pack's name. */
  packName: string | null;
  locked: Locked;
  /**
   * Set when a managed pack exists but is invalid, with the reason. The settings then fail
   * closed: built-in rules at their defaults and locked (`locked.all`), the agent's own rule
   * overrides, custom rules and guideline wording kept in storage but not applied.
   */
  managedError?: string;
  /** Who set the locks, for "Set by your organization: <lockedBy>" (present when anything is locked). */
  lockedBy?: string;
  /** "Ignore everywhere" phrases (personal: never from or into a pack); locked rules ignore them. */
  allowList: AllowEntry[];
  /** The language the agent chose for Reply Coach's UI; absent: the browser's (the 'auto' setting). */
  uiLocale?: UiLocale;
};

export { isRuleLocked, UNNAMED_POLICY } from './policy-lock';

/** Thrown when a setting the managed policy owns is changed. */
export class SettingsLockedError extends Error {
  constructor(readonly what: string, message?: string) {
    super(message ?? `${what} is set by your organization's policy and cannot be changed here`);
    this.name = 'SettingsLockedError';
  }
}

const DEFAULT_PACK_NAME = 'Reply Coach rules';

// ---------------------------------------------------------------------------------------------
// Reading

interface LocalSettings {
  rules: RulesValue;
  custom: CustomRule[];
  guidelines: GuidelinesValue;
  disabledSites: string[];
  customDomains: string[];
  domainSites: DomainSites;
  coachInternalNotes: boolean;
  packName: string | null;
  allowList: AllowEntry[];
  uiLocale?: UiLocale;
}

async function readLocal(): Promise<LocalSettings> {
  const locale = uiLocaleItem.getValue();
  const [rules, custom, guidelines, disabledSites, customDomains, domainSites, coachInternalNotes, packName, allowList] = await Promise.all([
    rulesItem.getValue(),
    customItem.getValue(),
    guidelinesItem.getValue(),
    disabledSitesItem.getValue(),
    customDomainsItem.getValue(),
    customDomainSitesItem.getValue(),
    coachInternalNotesItem.getValue(),
    packNameItem.getValue(),
    allowListItem.getValue(),
  ]);
  // Storage can be edited by hand (devtools) or left by a broken build: read defensively.
  return {
    rules: cleanRules(rules),
    custom: Array.isArray(custom) ? custom.filter(isObject) : [],
    guidelines: isObject(guidelines) ? (cleanStrings(guidelines) as GuidelinesValue) : {},
    disabledSites: stringList(disabledSites),
    customDomains: stringList(customDomains),
    domainSites: cleanDomainSites(domainSites),
    coachInternalNotes: coachInternalNotes === true,
    packName: typeof packName === 'string' && packName ? packName : null,
    allowList: cleanAllowList(allowList),
    ...uiLocaleOf(await locale),
  };
}

/** The UI language setting as the settings carry it: only a chosen locale ('auto' leaves it out). */
function uiLocaleOf(setting: unknown): { uiLocale?: UiLocale } {
  return isUiLocaleSetting(setting) && setting !== 'auto' ? { uiLocale: setting } : {};
}

/** The rule ids a valid policy pack locks: its `rules` keys and `custom:<id>` of each of its custom rules. */
function lockedRuleIds(pack: RulePack): string[] {
  return [...new Set([...Object.keys(pack.rules ?? {}), ...(pack.custom ?? []).map((r) => `custom:${r.id}`)])];
}

/** The policy pack's domains, host → definition id. */
function policySites(pack: RulePack): DomainSites {
  return Object.fromEntries((pack.sites ?? []).map(({ host, site }) => [host, site]));
}

/**
 * A policy that is there but malformed fails closed: the built-in rules at their defaults and
 * locked, guideline wording the default and locked, no custom rules. The agent's own settings
 * stay in storage untouched (they apply again once the policy is fixed or removed).
 */
async function failClosed(local: LocalSettings, managed: ManagedState & { error: string }): Promise<EffectiveSettings> {
  // The pack parser has already loaded the rule ids (it rejected the pack): no extra cost here.
  const { BUILTIN_RULE_IDS } = await import('../rules');
  return {
    rules: {},
    custom: [],
    guidelines: {},
    disabledSites: local.disabledSites,
    customDomains: local.customDomains,
    coachInternalNotes: local.coachInternalNotes,
    managed: false,
    packName: managed.rejectedName ?? null,
    locked: { rules: [...BUILTIN_RULE_IDS], custom: [], guidelines: [...GUIDELINE_IDS], all: true },
    managedError: managed.error,
    lockedBy: managed.rejectedName ?? UNNAMED_POLICY,
    allowList: local.allowList,
    ...(local.uiLocale ? { uiLocale: local.uiLocale } : {}),
  };
}

/** The settings in force: local settings with the managed policy pack laid over them. */
export async function getEffectiveSettings(): Promise<EffectiveSettings> {
  const [local, managed] = await Promise.all([readLocal(), readManagedPack()]);
  if (managed.error !== undefined) return failClosed(local, managed as ManagedState & { error: string });
  const pack = managed.pack;
  const locked: Locked = {
    rules: pack ? lockedRuleIds(pack) : [],
    custom: (pack?.custom ?? []).map((r) => r.id),
    guidelines: Object.keys(pack?.guidelines ?? {}) as GuidelineId[],
  };
  // A locked rule takes the policy's override as a whole; the agent's own value is ignored
  // (a policy custom rule the policy does not switch stays on, whatever the agent saved).
  const rules: RulesValue = { ...local.rules };
  for (const id of locked.rules) delete rules[id];
  Object.assign(rules, pack?.rules ?? {});
  const lockedCustom = new Set(locked.custom);
  const custom = [...(pack?.custom ?? []), ...local.custom.filter((r) => !lockedCustom.has(r.id))];
  const guidelines: GuidelinesValue = { ...local.guidelines, ...(pack?.guidelines ?? {}) };
  const sites = pack ? policySites(pack) : {};
  if (Object.keys(sites).length) locked.sites = sites;
  return {
    rules,
    custom,
    guidelines,
    disabledSites: local.disabledSites,
    customDomains: [...new Set([...local.customDomains, ...Object.keys(sites)])].sort(),
    coachInternalNotes: local.coachInternalNotes,
    managed: pack != null,
    packName: pack ? (pack.name ?? null) : local.packName,
    locked,
    ...(pack ? { lockedBy: pack.name ?? UNNAMED_POLICY } : {}),
    allowList: local.allowList,
    ...(local.uiLocale ? { uiLocale: local.uiLocale } : {}),
  };
}

/** Refuses any write of rule settings while the policy is malformed (fail closed). */
function assertReadable(managed: ManagedState, what: string): void {
  if (managed.error !== undefined) {
    throw new SettingsLockedError(
      what,
      `${what} cannot be changed here: your organization's rule pack could not be read, so the rules are locked at their defaults`,
    );
  }
}

/** Only the managed overlay's lock list (cheap check before a write). Throws while the policy is malformed. */
async function lockedRules(what: string): Promise<Set<string>> {
  const managed = await readManagedPack();
  assertReadable(managed, what);
  return new Set(managed.pack ? lockedRuleIds(managed.pack) : []);
}

/** Throws SettingsLockedError while a managed policy exists but is malformed (the options page is read-only then). */
export async function assertPolicyReadable(what: string): Promise<void> {
  assertReadable(await readManagedPack(), what);
}

// ---------------------------------------------------------------------------------------------
// Rules

async function updateRule(ruleId: string, change: (o: RuleOverride) => RuleOverride): Promise<void> {
  if (!ruleId) throw new TypeError('ruleId is empty');
  if ((await lockedRules(`Rule ${ruleId}`)).has(ruleId)) throw new SettingsLockedError(`Rule ${ruleId}`);
  const rules = cleanRules(await rulesItem.getValue());
  const next = change({ ...rules[ruleId] });
  if (next.enabled === undefined && next.severity === undefined) delete rules[ruleId];
  else rules[ruleId] = next;
  await rulesItem.setValue(rules);
}

/** Turns a rule (built-in id, or `custom:<id>`) on or off. Throws SettingsLockedError if the policy sets it. */
export function setRuleEnabled(ruleId: string, enabled: boolean): Promise<void> {
  return updateRule(ruleId, (o) => ({ ...o, enabled }));
}

/** Sets a rule's severity; `null` goes back to the rule's own. Throws SettingsLockedError if the policy sets it. */
export function setRuleSeverity(ruleId: string, severity: Severity | null): Promise<void> {
  if (severity !== null && !SEVERITIES.includes(severity)) {
    return Promise.reject(new TypeError(`severity must be one of ${SEVERITIES.join(', ')}`));
  }
  return updateRule(ruleId, (o) => {
    const { severity: _old, ...rest } = o;
    return severity === null ? rest : { ...rest, severity };
  });
}

/**
 * The card's "Turn off": turns the rule off and returns the Undo, which puts the rule's previous
 * override (`undo.before`: none, or its severity) back exactly. Throws SettingsLockedError if the
 * policy sets it.
 */
export async function turnRuleOff(ruleId: string): Promise<{ (): Promise<void>; before: RuleOverride }> {
  let before: RuleOverride = {};
  await updateRule(ruleId, (o) => {
    before = o;
    return { ...o, enabled: false };
  });
  return Object.assign(() => restoreRule(ruleId, before), { before });
}

/** Puts back a rule's override exactly as it was (the card's Undo after Turn off). */
export function restoreRule(ruleId: string, before: RuleOverride): Promise<void> {
  return updateRule(ruleId, () => before);
}

/** The card's "Ignore everywhere" (./allow-list.ts). Throws SettingsLockedError if the policy sets the rule. */
export async function allowPhrase(finding: AllowableFinding): Promise<AllowEntry> {
  if ((await lockedRules(`Rule ${finding.ruleId}`)).has(finding.ruleId)) throw new SettingsLockedError(`Rule ${finding.ruleId}`);
  return addAllowEntry(finding);
}

/** Drops the local override of a rule (back to its built-in default). */
export function resetRule(ruleId: string): Promise<void> {
  return updateRule(ruleId, () => ({}));
}

// ---------------------------------------------------------------------------------------------
// Sites and other switches

export async function setCoachInternalNotes(on: boolean): Promise<void> {
  await coachInternalNotesItem.setValue(on);
}

/**
 * The custom domains the content script is registered on wherever access is granted
 * (lib/background/registered-scripts.ts): the agent's own and those of a valid policy pack.
 */
export async function getCustomDomains(): Promise<string[]> {
  return (await getEffectiveSettings()).customDomains;
}

/** Calls `cb` when the custom domains may have changed: the agent's list, or the managed policy. Returns the unsubscribe function. */
export function watchCustomDomains(cb: () => void): () => void {
  const unwatch = customDomainsItem.watch(() => cb());
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' && MANAGED_KEY in changes) cb();
  };
  const events = browser.storage?.onChanged;
  events?.addListener(onChanged);
  return () => {
    unwatch();
    events?.removeListener(onChanged);
  };
}

/** The extra helpdesk hosts (the caller requests the optional host permission first). */
export async function setCustomDomains(hosts: string[]): Promise<void> {
  await customDomainsItem.setValue([...new Set(hosts.map(normalizeHost).filter(Boolean))].sort());
}

// ---------------------------------------------------------------------------------------------
// Custom rules and guideline wording (validated like a pack, so the CLI accepts what is saved)

/** Replaces the custom rules. Throws RulePackError naming the path (`custom[1].pattern`) if one is bad. */
export async function setCustomRules(custom: CustomRule[]): Promise<void> {
  await assertPolicyReadable('Custom rules');
  const { parseRulePack } = await packModule();
  const { pack } = parseRulePack({ format: 'reply-coach-rules', version: 1, custom });
  await customItem.setValue(pack.custom ?? []);
}

/** Sets (or with null, clears) the team's wording of one guideline. */
export async function setGuidelineText(id: GuidelineId, text: string | null): Promise<void> {
  const current = (await getEffectiveSettings()).locked.guidelines;
  if (current.includes(id)) throw new SettingsLockedError(`Guideline ${id}`);
  const guidelines = { ...cleanStrings((await guidelinesItem.getValue()) ?? {}) } as GuidelinesValue;
  if (text == null || !text.trim()) delete guidelines[id];
  else guidelines[id] = text.trim();
  const { parseRulePack } = await packModule();
  const { pack } = parseRulePack({ format: 'reply-coach-rules', version: 1, guidelines });
  await guidelinesItem.setValue(pack.guidelines ?? {});
}

// ---------------------------------------------------------------------------------------------
// Rule packs

/**
 * The local settings as a rule pack (the options page's "Export"), the agent's own custom domains
 * as its `sites`. The managed overlay is not included.
 */
export async function exportRulePack(): Promise<RulePack> {
  const local = await readLocal();
  const rules: RulesValue = {};
  for (const [id, o] of Object.entries(local.rules)) {
    if (o.enabled !== undefined || o.severity !== undefined) rules[id] = o;
  }
  const { toRulePack, packSiteOf } = await packModule();
  // A domain left in storage that a pack cannot hold (edited by hand) stays out, so the export imports.
  const sites = local.customDomains.flatMap((host) => packSiteOf(host, local.domainSites[host]) ?? []);
  return toRulePack({ rules, custom: local.custom, guidelines: local.guidelines }, local.packName ?? DEFAULT_PACK_NAME, sites);
}

/**
 * Imports a rule pack (JSON text or an already parsed object), replacing the rules, custom rules,
 * guideline wording and pack name, and adding the pack's `sites` to the custom domains, each
 * with the definition the pack gives it (a domain already listed takes the pack's definition;
 * the others stay). Sites turned off and the other switches are not part of a pack and stay.
 * Storing a domain grants no access to it: the caller asks the browser (`requestOrigins`, from
 * the click) and the options page offers "Allow access" for a domain still without it.
 *
 * The pack is validated completely before anything is written, and everything is written in one
 * `storage.local.set`, so a bad pack changes nothing: it throws a RulePackError with the exact
 * reason and the field path (`custom[2].pattern: …`; bad JSON too) and the saved settings stay.
 * Warnings (e.g. an unknown built-in rule id, kept so packs survive renames) are returned.
 */
export async function importRulePack(json: string | unknown): Promise<{ warnings: string[]; name: string | null }> {
  await assertPolicyReadable('Importing a rule pack');
  const { parseRulePack } = await packModule();
  const { pack, warnings } = parseRulePack(json);
  const name = typeof pack.name === 'string' && pack.name ? pack.name : null;
  const values: Array<{ key: `local:${string}`; value: unknown }> = [
    { key: KEYS.rules, value: pack.rules ?? {} },
    { key: KEYS.custom, value: pack.custom ?? [] },
    { key: KEYS.guidelines, value: pack.guidelines ?? {} },
    { key: KEYS.packName, value: name },
  ];
  const items: Array<{ getMeta(): Promise<unknown> }> = [rulesItem, customItem, guidelinesItem, packNameItem];
  if (pack.sites?.length) {
    const [domains, picks] = await Promise.all([customDomainsItem.getValue(), customDomainSitesItem.getValue()]);
    values.push(
      { key: KEYS.customDomains, value: [...new Set([...stringList(domains), ...pack.sites.map((s) => s.host)])].sort() },
      { key: KEYS.customDomainSites, value: withPackSites(cleanDomainSites(picks), pack.sites) },
    );
    items.push(customDomainsItem, customDomainSitesItem);
  }
  // Wait for pending migrations of these items, then write values and schema versions at once.
  await Promise.all(items.map((item) => item.getMeta()));
  const versions: Record<string, number> = {
    [KEYS.rules]: VERSIONS.rules,
    [KEYS.custom]: VERSIONS.custom,
    [KEYS.guidelines]: VERSIONS.guidelines,
    [KEYS.packName]: VERSIONS.packName,
    [KEYS.customDomains]: VERSIONS.customDomains,
    [KEYS.customDomainSites]: VERSIONS.customDomainSites,
  };
  await storage.setItems([
    ...values,
    ...values.map(({ key }) => ({ key: metaKeyOf(key), value: { v: versions[key] } })),
  ]);
  return { warnings: warnings.map(String), name };
}

/** The local picks with a pack's domains laid over them ("generic" is no pick: the default). */
function withPackSites(picks: DomainSites, sites: readonly PackSite[]): DomainSites {
  const out = { ...picks };
  for (const { host, site } of sites) {
    if (site === 'generic') delete out[host];
    else out[host] = site;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Watching

/**
 * Calls `cb` with the new effective settings after any setting or the managed policy changes.
 * Several keys written together (an import) produce one call. Returns the unsubscribe function.
 */
export function watchSettings(cb: (settings: EffectiveSettings) => void): () => void {
  let stopped = false;
  let scheduled = false;
  let seq = 0;
  const fire = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      const mine = ++seq;
      getEffectiveSettings().then(
        (s) => {
          if (!stopped && mine === seq) cb(s);
        },
        () => {},
      );
    });
  };
  const unwatch = ALL_ITEMS.map((item) => item.watch(fire));
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' && MANAGED_KEY in changes) fire();
  };
  const events = browser.storage?.onChanged;
  events?.addListener(onChanged);
  return () => {
    stopped = true;
    unwatch.forEach((u) => u());
    events?.removeListener(onChanged);
  };
}

// ---------------------------------------------------------------------------------------------
// Guards for values read from storage

function isObject(x: unknown): x is Record<string, any> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function cleanStrings(x: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(x).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}

function cleanRules(x: unknown): RulesValue {
  const out: RulesValue = {};
  if (!isObject(x)) return out;
  for (const [id, o] of Object.entries(x)) {
    if (!isObject(o)) continue;
    const r: RuleOverride = {};
    if (typeof o.enabled === 'boolean') r.enabled = o.enabled;
    if (SEVERITIES.includes(o.severity)) r.severity = o.severity;
    out[id] = r;
  }
  // Overrides saved under a renamed rule's old id apply to its current id (the next write saves them so).
  return applyRenames(out, RULE_RENAMES).rules;
}
