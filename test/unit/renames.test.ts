/**
 * Renamed built-in rules (lib/rules/renames.json): the old id in a team pack, the managed policy or
 * local storage applies to the current id. The shipped file is empty or close to it, so these tests
 * replace it with a map of made-up old ids onto real rules; the shipped file is checked from disk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { check } from '../../lib/checker/index';
import { BUILTIN_RULE_IDS, builtinRules } from '../../lib/rules/index';
import { parseRulePack, toSettings } from '../../lib/rules/pack';
import { applyRenames, finalRuleId, resolveRenames, RULE_RENAMES } from '../../lib/rules/renames';
import { exportRulePack, getEffectiveSettings, importRulePack, setRuleEnabled } from '../../lib/settings';

vi.mock('../../lib/rules/renames.json', async () => {
  const { EN } = await import('../../lib/rules/en');
  const [a, b] = EN.rules.map((r) => r.id);
  // old-a → a; oldest-b → old-b → b (a chain).
  return { default: { 'en.test.old-a': a, 'en.test.oldest-b': 'en.test.old-b', 'en.test.old-b': b } };
});

const NEW_A = RULE_RENAMES['en.test.old-a'];
const NEW_B = RULE_RENAMES['en.test.old-b'];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('applyRenames', () => {
  const renames = { 'en.old': 'en.new', 'en.a': 'en.b', 'en.b': 'en.c' };

  it('moves an old id to its current id and leaves the rest alone', () => {
    const rules = { 'en.old': { enabled: false }, 'en.other': { severity: 'error' }, 'custom:mine': { enabled: false } };
    expect(applyRenames(rules, renames)).toEqual({
      rules: { 'en.new': { enabled: false }, 'en.other': { severity: 'error' }, 'custom:mine': { enabled: false } },
      renamed: [{ from: 'en.old', to: 'en.new' }],
      shadowed: [],
    });
    expect(rules).toHaveProperty(['en.old']);
  });

  it('follows chains to the final id', () => {
    expect(applyRenames({ 'en.a': 1 }, renames).rules).toEqual({ 'en.c': 1 });
    expect(finalRuleId('en.a', renames)).toBe('en.c');
    expect(resolveRenames(renames)).toEqual({ 'en.old': 'en.new', 'en.a': 'en.c', 'en.b': 'en.c' });
  });

  it('keeps the current id’s entry over an old one, in either order', () => {
    for (const rules of [{ 'en.old': 'old', 'en.new': 'new' }, { 'en.new': 'new', 'en.old': 'old' }]) {
      expect(applyRenames(rules, renames)).toEqual({ rules: { 'en.new': 'new' }, renamed: [], shadowed: [{ from: 'en.old', to: 'en.new' }] });
    }
  });

  it('along a chain, the id fewest renames away wins', () => {
    expect(applyRenames({ 'en.a': 'a', 'en.b': 'b' }, renames)).toMatchObject({ rules: { 'en.c': 'b' }, shadowed: [{ from: 'en.a', to: 'en.c' }] });
  });

  it('refuses a cycle', () => {
    expect(() => applyRenames({ 'en.x': 1 }, { 'en.x': 'en.y', 'en.y': 'en.x' })).toThrow('rule renames form a cycle: en.x → en.y → en.x');
    expect(() => resolveRenames({ 'en.a': 'en.b', 'en.b': 'en.c', 'en.c': 'en.a' })).toThrow(/cycle/);
    expect(() => resolveRenames({ 'en.self': 'en.self' })).toThrow(/cycle/);
    // An id outside the cycle that never reaches it is fine.
    expect(applyRenames({ 'en.z': 1 }, { 'en.x': 'en.y', 'en.y': 'en.x' }).rules).toEqual({ 'en.z': 1 });
  });
});

describe('the injected renames.json', () => {
  it('maps made-up old ids onto real rules, chains resolved', () => {
    expect(BUILTIN_RULE_IDS.has(NEW_A)).toBe(true);
    expect(BUILTIN_RULE_IDS.has(NEW_B)).toBe(true);
    expect(RULE_RENAMES['en.test.oldest-b']).toBe(NEW_B);
  });
});

describe('rule packs', () => {
  const pack = (rules: Record<string, unknown>) => ({ format: 'reply-coach-rules', version: 1, rules });

  it('an old id disables the renamed rule, without an unknown-id warning', () => {
    const { pack: p, warnings } = parseRulePack(pack({ 'en.test.old-a': { enabled: false }, 'en.test.oldest-b': { severity: 'info' } }));
    expect(p.rules).toEqual({ [NEW_A]: { enabled: false }, [NEW_B]: { severity: 'info' } });
    expect(warnings).toEqual([]);

    const example = builtinRules('en').find((r) => r.id === NEW_A)!.examples.flag[0];
    const ids = (settings?: ReturnType<typeof toSettings>) => check(example, { lang: 'en', settings }).findings.map((f) => f.ruleId);
    expect(ids()).toContain(NEW_A);
    expect(ids(toSettings(p))).not.toContain(NEW_A);
  });

  it('when the old and the new id are both set, the new one wins and a warning says so', () => {
    const { pack: p, warnings } = parseRulePack(pack({ 'en.test.old-a': { enabled: false }, [NEW_A]: { severity: 'error' } }));
    expect(p.rules).toEqual({ [NEW_A]: { severity: 'error' } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('rules["en.test.old-a"]');
    expect(warnings[0]).toContain(`"${NEW_A}"`);
  });
});

describe('settings', () => {
  it('overrides stored under an old id load under the current id; the current id’s own wins', async () => {
    await fakeBrowser.storage.local.set({
      rules: { 'en.test.old-a': { enabled: false }, 'en.test.oldest-b': { enabled: false }, [NEW_B]: { severity: 'error' } },
    });
    expect((await getEffectiveSettings()).rules).toEqual({ [NEW_A]: { enabled: false }, [NEW_B]: { severity: 'error' } });
    expect((await exportRulePack()).rules).toEqual({ [NEW_A]: { enabled: false }, [NEW_B]: { severity: 'error' } });
  });

  it('the next change to the rules saves them under the current ids', async () => {
    await fakeBrowser.storage.local.set({ rules: { 'en.test.old-a': { severity: 'info' } } });
    await setRuleEnabled(NEW_A, false);
    expect((await fakeBrowser.storage.local.get('rules')).rules).toEqual({ [NEW_A]: { severity: 'info', enabled: false } });
  });

  it('an imported pack is saved under the current ids', async () => {
    const { warnings } = await importRulePack({ format: 'reply-coach-rules', version: 1, rules: { 'en.test.old-a': { enabled: false } } });
    expect(warnings).toEqual([]);
    expect((await fakeBrowser.storage.local.get('rules')).rules).toEqual({ [NEW_A]: { enabled: false } });
  });

  it('the managed policy’s old ids lock and set the current ids', async () => {
    await fakeBrowser.storage.managed.set({ rulePack: { format: 'reply-coach-rules', version: 1, rules: { 'en.test.old-b': { enabled: false } } } });
    const s = await getEffectiveSettings();
    expect(s.managed).toBe(true);
    expect(s.rules).toEqual({ [NEW_B]: { enabled: false } });
    expect(s.locked.rules).toEqual([NEW_B]);
    await expect(setRuleEnabled(NEW_B, true)).rejects.toThrow(/policy/);
  });
});

describe('the shipped renames.json', () => {
  const shipped = JSON.parse(readFileSync(join(__dirname, '../../lib/rules/renames.json'), 'utf8')) as Record<string, unknown>;

  it('maps old ids that are no longer rules onto built-in rule ids (directly or through a chain), without cycles', () => {
    for (const [from, to] of Object.entries(shipped)) {
      expect(typeof to, from).toBe('string');
      expect(BUILTIN_RULE_IDS.has(from), `${from} is still a built-in rule id`).toBe(false);
    }
    const resolved = resolveRenames(shipped as Record<string, string>);
    for (const [from, to] of Object.entries(resolved)) expect(BUILTIN_RULE_IDS.has(to), `${from} → ${to} is not a built-in rule id`).toBe(true);
  });

  it('a cycle in it fails when the module loads', async () => {
    vi.resetModules();
    vi.doMock('../../lib/rules/renames.json', () => ({ default: { 'en.x': 'en.y', 'en.y': 'en.x' } }));
    try {
      await expect(import('../../lib/rules/renames')).rejects.toThrow(/rule renames form a cycle/);
    } finally {
      vi.doUnmock('../../lib/rules/renames.json');
      vi.resetModules();
    }
  });
});
