/**
 * The settings as a helpdesk frame gets them: from the background, which reads storage and the
 * managed policy and validates the policy's rule pack (lib/settings). The pack parser, the
 * built-in rules and the safe-regex engine then stay out of the page; a storage change (ours, or
 * the policy's) only tells the frame to ask again.
 */
import type { EffectiveSettings } from '../settings';
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

/** Turns a rule off for the agent, through the background (which knows what the policy locks). */
export async function disableRuleRemotely(runtime: SettingsRuntime, ruleId: string): Promise<void> {
  const answer = (await runtime.sendMessage({ type: 'settings:disable-rule', ruleId })) as { ok?: boolean; locked?: boolean } | undefined;
  if (answer?.ok) return;
  if (answer?.locked) throw new SettingsLockedError(`Rule ${ruleId}`);
  throw new Error('The setting could not be saved.');
}
