/**
 * The options page's list of phrases the agent chose to "Ignore everywhere" from the in-page
 * card: each with its rule, removable (the coach flags it again at once, in every open tab).
 * Personal: these stay on this computer and are never part of an exported rule pack.
 */
import type { AllowEntry } from '../lib/settings/allow-list';
import { allowKey } from '../lib/settings/allow-list';
import { t } from '../lib/i18n';

export interface OptionsAllowListProps {
  entries: readonly AllowEntry[];
  /** How a rule is named on this page (a built-in rule by its message). */
  ruleLabel(ruleId: string): string;
  /** Rules the organization's policy sets: their entries hide nothing. */
  lockedRules: readonly string[];
  /** Every rule is locked (a policy that cannot be read). */
  allLocked: boolean;
  onRemove(entry: AllowEntry): void;
}

export function OptionsAllowList({ entries, ruleLabel, lockedRules, allLocked, onRemove }: OptionsAllowListProps) {
  if (!entries.length) {
    return (
      <div class="rc-card rc-subsection">
        <p class="rc-empty rc-empty--inline" data-rc-allow-empty="">
          {t('allow.empty')}
        </p>
      </div>
    );
  }
  return (
    <div class="rc-card rc-subsection">
      <ul class="rc-hosts" aria-label={t('allow.list')}>
        {entries.map((e) => {
          const locked = allLocked || lockedRules.includes(e.rule);
          return (
            <li key={allowKey(e)} class="rc-host" data-rc-allow-entry={e.rule}>
              <div class="rc-setting__text">
                <p class="rc-setting__title" data-rc-allow-words="">
                  {t('allow.words', { words: e.words })}
                </p>
                <p class="rc-setting__hint">
                  {ruleLabel(e.rule)}
                  {locked ? t('allow.locked') : ''}
                </p>
              </div>
              <button
                type="button"
                class="rc-button rc-button--small rc-button--danger"
                data-rc-allow-remove=""
                aria-label={t('allow.removeAria', { words: e.words })}
                onClick={() => onRemove(e)}
              >
                {t('allow.remove')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
