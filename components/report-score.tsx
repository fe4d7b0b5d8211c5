/** The reply's score (0–100) with its band label and a one-line summary. */
import type { ChecklistItem, Finding } from '../lib/checker/types';
import { countsAsFlag } from '../lib/page/severity';
import { t } from '../lib/i18n';
import { scoreBand } from './report-labels';

export interface ReportScoreProps {
  score: number;
  findings: Finding[];
  checklist: ChecklistItem[];
  /** Words of the agent's own text; 0 shows "nothing to check yet" instead of a score. */
  words: number;
  /** Unfilled placeholders: "not ready" until they are filled. */
  gaps: number;
}

export function ReportScore({ score, findings, checklist, words, gaps }: ReportScoreProps) {
  if (words === 0) {
    return (
      <section class="rc-score rc-score--empty" aria-label={t('score.aria')}>
        <div class="rc-score__text">
          <p class="rc-score__label">{t('score.emptyLabel')}</p>
          <p class="rc-score__summary">{t('score.emptySummary')}</p>
        </div>
      </section>
    );
  }
  const s = Math.max(0, Math.min(100, Math.round(score)));
  const { band, label } = scoreBand(s, gaps);
  const flagged = findings.filter(countsAsFlag).length;
  const nudges = findings.length - flagged;
  const applicable = checklist.filter((c) => c.state !== 'n/a');
  const met = applicable.filter((c) => c.state === 'met').length;
  const parts: string[] = [];
  parts.push(flagged ? t('score.toReword', { count: flagged }) : t('score.nothingToReword'));
  if (nudges) parts.push(t('score.nudges', { count: nudges }));
  if (applicable.length) parts.push(t('score.checklist', { met, total: applicable.length }));
  return (
    <section class={`rc-score rc-score--${band}`} aria-label={t('score.aria')}>
      <div class="rc-score__dial" role="img" aria-label={t('score.dial', { score: s })} style={{ '--rc-score': String(s) }}>
        <span class="rc-score__num" aria-hidden="true">
          {s}
        </span>
      </div>
      <div class="rc-score__text">
        <p class="rc-score__label">{label}</p>
        <p class="rc-score__summary">{parts.join(' · ')}</p>
      </div>
    </section>
  );
}
