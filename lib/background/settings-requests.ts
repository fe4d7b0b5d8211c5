/**
 * A frame's settings requests, answered by the background (lib/page/remote-settings.ts is the
 * frame's side): the settings in force, and the card's Turn off, its Undo and Ignore everywhere.
 * The background reads and validates the managed policy, so a frame never loads the rule-pack
 * parser; a change the policy forbids is answered `{ ok: false, locked: true }`.
 */
import { resolveLocale } from '../i18n/locales';
import type { ToBackground } from '../messages';
import { allowPhrase, getEffectiveSettings, restoreRule, turnRuleOff } from '../settings';

export type SettingsRequest = Extract<ToBackground, { type: `settings:${string}` }>;

export function answerSettingsRequest(msg: SettingsRequest): Promise<unknown> {
  switch (msg.type) {
    case 'settings:get':
      // 'auto' comes resolved from the browser's languages here, so a frame never reads its
      // navigator (the first read in a content script's world builds that whole interface there).
      return getEffectiveSettings().then((s) => ({ ...s, uiLocale: s.uiLocale ?? resolveLocale('auto') }));
    case 'settings:disable-rule':
      return answerLocked(turnRuleOff(msg.ruleId).then((undo) => ({ ok: true, before: undo.before })));
    case 'settings:restore-rule':
      return answerLocked(restoreRule(msg.ruleId, msg.before).then(() => ({ ok: true })));
    case 'settings:allow-phrase':
      return answerLocked(allowPhrase(msg.finding).then((entry) => ({ ok: true, entry })));
  }
}

/** A change's answer, or `{ ok: false, locked }` when it failed (locked: the policy sets it). */
function answerLocked<T extends object>(change: Promise<T>): Promise<T | { ok: false; locked: boolean }> {
  return change.catch((e: Error) => ({ ok: false as const, locked: e?.name === 'SettingsLockedError' }));
}
