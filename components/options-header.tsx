import { OptionsSaveStatus, type SaveState } from './options-save-status';
import { ReplyCoachLogo } from './reply-coach-logo';

export const OPTIONS_SECTIONS = [
  { id: 'try', label: 'Try your rules' },
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
          <ReplyCoachLogo />
          <h1 class="rc-top__title">Reply Coach — team rules</h1>
          <OptionsSaveStatus status={status} />
          {/* The extension's practice page (entrypoints/try): a sample ticket with a plain and a rich editor. */}
          <a class="rc-top__try" href="/try.html" target="_blank" rel="noopener">
            Try Reply Coach
          </a>
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
