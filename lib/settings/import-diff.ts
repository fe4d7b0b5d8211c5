/**
 * What importing a rule pack would change, so the options page can show it and ask before
 * anything is replaced. Pure: it compares two packs' worth of rule settings (what is saved now,
 * what the file holds) and knows the built-in rules' defaults only through `defaultOf`.
 *
 * Changes are what an agent would notice, not what the JSON says: an override that repeats the
 * rule's default ("enabled": true) is no change, and one a pack drops that only repeated the
 * default is none either.
 */
import { DEFAULT_GUIDELINE, GUIDELINE_IDS, type CustomRule, type GuidelineId, type RuleOverride, type Severity } from '../checker/types';

/** The part of the settings a rule pack replaces (sites turned off and the other switches stay). */
export interface PackSide {
  rules?: Record<string, RuleOverride>;
  custom?: readonly CustomRule[];
  guidelines?: Partial<Record<GuidelineId, string>>;
  name?: string | null;
  /** Custom domains and the definition each runs ("generic": detection by markup). A pack only adds them. */
  sites?: ReadonlyArray<{ host: string; site: string }>;
}

/** A rule's state as the checker runs it. */
export interface RuleState {
  enabled: boolean;
  severity: Severity;
}

export interface RuleChange {
  /** A built-in id or `custom:<id>`. */
  id: string;
  before: RuleState;
  after: RuleState;
}

/** The fields of a custom rule a change can touch, in the order the options page lists them. */
export const CUSTOM_FIELDS = ['kind', 'pattern', 'flags', 'lang', 'category', 'severity', 'message', 'suggestions', 'guideline'] as const;
export type CustomField = (typeof CUSTOM_FIELDS)[number];

export interface CustomChange {
  id: string;
  before: CustomRule;
  after: CustomRule;
  fields: CustomField[];
}

export interface GuidelineChange {
  id: GuidelineId;
  /** null: the built-in wording. */
  before: string | null;
  after: string | null;
}

/** A custom domain the import adds (`before` null) or points at another definition. */
export interface SiteChange {
  host: string;
  before: string | null;
  after: string;
}

export interface PackDiff {
  /** Rules switched on or off, or whose severity changes (custom rules present on both sides included). */
  rules: RuleChange[];
  added: CustomRule[];
  removed: CustomRule[];
  changed: CustomChange[];
  guidelines: GuidelineChange[];
  /** Domains added or re-pointed; domains the pack does not list stay, so none is removed. */
  sites: SiteChange[];
  name: { before: string | null; after: string | null } | null;
  /** Nothing at all would change. */
  empty: boolean;
}

/**
 * The severity a built-in rule has by default; undefined for an id this version does not know
 * (the parser keeps those with a warning, and they change nothing).
 */
export type DefaultSeverity = (ruleId: string) => Severity | undefined;

const CUSTOM_PREFIX = 'custom:';

/** A custom rule with its defaults filled in, so a pack that spells them out equals one that leaves them out. */
function normalized(rule: CustomRule): Required<Omit<CustomRule, 'flags'>> & { flags: string | null } {
  return {
    id: rule.id,
    lang: rule.lang,
    kind: rule.kind,
    pattern: rule.pattern,
    category: rule.category,
    severity: rule.severity,
    message: rule.message,
    suggestions: [...(rule.suggestions ?? [])],
    guideline: rule.guideline ?? DEFAULT_GUIDELINE[rule.category],
    flags: rule.kind === 'regex' ? (rule.flags ?? null) : null,
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** The fields in which two custom rules with the same id differ. */
export function customFieldsChanged(before: CustomRule, after: CustomRule): CustomField[] {
  const a = normalized(before);
  const b = normalized(after);
  return CUSTOM_FIELDS.filter((f) => !sameValue(a[f], b[f]));
}

function byId(rules: readonly CustomRule[] | undefined): Map<string, CustomRule> {
  return new Map((rules ?? []).map((r) => [r.id, r]));
}

/** The state of `id` on one side, or undefined when the rule does not exist there. */
function stateOf(id: string, side: PackSide, custom: Map<string, CustomRule>, defaultOf: DefaultSeverity): RuleState | undefined {
  const base = id.startsWith(CUSTOM_PREFIX) ? custom.get(id.slice(CUSTOM_PREFIX.length))?.severity : defaultOf(id);
  if (base === undefined) return undefined;
  const o = side.rules?.[id] ?? {};
  return { enabled: o.enabled ?? true, severity: o.severity ?? base };
}

function textOf(value: string | undefined): string | null {
  const t = value?.trim();
  return t ? t : null;
}

/** What replacing `before` (the saved settings) with `after` (a validated pack) changes. */
export function diffPacks(before: PackSide, after: PackSide, defaultOf: DefaultSeverity): PackDiff {
  const oldCustom = byId(before.custom);
  const newCustom = byId(after.custom);

  const rules: RuleChange[] = [];
  const ids = new Set([...Object.keys(before.rules ?? {}), ...Object.keys(after.rules ?? {})]);
  for (const id of [...ids].sort()) {
    const was = stateOf(id, before, oldCustom, defaultOf);
    const will = stateOf(id, after, newCustom, defaultOf);
    // A custom rule that comes or goes is listed as added or removed; its switch goes with it.
    if (!was || !will) continue;
    // A custom rule's own severity changing is a change of that rule (`changed`), not of its switch.
    const severityMoved = id.startsWith(CUSTOM_PREFIX)
      ? before.rules?.[id]?.severity !== after.rules?.[id]?.severity
      : was.severity !== will.severity;
    if (was.enabled !== will.enabled || severityMoved) rules.push({ id, before: was, after: will });
  }

  const added = [...newCustom.values()].filter((r) => !oldCustom.has(r.id));
  const removed = [...oldCustom.values()].filter((r) => !newCustom.has(r.id));
  const changed: CustomChange[] = [];
  for (const [id, rule] of newCustom) {
    const old = oldCustom.get(id);
    if (!old) continue;
    const fields = customFieldsChanged(old, rule);
    if (fields.length) changed.push({ id, before: old, after: rule, fields });
  }

  const guidelines: GuidelineChange[] = [];
  for (const id of GUIDELINE_IDS) {
    const was = textOf(before.guidelines?.[id]);
    const will = textOf(after.guidelines?.[id]);
    if (was !== will) guidelines.push({ id, before: was, after: will });
  }

  const had = new Map((before.sites ?? []).map((s) => [s.host, s.site]));
  const sites: SiteChange[] = (after.sites ?? [])
    .map(({ host, site }) => ({ host, before: had.get(host) ?? null, after: site }))
    .filter((c) => c.before !== c.after);

  const oldName = textOf(before.name ?? undefined);
  const newName = textOf(after.name ?? undefined);
  const name = oldName !== newName ? { before: oldName, after: newName } : null;

  return {
    rules,
    added,
    removed,
    changed,
    guidelines,
    sites,
    name,
    empty: !rules.length && !added.length && !removed.length && !changed.length && !guidelines.length && !sites.length && !name,
  };
}

/** How many separate changes the diff lists (the pack's name counts as one). */
export function changeCount(diff: PackDiff): number {
  return (
    diff.rules.length + diff.added.length + diff.removed.length + diff.changed.length + diff.guidelines.length + diff.sites.length + (diff.name ? 1 : 0)
  );
}
