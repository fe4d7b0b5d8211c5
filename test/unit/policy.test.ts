/**
 * Team policy that stays locked (issue 10): a managed rule pack locks its own custom rules and
 * model findings like its built-in overrides, and a malformed one fails closed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as settingsApi from '../../lib/settings';
import {
  getEffectiveSettings,
  importRulePack,
  setCustomRules,
  setGuidelineText,
  setRuleEnabled,
  setRuleSeverity,
  setSiteEnabled,
  SettingsLockedError,
} from '../../lib/settings';
import { getCustomDomains, watchCustomDomains } from '../../lib/settings';
import { removeCustomDomain, saveCustomRule, setDomainSite, setPackName } from '../../lib/settings/options-api';
import { domainSiteOf } from '../../lib/settings/domain-sites';
import { CUSTOM_SCRIPT_ID, wantedScripts } from '../../lib/background/registered-scripts';
import { BUILTIN_RULE_IDS, builtinRules } from '../../lib/rules';
import { check } from '../../lib/checker';
import { GUIDELINE_IDS, type CustomRule } from '../../lib/checker/types';

const MODEL_IDS = builtinRules('en')
  .map((r) => r.id)
  .filter((id) => id.startsWith('en.model.'));
const [RULE_A, RULE_B] = [...BUILTIN_RULE_IDS].filter((id) => !id.startsWith('en.model.'));

const POLICY_RULE = {
  id: 'per-our-terms',
  lang: 'en',
  kind: 'phrase',
  pattern: 'per our terms',
  category: 'policy',
  severity: 'error',
  message: 'Quote the reason behind the terms, not the terms.',
} as const;

const POLICY = {
  format: 'reply-coach-rules',
  version: 1,
  name: 'Acme policy',
  rules: { [RULE_A]: { severity: 'error' } },
  custom: [POLICY_RULE],
};

/** Schema-valid for Chrome, refused by Reply Coach: RE2 has no backreferences. */
const MALFORMED = {
  ...POLICY,
  custom: [{ ...POLICY_RULE, id: 'bad-regex', kind: 'regex', pattern: '(sorry)\\s+\\1' }],
};

const LOCAL_PACK = {
  format: 'reply-coach-rules',
  version: 1,
  name: 'My own rules',
  rules: { [RULE_B]: { enabled: false }, 'custom:kindly-note': { severity: 'error' } },
  custom: [
    {
      id: 'kindly-note',
      lang: 'en',
      kind: 'phrase',
      pattern: 'kindly note',
      category: 'condescending',
      severity: 'warning',
      message: 'Sounds stern; say the point directly.',
    },
  ],
  guidelines: { G4: 'Explain it plainly, once.' },
};

async function snapshot() {
  return structuredClone(await fakeBrowser.storage.local.get(null));
}

const REPLY = 'Per our terms, kindly note that refunds take 14 days.';
const ruleIds = (s: Awaited<ReturnType<typeof getEffectiveSettings>>) => check(REPLY, { lang: 'en', settings: s }).findings.map((f) => f.ruleId);

beforeEach(() => {
  fakeBrowser.reset();
});

describe("a valid policy locks its own custom rules", () => {
  it('locks custom:<id> for every custom rule of the policy pack, like its built-in overrides', async () => {
    await fakeBrowser.storage.managed.set({ rulePack: POLICY });
    const s = await getEffectiveSettings();
    expect(s.locked.rules).toContain(RULE_A);
    expect(s.locked.rules).toContain('custom:per-our-terms');

    const before = await snapshot();
    await expect(setRuleEnabled('custom:per-our-terms', false)).rejects.toBeInstanceOf(SettingsLockedError);
    await expect(setRuleSeverity('custom:per-our-terms', 'info')).rejects.toBeInstanceOf(SettingsLockedError);
    expect(await snapshot()).toEqual(before);
    expect(ruleIds(await getEffectiveSettings())).toContain('custom:per-our-terms');
  });

  it("ignores an override the agent saved for the policy's custom rule before the policy arrived", async () => {
    await setRuleEnabled('custom:per-our-terms', false);
    await fakeBrowser.storage.managed.set({ rulePack: POLICY });
    const s = await getEffectiveSettings();
    expect(s.rules['custom:per-our-terms']).toBeUndefined();
    expect(ruleIds(s)).toContain('custom:per-our-terms');
  });

  it('locks model findings the policy sets (en.model.<category>) like any rule', async () => {
    expect(MODEL_IDS.length).toBeGreaterThan(0);
    const model = MODEL_IDS[0];
    await fakeBrowser.storage.managed.set({ rulePack: { ...POLICY, rules: { [model]: { severity: 'error' } } } });
    expect((await getEffectiveSettings()).locked.rules).toContain(model);
    await expect(setRuleEnabled(model, false)).rejects.toBeInstanceOf(SettingsLockedError);
  });

  it('names the pack that set the locks', async () => {
    await fakeBrowser.storage.managed.set({ rulePack: POLICY });
    const s = await getEffectiveSettings();
    expect(s.lockedBy).toBe('Acme policy');
    expect(settingsApi.isRuleLocked(s, 'custom:per-our-terms')).toBe(true);
    expect(settingsApi.isRuleLocked(s, RULE_A)).toBe(true);
    expect(settingsApi.isRuleLocked(s, RULE_B)).toBe(false);
    const { name: _n, ...unnamed } = POLICY;
    await fakeBrowser.storage.managed.set({ rulePack: unnamed });
    expect((await getEffectiveSettings()).lockedBy).toBe(settingsApi.UNNAMED_POLICY);
  });

  it('locks nothing without a policy', async () => {
    const s = await getEffectiveSettings();
    expect(s.lockedBy).toBeUndefined();
    expect(settingsApi.isRuleLocked(s, RULE_A)).toBe(false);
  });
});

describe('a malformed policy fails closed', () => {
  it('built-in rules at their defaults and locked, model findings included; the own settings kept but not applied', async () => {
    await importRulePack(LOCAL_PACK);
    await fakeBrowser.storage.managed.set({ rulePack: MALFORMED });
    const stored = await snapshot();
    const s = await getEffectiveSettings();

    expect(s.managedError).toMatch(/custom\[0\]\.pattern/);
    expect(s.rules).toEqual({});
    expect(s.custom).toEqual([]);
    expect(s.guidelines).toEqual({});
    expect(s.locked.all).toBe(true);
    for (const id of [...BUILTIN_RULE_IDS, ...MODEL_IDS]) expect(s.locked.rules).toContain(id);
    expect(s.locked.guidelines).toEqual([...GUIDELINE_IDS]);
    expect(s.lockedBy).toBe('Acme policy');
    expect(settingsApi.isRuleLocked(s, RULE_B)).toBe(true);
    expect(settingsApi.isRuleLocked(s, 'custom:kindly-note')).toBe(true);
    // Nothing of the agent's own applies: the custom rule does not fire, RULE_B is not off.
    expect(ruleIds(s)).not.toContain('custom:kindly-note');
    // ...but nothing was deleted either.
    expect(await snapshot()).toEqual(stored);

    // Once the policy is removed, the agent's own settings are back.
    await fakeBrowser.storage.managed.remove('rulePack');
    const back = await getEffectiveSettings();
    expect(back.rules[RULE_B]).toEqual({ enabled: false });
    expect(back.custom.map((r) => r.id)).toEqual(['kindly-note']);
    expect(back.guidelines.G4).toBe('Explain it plainly, once.');
  });

  it('refuses every change of the rules while it lasts (the options page is read-only)', async () => {
    await importRulePack(LOCAL_PACK);
    await fakeBrowser.storage.managed.set({ rulePack: MALFORMED });
    const before = await snapshot();
    const attempts: Array<[string, () => Promise<unknown>]> = [
      ['setRuleEnabled built-in', () => setRuleEnabled(RULE_B, true)],
      ['setRuleEnabled model', () => setRuleEnabled(MODEL_IDS[0], false)],
      ['setRuleEnabled custom', () => setRuleEnabled('custom:kindly-note', false)],
      ['setRuleSeverity', () => setRuleSeverity(RULE_A, 'info')],
      ['setCustomRules', () => setCustomRules([])],
      ['saveCustomRule', () => saveCustomRule({ ...(LOCAL_PACK.custom[0] as CustomRule), id: 'another' })],
      ['setGuidelineText', () => setGuidelineText('G2', 'Mine')],
      ['importRulePack', () => importRulePack({ format: 'reply-coach-rules', version: 1 })],
      ['setPackName', () => setPackName('Renamed')],
    ];
    const accepted: string[] = [];
    for (const [name, run] of attempts) {
      try {
        await run();
        accepted.push(name);
      } catch {
        // refused, as it must be
      }
    }
    expect(accepted).toEqual([]);
    expect(await snapshot()).toEqual(before);
    // Sites are not part of a rule pack: they stay the agent's (as with a valid policy).
    await setSiteEnabled('acme.zendesk.com', false);
  });

  it('a policy that is not even JSON fails closed too, with the reason', async () => {
    await fakeBrowser.storage.managed.set({ rulePack: '{"format": "reply-coach-rules", ' });
    const s = await getEffectiveSettings();
    expect(s.managedError).toMatch(/managed policy "rulePack": /);
    expect(s.locked.all).toBe(true);
    expect(s.lockedBy).toBe(settingsApi.UNNAMED_POLICY);
  });
});

describe("a policy's custom domains (sites)", () => {
  const SITES_POLICY = {
    ...POLICY,
    sites: [
      { host: 'support.acme.example', site: 'zammad' },
      { host: 'desk.acme.example', site: 'generic' },
    ],
  };
  const granted = (hosts: string[]) => ({
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => hosts.some((h) => o === `https://${h}/*`)),
  });

  it('lists them with the agent\'s own domains, locked, with the definition each runs', async () => {
    await fakeBrowser.storage.local.set({ customDomains: ['help.own.example'], customDomainSites: { 'help.own.example': 'freescout' } });
    await fakeBrowser.storage.managed.set({ rulePack: SITES_POLICY });
    const s = await getEffectiveSettings();
    expect(s.customDomains).toEqual(['desk.acme.example', 'help.own.example', 'support.acme.example']);
    expect(s.locked.sites).toEqual({ 'support.acme.example': 'zammad', 'desk.acme.example': 'generic' });
    expect(await getCustomDomains()).toEqual(s.customDomains);
  });

  it('cannot be removed or re-pointed from the options page; the agent\'s own domains still can', async () => {
    await fakeBrowser.storage.local.set({ customDomains: ['help.own.example'] });
    await fakeBrowser.storage.managed.set({ rulePack: SITES_POLICY });
    const before = await snapshot();
    await expect(removeCustomDomain('support.acme.example')).rejects.toBeInstanceOf(SettingsLockedError);
    await expect(setDomainSite('Support.Acme.example', 'chatwoot')).rejects.toThrow(/support\.acme\.example is set by your organization \(Acme policy\)/);
    expect(await snapshot()).toEqual(before);
    await setDomainSite('help.own.example', 'osticket');
    expect((await fakeBrowser.storage.local.get('customDomainSites')).customDomainSites).toEqual({ 'help.own.example': 'osticket' });
  });

  it("run the policy's definition on the page, over the agent's own pick for the same domain", async () => {
    await fakeBrowser.storage.local.set({ customDomainSites: { 'support.acme.example': 'chatwoot', 'desk.acme.example': 'freescout' } });
    expect(await domainSiteOf('support.acme.example')).toBe('chatwoot');
    await fakeBrowser.storage.managed.set({ rulePack: SITES_POLICY });
    expect(await domainSiteOf('support.acme.example')).toBe('zammad');
    // "generic" is a pick too: the policy's generic detection wins over the agent's FreeScout.
    expect(await domainSiteOf('desk.acme.example')).toBe('generic');
    // A policy carried as JSON text (a Windows registry string) reads the same.
    await fakeBrowser.storage.managed.set({ rulePack: JSON.stringify(SITES_POLICY) });
    expect(await domainSiteOf('support.acme.example')).toBe('zammad');
  });

  it('get the content script registered on the granted ones, and a policy change is noticed', async () => {
    await fakeBrowser.storage.managed.set({ rulePack: SITES_POLICY });
    const wanted = await wantedScripts(await getCustomDomains(), granted(['support.acme.example']));
    expect(wanted.get(CUSTOM_SCRIPT_ID)).toEqual(['https://support.acme.example/*']);

    let calls = 0;
    const stop = watchCustomDomains(() => calls++);
    await fakeBrowser.storage.managed.set({ rulePack: { ...SITES_POLICY, sites: [] } });
    await new Promise((r) => setTimeout(r, 0));
    stop();
    expect(calls).toBeGreaterThan(0);
    expect(await wantedScripts(await getCustomDomains(), granted(['support.acme.example']))).toEqual(
      new Map([...wanted].map(([id, m]) => [id, id === CUSTOM_SCRIPT_ID ? [] : m])),
    );
  });

  it('a malformed policy applies none of its domains (fail closed)', async () => {
    await fakeBrowser.storage.local.set({ customDomains: ['help.own.example'] });
    await fakeBrowser.storage.managed.set({ rulePack: { ...MALFORMED, sites: SITES_POLICY.sites } });
    const s = await getEffectiveSettings();
    expect(s.managedError).toBeDefined();
    expect(s.customDomains).toEqual(['help.own.example']);
    expect(s.locked.sites).toBeUndefined();
    expect(await wantedScripts(await getCustomDomains(), granted(['support.acme.example', 'help.own.example']))).toContainEqual([
      CUSTOM_SCRIPT_ID,
      ['https://help.own.example/*'],
    ]);
  });
});
