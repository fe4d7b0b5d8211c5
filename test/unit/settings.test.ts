import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  exportRulePack,
  turnRuleOff,
  getEffectiveSettings,
  importRulePack,
  isSiteEnabled,
  normalizeHost,
  resetRule,
  setCustomRules,
  setGuidelineText,
  setRuleEnabled,
  setRuleSeverity,
  setSiteEnabled,
  SettingsLockedError,
  watchSettings,
} from '../../lib/settings';
import { ALL_ITEMS, defineSetting, KEYS, MIGRATIONS, VERSIONS } from '../../lib/settings/items';
import { parseRulePack, RulePackError } from '../../lib/rules/pack';
import { BUILTIN_RULE_IDS } from '../../lib/rules';

const [RULE_A, RULE_B, RULE_C] = [...BUILTIN_RULE_IDS];

const GOOD_PACK = {
  format: 'reply-coach-rules',
  version: 1,
  name: 'Acme support tone',
  rules: { [RULE_A]: { enabled: false }, [RULE_B]: { severity: 'error' } },
  custom: [
    {
      id: 'per-my-last',
      lang: 'en',
      kind: 'phrase',
      pattern: 'per my last email',
      category: 'condescending',
      severity: 'warning',
      message: 'Points back at an earlier message; restate the answer instead.',
      suggestions: ['To recap'],
    },
  ],
  guidelines: { G4: 'Teach the way you would want to be taught.' },
};

/** Everything in local storage, to prove a failed operation changed nothing. */
async function snapshot() {
  return structuredClone(await fakeBrowser.storage.local.get(null));
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('defaults', () => {
  it('an empty profile gives the defaults and nothing is written by reading', async () => {
    const s = await getEffectiveSettings();
    expect(s).toEqual({
      rules: {},
      custom: [],
      guidelines: {},
      disabledSites: [],
      customDomains: [],
      coachInternalNotes: false,
      managed: false,
      packName: null,
      locked: { rules: [], custom: [], guidelines: [] },
      allowList: [],
    });
    expect(await snapshot()).toEqual({});
    expect(await isSiteEnabled('acme.zendesk.com')).toBe(true);
  });

  it('every key is a versioned item with a migration table', () => {
    expect(ALL_ITEMS.map((i) => i.key).sort()).toEqual(Object.values(KEYS).sort());
    for (const key of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
      expect(VERSIONS[key]).toBeGreaterThanOrEqual(1);
      expect(MIGRATIONS[key]).toBeTypeOf('object');
    }
  });

  it('reads defensively: junk left in storage does not break the settings', async () => {
    await fakeBrowser.storage.local.set({
      rules: { [RULE_A]: { enabled: 'no', severity: 'loud' }, [RULE_B]: 7, [RULE_C]: { enabled: false } },
      disabledSites: ['a.example', 3, ''],
      coachInternalNotes: 'yes',
    });
    const s = await getEffectiveSettings();
    expect(s.rules).toEqual({ [RULE_A]: {}, [RULE_C]: { enabled: false } });
    expect(s.disabledSites).toEqual(['a.example']);
    expect(s.coachInternalNotes).toBe(false);
  });
});

describe('migrations', () => {
  it('a stored v1 value is migrated to a newer version through defineSetting, and the version recorded', async () => {
    // What a future schema change looks like: rules stored as a list of disabled ids (v1)
    // become the id → override record (v2).
    await fakeBrowser.storage.local.set({ 'legacyRules': ['en.x.a', 'en.x.b'], 'legacyRules$': { v: 1 } });
    const migrate = vi.fn((old: string[]) => Object.fromEntries(old.map((id) => [id, { enabled: false }])));
    const item = defineSetting<Record<string, { enabled?: boolean }>>('local:legacyRules', {}, 2, { 2: migrate });
    expect(await item.getValue()).toEqual({ 'en.x.a': { enabled: false }, 'en.x.b': { enabled: false } });
    expect(migrate).toHaveBeenCalledTimes(1);
    expect(await item.getMeta()).toEqual({ v: 2 });

    // Already at v2: defining it again (a new extension context) does not migrate twice.
    const again = vi.fn((x: unknown) => x);
    const item2 = defineSetting<Record<string, unknown>>('local:legacyRules', {}, 2, { 2: again });
    expect(await item2.getValue()).toEqual({ 'en.x.a': { enabled: false }, 'en.x.b': { enabled: false } });
    expect(again).not.toHaveBeenCalled();
  });

  it('a value written without version metadata counts as v1 and is migrated', async () => {
    await fakeBrowser.storage.local.set({ legacySites: 'A.example, b.example' });
    const item = defineSetting<string[]>('local:legacySites', [], 2, {
      2: (old: string) => old.split(',').map((h) => h.trim().toLowerCase()),
    });
    expect(await item.getValue()).toEqual(['a.example', 'b.example']);
  });

  it('a pack import records the current schema version next to each value', async () => {
    await importRulePack(GOOD_PACK);
    const raw = await snapshot();
    expect(raw['rules$']).toEqual({ v: VERSIONS.rules });
    expect(raw['custom$']).toEqual({ v: VERSIONS.custom });
  });
});

describe('rules', () => {
  it('toggle and severity round-trip through storage and export', async () => {
    await setRuleEnabled(RULE_A, false);
    expect((await getEffectiveSettings()).rules[RULE_A]).toEqual({ enabled: false });

    await setRuleSeverity(RULE_A, 'error');
    expect((await getEffectiveSettings()).rules[RULE_A]).toEqual({ enabled: false, severity: 'error' });
    expect((await exportRulePack()).rules[RULE_A]).toEqual({ enabled: false, severity: 'error' });

    await setRuleEnabled(RULE_A, true);
    await setRuleSeverity(RULE_A, null);
    expect((await getEffectiveSettings()).rules[RULE_A]).toEqual({ enabled: true });

    await resetRule(RULE_A);
    expect((await getEffectiveSettings()).rules).toEqual({});
  });

  it('the card’s Turn off and its Undo put back exactly what was saved', async () => {
    await setRuleSeverity(RULE_A, 'error');
    const before = await snapshot();
    const undo = await turnRuleOff(RULE_A);
    expect((await getEffectiveSettings()).rules[RULE_A]).toEqual({ severity: 'error', enabled: false });
    await undo();
    expect(await snapshot()).toEqual(before);

    // A rule with no override of its own has none again after Undo.
    const undoB = await turnRuleOff(RULE_B);
    expect((await getEffectiveSettings()).rules[RULE_B]).toEqual({ enabled: false });
    await undoB();
    expect(await snapshot()).toEqual(before);
  });

  it('rejects an unknown severity without writing', async () => {
    await expect(setRuleSeverity(RULE_A, 'loud' as never)).rejects.toThrow(/severity/);
    expect(await snapshot()).toEqual({});
  });

  it('custom rules and guideline wording are validated like a pack', async () => {
    await setCustomRules(GOOD_PACK.custom as never);
    expect((await getEffectiveSettings()).custom[0]).toMatchObject({ id: 'per-my-last', guideline: 'G4', suggestions: ['To recap'] });

    const before = await snapshot();
    await expect(
      setCustomRules([{ ...GOOD_PACK.custom[0], kind: 'regex', pattern: '(?<=a)b' } as never]),
    ).rejects.toThrow(/custom\[0\]\.pattern/);
    expect(await snapshot()).toEqual(before);

    await setGuidelineText('G2', '  Name the impact.  ');
    expect((await getEffectiveSettings()).guidelines).toEqual({ G2: 'Name the impact.' });
    await setGuidelineText('G2', null);
    expect((await getEffectiveSettings()).guidelines).toEqual({});
  });
});

describe('sites', () => {
  it('turns a host off and on, whatever case or port it is written with', async () => {
    await setSiteEnabled('Acme.Zendesk.com', false);
    expect(await isSiteEnabled('acme.zendesk.com')).toBe(false);
    expect(await isSiteEnabled('acme.zendesk.com:443')).toBe(false);
    expect(await isSiteEnabled('other.zendesk.com')).toBe(true);
    expect((await getEffectiveSettings()).disabledSites).toEqual(['acme.zendesk.com']);

    await setSiteEnabled('acme.zendesk.com.', true);
    expect(await isSiteEnabled('acme.zendesk.com')).toBe(true);
    expect(normalizeHost('[::1]:8080')).toBe('[::1]');
  });
});

describe('rule pack import and export', () => {
  it('imports a pack, reports warnings, and exports it back equal', async () => {
    const { warnings, name } = await importRulePack(
      JSON.stringify({ ...GOOD_PACK, rules: { ...GOOD_PACK.rules, 'en.gone.renamed-rule': { enabled: false } } }),
    );
    expect(name).toBe('Acme support tone');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('en.gone.renamed-rule');

    const exported = await exportRulePack();
    const reparsed = parseRulePack(JSON.parse(JSON.stringify(exported))).pack;
    expect(reparsed.name).toBe('Acme support tone');
    expect(reparsed.rules).toMatchObject(GOOD_PACK.rules);
    expect(reparsed.custom.map((r) => r.id)).toEqual(['per-my-last']);
    expect(reparsed.guidelines).toEqual(GOOD_PACK.guidelines);
  });

  it('a bad pack is rejected with the field path and nothing saved is lost', async () => {
    await importRulePack(GOOD_PACK);
    await setSiteEnabled('acme.zendesk.com', false);
    await setRuleSeverity(RULE_C, 'info');
    const before = await snapshot();

    const bad = structuredClone(GOOD_PACK) as any;
    bad.name = 'Replacement';
    bad.rules = {};
    bad.custom.push({ ...bad.custom[0], id: 'second', kind: 'regex', pattern: 'a(b' });
    const err = await importRulePack(bad).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(RulePackError);
    expect((err as RulePackError).path).toBe('custom[1].pattern');
    expect((err as RulePackError).message).toMatch(/^custom\[1\]\.pattern: /);
    expect(await snapshot()).toEqual(before);

    await expect(importRulePack({ ...GOOD_PACK, colour: 'blue' })).rejects.toThrow(/colour: unknown field/);
    await expect(importRulePack({ ...GOOD_PACK, version: 2 })).rejects.toThrow(/^version: /);
    await expect(importRulePack('{"format": "reply-coach-rules",')).rejects.toThrow(/not valid JSON/);
    expect(await snapshot()).toEqual(before);
    expect((await getEffectiveSettings()).packName).toBe('Acme support tone');
  });

  it('stores rule data and host names only, under the known keys', async () => {
    await importRulePack(GOOD_PACK);
    await setSiteEnabled('acme.zendesk.com', false);
    await setRuleEnabled(RULE_C, false);
    const known = new Set(Object.values(KEYS).flatMap((k) => [k.slice('local:'.length), `${k.slice('local:'.length)}$`]));
    expect(Object.keys(await snapshot()).filter((k) => !known.has(k))).toEqual([]);
  });
});

describe('managed policy', () => {
  const MANAGED = {
    format: 'reply-coach-rules',
    version: 1,
    name: 'Acme policy',
    rules: { [RULE_A]: { severity: 'error' } },
    custom: [{ ...GOOD_PACK.custom[0], message: 'Policy wording of the message.' }],
    guidelines: { G4: 'Policy wording of G4.' },
  };

  it('wins over local settings and locks what it sets', async () => {
    await importRulePack(GOOD_PACK); // local: RULE_A disabled, RULE_B error, per-my-last, G4
    await setRuleEnabled(RULE_C, false);
    await fakeBrowser.storage.managed.set({ rulePack: MANAGED });

    const s = await getEffectiveSettings();
    expect(s.managed).toBe(true);
    expect(s.packName).toBe('Acme policy');
    // The locked rule takes the policy's override as a whole (the local "disabled" is ignored).
    expect(s.rules[RULE_A]).toEqual({ severity: 'error' });
    expect(s.rules[RULE_B]).toEqual({ severity: 'error' });
    expect(s.rules[RULE_C]).toEqual({ enabled: false });
    expect(s.custom).toHaveLength(1);
    expect(s.custom[0].message).toBe('Policy wording of the message.');
    expect(s.guidelines.G4).toBe('Policy wording of G4.');
    // The policy's own custom rule is locked like its built-in overrides (issue 10).
    expect(s.locked).toEqual({ rules: [RULE_A, 'custom:per-my-last'], custom: ['per-my-last'], guidelines: ['G4'] });
    expect(s.lockedBy).toBe('Acme policy');

    const before = await snapshot();
    await expect(setRuleEnabled(RULE_A, true)).rejects.toBeInstanceOf(SettingsLockedError);
    await expect(setRuleSeverity(RULE_A, 'info')).rejects.toBeInstanceOf(SettingsLockedError);
    await expect(setGuidelineText('G4', 'Mine')).rejects.toBeInstanceOf(SettingsLockedError);
    expect(await snapshot()).toEqual(before);

    // Unlocked rules stay the agent's to change.
    await setRuleEnabled(RULE_C, true);
    expect((await getEffectiveSettings()).rules[RULE_C]).toEqual({ enabled: true });
  });

  it('accepts the pack as JSON text too', async () => {
    await fakeBrowser.storage.managed.set({ rulePack: JSON.stringify(MANAGED) });
    expect((await getEffectiveSettings()).managed).toBe(true);
  });

  it('an invalid policy pack fails closed (defaults, locked) and the reason is reported', async () => {
    await setRuleEnabled(RULE_A, false);
    await fakeBrowser.storage.managed.set({ rulePack: { ...MANAGED, custom: [{ ...MANAGED.custom[0], category: 'rude' }] } });
    const s = await getEffectiveSettings();
    expect(s.managed).toBe(false);
    expect(s.managedError).toMatch(/custom\[0\]\.category/);
    expect(s.rules[RULE_A]).toBeUndefined();
    expect(s.locked.all).toBe(true);
    await expect(setRuleEnabled(RULE_A, true)).rejects.toBeInstanceOf(SettingsLockedError);
    // The agent's own value is kept for when the policy is fixed.
    expect((await fakeBrowser.storage.local.get('rules')).rules).toEqual({ [RULE_A]: { enabled: false } });
  });

  it('survives a browser where storage.managed throws (Firefox without a policy)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    const s = await getEffectiveSettings();
    expect(s.managed).toBe(false);
    expect(s.managedError).toBeUndefined();
  });
});

describe('watchSettings', () => {
  it('calls back once per batch of changes, for local and managed changes, until stopped', async () => {
    const seen: Array<{ packName: string | null; managed: boolean }> = [];
    const stop = watchSettings((s) => seen.push({ packName: s.packName, managed: s.managed }));

    await importRulePack(GOOD_PACK); // four keys in one write
    await vi.waitFor(() => expect(seen).toEqual([{ packName: 'Acme support tone', managed: false }]));

    await fakeBrowser.storage.managed.set({ rulePack: { format: 'reply-coach-rules', version: 1, name: 'Policy' } });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ packName: 'Policy', managed: true }));

    stop();
    const count = seen.length;
    await setSiteEnabled('acme.zendesk.com', false);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(count);
  });
});
