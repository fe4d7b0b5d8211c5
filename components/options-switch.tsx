/** An on/off switch: a native checkbox with the switch role, so keyboard and screen readers get it for free. */
export interface OptionsSwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Id(s) of the element(s) naming the switch; or `label` when nothing on screen names it. */
  labelledBy?: string;
  label?: string;
  describedBy?: string;
  id?: string;
}

export function OptionsSwitch({ checked, onChange, disabled, labelledBy, label, describedBy, id }: OptionsSwitchProps) {
  return (
    <input
      id={id}
      type="checkbox"
      role="switch"
      class="rc-switch"
      checked={checked}
      disabled={disabled}
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.currentTarget.checked)}
    />
  );
}
