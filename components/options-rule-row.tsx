import type { RuleOverride, Severity } from '../lib/checker/types';
import type { RuleInfo } from '../lib/rules/types';
import { t } from '../lib/i18n';
import { domId, severityName } from './options-labels';
import { OptionsLockBadge } from './options-lock-badge';
import { OptionsSeveritySelect } from './options-severity-select';
import { OptionsSwitch } from './options-switch';

export interface OptionsRuleRowProps {
  rule: RuleInfo;
  override?: RuleOverride;
  locked: boolean;
  /** Who locked it ("Set by your organization: <lockedBy>"). */
  lockedBy?: string;
  onToggle: (enabled: boolean) => void;
  /** `null` goes back to the rule's own severity. */
  onSeverity: (severity: Severity | null) => void;
  onReset: () => void;
}

/** One built-in rule: what it says, a sentence it flags, its severity and its switch. */
export function OptionsRuleRow({ rule, override, locked, lockedBy, onToggle, onSeverity, onReset }: OptionsRuleRowProps) {
  const enabled = override?.enabled ?? true;
  const severity = override?.severity ?? rule.severity;
  const changed = override?.enabled !== undefined || override?.severity !== undefined;
  const msgId = domId('rule-msg', rule.id);
  const sevId = domId('rule-sev', rule.id);
  const example = rule.examples.flag[0];
  return (
    <li class={`rc-rule${enabled ? '' : ' rc-rule--off'}`} data-rule-id={rule.id} data-locked={locked ? '' : undefined}>
      <div class="rc-rule__text">
        <p class="rc-rule__message" id={msgId}>
          {rule.message}
        </p>
        {example ? (
          <p class="rc-rule__example">
            <span class="rc-rule__example-label">{t('rules.flags')}</span>
            <q>{example}</q>
          </p>
        ) : null}
        <p class="rc-rule__meta">
          <code class="rc-rule__id">{rule.id}</code>
          {locked ? <OptionsLockBadge by={lockedBy} /> : null}
          {severity !== rule.severity ? <span>{t('rules.default', { severity: severityName(rule.severity) })}</span> : null}
          {changed && !locked ? (
            <button type="button" class="rc-link" onClick={onReset}>
              {t('rules.reset')}
            </button>
          ) : null}
        </p>
      </div>
      <div class="rc-rule__controls">
        <span class="rc-visually-hidden" id={sevId}>
          {t('rules.severity')}
        </span>
        <OptionsSeveritySelect
          value={severity}
          disabled={locked}
          labelledBy={`${sevId} ${msgId}`}
          onChange={(s) => onSeverity(s === rule.severity ? null : s)}
        />
        <OptionsSwitch checked={enabled} disabled={locked} labelledBy={msgId} onChange={onToggle} />
      </div>
    </li>
  );
}
