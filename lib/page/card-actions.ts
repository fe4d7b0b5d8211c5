/**
 * What the card's buttons do: apply or copy a rewrite, ignore the finding here or everywhere,
 * turn its rule off (and undo that for a few seconds).
 */
import type { Finding } from '../checker/types';
import { t } from '../i18n/page';
import type { ApplyResult } from '../messages';
import type { AllowEntry } from '../settings/allow-list';
import { applySuggestion } from './apply-fix';
import { editByHand, removesSentence } from './removal';
import type { Card, CardButtons } from './card';

/**
 * Why Apply changed nothing, in the status line. A removal has no rewrite to copy, so an editor
 * that refused it (or cannot be edited) gets "delete it by hand" instead.
 */
const refused = (reason: NonNullable<ApplyResult['reason']>, removal: boolean) =>
  removal && editByHand(reason) ? t('card.refused.removal') : t(`card.refused.${reason}`);

/** How long the status offers Undo after "Turn off". */
export const UNDO_MS = 6000;

/** Why a setting was not saved, in the status line; `from`: where the agent can try again. */
const notSaved = (e: unknown, from: 'options' | 'popup') =>
  (e as Error)?.name === 'SettingsLockedError' ? t('card.lockedRule') : t(from === 'options' ? 'card.notSavedOptions' : 'card.notSavedPopup');

export interface CardActionsOptions {
  card: Card;
  copy(text: string): Promise<boolean>;
  /** Turns the rule off everywhere (rejects with a SettingsLockedError when policy locks it); resolves to its Undo. */
  disableRule(ruleId: string): Promise<() => Promise<void>>;
  /** The rule is off: check every box again without it. */
  ruleOff(ruleId: string): void;
  /** Adds the finding's phrase to the agent's allow list (rejects as disableRule does). */
  allowPhrase(finding: Finding): Promise<AllowEntry>;
  /** The phrase is allowed: check every box again without it. */
  phraseAllowed(entry: AllowEntry): void;
}

export function cardActions({ card, copy, disableRule, ruleOff, allowPhrase, phraseAllowed }: CardActionsOptions): CardButtons {
  return {
    async apply(i) {
      const f = card.finding();
      const box = card.current?.box;
      if (!f || !box) return;
      card.update(box, { busy: true, status: t('card.applying') });
      const result = await applySuggestion(box, f, i);
      if (result.ok) {
        card.close(false);
        box.run();
        return;
      }
      card.update(box, { busy: false, status: refused(result.reason ?? 'refused', removesSentence(f, i)) });
      if (result.reason === 'stale') box.run();
    },

    async copy(i) {
      const f = card.finding();
      const box = card.current?.box;
      if (!f || !box) return;
      const ok = await copy(f.fixes?.[i]?.sentence ?? f.suggestions[i]);
      const copied = f.fixes?.[i] ? t('card.copiedSentence') : t('card.copiedWords');
      card.update(box, { status: ok ? copied : t('card.copyBlocked') });
    },

    ignore() {
      const open = card.current;
      if (!open || !card.finding()) return;
      open.box.ignore(open.key);
      card.close(true);
      open.box.run();
    },

    async ignoreEverywhere() {
      const f = card.finding();
      const box = card.current?.box;
      if (!f || !box) return;
      card.update(box, { busy: true });
      try {
        const entry = await allowPhrase(f);
        card.close(true);
        phraseAllowed(entry);
      } catch (e) {
        card.update(box, { busy: false, status: notSaved(e, 'options') });
      }
    },

    async disableRule() {
      const f = card.finding();
      const box = card.current?.box;
      if (!f || !box) return;
      card.update(box, { busy: true });
      try {
        const undo = await disableRule(f.ruleId);
        // The card stays where it was, offering Undo, while the rule's findings go.
        card.hold(box, t('card.turnedOff'), undo, UNDO_MS);
        ruleOff(f.ruleId);
      } catch (e) {
        card.update(box, { busy: false, status: notSaved(e, 'popup') });
      }
    },

    async undo() {
      const open = card.current;
      if (!open?.held) return;
      card.update(open.box, { busy: true });
      try {
        await open.held.undo();
        // The settings change re-checks every box: the finding comes back.
        card.close(true);
      } catch {
        card.update(open.box, { busy: false, status: t('card.undoFailed') });
      }
    },
  };
}
