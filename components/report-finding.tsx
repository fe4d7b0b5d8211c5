/**
 * One finding in the popup: the flagged text, why, the guideline it breaks, and its rewrites
 * with "Apply" (editor-safe, done by the content script) or "Copy" when the box is read-only.
 */
import { useState } from 'preact/hooks';
import type { Finding, GuidelineId } from '../lib/checker/types';
import type { ApplyResult } from '../lib/messages';
import { guidelineText, langOfRule } from '../lib/guidelines/en';
import { t } from '../lib/i18n';
import { severityLabel, whyLine } from './report-labels';
import { splitPlaceholders } from '../lib/checker/placeholder';
import { editByHand, removesSentence } from '../lib/page/removal';

export interface ReportFindingProps {
  finding: Finding;
  /** false: the editor has no tested adapter, so suggestions are copied instead of applied. */
  canApply: boolean;
  /** Team wording of the guidelines (rule pack `guidelines`). */
  guidelines?: Partial<Record<GuidelineId, string>>;
  onApply: (suggestion: number) => Promise<ApplyResult>;
  onCopy: (text: string) => Promise<boolean>;
  /** Scroll the finding into view in the page. */
  onShow?: () => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; index: number }
  | { kind: 'applied'; index: number }
  | { kind: 'copied'; index: number }
  | { kind: 'error'; message: string; fallbackCopy: boolean };

/** Why Apply changed nothing (a removal has no rewrite to copy: the agent deletes it by hand). */
const refusal = (reason: NonNullable<ApplyResult['reason']>, removal: boolean) =>
  removal && editByHand(reason) ? t('report.refused.removal') : t(`report.refused.${reason}`);

export function ReportFinding({ finding, canApply, guidelines, onApply, onCopy, onShow }: ReportFindingProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const g = guidelineText(finding.guideline, guidelines, langOfRule(finding.ruleId));
  const copyMode = !canApply || (status.kind === 'error' && status.fallbackCopy);
  const applied = status.kind === 'applied';

  async function apply(index: number) {
    setStatus({ kind: 'busy', index });
    let result: ApplyResult;
    try {
      result = await onApply(index);
    } catch {
      result = { ok: false };
    }
    if (result.ok) setStatus({ kind: 'applied', index });
    else
      setStatus({
        kind: 'error',
        message: result.reason ? refusal(result.reason, removesSentence(finding, index)) : t('report.unreachable'),
        fallbackCopy: editByHand(result.reason),
      });
  }

  async function copy(index: number) {
    const ok = await onCopy(finding.fixes?.[index]?.sentence ?? finding.suggestions[index]).catch(() => false);
    setStatus(
      ok
        ? { kind: 'copied', index }
        : { kind: 'error', message: t('report.copyFailed'), fallbackCopy: true },
    );
  }

  return (
    <li class={`rc-finding rc-finding--${finding.severity}${applied ? ' rc-finding--done' : ''}`}>
      <div class="rc-finding__top">
        {onShow ? (
          <button type="button" class="rc-finding__quote" onClick={onShow} title={t('report.show')}>
            <span class="rc-visually-hidden">{t('report.showHidden')}</span>
            <mark class="rc-mark">{finding.text}</mark>
          </button>
        ) : (
          <span class="rc-finding__quote">
            <mark class="rc-mark">{finding.text}</mark>
          </span>
        )}
        {/* Warnings are the usual case: the border colour says it, the pill is kept for the exceptions. */}
        <span class={finding.severity === 'warning' ? 'rc-visually-hidden' : `rc-sev rc-sev--${finding.severity}`}>
          {severityLabel(finding.severity)}
        </span>
      </div>
      <p class="rc-finding__message">{finding.message}</p>
      {finding.why?.length ? <p class="rc-finding__why">{whyLine(finding.why)}</p> : null}
      {/* The team's wording opens with a click, a tap or Enter, not only as a hover tooltip. */}
      <details class="rc-finding__guideline-box">
        <summary class="rc-finding__guideline" title={g.text}>
          <span class="rc-gid">{g.id}</span> {g.title}
        </summary>
        <p class="rc-finding__guideline-text">{g.text}</p>
      </details>
      {finding.suggestions.length > 0 ? (
        <ul class="rc-suggestions" aria-label={t('card.rewrites')}>
          {finding.suggestions.map((s, i) => {
            const removal = removesSentence(finding, i);
            return (
              <li class="rc-suggestion" key={i}>
                {/* The whole sentence as it will read after Apply, when the checker gave the exact fix (a sentence left out is named, with nothing to copy). */}
                <span class={removal ? 'rc-suggestion__text rc-suggestion__text--remove' : 'rc-suggestion__text'}>
                  {removal ? t('card.remove') : <Placeholders text={finding.fixes?.[i]?.sentence ?? s} />}
                </span>
                {copyMode && removal ? null : copyMode ? (
                  <button
                    type="button"
                    class="rc-btn rc-btn--quiet"
                    onClick={() => copy(i)}
                    aria-label={t('card.copyRewrite', { text: s })}
                  >
                    {status.kind === 'copied' && status.index === i ? t('report.copied') : t('card.copy')}
                  </button>
                ) : (
                  <button
                    type="button"
                    class="rc-btn"
                    onClick={() => apply(i)}
                    disabled={status.kind === 'busy' || applied}
                    aria-label={removal ? t('card.applyRemove') : t('card.applyRewrite', { text: s })}
                  >
                    {status.kind === 'busy' && status.index === i
                      ? t('report.applying')
                      : applied && status.index === i
                        ? t('report.applied')
                        : t('card.apply')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="rc-finding__hint">{t('report.noRewrite')}</p>
      )}
      <p class="rc-finding__status" role="status">
        {status.kind === 'error' ? status.message : ''}
      </p>
    </li>
  );
}

/** Renders `[reason]`-style slots so the agent sees what still needs a fact. */
function Placeholders({ text }: { text: string }) {
  return (
    <>
      {splitPlaceholders(text).map((p, i) =>
        p.gap ? (
          <span class="rc-slot" key={i}>
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
