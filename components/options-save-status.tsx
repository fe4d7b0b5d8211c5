/** The page-wide "Saved" indicator. One polite live region, so every save is announced once. */
import { t } from '../lib/i18n';

export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; message?: string }
  | { state: 'error'; message: string };

export function OptionsSaveStatus({ status }: { status: SaveState }) {
  const text =
    status.state === 'saving'
      ? t('options.saving')
      : status.state === 'saved'
        ? (status.message ?? t('options.saved'))
        : status.state === 'error'
          ? status.message
          : '';
  return (
    <p class={`rc-status rc-status--${status.state}`} role="status" aria-live="polite">
      {status.state === 'saved' ? (
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
      ) : null}
      <span>{text}</span>
    </p>
  );
}
