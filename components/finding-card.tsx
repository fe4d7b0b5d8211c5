/**
 * The in-page card for one finding: what is wrong (category, message), the guideline it breaks,
 * the rewrites (Apply, or Copy where the editor is read-only), "Ignore here", "Turn off this
 * rule" and a status line. Presentational: the coach owns positioning, focus and the actions.
 *
 * The card never takes focus by itself: pressing a button with the mouse keeps the editor
 * focused (mousedown is cancelled), so the caret and the editor's selection stay where they were.
 * DOM contract used by the end-to-end tests: [data-rc-card], [data-rc-category],
 * [data-rc-guideline], button[data-rc-apply] / button[data-rc-copy] per suggestion (its value
 * is the suggestion's text), button[data-rc-ignore], button[data-rc-disable-rule] (or, for a rule
 * the organization's policy locks, [data-rc-locked-by] naming the pack instead), [data-rc-status].
 */
import type { JSX } from 'preact';
import type { Finding } from '../lib/checker/types';
import type { Guideline } from '../lib/guidelines/en';
import { CATEGORY_LABEL, SEVERITY_LABEL, whyLine } from './report-labels';
import { splitPlaceholders } from '../lib/checker/placeholder';

export interface FindingCardProps {
  finding: Finding;
  guideline: Guideline;
  /** false: the editor has no tested adapter; suggestions are copied, not applied. */
  canApply: boolean;
  /** Status line (result of the last action); empty when there is nothing to say. */
  status: string;
  /** An action is running: buttons are disabled. */
  busy?: boolean;
  onApply(index: number): void;
  onCopy(index: number): void;
  onIgnore(): void;
  onDisableRule(): void;
  onClose(): void;
  /** The rule is locked by the organization's policy (this pack): no "Turn off this rule". */
  lockedBy?: string;
}

/** Splits a suggestion so `[placeholders]` stand out as gaps to fill. */
function withPlaceholders(text: string): JSX.Element[] {
  return splitPlaceholders(text).map((part, i) =>
    part.gap ? (
      <span key={i} class="rc-gap">
        {part.text}
      </span>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}

/** Keeps focus (and the editor's selection) where it is when a button is pressed with the mouse. */
const keepFocus = (e: MouseEvent) => {
  if ((e.target as Element).closest?.('button')) e.preventDefault();
};

export function FindingCard(props: FindingCardProps) {
  const { finding, guideline, canApply, status, busy } = props;
  const category = CATEGORY_LABEL[finding.category] ?? finding.category;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
    }
  };
  return (
    <div
      data-rc-card=""
      class={`rc-card rc-sev-${finding.severity}`}
      role="dialog"
      aria-label={`Reply Coach: ${category}`}
      aria-describedby="rc-card-message"
      onMouseDown={keepFocus}
      onKeyDown={onKeyDown}
    >
      <div class="rc-head">
        <span class="rc-dot" aria-hidden="true" />
        <span class="rc-category" data-rc-category={finding.category}>
          {category}
        </span>
        <span class="rc-severity">{SEVERITY_LABEL[finding.severity]}</span>
        <button type="button" class="rc-close" aria-label="Close" title="Close (Esc)" onClick={props.onClose}>
          <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
            <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
          </svg>
        </button>
      </div>

      <p class="rc-message" id="rc-card-message">
        {finding.message}
      </p>
      {finding.why?.length ? <p class="rc-why">{whyLine(finding.why)}</p> : null}

      <p class="rc-was" title={finding.text}>
        {finding.text}
      </p>

      {finding.suggestions.length > 0 ? (
        <ul class="rc-suggestions" aria-label="Rewrites">
          {finding.suggestions.map((s, i) => (
            <li key={i}>
              {canApply ? (
                <button
                  type="button"
                  class="rc-suggestion"
                  data-rc-apply={s}
                  disabled={busy}
                  aria-label={`Apply rewrite: ${s}`}
                  onClick={() => props.onApply(i)}
                >
                  <span class="rc-now">{withPlaceholders(finding.fixes?.[i]?.sentence ?? s)}</span>
                  <span class="rc-action">Apply</span>
                </button>
              ) : (
                <button
                  type="button"
                  class="rc-suggestion"
                  data-rc-copy={s}
                  disabled={busy}
                  aria-label={`Copy rewrite: ${s}`}
                  onClick={() => props.onCopy(i)}
                >
                  <span class="rc-now">{withPlaceholders(finding.fixes?.[i]?.sentence ?? s)}</span>
                  <span class="rc-action">Copy</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="rc-norewrite">No ready-made rewrite: say it in your own words.</p>
      )}

      <p class="rc-guideline" data-rc-guideline={guideline.id} title={guideline.text}>
        <span class="rc-gid">{guideline.id}</span>
        <span class="rc-gtitle">{guideline.title}</span>
      </p>

      <div class="rc-foot">
        <button type="button" class="rc-link" data-rc-ignore="" disabled={busy} onClick={props.onIgnore}>
          Ignore here
        </button>
        {props.lockedBy === undefined ? (
          <button type="button" class="rc-link" data-rc-disable-rule="" disabled={busy} onClick={props.onDisableRule}>
            Turn off this rule
          </button>
        ) : (
          <span class="rc-locked" data-rc-locked-by={props.lockedBy} style={{ color: '#57606a', fontSize: '12px' }}>
            Set by your organization: {props.lockedBy}
          </span>
        )}
      </div>

      <p class="rc-status" data-rc-status="" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
