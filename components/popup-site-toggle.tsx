/** "Coach on <host>" switch: turns the coach on or off for the current site. */
import { tParts } from '../lib/i18n';

export interface PopupSiteToggleProps {
  host: string;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
  disabled?: boolean;
}

export function PopupSiteToggle({ host, enabled, onChange, disabled }: PopupSiteToggleProps) {
  return (
    <label class="rc-toggle">
      <span class="rc-toggle__text">
        {tParts('popup.toggle', { host: <strong class="rc-toggle__host">{host}</strong> })}
      </span>
      <input
        type="checkbox"
        role="switch"
        class="rc-toggle__input"
        checked={enabled}
        disabled={disabled}
        aria-checked={enabled}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="rc-toggle__track" aria-hidden="true">
        <span class="rc-toggle__thumb" />
      </span>
    </label>
  );
}
