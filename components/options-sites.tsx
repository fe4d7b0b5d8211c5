import { useEffect, useState } from 'preact/hooks';
import type { OptionalSiteState } from '../lib/settings/optional-sites';
import type { AddDomainResult } from '../lib/settings/options-api';
import type { SiteDef } from '../lib/sites';
import { OptionsLockBadge } from './options-lock-badge';
import { t } from '../lib/i18n';
import { OptionsSwitch } from './options-switch';

export interface OptionsSitesProps {
  disabledSites: string[];
  customDomains: string[];
  /** Gmail, Outlook, `*.atlassian.net`: on when the browser granted their hosts. */
  optionalSites: OptionalSiteState[];
  coachInternalNotes: boolean;
  onEnableSite: (host: string) => void;
  onInternalNotes: (on: boolean) => void;
  /** Must ask the browser for the permission before its first await (the click's user gesture). */
  onAddDomain: (input: string) => Promise<AddDomainResult>;
  onRemoveDomain: (host: string) => void;
  /** Must ask the browser for the permission before its first await, like onAddDomain. */
  onOptionalSite: (site: SiteDef, on: boolean) => void;
  /** The site definition each custom domain runs (host → id); absent: generic detection. */
  domainSites: Record<string, string>;
  /** The definitions a custom domain can run. */
  pickableSites: readonly SiteDef[];
  onDomainSite: (host: string, id: string | null) => void;
  /** Domains the policy pack sets, host → definition id ("generic" included): shown locked, never removable here. */
  lockedSites?: Record<string, string>;
  lockedBy?: string;
  /** Whether the browser lets the coach read each domain; false: a pack or the policy listed it and nobody allowed it yet. */
  domainAccess?: Record<string, boolean>;
  /** Must ask the browser for the permission before its first await, like onAddDomain. */
  onAllowDomain?: (host: string) => void;
}

const GENERIC = '';
/** Settings of this section the popup links to (entrypoints/popup/client.ts `openOptions`). */
const SITE_ANCHORS = ['internal-notes', 'domains'];

/** `https://*.atlassian.net/*` → `*.atlassian.net` */
const hostOf = (pattern: string) => pattern.replace(/^https:\/\//, '').replace(/\/\*$/, '');

/** Where the coach runs: sites turned off from the popup, internal notes, optional sites and extra helpdesk domains. */
export function OptionsSites(props: OptionsSitesProps) {
  const { disabledSites, customDomains, optionalSites, coachInternalNotes, onEnableSite, onInternalNotes, onAddDomain, onRemoveDomain, onOptionalSite } = props;
  const { domainSites, pickableSites, onDomainSite, lockedSites = {}, lockedBy, domainAccess = {}, onAllowDomain } = props;
  /** What a domain runs: the policy's pick where it sets the domain ("generic" is the empty choice). */
  const pickOf = (host: string) => {
    const id = host in lockedSites ? lockedSites[host] : domainSites[host];
    return id && pickableSites.some((s) => s.id === id) ? id : GENERIC;
  };
  const siteGroups: Array<[string, SiteDef[]]> = [
    [t('sites.selfHosted'), pickableSites.filter((s) => !s.matches.length)],
    [t('sites.hosted'), pickableSites.filter((s) => s.matches.length)],
  ];
  const [domain, setDomain] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  // The popup opens `options.html#internal-notes` or `#domains`: the page renders after the
  // settings are read, too late for the browser's own jump to the anchor.
  useEffect(() => {
    const id = location.hash.slice(1);
    if (!SITE_ANCHORS.includes(id)) return;
    const target = document.getElementById(id);
    target?.scrollIntoView({ block: 'center' });
    target?.querySelector<HTMLElement>('[role="switch"], input')?.focus();
  }, []);

  const add = (e: Event) => {
    e.preventDefault();
    setBusy(true);
    // No await before this call: the permission prompt needs the click's user gesture.
    onAddDomain(domain)
      .then((r) => {
        if (r.ok) {
          setDomain('');
          setError('');
        } else setError(r.reason);
      })
      .finally(() => setBusy(false));
  };

  return (
    <div class="rc-sites">
      <div class="rc-card rc-setting" id="internal-notes">
        <div class="rc-setting__text">
          <p class="rc-setting__title" id="internal-notes-label">
            {t('sites.notes')}
          </p>
          <p class="rc-setting__hint" id="internal-notes-hint">
            {t('sites.notesHint')}
          </p>
        </div>
        <OptionsSwitch checked={coachInternalNotes} labelledBy="internal-notes-label" describedBy="internal-notes-hint" onChange={onInternalNotes} />
      </div>

      <div class="rc-card rc-subsection">
        <h3 class="rc-subsection__title">{t('sites.off')}</h3>
        {disabledSites.length ? (
          <ul class="rc-hosts">
            {disabledSites.map((h) => (
              <li key={h} class="rc-host">
                <span class="rc-host__name">{h}</span>
                <button type="button" class="rc-button rc-button--small" aria-label={t('sites.turnBackOnAria', { host: h })} onClick={() => onEnableSite(h)}>
                  {t('sites.turnBackOn')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="rc-empty rc-empty--inline">{t('sites.offEmpty')}</p>
        )}
      </div>

      <div class="rc-card rc-subsection">
        <h3 class="rc-subsection__title">{t('sites.optional')}</h3>
        <p class="rc-setting__hint">
          {t('sites.optionalHint')}
        </p>
        <ul class="rc-hosts">
          {optionalSites.map(({ site, on }) => (
            <li key={site.id} class="rc-host">
              <div class="rc-setting__text">
                <p class="rc-setting__title" id={`optional-${site.id}-label`}>
                  {site.name} — {site.optional}
                </p>
                <p class="rc-host__name" id={`optional-${site.id}-hosts`}>
                  {site.matches.map(hostOf).join(', ')}
                </p>
              </div>
              <OptionsSwitch
                checked={on}
                labelledBy={`optional-${site.id}-label`}
                describedBy={`optional-${site.id}-hosts`}
                onChange={(next) => onOptionalSite(site, next)}
              />
            </li>
          ))}
        </ul>
      </div>

      <div class="rc-card rc-subsection" id="domains">
        <h3 class="rc-subsection__title">{t('sites.domains')}</h3>
        <p class="rc-setting__hint">
          {t('sites.domainsHint')}
        </p>
        <form class="rc-inline-form" onSubmit={add} noValidate>
          <label class="rc-visually-hidden" for="domain-input">
            {t('sites.domainLabel')}
          </label>
          <input
            id="domain-input"
            class="rc-input rc-mono"
            value={domain}
            placeholder="support.example.com"
            spellcheck={false}
            autoComplete="off"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'domain-error' : undefined}
            onInput={(e) => {
              setDomain(e.currentTarget.value);
              if (error) setError('');
            }}
          />
          <button type="submit" class="rc-button rc-button--primary" disabled={busy}>
            {t('sites.add')}
          </button>
        </form>
        {error ? (
          <p class="rc-field__error" id="domain-error" role="alert">
            {error}
          </p>
        ) : null}
        {customDomains.length ? (
          <ul class="rc-hosts">
            {customDomains.map((h) => (
              <li key={h} class="rc-host" data-rc-domain={h}>
                <span class="rc-host__name">{h}</span>
                {h in lockedSites ? <OptionsLockBadge by={lockedBy} /> : null}
                <label class="rc-visually-hidden" for={`domain-site-${h}`}>
                  {t('sites.runsLabel', { host: h })}
                </label>
                <select
                  id={`domain-site-${h}`}
                  class="rc-select"
                  value={pickOf(h)}
                  disabled={h in lockedSites}
                  onChange={(e) => onDomainSite(h, (e.currentTarget as HTMLSelectElement).value || null)}
                >
                  <option value={GENERIC}>{t('sites.generic')}</option>
                  {siteGroups.map(([label, sites]) => (
                    <optgroup key={label} label={label}>
                      {sites.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.name}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
                {domainAccess[h] === false && onAllowDomain ? (
                  <button type="button" class="rc-button rc-button--small" aria-label={t('sites.allowAria', { host: h })} onClick={() => onAllowDomain(h)}>
                    {t('sites.allow')}
                  </button>
                ) : null}
                {h in lockedSites ? null : (
                  <button type="button" class="rc-button rc-button--small rc-button--danger" aria-label={t('sites.removeAria', { host: h })} onClick={() => onRemoveDomain(h)}>
                    {t('sites.remove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
