/** What the card's buttons do: apply or copy a rewrite, ignore the finding here, turn its rule off. */
import type { ApplyResult } from '../messages';
import { applySuggestion } from './apply-fix';
import type { Card, CardButtons } from './card';

const REFUSED: Record<NonNullable<ApplyResult['reason']>, string> = {
  stale: 'The reply changed since this check, so nothing was replaced. Checked again.',
  refused: 'The editor did not accept the change; your text is untouched. Copy the rewrite instead.',
  'read-only': 'This editor cannot be changed safely from here: copy the rewrite instead.',
  composing: 'Finish the character you are composing, then apply.',
};

export interface CardActionsOptions {
  card: Card;
  copy(text: string): Promise<boolean>;
  /** Turns the rule off everywhere (rejects with a SettingsLockedError when policy locks it). */
  disableRule(ruleId: string): Promise<void>;
  /** The rule is off: check every box again without it. */
  ruleOff(ruleId: string): void;
}

export function cardActions({ card, copy, disableRule, ruleOff }: CardActionsOptions): CardButtons {
  return {
    async apply(i) {
      const f = card.finding();
      const box = card.current?.box;
      if (!f || !box) return;
      card.update(box, { busy: true, status: 'Applying…' });
      const result = await applySuggestion(box, f, i);
      if (result.ok) {
        card.close(false);
        box.run();
        return;
      }
      card.update(box, { busy: false, status: REFUSED[result.reason ?? 'refused'] });
      if (result.reason === 'stale') box.run();
    },

    async copy(i) {
      const f = card.finding();
      const box = card.current?.box;
      if (!f || !box) return;
      const ok = await copy(f.fixes?.[i]?.sentence ?? f.suggestions[i]);
      const over = f.fixes?.[i] ? 'the sentence' : 'the underlined words';
      card.update(box, { status: ok ? `Copied. Paste it over ${over}.` : 'Copying was blocked: select the rewrite and copy it by hand.' });
    },

    ignore() {
      const open = card.current;
      if (!open || !card.finding()) return;
      open.box.ignore(open.key);
      card.close(true);
      open.box.run();
    },

    async disableRule() {
      const f = card.finding();
      const box = card.current?.box;
      if (!f || !box) return;
      card.update(box, { busy: true });
      try {
        await disableRule(f.ruleId);
        card.close(true);
        ruleOff(f.ruleId);
      } catch (e) {
        card.update(box, {
          busy: false,
          status:
            (e as Error)?.name === 'SettingsLockedError'
              ? "Your organization's policy sets this rule, so it stays on."
              : 'Could not save the setting. Try again from the Reply Coach popup.',
        });
      }
    },
  };
}
