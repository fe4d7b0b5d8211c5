/**
 * The settings as a helpdesk frame gets them: from the background, which reads storage and the
 * managed policy and validates the policy's rule pack (lib/settings). The pack parser, the
 * built-in rules and the safe-regex engine then stay out of the page; a storage change (ours, or
 * the policy's) only tells the frame to ask again.
 */
import type { RuleOverride } from '../checker/types';
import type { EffectiveSettings } from '../settings';
import type { AllowableFinding, AllowEntry } from '../settings/allow-list';
import type { ToBackground } from '../messages';

export interface SettingsRuntime {
  sendMessage(message: ToBackground): Promise<unknown>;
}

export interface StorageChanges {
  addListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
  removeListener(cb: (changes: Record<string, unknown>, area: string) => void): void;
}

/** Thrown when the policy locks the rule (card-actions.ts tells the agent it stays on). */
class SettingsLockedError extends Error {
  override name = 'SettingsLockedError';
}

/** Is `value` the background's EffectiveSettings (the fields the page reads)? */
function isSettings(value: unknown): value is EffectiveSettings {
  const s = value as EffectiveSettings | null;
  return !!s && typeof s === 'object' && typeof s.rules === 'object' && Array.isArray(s.disabledSites) && Array.isArray(s.custom) && typeof s.locked === 'object';
}

/**
 * Calls `cb` with the settings once read, then after every change to them (several keys written
 * together make one read). Answers that arrive out of order are dropped. Returns unsubscribe.
 */
export function subscribeRemoteSettings(
  runtime: SettingsRuntime,
  changes: StorageChanges,
  cb: (settings: EffectiveSettings) => void,
  fallback: EffectiveSettings,
): () => void {
  let on = true;
  let asked = 0;
  let scheduled = false;
  const ask = () => {
    const mine = ++asked;
    runtime.sendMessage({ type: 'settings:get' }).then(
      (s) => on && mine === asked && cb(isSettings(s) ? s : fallback),
      () => on && mine === asked && cb(fallback),
    );
  };
  const onChanged = (_changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' && area !== 'managed' && area !== 'sync') return;
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      if (on) ask();
    });
  };
  changes.addListener(onChanged);
  ask();
  return () => {
    on = false;
    changes.removeListener(onChanged);
  };
}

type Answer = { ok?: boolean; locked?: boolean; before?: RuleOverride; entry?: AllowEntry } | undefined;

/** The background's answer to a settings change, or what it refused (locked by the policy, or not saved). */
async function change(runtime: SettingsRuntime, message: ToBackground, what: string): Promise<NonNullable<Answer>> {
  const answer = (await runtime.sendMessage(message)) as Answer;
  if (answer?.ok) return answer;
  if (answer?.locked) throw new SettingsLockedError(what);
  throw new Error('The setting could not be saved.');
}

/**
 * Turns a rule off for the agent, through the background (which knows what the policy locks);
 * resolves to the Undo, which puts the rule's override back exactly as it was.
 */
export async function disableRuleRemotely(runtime: SettingsRuntime, ruleId: string): Promise<() => Promise<void>> {
  const { before = {} } = await change(runtime, { type: 'settings:disable-rule', ruleId }, `Rule ${ruleId}`);
  return async () => {
    await change(runtime, { type: 'settings:restore-rule', ruleId, before }, `Rule ${ruleId}`);
  };
}

/** "Ignore everywhere", through the background: the rule and the flagged words go on the agent's allow list. */
export async function allowPhraseRemotely(runtime: SettingsRuntime, finding: AllowableFinding): Promise<AllowEntry> {
  const { ruleId, category, text } = finding;
  const { entry } = await change(runtime, { type: 'settings:allow-phrase', finding: { ruleId, category, text } }, `Rule ${ruleId}`);
  if (!entry) throw new Error('The setting could not be saved.');
  return entry;
}
