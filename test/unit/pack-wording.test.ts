/**
 * Rule pack problems in a team lead's words (lib/settings/pack-wording.ts): rules numbered from
 * 1, the field said in words, the JSON path and the parser's reason kept only as the detail,
 * and the parser's own messages (which the CLI prints: a contract) unchanged.
 */
import { describe, expect, it } from 'vitest';
import { parseRulePack, RulePackError } from '../../lib/rules/pack';
import { explainFieldReason, explainImportError, explainRegexError, explainWarning, parsePath } from '../../lib/settings/pack-wording';

/** A valid custom rule; each test breaks one field of it. */
const RULE = { id: 'per-my-last', lang: 'en', kind: 'phrase', pattern: 'per my last email', category: 'condescending', severity: 'warning', message: 'Points back.' };

function pack(extra: Record<string, unknown>) {
  return { format: 'reply-coach-rules', version: 1, ...extra };
}

/** The plain issues of a pack the parser refuses (as JSON text, as the options page reads a file). */
function explain(data: unknown) {
  const json = typeof data === 'string' ? data : JSON.stringify(data);
  let err: unknown;
  try {
    parseRulePack(json);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(RulePackError);
  return explainImportError(err, json);
}

describe('custom rules, numbered from 1', () => {
  it('a lookbehind: says what it is and what to do, with the path only in the detail', () => {
    const [issue] = explain(pack({ custom: [RULE, { ...RULE, id: 'no-refunds', kind: 'regex', pattern: '(?<=no )refunds' }] }));
    expect(issue.text).toBe(
      "Rule 2 (no-refunds): the pattern uses a lookbehind `(?<=…)`, which the safe regex engine doesn't support — write it without",
    );
    expect(issue.rule).toBe(2);
    expect(issue.detail).toBe('custom[1].pattern: not a valid RE2 regular expression: invalid named capture: `(?<=no )refunds`');
  });

  it('a missing id: "Rule 3 needs an id"', () => {
    const { id: _id, ...noId } = RULE;
    const [issue] = explain(pack({ custom: [RULE, { ...RULE, id: 'second' }, noId] }));
    expect(issue.text).toMatch(/^Rule 3 needs an id\b/);
    expect(issue.detail).toBe('custom[2].id: required field is missing');
  });

  it('negative lookbehind, lookahead, backreference and atomic groups are named', () => {
    const regex = (pattern: string) => explain(pack({ custom: [{ ...RULE, kind: 'regex', pattern }] }))[0].text;
    expect(regex('(?<!not )sorry')).toContain('uses a lookbehind `(?<!…)`');
    expect(regex('sorry(?= but)')).toContain('uses a lookahead `(?=…)`');
    expect(regex('sorry(?! but)')).toContain('uses a lookahead `(?!…)`');
    expect(regex('(\\w+) \\1')).toContain('uses a backreference `\\1`');
    expect(regex('(?>sorry)')).toContain('uses an atomic group `(?>…)`');
    expect(regex('refunds? are (not possible')).toBe('Rule 1 (per-my-last): the pattern opens a group with “(” that is never closed');
    expect(regex('[abc')).toContain('opens a set of characters with “[” that is never closed');
    expect(regex('*sorry')).toContain('has `*` with nothing before it to repeat (write `\\*` for the character itself)');
  });

  it('other fields: what is wrong and what is allowed, found values quoted', () => {
    const one = (rule: Record<string, unknown>) => explain(pack({ custom: [rule] })).map((i) => i.text);
    expect(one({ ...RULE, id: 'Per My Last' })).toEqual([
      'Rule 1: the id “Per My Last” may use only lower-case letters a–z, digits and dashes, such as `per-my-last`',
    ]);
    expect(one({ ...RULE, lang: 'de' })).toEqual(['Rule 1 (per-my-last): the language must be en, fr, sv or zh (it is “de”)']);
    expect(one({ ...RULE, severity: 'high' })).toEqual(['Rule 1 (per-my-last): the severity must be info, warning or error (it is “high”)']);
    expect(one({ ...RULE, guideline: 'G12' })).toEqual(['Rule 1 (per-my-last): the guideline must be a guideline from G1 to G11 (it is “G12”)']);
    expect(one({ ...RULE, message: '  ' })).toEqual(['Rule 1 (per-my-last) needs a message: what the agent reads next to the flagged words']);
    expect(one({ ...RULE, flags: 'i' })).toEqual(['Rule 1 (per-my-last): a phrase rule takes no flags: remove them, or make the rule a regex']);
    expect(one({ ...RULE, patern: 'x' })).toEqual(["Rule 1 (per-my-last): it has a field Reply Coach doesn't know: `patern` (check its spelling)"]);
    expect(one({ ...RULE, pattern: '* *' })).toEqual(['Rule 1 (per-my-last): the phrase needs at least one word besides `*`']);
    expect(explain(pack({ custom: [RULE, RULE] })).map((i) => i.text)).toEqual([
      'Rule 2 (per-my-last): the id `per-my-last` is already used by rule 1: give each rule its own id',
    ]);
  });

  it('every problem with several at once, in order', () => {
    const issues = explain(pack({ custom: [{ ...RULE, message: '' }, { ...RULE, id: 'b', category: 'rude' }] }));
    expect(issues.map((i) => i.rule)).toEqual([1, 2]);
  });
});

describe('the pack as a whole, its switches and guidelines', () => {
  it.each([
    ['{"format": "reply-coach-rules",', "The file isn't valid JSON, so it can't be read as a rule pack: look for a missing comma, quote or bracket"],
    ['[1, 2]', 'The file holds an array, not a rule pack (a JSON object with "format": "reply-coach-rules")'],
    [{ version: 1 }, 'This file isn\'t a Reply Coach rule pack: it has no "format": "reply-coach-rules"'],
    [{ format: 'eslint', version: 1 }, "This file isn't a Reply Coach rule pack (it is “eslint”)"],
    [{ format: 'reply-coach-rules', version: 2 }, "The pack's version (it is 2) is not one this Reply Coach reads: only version 1"],
    [pack({ colour: 'blue' }), "The pack has a field Reply Coach doesn't know: `colour` (check its spelling)"],
    [pack({ rules: { 'en.blame.should-have': { enabled: 'no' } } }), 'The switch for rule `en.blame.should-have` must be true or false (it is “no”)'],
    [pack({ rules: { 'en.blame.should-have': { severity: 'loud' } } }), 'The severity of rule `en.blame.should-have` must be info, warning or error (it is “loud”)'],
    [pack({ rules: { 'en.blame.should-have': { enable: false } } }), 'The setting for rule `en.blame.should-have` has a field Reply Coach doesn\'t know: `enable` (a rule takes "enabled" and "severity")'],
    [pack({ guidelines: { G12: 'x' } }), 'There is no guideline `G12`: the guidelines are G1 to G11'],
    [pack({ guidelines: { G4: ' ' } }), 'The wording of G4 is empty: write it, or leave G4 out to keep the built-in wording'],
    [pack({ custom: {} }), '"custom" must be a list of rules (it is an object)'],
  ])('%j', (data, text) => {
    expect(explain(data).map((i) => i.text)).toEqual([text]);
  });

  it('never shows a JSON path or the parser\'s "must …" phrasing in the sentence', () => {
    const bad = [
      pack({ custom: [{ ...RULE, id: 'x y' }, { ...RULE, id: 'b', kind: 'glob' }, { ...RULE, id: 'c', category: 'rude' }, { id: 'd' }] }),
      pack({ custom: [{ ...RULE, suggestions: 'one' }, { ...RULE, id: 'b', suggestions: ['1', '2', '3', '4', '5', '6'] }] }),
      pack({ custom: [{ ...RULE, kind: 'regex', flags: 'ii' }, { ...RULE, id: 'b', kind: 'regex', flags: 'g' }, 'rule'] }),
      pack({ custom: [{ ...RULE, pattern: 'x'.repeat(201) }], name: 3, rules: [] }),
    ];
    for (const data of bad) {
      for (const issue of explain(data)) {
        expect(issue.text).not.toMatch(/custom\[\d|rules\[|^must |: must /);
        expect(issue.detail).toMatch(/^(custom|rules|name)\b/);
      }
    }
  });
});

describe('custom domains (sites), numbered from 1', () => {
  const ZAMMAD = { host: 'support.acme.example', site: 'zammad' };
  const second = (entry: unknown) => explain(pack({ sites: [ZAMMAD, entry] }))[0];

  it('a URL instead of a host: names the domain by its host and says what to write, the path only in the detail', () => {
    const issue = second({ host: 'https://desk.acme.example', site: 'chatwoot' });
    expect(issue.text).toBe('Site 2: write the host only, without “https://”, such as `support.example.com`');
    expect(issue.detail).toMatch(/^sites\[1\]\.host: must be the host name only, without "https:\/\/"/);
  });

  it('a port, a path, a wildcard, a name that is no domain', () => {
    expect(second({ host: 'desk.acme.example:8443', site: 'generic' }).text).toBe(
      'Site 2: write the host without a port: Reply Coach coaches https pages on the standard port',
    );
    expect(second({ host: 'desk.acme.example/agent', site: 'generic' }).text).toBe('Site 2: write the host only, without a path, such as `support.example.com`');
    expect(second({ host: '*.acme.example', site: 'generic' }).text).toBe('Site 2: list each domain on its own: a wildcard such as `*.example.com` is not allowed');
    expect(second({ host: 'intranet', site: 'generic' }).text).toBe('Site 2 (intranet): the host (it is “intranet”) is not a domain name such as `support.example.com`');
  });

  it('an unknown definition lists what a domain can run', () => {
    const issue = second({ host: 'Desk.Acme.example', site: 'zamad' });
    expect(issue.text).toMatch(/^Site 2 \(desk\.acme\.example\): the site must be "generic", "zammad", "chatwoot", "freescout", "osticket", .* or "crisp" \(it is “zamad”\)$/);
  });

  it('a missing definition, a missing host, an unknown field', () => {
    expect(second({ host: 'desk.acme.example' }).text).toMatch(/^Site 2 \(desk\.acme\.example\) needs a site: what the domain runs \("generic", "zammad"/);
    expect(second({ site: 'zammad' }).text).toBe('Site 2 needs a host: the helpdesk\'s domain, such as `support.example.com`');
    expect(second({ ...ZAMMAD, host: 'desk.acme.example', runs: 'x' }).text).toBe(
      'Site 2 (desk.acme.example): it has a field Reply Coach doesn\'t know: `runs` (a domain takes "host" and "site")',
    );
  });

  it('the same domain twice, and domains Reply Coach runs on by itself', () => {
    expect(second({ host: 'SUPPORT.acme.example', site: 'chatwoot' }).text).toBe(
      'Site 2 (support.acme.example): the host `support.acme.example` is already listed as site 1: list each domain once',
    );
    expect(second({ host: 'acme.zendesk.com', site: 'zendesk' }).text).toBe(
      'Site 2 (acme.zendesk.com): `acme.zendesk.com` is on Zendesk, which Reply Coach already coaches: leave it out',
    );
    expect(second({ host: 'outlook.office.com', site: 'generic' }).text).toBe(
      'Site 2 (outlook.office.com): `outlook.office.com` is Outlook on the web: turn it on under “Optional sites” on the options page instead',
    );
  });

  it('the list itself: not a list, an entry that is not an object, too many', () => {
    expect(explain(pack({ sites: { 'desk.acme.example': 'zammad' } }))[0].text).toMatch(/^"sites" must be a list of domains such as \[\{"host": "support\.example\.com", "site": "zammad"\}\]/);
    expect(second('desk.acme.example').text).toMatch(/^Site 2: it must be a domain entry such as \{"host": /);
    const many = Array.from({ length: 101 }, (_, i) => ({ host: `d${i}.acme.example`, site: 'generic' }));
    expect(explain(pack({ sites: many }))[0].text).toBe('The pack lists more than 100 domains');
  });
});

describe('warnings', () => {
  it('an unknown built-in id, a custom switch without its rule, a literal asterisk', () => {
    const { warnings } = parseRulePack(
      pack({
        rules: { 'en.blame.retired-rule': { enabled: false }, 'custom:gone': { enabled: false } },
        custom: [{ ...RULE, pattern: 'per my* email' }],
      }),
    );
    const data = { custom: [RULE] };
    expect(warnings.map((w) => explainWarning(w, data).text)).toEqual([
      'Rule 1 (per-my-last): `*` is a wildcard only as a word of its own ("per my * email"); here it matches a literal asterisk',
      "The pack sets `en.blame.retired-rule`, a rule this version of Reply Coach doesn't have (renamed or removed?): that setting is ignored",
      "The pack sets `custom:gone`, but has no custom rule `gone`: that setting is ignored",
    ]);
    expect(explainWarning(warnings[1]).detail).toBe(warnings[1]);
  });
});

describe('next to a field of the custom rule form', () => {
  it('no rule number and no backticks; the page\'s own reasons pass unchanged', () => {
    expect(explainFieldReason('pattern', 'not a valid RE2 regular expression: invalid named capture: `(?<=a)b`')).toBe(
      "The pattern uses a lookbehind (?<=…), which the safe regex engine doesn't support — write it without",
    );
    expect(explainFieldReason('message', 'must not be empty (found "")')).toBe('This rule needs a message: what the agent reads next to the flagged words');
    expect(explainFieldReason('id', 'must use only lower-case letters a–z, digits and "-" (for example "per-my-last") (found "")')).toBe(
      'This rule needs an id, such as per-my-last',
    );
    expect(explainFieldReason('id', 'a custom rule with the id "kindly-note" already exists')).toBe('a custom rule with the id "kindly-note" already exists');
  });
});

describe('parts', () => {
  it('reads JSON paths back into keys', () => {
    expect(parsePath('custom[2].pattern')).toEqual(['custom', 2, 'pattern']);
    expect(parsePath('rules["en.blame.x"].enabled')).toEqual(['rules', 'en.blame.x', 'enabled']);
    expect(parsePath('guidelines.G4')).toEqual(['guidelines', 'G4']);
    expect(parsePath('')).toEqual([]);
  });

  it('an RE2 reason it does not know is passed on, not lost', () => {
    expect(explainRegexError('something new: `x`')).toBe("the pattern isn't a regular expression the safe regex engine (RE2) can read: something new: `x`");
  });

  it('leaves the parser\'s own messages (what the CLI prints) as they were', () => {
    try {
      parseRulePack(pack({ custom: [{ ...RULE, kind: 'regex', pattern: '(?<=a)b' }] }));
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe('custom[0].pattern: not a valid RE2 regular expression: invalid named capture: `(?<=a)b`');
    }
  });
});
