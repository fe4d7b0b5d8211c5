/**
 * The in-page card for one finding: what is wrong (category, message), the guideline it breaks
 * (its id and title, the team's wording one click or tap away), the rewrites previewed as the
 * whole sentence will read with the changed words marked (Apply, or Copy where the editor is
 * read-only), "Ignore here", "Ignore everywhere", "Turn off for you, on every site" and a status
 * line. After "Turn off" the card shows only that status with Undo, for a few seconds.
 * Presentational: the coach owns positioning, focus and the actions.
 *
 * The card never takes focus by itself: pressing a button (or the guideline's disclosure) with
 * the mouse keeps the editor focused (mousedown is cancelled), so the caret and the editor's
 * selection stay where they were.
 * DOM contract used by the end-to-end tests: [data-rc-card], [data-rc-category],
 * [data-rc-guideline] (a <details>: its summary the id and title, [data-rc-guideline-text] the
 * wording), button[data-rc-apply] / button[data-rc-copy] per suggestion (its value is the
 * suggestion's text) holding [data-rc-preview] (the sentence after Apply, changed words in
 * [data-rc-changed]), button[data-rc-ignore], button[data-rc-ignore-everywhere] and
 * button[data-rc-disable-rule] (neither for the unfilled-placeholder check; for a rule the
 * organization's policy locks, [data-rc-locked-by] naming the pack instead of both),
 * [data-rc-status], and while Undo is offered button[data-rc-undo].
 */
import type { ComponentChildren } from 'preact';
import type { Finding } from '../lib/checker/types';
import type { Guideline } from '../lib/guidelines/en';
import { allowEntryFor, canAllow } from '../lib/settings/allow-match';
import { t } from '../lib/i18n/page';
import { categoryLabel, severityLabel, whyLine } from './report-labels';
import { RewritePreview } from './rewrite-preview';
import { removesSentence } from '../lib/page/removal';

export interface FindingCardProps {
  finding: Finding;
  guideline: Guideline;
  /** false: the editor has no tested adapter; suggestions are copied, not applied. */
  canApply: boolean;
  /** Status line (result of the last action); empty when there is nothing to say. */
  status: string;
  /** An action is running: buttons are disabled. */
  busy?: boolean;
  /** The finding's sentence as it reads now: the previews mark what their rewrite changes in it. */
  sentence?: string;
  onApply(index: number): void;
  onCopy(index: number): void;
  onIgnore(): void;
  onIgnoreEverywhere(): void;
  onDisableRule(): void;
  /** Present while the status offers Undo (the rule was just turned off): the card shows only that. */
  onUndo?(): void;
  onClose(): void;
  /** The rule is locked by the organization's policy (this pack): no "Turn off this rule". */
  lockedBy?: string;
}

/** Keeps focus (and the editor's selection) where it is when a button or the disclosure is pressed with the mouse. */
const keepFocus = (e: MouseEvent) => {
  if ((e.target as Element).closest?.('button, summary')) e.preventDefault();
};


export function FindingCard(props: FindingCardProps) {
  const { finding, guideline, canApply, status, busy } = props;
  const category = categoryLabel(finding.category);
  const locked = props.lockedBy !== undefined;
  /** The unfilled-placeholder check is a safety net: it is never switched off from the card. */
  const safety = finding.category === 'placeholder';
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
    }
  };
  const head = (
    <div class="rc-head">
      <span class="rc-dot" aria-hidden="true" />
      <span class="rc-category" data-rc-category={finding.category}>
        {category}
      </span>
      <span class="rc-severity">{severityLabel(finding.severity)}</span>
      <button type="button" class="rc-close" aria-label={t('card.close')} title={t('card.closeTitle')} onClick={props.onClose}>
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
          <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </svg>
      </button>
    </div>
  );
  const frame = (children: ComponentChildren) => (
    <div
      data-rc-card=""
      class={`rc-card rc-sev-${finding.severity}`}
      role="dialog"
      aria-label={t('card.dialog', { category })}
      aria-describedby="rc-card-message"
      onMouseDown={keepFocus}
      onKeyDown={onKeyDown}
    >
      {head}
      {children}
    </div>
  );

  if (props.onUndo) {
    return frame(
      <>
        <p class="rc-message rc-message--off" id="rc-card-message">
          {finding.message}
        </p>
        <div class="rc-undo-row">
          <p class="rc-status" data-rc-status="" role="status" aria-live="polite">
            {status}
          </p>
          <button type="button" class="rc-undo" data-rc-undo="" disabled={busy} onClick={props.onUndo}>
            {t('card.undo')}
          </button>
        </div>
      </>,
    );
  }

  /** The sentence the previews compare against: unknown without it, so nothing is marked as changed. */
  const before = (i: number) => (finding.fixes?.[i] ? (props.sentence ?? finding.fixes[i].sentence) : undefined);

  return frame(
    <>
      <p class="rc-message" id="rc-card-message">
        {finding.message}
      </p>
      {finding.why?.length ? <p class="rc-why">{whyLine(finding.why)}</p> : null}

      <p class="rc-was" title={finding.text}>
        {finding.text}
      </p>

      {finding.suggestions.length > 0 ? (
        <ul class="rc-suggestions" aria-label={t('card.rewrites')}>
          {finding.suggestions.map((s, i) => {
            // Leaving the sentence out is named, not previewed (it would read as nothing), and offers nothing to copy.
            const removal = removesSentence(finding, i);
            const shown = removal ? (
              <span class="rc-now rc-remove">{t('card.remove')}</span>
            ) : (
              <RewritePreview class="rc-now" before={before(i)} after={finding.fixes?.[i]?.sentence ?? s} />
            );
            return (
              <li key={i}>
                {canApply ? (
                  <button
                    type="button"
                    class="rc-suggestion"
                    data-rc-apply={s}
                    data-rc-remove={removal ? '' : undefined}
                    disabled={busy}
                    aria-label={removal ? t('card.applyRemove') : t('card.applyRewrite', { text: s })}
                    onClick={() => props.onApply(i)}
                  >
                    {shown}
                    <span class="rc-action">{t('card.apply')}</span>
                  </button>
                ) : removal ? (
                  <p class="rc-now rc-remove">{t('card.remove')}</p>
                ) : (
                  <button
                    type="button"
                    class="rc-suggestion"
                    data-rc-copy={s}
                    disabled={busy}
                    aria-label={t('card.copyRewrite', { text: s })}
                    onClick={() => props.onCopy(i)}
                  >
                    {shown}
                    <span class="rc-action">{t('card.copy')}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="rc-norewrite">{t('card.noRewrite')}</p>
      )}

      <details class="rc-guideline" data-rc-guideline={guideline.id}>
        <summary class="rc-gsum">
          <span class="rc-gid">{guideline.id}</span>
          <span class="rc-gtitle">{guideline.title}</span>
        </summary>
        <p class="rc-gtext" data-rc-guideline-text="">
          {guideline.text}
        </p>
      </details>

      <div class="rc-foot">
        <button type="button" class="rc-link" data-rc-ignore="" disabled={busy} onClick={props.onIgnore}>
          {t('card.ignore')}
        </button>
        {canAllow(finding, locked || safety) ? (
          <button
            type="button"
            class="rc-link"
            data-rc-ignore-everywhere=""
            disabled={busy}
            title={t('card.ignoreEverywhereTitle', { words: allowEntryFor(finding).words })}
            onClick={props.onIgnoreEverywhere}
          >
            {t('card.ignoreEverywhere')}
          </button>
        ) : null}
        {locked ? (
          <span class="rc-locked" data-rc-locked-by={props.lockedBy}>
            {t('card.lockedBy', { pack: props.lockedBy ?? '' })}
          </span>
        ) : safety ? null : (
          <button
            type="button"
            class="rc-link"
            data-rc-disable-rule=""
            disabled={busy}
            title={t('card.disableRuleTitle')}
            onClick={props.onDisableRule}
          >
            {t('card.disableRule')}
          </button>
        )}
      </div>

      <p class="rc-status" data-rc-status="" role="status" aria-live="polite">
        {status}
      </p>
    </>,
  );
}
