import type { ComponentChildren } from 'preact';

/** Ids of the hint and message elements of field `id`, for the control's aria-describedby. */
export function describedBy(id: string, hint: boolean, errors?: string[], warnings?: string[]): string | undefined {
  const ids = [hint && `${id}-hint`, errors?.length && `${id}-error`, warnings?.length && `${id}-warning`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A labelled form field with its hint and, right under the control, the exact reason it was refused. */
export function OptionsField({
  id,
  label,
  hint,
  errors,
  warnings,
  class: className,
  children,
}: {
  id: string;
  label: string;
  hint?: ComponentChildren;
  errors?: string[];
  warnings?: string[];
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={`rc-field${errors?.length ? ' rc-field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label class="rc-field__label" for={id}>
        {label}
      </label>
      {children}
      {hint ? (
        <p class="rc-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p class="rc-field__error" id={`${id}-error`}>
          {errors.join(' · ')}
        </p>
      ) : null}
      {warnings?.length ? (
        <p class="rc-field__warning" id={`${id}-warning`}>
          {warnings.join(' · ')}
        </p>
      ) : null}
    </div>
  );
}
