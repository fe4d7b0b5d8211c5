/**
 * Rule pack problems in words a team lead understands, for the options page: "Rule 2: the
 * pattern uses a lookbehind `(?<=…)`, which the safe regex engine doesn't support — write it
 * without", "Rule 3 needs an id", "Site 2: write the host only, without “https://”". Rules and
 * sites are numbered from 1; the JSON path and the parser's own
 * reason stay available as a detail for whoever edits the file by hand.
 *
 * A layer over lib/rules/pack.ts: the parser, its RulePackError and the CLI's messages (a
 * contract) are unchanged. Anything not recognized here is passed on in the parser's words,
 * so a new parser message is never lost, only less friendly.
 */
import { CATEGORIES, LANGS, SEVERITIES } from '../checker/types';
import { formatIssue, PACK_LIMITS, PACK_SITE_IDS, type RulePackIssue } from '../rules/pack';

export interface PlainIssue {
  /** The sentence to show; code (a pattern, a field name) sits between backticks. */
  text: string;
  /** The parser's words with the JSON path (`custom[1].pattern: not a valid RE2 …`). */
  detail: string;
  /** 1-based number of the custom rule it is about, if any. */
  rule?: number;
}

type Key = string | number;

/** `custom[2].pattern` → ['custom', 2, 'pattern']; `rules["en.x"].enabled` → ['rules', 'en.x', 'enabled']. */
export function parsePath(path: string): Key[] {
  const keys: Key[] = [];
  const re = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < path.length && (m = re.exec(path))) {
    if (m[1] !== undefined) keys.push(m[1]);
    else if (m[2] !== undefined) keys.push(Number(m[2]));
    else keys.push(JSON.parse(m[3]) as string);
  }
  return keys;
}

const or = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
const quote = (s: string) => `“${s}”`;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The value the parser says it found (`(found "de")`, `(found an array)`), as words. */
function foundOf(reason: string): { rest: string; found?: string } {
  const m = /^(.*) \(found (.*)\)$/s.exec(reason);
  if (!m) return { rest: reason };
  let found = m[2];
  if (found.startsWith('"')) {
    try {
      found = quote(JSON.parse(found) as string);
    } catch {
      // a truncated value: show it as the parser wrote it
    }
  }
  return { rest: m[1], found };
}

const itIs = (found: string | undefined) => (found && found !== '“”' ? ` (it is ${found})` : '');

/** What a custom rule's field is called in a sentence, and what "needs" it asks for when missing. */
const FIELD: Record<string, { noun: string; needs: string }> = {
  id: { noun: 'id', needs: 'an id, such as `per-my-last`' },
  lang: { noun: 'language', needs: `a language ("lang": ${or(LANGS)})` },
  kind: { noun: 'kind', needs: 'a kind: "phrase" or "regex"' },
  pattern: { noun: 'pattern', needs: 'a pattern: the phrase or regular expression to flag' },
  category: { noun: 'category', needs: `a category (${or(CATEGORIES)})` },
  severity: { noun: 'severity', needs: `a severity (${or(SEVERITIES)})` },
  message: { noun: 'message', needs: 'a message: what the agent reads next to the flagged words' },
  suggestions: { noun: 'suggestions', needs: 'suggestions' },
  guideline: { noun: 'guideline', needs: 'a guideline' },
  flags: { noun: 'flags', needs: 'flags' },
};

/** "Rule 3 needs …" or "Rule 2: the pattern …": a custom rule's problem, before it has a subject. */
type Said = { needs: string } | { says: string };

/** An RE2 syntax error in words, from re2js's reason (`invalid named capture: \`(?<=a)b\``). */
export function explainRegexError(reason: string): string {
  const unsupported = (what: string) => `the pattern uses ${what}, which the safe regex engine doesn't support — write it without`;
  const snippet = /`([^`]*)`/.exec(reason)?.[1] ?? '';
  if (/^invalid named capture/.test(reason) && /^\(\?<[=!]/.test(snippet)) {
    return unsupported(`a lookbehind \`${snippet.startsWith('(?<!') ? '(?<!…)' : '(?<=…)'}\``);
  }
  if (/^invalid or unsupported Perl syntax/.test(reason)) {
    if (snippet === '(?=' || snippet === '(?!') return unsupported(`a lookahead \`${snippet}…)\``);
    if (snippet === '(?>') return unsupported('an atomic group `(?>…)`');
    return `the pattern uses \`${snippet}\`, a group the safe regex engine doesn't support — write it without`;
  }
  if (/^invalid escape sequence/.test(reason)) {
    if (/^\\[1-9]/.test(snippet)) return unsupported(`a backreference \`${snippet}\``);
    if (snippet === '\\k') return unsupported('a named backreference `\\k<…>`');
    return `the pattern has an escape the safe regex engine doesn't know: \`${snippet}\``;
  }
  if (/^missing closing \)/.test(reason)) return 'the pattern opens a group with “(” that is never closed';
  if (/^unexpected \)/.test(reason)) return 'the pattern closes a group with “)” that was never opened';
  if (/^missing closing \]/.test(reason)) return 'the pattern opens a set of characters with “[” that is never closed';
  if (/^missing argument to repetition operator/.test(reason)) {
    return `the pattern has \`${snippet}\` with nothing before it to repeat (write \`\\${snippet.charAt(0)}\` for the character itself)`;
  }
  if (/^invalid nested repetition operator/.test(reason)) return `the pattern repeats a repetition (\`${snippet}\`): write the count once`;
  if (/^invalid repeat count/.test(reason)) return `the repeat count \`${snippet}\` can't be used: the smaller number comes first and counts go up to 1000`;
  if (/^invalid character class range/.test(reason)) return `the pattern has a character range that doesn't work: \`${snippet}\``;
  if (/^trailing backslash/.test(reason)) return 'the pattern ends with a lone backslash `\\`';
  return `the pattern isn't a regular expression the safe regex engine (RE2) can read: ${reason}`;
}

/** A custom rule's field problem, without its subject; null for a reason this layer does not know. */
function customField(field: string, reason: string): Said | null {
  const { rest, found } = foundOf(reason);
  const noun = FIELD[field]?.noun ?? `field \`${field}\``;
  if (rest === 'required field is missing' || found === '“”') return { needs: FIELD[field]?.needs ?? `\`${field}\`` };
  if (rest === 'unknown field') return { says: `it has a field Reply Coach doesn't know: \`${field}\` (check its spelling)` };
  if (rest === 'must not be empty') return { needs: FIELD[field]?.needs ?? noun };
  const regex = /^not a valid RE2 regular expression: (.*)$/s.exec(rest);
  if (regex) return { says: explainRegexError(regex[1]) };
  const duplicate = /^duplicate id "(.*)" \(already used by custom\[(\d+)\]\)$/s.exec(rest);
  if (duplicate) return { says: `the id \`${duplicate[1]}\` is already used by rule ${Number(duplicate[2]) + 1}: give each rule its own id` };
  if (/^must use only lower-case letters/.test(rest)) {
    return { says: `the id${found ? ` ${found}` : ''} may use only lower-case letters a–z, digits and dashes, such as \`per-my-last\`` };
  }
  if (/^must be one of /.test(rest) || /^must be "phrase" or "regex"/.test(rest) || /^must be a guideline id/.test(rest)) {
    const allowed: Record<string, string> = {
      lang: or(LANGS),
      category: or(CATEGORIES),
      severity: or(SEVERITIES),
      kind: '"phrase" or "regex"',
      guideline: 'a guideline from G1 to G11',
    };
    return { says: `the ${noun} must be ${allowed[field] ?? rest.replace(/^must be /, '')}${itIs(found)}` };
  }
  if (/^must be at most \d+ characters/.test(rest)) {
    return { says: `the ${noun} is longer than ${PACK_LIMITS.patternChars} characters: split it into shorter rules` };
  }
  if (/^must hold at most \d+ suggestions/.test(rest)) return { says: `it has more than ${PACK_LIMITS.suggestions} suggestions: keep the best ${PACK_LIMITS.suggestions}` };
  if (/^must be an array of strings/.test(rest)) return { says: `the suggestions must be a list of texts${itIs(found)}` };
  if (/^must be a string/.test(rest)) return { says: `the ${noun} must be text${itIs(found)}` };
  if (rest === 'repeats a flag') return { says: 'the flags repeat a letter: give each flag once' };
  if (/^may contain only the letters/.test(rest)) return { says: `the flags may only be i, m, s and u${itIs(found)}` };
  if (/^only a "regex" rule takes flags/.test(rest)) return { says: 'a phrase rule takes no flags: remove them, or make the rule a regex' };
  if (rest === 'a phrase needs at least one word besides "*"') return { says: 'the phrase needs at least one word besides `*`' };
  if (/^must be an object/.test(rest)) return { says: `it must be a rule (an object with an id, a pattern and a message)${itIs(found)}` };
  return null;
}

function sayRule(said: Said, subject: string): string {
  return 'needs' in said ? `${subject} needs ${said.needs}` : `${subject}: ${said.says}`;
}

/** "Rule 3" or "Rule 3 (per-my-last)", from the pack as it was read (ids only when they are usable). */
function ruleName(index: number, data: unknown): string {
  const raw = (data as { custom?: unknown } | null)?.custom;
  const id = Array.isArray(raw) ? (raw[index] as { id?: unknown } | null)?.id : undefined;
  return typeof id === 'string' && /^[a-z0-9-]{1,60}$/.test(id) ? `Rule ${index + 1} (${id})` : `Rule ${index + 1}`;
}

/** "Site 2" or "Site 2 (support.acme.example)": a `sites` entry, named by its host when that is a plain one. */
function siteName(index: number, data: unknown): string {
  const raw = (data as { sites?: unknown } | null)?.sites;
  const host = Array.isArray(raw) ? (raw[index] as { host?: unknown } | null)?.host : undefined;
  return typeof host === 'string' && /^[A-Za-z0-9.-]{1,80}$/.test(host) ? `Site ${index + 1} (${host.toLowerCase()})` : `Site ${index + 1}`;
}

const EXAMPLE_SITE = '{"host": "support.example.com", "site": "zammad"}';

/** A `sites` entry's field problem, without its subject; null for a reason this layer does not know. */
function siteField(field: string, reason: string): Said | null {
  const { rest, found } = foundOf(reason);
  if (rest === 'required field is missing') {
    if (field === 'host') return { needs: 'a host: the helpdesk\'s domain, such as `support.example.com`' };
    if (field === 'site') return { needs: `a site: what the domain runs (${or(PACK_SITE_IDS.map((id) => `"${id}"`))})` };
  }
  if (rest === 'unknown field') return { says: `it has a field Reply Coach doesn't know: \`${field}\` (a domain takes "host" and "site")` };
  if (field === '' && /^must be an object/.test(rest)) return { says: `it must be a domain entry such as ${EXAMPLE_SITE}${itIs(found)}` };
  if (field === 'host') {
    if (/without "https:\/\/"/.test(rest)) return { says: 'write the host only, without “https://”, such as `support.example.com`' };
    if (/without a path/.test(rest)) return { says: 'write the host only, without a path, such as `support.example.com`' };
    if (/without a port/.test(rest)) return { says: 'write the host without a port: Reply Coach coaches https pages on the standard port' };
    if (/without wildcards/.test(rest)) return { says: 'list each domain on its own: a wildcard such as `*.example.com` is not allowed' };
    if (/without spaces/.test(rest)) return { says: `the host has a space in it${itIs(found)}` };
    if (/^must be a host name/.test(rest)) return { says: `the host${itIs(found)} is not a domain name such as \`support.example.com\`` };
    if (/^must be a string/.test(rest)) return { says: `the host must be text${itIs(found)}` };
    if (/^must be at most/.test(rest)) return { says: 'the host is longer than 253 characters, the most a domain name can have' };
    const duplicate = /^duplicate host "(.*)" \(already in sites\[(\d+)\]\)$/s.exec(rest);
    if (duplicate) return { says: `the host \`${duplicate[1]}\` is already listed as site ${Number(duplicate[2]) + 1}: list each domain once` };
    const optional = /^"(.*)" is (.*), an optional site/s.exec(rest);
    if (optional) return { says: `\`${optional[1]}\` is ${optional[2]}: turn it on under “Optional sites” on the options page instead` };
    const known = /^"(.*)" is on (.*), which Reply Coach already runs on/s.exec(rest);
    if (known) return { says: `\`${known[1]}\` is on ${known[2]}, which Reply Coach already coaches: leave it out` };
  }
  if (field === 'site' && /^must be one of /.test(rest)) return { says: `the site must be ${or(PACK_SITE_IDS.map((id) => `"${id}"`))}${itIs(found)}` };
  return null;
}

/** A problem outside `custom[]` and `sites[]`: the pack as a whole, `rules`, `guidelines`, the `sites` list. */
function packLevel(keys: Key[], reason: string): string {
  const { rest, found } = foundOf(reason);
  const [top, second, third] = keys;
  if (top === undefined) {
    const json = /^not valid JSON: (.*)$/s.exec(rest);
    if (json) return "The file isn't valid JSON, so it can't be read as a rule pack: look for a missing comma, quote or bracket";
    const shape = /^a rule pack must be a JSON object, not (.*)$/s.exec(rest);
    if (shape) return `The file holds ${shape[1]}, not a rule pack (a JSON object with "format": "reply-coach-rules")`;
    const size = /^the pack is (\d+) KB; a rule pack may be at most (\d+) KB$/.exec(rest);
    if (size) return `The file is ${size[1]} KB; a rule pack can be at most ${size[2]} KB`;
    return capitalize(reason);
  }
  if (rest === 'unknown field' && keys.length === 1) return `The pack has a field Reply Coach doesn't know: \`${top}\` (check its spelling)`;
  if (top === 'format') {
    return rest === 'required field is missing'
      ? `This file isn't a Reply Coach rule pack: it has no "format": "reply-coach-rules"`
      : `This file isn't a Reply Coach rule pack${itIs(found)}`;
  }
  if (top === 'version') {
    return rest === 'required field is missing'
      ? 'The pack needs "version": 1'
      : `The pack's version${itIs(found)} is not one this Reply Coach reads: only version 1`;
  }
  if (top === 'name') return `The pack's name must be text${itIs(found)}`;
  if (top === 'rules') {
    if (second === undefined) return `"rules" must be an object of rule ids and their settings, such as {"en.blame.you-failed": {"enabled": false}}${itIs(found)}`;
    const rule = `rule \`${second}\``;
    if (third === undefined) return `The setting for ${rule} must be an object such as {"enabled": false}${itIs(found)}`;
    if (rest === 'unknown field') return `The setting for ${rule} has a field Reply Coach doesn't know: \`${third}\` (a rule takes "enabled" and "severity")`;
    if (third === 'enabled') return `The switch for ${rule} must be true or false${itIs(found)}`;
    if (third === 'severity') return `The severity of ${rule} must be ${or(SEVERITIES)}${itIs(found)}`;
  }
  if (top === 'custom' && second === undefined) {
    if (/^must hold at most/.test(rest)) return `The pack has more than ${PACK_LIMITS.customRules} custom rules`;
    return `"custom" must be a list of rules${itIs(found)}`;
  }
  if (top === 'sites' && second === undefined) {
    if (/^must hold at most/.test(rest)) return `The pack lists more than ${PACK_LIMITS.sites} domains`;
    return `"sites" must be a list of domains such as [${EXAMPLE_SITE}]${itIs(found)}`;
  }
  if (top === 'guidelines') {
    if (second === undefined) return `"guidelines" must be an object such as {"G4": "your wording"}${itIs(found)}`;
    if (rest === 'unknown field') return `There is no guideline \`${second}\`: the guidelines are G1 to G11`;
    if (rest === 'must not be empty') return `The wording of ${second} is empty: write it, or leave ${second} out to keep the built-in wording`;
    if (/^must be a string/.test(rest)) return `The wording of ${second} must be text${itIs(found)}`;
  }
  return formatIssue({ path: '', reason: `${keys.join('.')}: ${reason}` });
}

/**
 * One parser issue in plain words. `data`: the pack as read (parsed JSON), to name rules by their
 * id; without it rules are named by number only.
 */
export function explainIssue(issue: RulePackIssue, data?: unknown): PlainIssue {
  const keys = parsePath(issue.path);
  const detail = formatIssue(issue);
  if (keys[0] === 'custom' && typeof keys[1] === 'number') {
    const index = keys[1];
    const field = typeof keys[2] === 'string' ? keys[2] : '';
    const said = customField(field, issue.reason) ?? { says: field ? `the ${FIELD[field]?.noun ?? `field \`${field}\``} ${issue.reason}` : issue.reason };
    return { text: sayRule(said, ruleName(index, data)), detail, rule: index + 1 };
  }
  if (keys[0] === 'sites' && typeof keys[1] === 'number') {
    const field = typeof keys[2] === 'string' ? keys[2] : '';
    const said = siteField(field, issue.reason) ?? { says: field ? `the ${field} ${issue.reason}` : issue.reason };
    return { text: sayRule(said, siteName(keys[1], data)), detail };
  }
  return { text: packLevel(keys, issue.reason), detail };
}

/** Everything a refused import says: a RulePackError's issues, or any other error's message. `json`: the file's text. */
export function explainImportError(err: unknown, json?: string): PlainIssue[] {
  const issues = (err as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues) || !issues.length) {
    const message = err instanceof Error ? err.message : String(err);
    return [{ text: capitalize(message), detail: message }];
  }
  let data: unknown;
  try {
    data = json === undefined ? undefined : JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    data = undefined;
  }
  return (issues as RulePackIssue[]).map((issue) => explainIssue(issue, data));
}

/** A parser warning (`custom[1].pattern: …`, `rules["x"]: …`) in plain words. */
export function explainWarning(warning: string, data?: unknown): PlainIssue {
  const custom = /^custom\[(\d+)\]\.(\w+): (.*)$/s.exec(warning);
  if (custom) {
    const index = Number(custom[1]);
    const subject = ruleName(index, data);
    const reason = custom[3];
    let says = reason;
    if (/^a Chinese phrase is a plain substring/.test(reason)) says = 'a Chinese phrase is matched as plain text, so `*` is a literal asterisk, not a wildcard';
    else if (/^"\*" is a wildcard only as a word of its own/.test(reason)) says = '`*` is a wildcard only as a word of its own ("per my * email"); here it matches a literal asterisk';
    return { text: `${subject}: ${says}`, detail: warning, rule: index + 1 };
  }
  const rule = /^rules\[("(?:[^"\\]|\\.)*")\]: (.*)$/s.exec(warning) ?? /^rules\.([\w$]+): (.*)$/s.exec(warning);
  if (rule) {
    const id = rule[1].startsWith('"') ? (JSON.parse(rule[1]) as string) : rule[1];
    const reason = rule[2];
    const renamed = /^this rule is now "(.*)", which the pack sets too/.exec(reason);
    if (renamed) return { text: `Rule \`${id}\` is now called \`${renamed[1]}\`, and the pack sets both: the setting for \`${renamed[1]}\` is used`, detail: warning };
    if (/^no custom rule with id/.test(reason)) return { text: `The pack sets \`${id}\`, but has no custom rule \`${id.replace(/^custom:/, '')}\`: that setting is ignored`, detail: warning };
    if (/^no built-in rule with this id/.test(reason)) return { text: `The pack sets \`${id}\`, a rule this version of Reply Coach doesn't have (renamed or removed?): that setting is ignored`, detail: warning };
  }
  return { text: capitalize(warning), detail: warning };
}

/**
 * A custom-rule form field's reason (CustomRuleError.fields) in plain words, shown next to the
 * field, so without a rule number and without backticks.
 */
export function explainFieldReason(field: string, reason: string): string {
  const said = customField(field, reason);
  // Reasons the page itself gives ("a custom rule with the id … already exists") are words already.
  if (!said) return reason;
  const text = 'needs' in said ? `This rule needs ${said.needs}` : capitalize(said.says);
  return text.replace(/`([^`]*)`/g, '$1');
}

/** Every reason of a CustomRuleError's `fields` through explainFieldReason. */
export function explainFields<F extends string>(fields: Partial<Record<F, string[]>>): Partial<Record<F, string[]>> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, reasons]) => [field, (reasons as string[] | undefined)?.map((r) => explainFieldReason(field, r))]),
  ) as Partial<Record<F, string[]>>;
}
