import { OptionsSaveStatus, type SaveState } from './options-save-status';

export const OPTIONS_SECTIONS = [
  { id: 'rules', label: 'Built-in rules' },
  { id: 'custom', label: 'Custom rules' },
  { id: 'guidelines', label: 'Guidelines' },
  { id: 'sites', label: 'Sites' },
  { id: 'pack', label: 'Import & export' },
] as const;

export interface OptionsHeaderProps {
  status: SaveState;
  managed: boolean;
  /** The policy pack's name (when managed). */
  packName: string | null;
  /** Why the administrator's pack was ignored, if it was. */
  managedError?: string;
  /** Who set the locks (the policy pack's name). */
  lockedBy?: string;
}

/** Title, section links, the save status, and the administrator banner when a policy pack is in force. */
export function OptionsHeader({ status, managed, packName, managedError, lockedBy }: OptionsHeaderProps) {
  return (
    <>
      <header class="rc-top">
        <div class="rc-top__bar">
          <svg class="rc-logo" viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
            <rect x="1" y="2" width="22" height="17" rx="5" fill="currentColor" />
            <path d="M7 19l-1 4 5-4z" fill="currentColor" />
            <path d="M7.5 10.8l2.6 2.6 6.4-6.4" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
          <h1 class="rc-top__title">Reply Coach — team rules</h1>
          <OptionsSaveStatus status={status} />
        </div>
        <nav class="rc-nav" aria-label="Sections">
          {OPTIONS_SECTIONS.map((s) => (
            <a key={s.id} href={`#${s.id}`} class="rc-nav__link">
              {s.label}
            </a>
          ))}
        </nav>
      </header>
      {managed || managedError ? (
        <div class="rc-banners">
          {managed ? (
            <div class="rc-banner rc-banner--managed" role="note">
              <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true">
                <path d="M8 1l5.5 2v4.3c0 3.3-2.3 6.2-5.5 7.2-3.2-1-5.5-3.9-5.5-7.2V3z" fill="currentColor" />
              </svg>
              <p>
                Your administrator manages these rules ({packName ?? 'unnamed pack'}). Locked settings can't be changed here.
              </p>
            </div>
          ) : null}
          {managedError ? (
            <div class="rc-banner rc-banner--error" role="alert" data-rc-policy-error="">
              <p>
                Your organization's rule pack{lockedBy ? ` (${lockedBy})` : ''} could not be read: <code>{managedError}</code>.
                Until your administrator fixes it, the built-in rules run at their defaults and are locked, and this page is
                read-only. Your own settings are kept but not applied.
              </p>
            </div>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
