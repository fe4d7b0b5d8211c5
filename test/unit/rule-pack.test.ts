import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/checker/index';
import { BUILTIN_RULE_IDS } from '../../lib/rules/index';
import { DEFAULT_GUIDELINE, PACK_SITE_IDS, packSiteOf, parseRulePack, RulePackError, toRulePack, toSettings } from '../../lib/rules/pack';
import { PICKABLE_SITES } from '../../lib/settings/options-api';

const KNOWN_ID = [...BUILTIN_RULE_IDS][0];

function customRule(over: Record<string, unknown> = {}) {
  return {
    id: 'per-my-last',
    lang: 'en',
    kind: 'phrase',
    pattern: 'per my * email',
    category: 'condescending',
    severity: 'warning',
    message: 'Restate the answer instead of pointing back to an earlier message.',
    ...over,
  };
}

function pack(over: Record<string, unknown> = {}) {
  return { format: 'reply-coach-rules', version: 1, name: 'Harbour Bikes support', ...over };
}

function withoutKey(obj: Record<string, unknown>, key: string) {
  const copy = { ...obj };
  delete copy[key];
  return copy;
}

/** The RulePackError a bad pack throws (fails the test if it does not throw). */
function rejection(input: unknown): RulePackError {
  try {
    parseRulePack(input);
  } catch (e) {
    expect(e).toBeInstanceOf(RulePackError);
    return e as RulePackError;
  }
  throw new Error('expected the pack to be rejected');
}

describe('parseRulePack: valid packs', () => {
  it('accepts the minimal pack and fills in the defaults', () => {
    const { pack: p, warnings } = parseRulePack({ format: 'reply-coach-rules', version: 1 });
    expect(p).toEqual({ format: 'reply-coach-rules', version: 1, rules: {}, custom: [], guidelines: {} });
    expect(warnings).toEqual([]);
  });

  it('accepts the documented example and defaults suggestions and guideline', () => {
    const { pack: p, warnings } = parseRulePack(
      pack({
        rules: { [KNOWN_ID]: { enabled: false } },
        custom: [
          customRule(),
          customRule({ id: 'cheers-mate', category: 'dismissive', pattern: 'no biggie', severity: 'info' }),
          customRule({ id: 'for-the-nth-time', kind: 'regex', pattern: '\\bfor the (second|third) time\\b', category: 'blame', flags: 'im' }),
        ],
        guidelines: { G4: 'Explain as you would to a colleague.' },
      }),
    );
    expect(warnings).toEqual([]);
    expect(p.name).toBe('Harbour Bikes support');
    expect(p.rules).toEqual({ [KNOWN_ID]: { enabled: false } });
    expect(p.custom.map((r) => [r.id, r.guideline, r.suggestions])).toEqual([
      ['per-my-last', 'G4', []],
      ['cheers-mate', 'G2', []],
      ['for-the-nth-time', 'G7', []],
    ]);
    expect(p.custom[2].flags).toBe('im');
    expect(p.custom[0]).not.toHaveProperty('flags');
    expect(p.guidelines).toEqual({ G4: 'Explain as you would to a colleague.' });
  });

  it('gives every category its own default guideline', () => {
    expect(DEFAULT_GUIDELINE).toEqual({
      blame: 'G7',
      defensive: 'G3',
      dismissive: 'G2',
      condescending: 'G4',
      refusal: 'G5',
      policy: 'G6',
      shouting: 'G8',
    });
    for (const [category, guideline] of Object.entries(DEFAULT_GUIDELINE)) {
      const { pack: p } = parseRulePack(pack({ custom: [customRule({ category })] }));
      expect(p.custom[0].guideline).toBe(guideline);
    }
  });

  it('keeps an explicit guideline', () => {
    const { pack: p } = parseRulePack(pack({ custom: [customRule({ category: 'refusal', guideline: 'G11' })] }));
    expect(p.custom[0].guideline).toBe('G11');
  });

  it('reads JSON text, with or without a BOM', () => {
    const json = JSON.stringify(pack({ custom: [customRule()] }));
    expect(parseRulePack(json).pack.custom).toHaveLength(1);
    expect(parseRulePack(`\uFEFF${json}`).pack.custom).toHaveLength(1);
    expect(rejection('{"format": ').message).toMatch(/^not valid JSON/);
  });

  it('only warns about overrides for rule ids it does not know', () => {
    const { pack: p, warnings } = parseRulePack(
      pack({
        rules: { 'en.defensive.renamed-long-ago': { enabled: false }, 'custom:missing': { severity: 'error' }, 'custom:per-my-last': { severity: 'error' } },
        custom: [customRule()],
      }),
    );
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('rules["en.defensive.renamed-long-ago"]');
    expect(warnings[0]).toContain('no built-in rule');
    expect(warnings[1]).toContain('rules["custom:missing"]');
    expect(Object.keys(p.rules)).toHaveLength(3);
  });

  it('accepts a $schema pointer for editors', () => {
    expect(parseRulePack(pack({ $schema: './rule-pack.schema.json' })).pack.$schema).toBe('./rule-pack.schema.json');
  });
});

describe('parseRulePack: rejected packs name the field and the reason', () => {
  const cases: Array<[string, unknown, string, RegExp]> = [
    ['not an object', [1, 2], '', /must be a JSON object/],
    ['wrong format', pack({ format: 'acme-rules' }), 'format', /must be "reply-coach-rules"/],
    ['missing format', { version: 1 }, 'format', /required field is missing/],
    ['wrong version', pack({ version: 2 }), 'version', /must be 1/],
    ['unknown top-level field', pack({ colour: 'blue' }), 'colour', /unknown field/],
    ['unknown field in a custom rule', pack({ custom: [customRule(), customRule({ id: 'b', colour: 'blue' })] }), 'custom[1].colour', /unknown field/],
    ['missing message', pack({ custom: [withoutKey(customRule(), 'message')] }), 'custom[0].message', /required field is missing/],
    ['message set to undefined', pack({ custom: [customRule({ message: undefined })] }), 'custom[0].message', /required field is missing/],
    ['blank message', pack({ custom: [customRule({ message: '   ' })] }), 'custom[0].message', /must not be empty/],
    ['bad id', pack({ custom: [customRule({ id: 'Per My Last' })] }), 'custom[0].id', /lower-case letters.*found "Per My Last"/],
    ['duplicate id', pack({ custom: [customRule(), customRule({ pattern: 'as i said' })] }), 'custom[1].id', /duplicate id "per-my-last".*custom\[0\]/],
    ['unknown category', pack({ custom: [customRule({ category: 'rude' })] }), 'custom[0].category', /must be one of "blame".*found "rude"/],
    ['unknown severity', pack({ custom: [customRule({ severity: 'fatal' })] }), 'custom[0].severity', /"info", "warning", "error"/],
    ['unknown guideline', pack({ custom: [customRule({ guideline: 'G12' })] }), 'custom[0].guideline', /G1.*G11/],
    ['unknown language', pack({ custom: [customRule({ lang: 'de' })] }), 'custom[0].lang', /"en", "fr", "sv", "zh"/],
    ['unknown kind', pack({ custom: [customRule({ kind: 'glob' })] }), 'custom[0].kind', /"phrase" or "regex"/],
    ['flags on a phrase', pack({ custom: [customRule({ flags: 'i' })] }), 'custom[0].flags', /only a "regex" rule/],
    ['flags outside imsu', pack({ custom: [customRule({ kind: 'regex', pattern: 'x', flags: 'ig' })] }), 'custom[0].flags', /"i", "m", "s" and "u"/],
    ['a repeated flag', pack({ custom: [customRule({ kind: 'regex', pattern: 'x', flags: 'ii' })] }), 'custom[0].flags', /repeats a flag/],
    ['suggestions not strings', pack({ custom: [customRule({ suggestions: ['ok', 3] })] }), 'custom[0].suggestions[1]', /must be a string/],
    ['a backreference', pack({ custom: [customRule({ kind: 'regex', pattern: '(again)\\s+\\1' })] }), 'custom[0].pattern', /RE2.*invalid escape sequence/],
    ['a lookbehind', pack({ custom: [customRule({ kind: 'regex', pattern: '(?<=you )forgot' })] }), 'custom[0].pattern', /RE2/],
    ['a lookahead', pack({ custom: [customRule({ kind: 'regex', pattern: 'refund(?! issued)' })] }), 'custom[0].pattern', /RE2.*unsupported Perl syntax/],
    ['broken regex syntax', pack({ custom: [customRule({ kind: 'regex', pattern: '(unclosed' })] }), 'custom[0].pattern', /RE2.*missing closing \)/],
    ['a phrase of wildcards', pack({ custom: [customRule({ pattern: '* *' })] }), 'custom[0].pattern', /at least one word/],
    ['an override with an unknown field', pack({ rules: { [KNOWN_ID]: { enabled: false, muted: true } } }), `rules["${KNOWN_ID}"].muted`, /unknown field/],
    ['an override with a bad severity', pack({ rules: { [KNOWN_ID]: { severity: 'loud' } } }), `rules["${KNOWN_ID}"].severity`, /must be one of/],
    ['an override that is not an object', pack({ rules: { [KNOWN_ID]: false } }), `rules["${KNOWN_ID}"]`, /must be an object/],
    ['an unknown guideline text', pack({ guidelines: { G12: 'Extra' } }), 'guidelines.G12', /unknown field/],
    ['an empty guideline text', pack({ guidelines: { G3: '' } }), 'guidelines.G3', /must not be empty/],
  ];

  it.each(cases)('%s', (_name, input, path, reason) => {
    const error = rejection(input);
    expect(error.path).toBe(path);
    expect(error.reason).toMatch(reason);
    expect(error.message).toContain(path ? `${path}: ` : error.reason);
  });

  it('lists every problem, and the message counts the rest', () => {
    const error = rejection(pack({ version: 3, custom: [customRule({ severity: 'loud', category: 'rude' })] }));
    expect(error.issues.map((i) => i.path)).toEqual(['version', 'custom[0].category', 'custom[0].severity']);
    expect(error.message).toMatch(/^version: .*\(and 2 more problems\)$/);
  });
});

describe('parseRulePack: sites (custom domains and the definition each runs)', () => {
  it('accepts self-hosted, hosted and generic definitions, with the host read in lower case', () => {
    const { pack: p, warnings } = parseRulePack(
      pack({
        sites: [
          { host: 'Support.Acme.example', site: 'zammad' },
          { host: 'help.acme.example', site: 'zendesk' },
          { host: 'desk.acme.example', site: 'generic' },
        ],
      }),
    );
    expect(warnings).toEqual([]);
    expect(p.sites).toEqual([
      { host: 'support.acme.example', site: 'zammad' },
      { host: 'help.acme.example', site: 'zendesk' },
      { host: 'desk.acme.example', site: 'generic' },
    ]);
  });

  it('leaves the field out of a pack that has none, so older packs read back as they were', () => {
    expect(parseRulePack(pack()).pack).not.toHaveProperty('sites');
    expect(parseRulePack(pack({ sites: [] })).pack.sites).toEqual([]);
  });

  it('offers the definitions the options page offers, and "generic"', () => {
    expect(PACK_SITE_IDS).toEqual(['generic', ...PICKABLE_SITES.map((s) => s.id)]);
    expect(PACK_SITE_IDS).toContain('osticket');
    expect(PACK_SITE_IDS).not.toContain('gmail');
  });

  const site = (over: Record<string, unknown>) => pack({ sites: [{ host: 'support.acme.example', site: 'zammad' }, { host: 'desk.acme.example', site: 'chatwoot', ...over }] });
  const cases: Array<[string, unknown, string, RegExp]> = [
    ['a URL instead of a host', site({ host: 'https://desk.acme.example' }), 'sites[1].host', /without "https:\/\/".*found "https:\/\/desk\.acme\.example"/],
    ['a host with a path', site({ host: 'desk.acme.example/agent' }), 'sites[1].host', /without a path/],
    ['a host with a port', site({ host: 'desk.acme.example:8443' }), 'sites[1].host', /without a port/],
    ['a wildcard', site({ host: '*.acme.example' }), 'sites[1].host', /without wildcards/],
    ['not a host name', site({ host: 'acme' }), 'sites[1].host', /must be a host name such as/],
    ['a host that is not text', site({ host: 42 }), 'sites[1].host', /must be a string/],
    ['an unknown definition', site({ site: 'zamad' }), 'sites[1].site', /must be one of "generic", "zammad".*found "zamad"/],
    ['an optional site as a definition', site({ site: 'gmail' }), 'sites[1].site', /must be one of/],
    ['a missing definition', pack({ sites: [{ host: 'desk.acme.example' }] }), 'sites[0].site', /required field is missing/],
    ['an unknown field', site({ runs: 'zammad' }), 'sites[1].runs', /unknown field/],
    ['an entry that is a string', pack({ sites: ['desk.acme.example'] }), 'sites[0]', /must be an object/],
    ['sites that are not a list', pack({ sites: { 'desk.acme.example': 'zammad' } }), 'sites', /must be an array of \{ "host", "site" \} entries/],
    ['the same host twice', site({ host: 'SUPPORT.acme.example' }), 'sites[1].host', /duplicate host "support\.acme\.example" \(already in sites\[0\]\)/],
    ['a hosted helpdesk\'s own domain', site({ host: 'acme.zendesk.com' }), 'sites[1].host', /"acme\.zendesk\.com" is on Zendesk, which Reply Coach already runs on/],
    ['an optional site\'s host', site({ host: 'mail.google.com' }), 'sites[1].host', /"mail\.google\.com" is Gmail, an optional site/],
  ];

  it.each(cases)('rejects %s', (_name, input, path, reason) => {
    const error = rejection(input);
    expect(error.path).toBe(path);
    expect(error.reason).toMatch(reason);
  });

  it('rejects more than 100 domains', () => {
    const sites = Array.from({ length: 101 }, (_, i) => ({ host: `desk${i}.acme.example`, site: 'generic' }));
    expect(rejection(pack({ sites })).message).toMatch(/^sites: must hold at most 100 domains/);
    expect(parseRulePack(pack({ sites: sites.slice(0, 100) })).pack.sites).toHaveLength(100);
  });

  it('does not change what the checker flags', () => {
    const text = 'As I said before, the parcel left the depot today.';
    const { pack: p } = parseRulePack(pack({ sites: [{ host: 'desk.acme.example', site: 'zammad' }] }));
    expect(toSettings(p)).toEqual(toSettings(parseRulePack(pack()).pack));
    expect(check(text, { lang: 'en', settings: toSettings(p) }).findings.length).toBe(check(text, { lang: 'en' }).findings.length);
  });

  it('turns stored domains into entries, leaving out what a pack cannot hold', () => {
    expect(packSiteOf('desk.acme.example', 'freescout')).toEqual({ host: 'desk.acme.example', site: 'freescout' });
    expect(packSiteOf('desk.acme.example', undefined)).toEqual({ host: 'desk.acme.example', site: 'generic' });
    expect(packSiteOf('desk.acme.example', 'retired-helpdesk')).toEqual({ host: 'desk.acme.example', site: 'generic' });
    expect(packSiteOf('acme.zendesk.com', 'zendesk')).toBeNull();
    expect(packSiteOf('not a host', 'zammad')).toBeNull();
  });
});

describe('toSettings and toRulePack', () => {
  it('turns a pack into the settings check() applies', () => {
    const { pack: p } = parseRulePack(
      pack({
        rules: { 'custom:trust-me': { severity: 'error' } },
        custom: [customRule({ id: 'trust-me', pattern: 'trust me on * one', category: 'dismissive', severity: 'info' })],
      }),
    );
    const settings = toSettings(p);
    expect(settings.custom?.[0]).toMatchObject({ id: 'trust-me', guideline: 'G2', suggestions: [] });
    const report = check('The parcel left the depot today, trust me on this one.', { lang: 'en', settings });
    expect(report.findings.find((f) => f.ruleId === 'custom:trust-me')?.severity).toBe('error');
  });

  it('copies, so editing the settings does not change the pack', () => {
    const { pack: p } = parseRulePack(pack({ custom: [customRule({ suggestions: ['To recap,'] })] }));
    const settings = toSettings(p);
    settings.custom![0].suggestions!.push('changed');
    expect(p.custom[0].suggestions).toEqual(['To recap,']);
  });

  it('round-trips settings through an exported pack', () => {
    const { pack: original } = parseRulePack(
      pack({ rules: { [KNOWN_ID]: { severity: 'info' } }, custom: [customRule({ kind: 'regex', pattern: 'obviously', flags: '' })], guidelines: { G8: 'Calm words.' } }),
    );
    const exported = toRulePack(toSettings(original), original.name);
    expect(exported).not.toHaveProperty('sites');
    expect(parseRulePack(JSON.parse(JSON.stringify(exported))).pack).toEqual(original);
  });

  it('round-trips custom domains through an exported pack', () => {
    const sites = [{ host: 'desk.acme.example', site: 'osticket' }, { host: 'help.acme.example', site: 'generic' }];
    const { pack: original } = parseRulePack(pack({ sites }));
    const exported = toRulePack(toSettings(original), original.name, original.sites);
    expect(exported.sites).toEqual(sites);
    expect(parseRulePack(JSON.parse(JSON.stringify(exported))).pack).toEqual(original);
  });
});

describe('rule-pack.schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../lib/rules/rule-pack.schema.json', import.meta.url), 'utf8'));

  it('documents the same fields the parser accepts', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'custom', 'format', 'guidelines', 'name', 'rules', 'sites', 'version']);
    expect(schema.required).toEqual(['format', 'version']);
    const custom = schema.$defs.customRule;
    expect(custom.required.sort()).toEqual(['category', 'id', 'kind', 'lang', 'message', 'pattern', 'severity']);
    expect(Object.keys(custom.properties).sort()).toEqual(
      ['category', 'flags', 'guideline', 'id', 'kind', 'lang', 'message', 'pattern', 'severity', 'suggestions'].sort(),
    );
    expect(schema.$defs.category.enum).toEqual(Object.keys(DEFAULT_GUIDELINE));
  });

  it('has an example that the parser accepts', () => {
    for (const example of schema.examples) expect(() => parseRulePack(example)).not.toThrow();
  });

  it('uses a flags pattern that agrees with the parser', () => {
    const re = new RegExp(schema.$defs.customRule.properties.flags.pattern);
    for (const ok of ['', 'i', 'ims', 'usmi']) expect(re.test(ok), ok).toBe(true);
    for (const bad of ['ii', 'g', 'iy', 'imsi']) expect(re.test(bad), bad).toBe(false);
  });
});

describe('pack limits', () => {
  const rule = (i: number, extra: Record<string, unknown> = {}) => ({ id: `r-${i}`, lang: 'en', kind: 'phrase', pattern: `thing number ${i}`, category: 'policy', severity: 'warning', message: 'A rule for the limits test.', ...extra });
  const base = { format: 'reply-coach-rules', version: 1 };

  it('rejects more than 500 custom rules, a pattern over 200 characters and more than 5 suggestions, naming the field', () => {
    expect(() => parseRulePack({ ...base, custom: Array.from({ length: 501 }, (_, i) => rule(i)) })).toThrow(/custom.*at most 500 rules/);
    expect(() => parseRulePack({ ...base, custom: [rule(1, { pattern: 'x'.repeat(201) })] })).toThrow(/custom\[0\]\.pattern.*at most 200 characters/);
    expect(() => parseRulePack({ ...base, custom: [rule(1, { suggestions: ['a', 'b', 'c', 'd', 'e', 'f'] })] })).toThrow(/suggestions.*at most 5/);
    expect(parseRulePack({ ...base, custom: Array.from({ length: 500 }, (_, i) => rule(i)) }).pack.custom).toHaveLength(500);
  });

  it('rejects a pack file over 256 KB before parsing it', () => {
    const big = JSON.stringify({ ...base, name: 'x'.repeat(300 * 1024) });
    expect(() => parseRulePack(big)).toThrow(/at most 256 KB/);
  });

  it('checks a reply with a 500-rule pack in well under a second the first time', async () => {
    const { check, clearCache } = await import('../../lib/checker');
    const settings = { custom: parseRulePack({ ...base, custom: Array.from({ length: 500 }, (_, i) => rule(i)) }).pack.custom };
    clearCache();
    const t0 = performance.now();
    const r = check('Hi Ana, thing number 42 applies here, and the refund is on its way.', { settings });
    const ms = performance.now() - t0;
    expect(r.findings.some((f) => f.ruleId === 'custom:r-42')).toBe(true);
    // A blow-up guard only (the issue's 100 ms budget is for the benchmark, not a timed test).
    expect(ms).toBeLessThan(2000);
  });
});
