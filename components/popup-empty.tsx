/** Empty states of the popup: a short title, one sentence, an optional alert and action. */
import type { ComponentChildren } from 'preact';

export interface PopupAction {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}

export interface PopupEmptyProps {
  icon: 'compose' | 'check' | 'pause';
  title: string;
  children?: ComponentChildren;
  /** What just went wrong (the browser refused a permission…), announced at once. */
  alert?: string;
  action?: PopupAction;
}

export function PopupEmpty({ icon, title, children, alert, action }: PopupEmptyProps) {
  return (
    <section class={`rc-empty rc-empty--${icon}`} aria-live="polite">
      <EmptyIcon icon={icon} />
      <h2 class="rc-empty__title">{title}</h2>
      {alert ? (
        <p class="rc-empty__alert" role="alert">
          {alert}
        </p>
      ) : null}
      {children ? <p class="rc-empty__text">{children}</p> : null}
      {action ? (
        <button type="button" class="rc-btn rc-btn--primary" onClick={action.onClick} disabled={action.disabled}>
          {action.label}
        </button>
      ) : null}
    </section>
  );
}

function EmptyIcon({ icon }: { icon: PopupEmptyProps['icon'] }) {
  return (
    <svg class="rc-empty__icon" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
      <circle cx="24" cy="24" r="23" fill="currentColor" opacity="0.12" />
      {icon === 'compose' ? (
        <g fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round">
          <path d="M14 31.5V34h2.5L31 19.5 28.5 17z" />
          <path d="M26.5 19l2.5 2.5" />
          <path d="M22 34h12" />
        </g>
      ) : icon === 'check' ? (
        <path d="M15.5 24.5l6 6 11-12" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" />
      ) : (
        <g fill="currentColor">
          <rect x="18" y="15" width="4.5" height="18" rx="1.5" />
          <rect x="25.5" y="15" width="4.5" height="18" rx="1.5" />
        </g>
      )}
    </svg>
  );
}
