import { t, tParts } from '../lib/i18n';
import { OptionsSaveStatus, type SaveState } from './options-save-status';
import { ReplyCoachLogo } from './reply-coach-logo';

/** The page's sections in order; each link's words are `options.nav.<id>`. */
export const OPTIONS_SECTIONS = ['try', 'rules', 'custom', 'guidelines', 'ignored', 'sites', 'pack', 'language'] as const;

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
          <h1 class="rc-top__title">{t('options.title')}</h1>
          <OptionsSaveStatus status={status} />
          {/* The extension's practice page (entrypoints/try): a sample ticket with a plain and a rich editor. */}
          <a class="rc-top__try" href="/try.html" target="_blank" rel="noopener">
            {t('options.try')}
          </a>
        </div>
        <nav class="rc-nav" aria-label={t('options.sections')}>
          {OPTIONS_SECTIONS.map((id) => (
            <a key={id} href={`#${id}`} class="rc-nav__link">
              {t(`options.nav.${id}`)}
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
                {t('options.managed', { pack: packName ?? t('options.unnamedPack') })}
              </p>
            </div>
          ) : null}
          {managedError ? (
            <div class="rc-banner rc-banner--error" role="alert" data-rc-policy-error="">
              <p>
                {tParts(lockedBy ? 'options.policyErrorNamed' : 'options.policyError', { pack: lockedBy ?? '', error: <code>{managedError}</code> })}
              </p>
            </div>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
