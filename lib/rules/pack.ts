/**
 * Team rule packs: the JSON the options page exports, the CLI's `--rules` reads and the managed
 * policy carries (docs/architecture.md, "The rule pack format"). `rule-pack.schema.json` documents the
 * same format for editors and administrators; this module is what enforces it.
 *
 * A bad pack is rejected as a whole with the exact field path and reason, so nothing already
 * saved is replaced by half a pack. Unknown built-in rule ids are only warnings: packs must
 * survive rule renames (and the ids renames.json lists are read as the new ids).
 */
import * as v from 'valibot';
import {
  CATEGORIES,
  GUIDELINE_IDS,
  LANGS,
  SEVERITIES,
  type CustomRule,
  type GuidelineId,
  type RuleOverride,
  type Settings,
  type ToneCategory,
} from '../checker/types';
import { compileRegexPattern, DEFAULT_REGEX_FLAGS, phraseSource } from '../checker/custom-rules';
import { BUILTIN_RULE_IDS } from './index';
import { applyRenames, RULE_RENAMES } from './renames';
import { SELF_HOSTED_SITES, siteForUrl, SITES } from '../sites';

export const RULE_PACK_FORMAT = 'reply-coach-rules';
export const RULE_PACK_VERSION = 1;

/** The guideline a custom rule cites when it names none. */
import { DEFAULT_GUIDELINE } from '../checker/types';

/**
 * Limits of a team rule pack, so no pack can slow every frame's first check: 500 custom rules,
 * 200-character patterns, 5 suggestions a rule, 256 KB of JSON, 100 custom domains. A pack over
 * a limit is rejected with the limit named, like any other error.
 */
export const PACK_LIMITS = { customRules: 500, patternChars: 200, suggestions: 5, fileChars: 256 * 1024, sites: 100 } as const;

/** A `sites` entry's `site` that runs no definition: the generic detection by markup. */
export const GENERIC_SITE = 'generic';

/**
 * What a custom domain of a pack can run: "generic", the self-hosted helpdesks, then the hosted
 * ones on their own domain (not Gmail, Outlook or Atlassian, whose hosts are fixed). The same
 * list, in the same order, as the options page's picker (lib/settings/options-api.ts).
 */
export const PACK_SITE_IDS: readonly string[] = [GENERIC_SITE, ...[...SELF_HOSTED_SITES, ...SITES.filter((s) => !s.optional)].map((s) => s.id)];

/**
 * A host name as written in a pack: labels of letters, digits and inner hyphens, a final label
 * that starts with a letter. Upper case is read as lower case. No lookahead, so Chrome's policy
 * schema (RE2) checks the same pattern; the length goes through maxLength.
 */
const HOST_PATTERN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{0,62}$/;

/** Why a `host` is not a host name: what it has that does not belong. */
function hostProblem(input: unknown): string {
  const text = String(input);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return 'must be the host name only, without "https://" (for example "support.example.com")';
  if (/[/?#]/.test(text)) return 'must be the host name only, without a path (for example "support.example.com")';
  if (/:\d*$/.test(text)) return 'must be the host name only, without a port (only https on the standard port is coached)';
  if (text.includes('*')) return 'must be one host name, without wildcards (list each domain)';
  if (/\s/.test(text)) return 'must be a host name without spaces';
  return 'must be a host name such as "support.example.com"';
}
export { DEFAULT_GUIDELINE };

const list = (values: readonly string[]) => values.map((s) => `"${s}"`).join(', ');
/** Text with a non-space character, stored trimmed (a regex rather than trim + nonEmpty, so the JSON Schema says it too). */
const nonBlank = () => v.pipe(v.string('must be a string'), v.regex(/\S/, 'must not be empty'), v.trim());

// Field descriptions below go into rule-pack.schema.json and public/managed_schema.json
// (`npm run schemas`, scripts/gen-schemas.mjs); test/unit/schemas.test.ts fails if those are stale.

const SeveritySchema = v.pipe(
  v.picklist(SEVERITIES, `must be one of ${list(SEVERITIES)}`),
  v.description('"info" is a gentle nudge that does not count as flagged; "warning" and "error" do.'),
);

const CategorySchema = v.picklist(CATEGORIES, `must be one of ${list(CATEGORIES)}`);

const RuleOverrideSchema = v.strictObject({
  enabled: v.optional(v.pipe(v.boolean('must be true or false'), v.description('false switches the rule off.'))),
  severity: v.optional(SeveritySchema),
});

const CustomRuleSchema = v.pipe(
  v.strictObject({
    id: v.pipe(
      v.string('must be a string'),
      v.regex(/^[a-z0-9-]+$/, 'must use only lower-case letters a–z, digits and "-" (for example "per-my-last")'),
      v.description('Unique within the pack: lower-case letters, digits and hyphens.'),
    ),
    lang: v.pipe(
      v.picklist(LANGS, `must be one of ${list(LANGS)}`),
      v.description('The language of the replies the rule applies to.'),
    ),
    kind: v.pipe(
      v.picklist(['phrase', 'regex'], 'must be "phrase" or "regex"'),
      v.description(
        '"phrase": case-insensitive whole words, any whitespace between words, straight and curly apostrophes equal, a standalone * is exactly one word (in Chinese: a plain substring). "regex": RE2 syntax (no backreferences or lookaround), matched in linear time; curly apostrophes in the text are read as straight ones.',
      ),
    ),
    pattern: v.pipe(
      v.string('must be a string'),
      v.nonEmpty('must not be empty'),
      v.maxLength(PACK_LIMITS.patternChars, `must be at most ${PACK_LIMITS.patternChars} characters`),
      v.description('The phrase, e.g. "per my * email", or the RE2 regular expression, e.g. "\\\\bfor the (second|third) time\\\\b".'),
    ),
    category: CategorySchema,
    severity: SeveritySchema,
    message: v.pipe(nonBlank(), v.description('What the agent sees: short and concrete.')),
    suggestions: v.optional(
      v.pipe(
        v.array(v.string('must be a string'), 'must be an array of strings'),
        v.maxLength(PACK_LIMITS.suggestions, `must hold at most ${PACK_LIMITS.suggestions} suggestions`),
        v.description('Replacements for the matched text, best first. Put facts the agent must supply in square brackets, e.g. "[reason]".'),
      ),
      () => [],
    ),
    guideline: v.optional(
      v.pipe(
        v.picklist(GUIDELINE_IDS, 'must be a guideline id from "G1" to "G11"'),
        v.description(
          `The guideline the finding cites. Default: ${Object.entries(DEFAULT_GUIDELINE)
            .map(([category, id]) => `${category} ${id}`)
            .join(', ')}.`,
        ),
      ),
    ),
    flags: v.optional(
      v.pipe(
        v.string('must be a string'),
        // One pattern for both rules (only i, m, s, u; each once), so the JSON Schema has it too.
        // The letters come first: the backreference then only sees short-alphabet text (linear).
        v.regex(/^(?=[imsu]*$)(?!.*(.).*\1)/, (issue) =>
          /^[imsu]*$/.test(issue.input) ? 'repeats a flag' : 'may contain only the letters "i", "m", "s" and "u"',
        ),
        v.description(
          `Regex only: any of i (case-insensitive), m (^ and $ match at line breaks), s (. matches a line break), u (accepted; RE2 always matches by code point). Default "${DEFAULT_REGEX_FLAGS}".`,
        ),
      ),
    ),
  }),
  v.forward(
    v.partialCheck([['kind'], ['flags']], (rule) => rule.kind === 'regex' || rule.flags === undefined, 'only a "regex" rule takes flags'),
    ['flags'],
  ),
  // The check above in JSON Schema terms (the converter cannot translate a check function).
  v.metadata({
    if: { properties: { kind: { const: 'phrase' } }, required: ['kind'] },
    then: { not: { required: ['flags'] } },
  }),
);

const GuidelineTextsSchema = v.strictObject(
  Object.fromEntries(GUIDELINE_IDS.map((id) => [id, v.optional(nonBlank())])) as Record<
    GuidelineId,
    v.OptionalSchema<ReturnType<typeof nonBlank>, undefined>
  >,
);

const SiteSchema = v.strictObject({
  host: v.pipe(
    v.string('must be a string'),
    v.maxLength(253, 'must be at most 253 characters'),
    v.regex(HOST_PATTERN, (issue) => hostProblem(issue.input)),
    v.description('The helpdesk\'s host name, e.g. "support.acme.example": no scheme, port or path. The coach runs on https:// pages of this host once the browser grants access to it.'),
  ),
  site: v.pipe(
    v.picklist(PACK_SITE_IDS, `must be one of ${list(PACK_SITE_IDS)}`),
    v.description(
      'The site definition the domain runs: a self-hosted helpdesk ("zammad", "chatwoot", "freescout", "osticket"), a hosted helpdesk on your own domain ("zendesk", …), or "generic" for detection by markup (a large text box next to a Send button).',
    ),
  ),
});

const RulePackSchema = v.pipe(
  v.strictObject({
    /** Lets editors find `rule-pack.schema.json`; ignored otherwise. */
    $schema: v.optional(
      v.pipe(v.string('must be a string'), v.description('Optional pointer to this schema, for editors. Ignored by Reply Coach.')),
    ),
    format: v.pipe(v.literal(RULE_PACK_FORMAT, `must be "${RULE_PACK_FORMAT}"`), v.description(`Always "${RULE_PACK_FORMAT}".`)),
    version: v.pipe(
      v.literal(RULE_PACK_VERSION, `must be ${RULE_PACK_VERSION} (the only version this Reply Coach reads)`),
      v.description(`Format version. Only ${RULE_PACK_VERSION} exists.`),
    ),
    name: v.optional(v.pipe(v.string('must be a string'), v.trim(), v.description('A name for the pack, shown on the options page.'))),
    rules: v.optional(
      v.pipe(
        v.record(v.string(), RuleOverrideSchema, 'must be an object of rule id → { enabled, severity }'),
        v.description(
          'Overrides for rules, keyed by rule id: a built-in id such as "en.defensive.not-our-fault" (list them with `reply-coach rules`) or "custom:<id>" for a custom rule of this pack. The old id of a renamed built-in rule is read as its new id.',
        ),
      ),
      () => ({}),
    ),
    custom: v.optional(
      v.pipe(
        v.array(CustomRuleSchema, 'must be an array of rules'),
        v.maxLength(PACK_LIMITS.customRules, `must hold at most ${PACK_LIMITS.customRules} rules`),
        v.description('The team\'s own rules. A finding from one has ruleId "custom:<id>".'),
      ),
      () => [],
    ),
    guidelines: v.optional(
      v.pipe(
        GuidelineTextsSchema,
        v.description('The team\'s own wording of service guidelines G1–G11, shown with findings instead of the built-in text.'),
      ),
      () => ({}),
    ),
    sites: v.optional(
      v.pipe(
        v.array(SiteSchema, 'must be an array of { "host", "site" } entries'),
        v.maxLength(PACK_LIMITS.sites, `must hold at most ${PACK_LIMITS.sites} domains`),
        v.description(
          'Custom helpdesk domains and the site definition each runs. Importing the pack adds them to the options page\'s domains (each agent\'s browser still asks once for access); a managed policy\'s domains are set for every agent and cannot be removed there. Reply Coach before this field refuses a pack that has it.',
        ),
      ),
    ),
  }),
  v.title('Reply Coach team rule pack'),
  v.description(
    'Team tone rules for Reply Coach: switch built-in rules off or change their severity, add the team\'s own phrases or RE2 regular expressions, reword the service guidelines, and name the team\'s own helpdesk domains and what each runs. The options page exports and imports this file, `reply-coach check --rules FILE` reads it, and administrators push it through managed storage under the key `rulePack`. Reply Coach checks more than this schema can say: custom rule ids must be unique, a regex must compile under RE2, and a domain is listed once and is not one Reply Coach already runs on. An override for a built-in rule id that does not exist is accepted with a warning, so packs survive rule renames.',
  ),
);

/** The valibot schemas scripts/gen-schemas.mjs converts: the pack, and the parts it names in `$defs`. */
export const RULE_PACK_SCHEMAS = {
  pack: RulePackSchema,
  definitions: { severity: SeveritySchema, category: CategorySchema, ruleOverride: RuleOverrideSchema, customRule: CustomRuleSchema, site: SiteSchema },
};

/** A custom rule after validation: defaults filled in. */
export interface PackCustomRule extends CustomRule {
  suggestions: string[];
  guideline: GuidelineId;
}

/** A custom helpdesk domain and the definition it runs: a `PACK_SITE_IDS` id, "generic" included. */
export interface PackSite {
  /** Lower case, as the options page stores domains. */
  host: string;
  site: string;
}

/** A validated rule pack, defaults filled in. */
export interface RulePack {
  $schema?: string;
  format: typeof RULE_PACK_FORMAT;
  version: typeof RULE_PACK_VERSION;
  name?: string;
  rules: Record<string, RuleOverride>;
  custom: PackCustomRule[];
  guidelines: Partial<Record<GuidelineId, string>>;
  /** Present when the pack has the field (an empty list included), so older packs round-trip unchanged. */
  sites?: PackSite[];
}

export interface RulePackIssue {
  /** Where the problem is, as in `custom[2].pattern`; '' for the pack as a whole. */
  path: string;
  reason: string;
}

/** A rejected pack. `message` names the first problem; `issues` lists them all. */
export class RulePackError extends Error {
  readonly issues: RulePackIssue[];

  constructor(issues: RulePackIssue[]) {
    const [first] = issues;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    super(`${formatIssue(first)}${more}`);
    this.name = 'RulePackError';
    this.issues = issues;
  }

  get path(): string {
    return this.issues[0].path;
  }

  get reason(): string {
    return this.issues[0].reason;
  }
}

export function formatIssue(issue: RulePackIssue): string {
  return issue.path ? `${issue.path}: ${issue.reason}` : issue.reason;
}

/** `["custom", 2, "pattern"]` → `custom[2].pattern`; rule ids with dots go in brackets. */
export function formatPath(keys: readonly unknown[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function issueFromValibot(issue: v.BaseIssue<unknown>): RulePackIssue {
  const keys = (issue.path ?? []).map((item) => item.key);
  const path = formatPath(keys);
  if (issue.type === 'strict_object') {
    // valibot reports an unknown key as "expected never", a missing one as "received undefined".
    if (issue.expected === 'never') return { path, reason: 'unknown field' };
    if (issue.received === 'undefined') return { path, reason: 'required field is missing' };
    return { path, reason: `must be an object, not ${describe(issue.input)}` };
  }
  // A required field present as `undefined` (from code, not JSON) is as good as missing.
  if (issue.kind === 'schema' && issue.input === undefined) return { path, reason: 'required field is missing' };
  // Messages written on the schemas above read "must …"; add what was found. A check forwarded
  // to a field has the whole object as input: describe the field's value.
  const input = issue.path?.length ? issue.path[issue.path.length - 1].value : issue.input;
  const found = input !== undefined ? ` (found ${describe(input)})` : '';
  return { path, reason: `${issue.message}${found}` };
}

/** Semantic checks valibot's shape cannot express: unique ids, patterns that compile. */
function checkCustomRules(custom: PackCustomRule[], issues: RulePackIssue[], warnings: string[]): void {
  const firstIndex = new Map<string, number>();
  custom.forEach((rule, i) => {
    const at = (field: string) => formatPath(['custom', i, field]);
    const seen = firstIndex.get(rule.id);
    if (seen !== undefined) issues.push({ path: at('id'), reason: `duplicate id "${rule.id}" (already used by custom[${seen}])` });
    else firstIndex.set(rule.id, i);

    if (rule.kind === 'regex') {
      try {
        compileRegexPattern(rule.pattern, rule.flags ?? DEFAULT_REGEX_FLAGS);
      } catch (e) {
        const reason = e instanceof Error ? e.message.replace(/^error parsing regexp: /, '') : String(e);
        issues.push({ path: at('pattern'), reason: `not a valid RE2 regular expression: ${reason}` });
      }
      return;
    }
    if (phraseSource(rule.pattern, rule.lang) === null) {
      issues.push({ path: at('pattern'), reason: 'a phrase needs at least one word besides "*"' });
    } else if (rule.lang === 'zh' && rule.pattern.includes('*')) {
      warnings.push(`${at('pattern')}: a Chinese phrase is a plain substring, so "*" matches a literal asterisk`);
    } else if (rule.lang !== 'zh' && rule.pattern.split(/\s+/).some((t) => t.includes('*') && t !== '*')) {
      warnings.push(`${at('pattern')}: "*" is a wildcard only as a word of its own ("per my * email"); here it matches a literal asterisk`);
    }
  });
}

/**
 * What the shape cannot say about `sites`: each host once, and not a host Reply Coach already
 * runs on by itself (a hosted helpdesk's own domain) or asks for from the options page (Gmail,
 * Outlook, Atlassian): those cannot be given another definition.
 */
function checkSites(sites: readonly PackSite[], issues: RulePackIssue[]): void {
  const firstIndex = new Map<string, number>();
  sites.forEach(({ host }, i) => {
    const at = formatPath(['sites', i, 'host']);
    const seen = firstIndex.get(host);
    if (seen !== undefined) {
      issues.push({ path: at, reason: `duplicate host "${host}" (already in sites[${seen}])` });
      return;
    }
    firstIndex.set(host, i);
    const known = siteForUrl(`https://${host}/`);
    if (known?.optional) issues.push({ path: at, reason: `"${host}" is ${known.name}, an optional site: it is turned on from the options page, not by a pack` });
    else if (known) issues.push({ path: at, reason: `"${host}" is on ${known.name}, which Reply Coach already runs on; leave it out` });
  });
}

/**
 * Validates a rule pack (an object, or its JSON text). Returns the pack with defaults filled in,
 * overrides for renamed built-in rules moved to their current ids (renames.json), and warnings
 * for things that are allowed but probably unintended (an override for a rule id this version
 * does not know). Throws RulePackError naming the field's path and the reason.
 */
export function parseRulePack(input: unknown): { pack: RulePack; warnings: string[] } {
  let data = input;
  if (typeof input === 'string' && input.length > PACK_LIMITS.fileChars) {
    throw new RulePackError([{ path: '', reason: `the pack is ${Math.round(input.length / 1024)} KB; a rule pack may be at most ${PACK_LIMITS.fileChars / 1024} KB` }]);
  }
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new RulePackError([{ path: '', reason: `not valid JSON: ${(e as Error).message}` }]);
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new RulePackError([{ path: '', reason: `a rule pack must be a JSON object, not ${describe(data)}` }]);
  }
  const parsed = v.safeParse(RulePackSchema, data);
  if (!parsed.success) throw new RulePackError(parsed.issues.map(issueFromValibot));

  const out = parsed.output;
  const custom: PackCustomRule[] = out.custom.map((r) => {
    const rule: PackCustomRule = {
      id: r.id,
      lang: r.lang,
      kind: r.kind,
      pattern: r.pattern,
      category: r.category,
      severity: r.severity,
      message: r.message,
      suggestions: r.suggestions,
      guideline: r.guideline ?? DEFAULT_GUIDELINE[r.category],
    };
    if (r.flags !== undefined) rule.flags = r.flags;
    return rule;
  });

  const issues: RulePackIssue[] = [];
  const warnings: string[] = [];
  checkCustomRules(custom, issues, warnings);
  const sites = out.sites?.map(({ host, site }): PackSite => ({ host: host.toLowerCase(), site }));
  if (sites) checkSites(sites, issues);
  if (issues.length) throw new RulePackError(issues);

  const { rules, shadowed } = applyRenames(out.rules, RULE_RENAMES);
  for (const { from, to } of shadowed) {
    warnings.push(`${formatPath(['rules', from])}: this rule is now "${to}", which the pack sets too; ignored in favour of that entry`);
  }
  const customIds = new Set(custom.map((r) => r.id));
  for (const id of Object.keys(rules)) {
    if (id.startsWith('custom:')) {
      if (!customIds.has(id.slice('custom:'.length))) {
        warnings.push(`${formatPath(['rules', id])}: no custom rule with id "${id.slice('custom:'.length)}" in this pack; ignored`);
      }
    } else if (!BUILTIN_RULE_IDS.has(id)) {
      warnings.push(`${formatPath(['rules', id])}: no built-in rule with this id (renamed or removed?); ignored`);
    }
  }

  const pack: RulePack = {
    format: RULE_PACK_FORMAT,
    version: RULE_PACK_VERSION,
    rules,
    custom,
    guidelines: Object.fromEntries(Object.entries(out.guidelines).filter(([, text]) => text !== undefined)),
  };
  if (out.$schema !== undefined) pack.$schema = out.$schema;
  if (out.name !== undefined) pack.name = out.name;
  if (sites) pack.sites = sites;
  return { pack, warnings };
}

/** What check() needs from a validated pack (its `sites` say where to coach, not how: left out). */
export function toSettings(pack: RulePack): Settings {
  return {
    rules: Object.fromEntries(Object.entries(pack.rules).map(([id, o]) => [id, { ...o }])),
    custom: pack.custom.map((r) => ({ ...r, suggestions: [...r.suggestions] })),
    guidelines: { ...pack.guidelines },
  };
}

/**
 * A stored custom domain as a `sites` entry, or null when a pack cannot hold it (not a plain
 * host name, or a host Reply Coach runs on by itself). An unknown definition id reads as "generic".
 */
export function packSiteOf(host: string, site: string | undefined): PackSite | null {
  if (host.length > 253 || !HOST_PATTERN.test(host) || siteForUrl(`https://${host}/`)) return null;
  return { host: host.toLowerCase(), site: site && PACK_SITE_IDS.includes(site) ? site : GENERIC_SITE };
}

/**
 * The pack the options page exports for the given settings (round-trips through parseRulePack).
 * `sites` go in only when there are some, so a pack without custom domains stays readable by
 * Reply Coach versions from before the field.
 */
export function toRulePack(settings: Settings, name?: string, sites: readonly PackSite[] = []): RulePack {
  const pack: RulePack = {
    format: RULE_PACK_FORMAT,
    version: RULE_PACK_VERSION,
    rules: Object.fromEntries(Object.entries(settings.rules ?? {}).map(([id, o]) => [id, { ...o }])),
    custom: (settings.custom ?? []).map((r) => ({
      ...r,
      suggestions: [...(r.suggestions ?? [])],
      guideline: r.guideline ?? DEFAULT_GUIDELINE[r.category],
    })),
    guidelines: { ...settings.guidelines },
  };
  if (name !== undefined) pack.name = name;
  if (sites.length) pack.sites = sites.map(({ host, site }) => ({ host, site }));
  return pack;
}
