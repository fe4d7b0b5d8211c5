/**
 * A helpdesk frame's settings come from the background (lib/page/remote-settings.ts, answered by
 * lib/background/settings-requests.ts): the frame sees what the settings module gives, gets the
 * new settings after a change, and the card's Turn off, Undo and Ignore everywhere change
 * storage exactly as the settings module would — and refuse what the policy locks.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerSettingsRequest, type SettingsRequest } from '../../lib/background/settings-requests';
import type { ToBackground } from '../../lib/messages';
import { checkToBackground } from '../../lib/messages-schema';
import { allowPhraseRemotely, disableRuleRemotely, subscribeRemoteSettings } from '../../lib/page/remote-settings';
import { getEffectiveSettings, setRuleSeverity, type EffectiveSettings } from '../../lib/settings';
import { FALLBACK_SETTINGS } from '../../lib/page/extension';

const RULE = 'en.defensive.not-our-fault';
const FINDING = { ruleId: RULE, category: 'defensive' as const, text: 'Not  our fault' };

/** The background as a frame reaches it: messages checked like the real ones, then answered. */
const runtime = {
  sent: [] as ToBackground[],
  async sendMessage(message: ToBackground) {
    const checked = checkToBackground(message);
    if (!checked.ok) throw new Error(checked.error);
    this.sent.push(message);
    return answerSettingsRequest(checked.message as SettingsRequest);
  },
};
const settled = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => {
  fakeBrowser.reset();
  runtime.sent = [];
});

describe('the settings a frame sees', () => {
  it('are the settings in force, and again after a change (several keys written together: one read)', async () => {
    const seen: EffectiveSettings[] = [];
    const stop = subscribeRemoteSettings(runtime, fakeBrowser.storage.onChanged, (s) => seen.push(s), FALLBACK_SETTINGS);
    await settled();
    // The UI language comes resolved: 'auto' (no setting) is the browser's, here en-US.
    expect(seen).toEqual([{ ...(await getEffectiveSettings()), uiLocale: 'en' }]);
    await setRuleSeverity(RULE, 'error');
    await settled();
    expect(seen.at(-1)!.rules[RULE]).toEqual({ severity: 'error' });
    expect(runtime.sent.filter((m) => m.type === 'settings:get').length).toBeLessThanOrEqual(3);
    stop();
    await setRuleSeverity(RULE, 'info');
    await settled();
    expect(seen.at(-1)!.rules[RULE]).toEqual({ severity: 'error' });
  });

  it('carry the chosen UI language, or the browser’s for automatic, so a frame never reads navigator', async () => {
    const answer = (await answerSettingsRequest({ type: 'settings:get' })) as EffectiveSettings;
    expect(answer.uiLocale).toBe('en');
    await fakeBrowser.storage.local.set({ uiLocale: 'sv' });
    expect(((await answerSettingsRequest({ type: 'settings:get' })) as EffectiveSettings).uiLocale).toBe('sv');
    vi.stubGlobal('navigator', { languages: ['fr-CH', 'en'] });
    try {
      await fakeBrowser.storage.local.set({ uiLocale: 'auto' });
      expect(((await answerSettingsRequest({ type: 'settings:get' })) as EffectiveSettings).uiLocale).toBe('fr');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('fall back to the built-in rules when the background answers nothing usable', async () => {
    const seen: EffectiveSettings[] = [];
    subscribeRemoteSettings({ sendMessage: async () => undefined }, fakeBrowser.storage.onChanged, (s) => seen.push(s), FALLBACK_SETTINGS);
    await settled();
    expect(seen).toEqual([FALLBACK_SETTINGS]);
  });
});

describe('changes a frame asks for', () => {
  it('Turn off, then Undo, puts the rule back exactly as it was', async () => {
    await setRuleSeverity(RULE, 'error');
    const undo = await disableRuleRemotely(runtime, RULE);
    expect((await getEffectiveSettings()).rules[RULE]).toEqual({ severity: 'error', enabled: false });
    await undo();
    expect((await getEffectiveSettings()).rules[RULE]).toEqual({ severity: 'error' });
  });

  it('Ignore everywhere adds the rule and the normalized words to the allow list', async () => {
    const entry = await allowPhraseRemotely(runtime, FINDING);
    expect(entry).toEqual({ rule: RULE, words: 'not our fault' });
    expect((await getEffectiveSettings()).allowList).toEqual([entry]);
  });

  it('refuses both for a rule the policy locks, as a SettingsLockedError the card explains', async () => {
    await fakeBrowser.storage.managed.set({ rulePack: { format: 'reply-coach-rules', version: 1, rules: { [RULE]: { enabled: true } } } });
    await expect(disableRuleRemotely(runtime, RULE)).rejects.toMatchObject({ name: 'SettingsLockedError' });
    await expect(allowPhraseRemotely(runtime, FINDING)).rejects.toMatchObject({ name: 'SettingsLockedError' });
    expect((await getEffectiveSettings()).rules[RULE]).toEqual({ enabled: true });
  });
});
