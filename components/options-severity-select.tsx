import { SEVERITIES, type Severity } from '../lib/checker/types';
import { severityName } from './options-labels';

/** Info / Warning / Error. The row says when it differs from the rule's default. */
export function OptionsSeveritySelect({
  value,
  onChange,
  disabled,
  labelledBy,
  id,
}: {
  value: Severity;
  onChange: (severity: Severity) => void;
  disabled?: boolean;
  labelledBy?: string;
  id?: string;
}) {
  return (
    <select
      id={id}
      class={`rc-select rc-sevselect rc-sevselect--${value}`}
      value={value}
      disabled={disabled}
      aria-labelledby={labelledBy}
      onChange={(e) => onChange(e.currentTarget.value as Severity)}
    >
      {SEVERITIES.map((s) => (
        <option key={s} value={s}>
          {severityName(s)}
        </option>
      ))}
    </select>
  );
}
