import type { CustomRule } from '../lib/checker/types';
import { GUIDELINES_EN } from '../lib/guidelines/en';
import { DEFAULT_GUIDELINE } from '../lib/rules/pack';
import { t } from '../lib/i18n';
import { domId, severityName } from './options-labels';
import { OptionsLockBadge } from './options-lock-badge';
import { OptionsSwitch } from './options-switch';
import { categoryLabel } from './report-labels';

export interface OptionsCustomRuleRowProps {
  rule: CustomRule;
  enabled: boolean;
  /** From the administrator's pack: shown, not editable. */
  locked: boolean;
  /** The on/off switch is locked (the policy sets `custom:<id>` under `rules`). */
  switchLocked: boolean;
  /** Who set the locks. */
  lockedBy?: string;
  /** The agent's own rule while the policy cannot be read: kept, not applied, not editable. */
  readOnly?: boolean;
  onToggle: (enabled: boolean) => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One team rule: its pattern, what it says, where it belongs, and its switch. */
export function OptionsCustomRuleRow({ rule, enabled, locked, switchLocked, lockedBy, readOnly, onToggle, onEdit, onDelete }: OptionsCustomRuleRowProps) {
  const msgId = domId('custom-msg', rule.id);
  const g = rule.guideline ?? DEFAULT_GUIDELINE[rule.category];
  const suggestions = rule.suggestions ?? [];
  return (
    <li
      class={`rc-rule rc-custom${enabled && !readOnly ? '' : ' rc-rule--off'}`}
      data-custom-id={rule.id}
      data-locked={locked || switchLocked || readOnly ? '' : undefined}
    >
      <div class="rc-rule__text">
        <p class="rc-custom__pattern">
          <span class="rc-kind-tag">{rule.kind === 'regex' ? t('custom.re2') : t('custom.phrase')}</span>
          <code>{rule.pattern}</code>
          {rule.flags ? <span class="rc-custom__flags">/{rule.flags}</span> : null}
        </p>
        <p class="rc-rule__message" id={msgId}>
          {rule.message}
        </p>
        {suggestions.length ? (
          <p class="rc-rule__example">
            <span class="rc-rule__example-label">{t('custom.suggests')}</span>
            {suggestions.map((s, i) => (
              <span key={i}>
                {i ? t('list.separator') : ''}
                <q>{s}</q>
              </span>
            ))}
          </p>
        ) : null}
        <p class="rc-rule__meta">
          <code class="rc-rule__id">custom:{rule.id}</code>
          <span>{categoryLabel(rule.category)}</span>
          <span class={`rc-sevtag rc-sevtag--${rule.severity}`}>{severityName(rule.severity)}</span>
          <span title={GUIDELINES_EN[g].title}>
            <span class="rc-gid">{g}</span>
          </span>
          {rule.lang !== 'en' ? <span>{rule.lang}</span> : null}
          {locked ? <OptionsLockBadge by={lockedBy} /> : null}
          {readOnly ? <span class="rc-lock">{t('custom.keptNotApplied')}</span> : null}
        </p>
      </div>
      <div class="rc-rule__controls">
        {locked || readOnly ? null : (
          <>
            <button type="button" class="rc-button rc-button--small" onClick={onEdit} aria-label={t('custom.editAria', { id: rule.id })}>
              {t('custom.edit')}
            </button>
            <button type="button" class="rc-button rc-button--small rc-button--danger" onClick={onDelete} aria-label={t('custom.deleteAria', { id: rule.id })}>
              {t('custom.delete')}
            </button>
          </>
        )}
        <OptionsSwitch checked={enabled && !readOnly} disabled={switchLocked || readOnly === true} labelledBy={msgId} onChange={onToggle} />
      </div>
    </li>
  );
}
