/** Marks a setting the administrator's policy pack owns, and names the pack that set it. */
import { t } from '../lib/i18n';
import { UNNAMED_POLICY } from '../lib/settings';

export function OptionsLockBadge({ by }: { by?: string }) {
  // A pack without a name is named by the settings in English: say it in the UI's words.
  const text = t('options.lockBadge', { pack: by === undefined || by === UNNAMED_POLICY ? t('options.lockBadgeUnnamed') : by });
  return (
    <span class="rc-lock" title={text} data-rc-locked-by={by ?? ''}>
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
        <rect x="3" y="7" width="10" height="7.5" rx="1.6" fill="currentColor" />
        <path d="M5.3 7V5.2a2.7 2.7 0 0 1 5.4 0V7" fill="none" stroke="currentColor" stroke-width="1.6" />
      </svg>
      {text}
    </span>
  );
}
