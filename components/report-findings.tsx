/** The findings of one reply, grouped by category, worst group first. */
import type { Category, GuidelineId } from '../lib/checker/types';
import type { ApplyResult, ReportedFinding } from '../lib/messages';
import { SEVERITY_RANK } from '../lib/page/severity';
import { t } from '../lib/i18n';
import { categoryLabel } from './report-labels';
import { ReportFinding } from './report-finding';
import './report-findings.css';

export interface ReportFindingsProps {
  findings: ReportedFinding[];
  canApply: boolean;
  guidelines?: Partial<Record<GuidelineId, string>>;
  onApply: (finding: ReportedFinding, suggestion: number) => Promise<ApplyResult>;
  onCopy: (text: string) => Promise<boolean>;
  onShow?: (finding: ReportedFinding) => void;
}

interface Group {
  category: Category;
  findings: ReportedFinding[];
  worst: number;
}

/** Groups by category; groups sorted by worst severity, then by first position in the reply. */
export function groupFindings(findings: ReportedFinding[]): Group[] {
  const byCat = new Map<Category, Group>();
  for (const f of [...findings].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const g = byCat.get(f.category) ?? { category: f.category, findings: [], worst: 0 };
    g.findings.push(f);
    g.worst = Math.max(g.worst, SEVERITY_RANK[f.severity]);
    byCat.set(f.category, g);
  }
  return [...byCat.values()].sort((a, b) => b.worst - a.worst || a.findings[0].start - b.findings[0].start);
}

export function ReportFindings({ findings, canApply, guidelines, onApply, onCopy, onShow }: ReportFindingsProps) {
  return (
    <div class="rc-groups">
      {groupFindings(findings).map((g) => (
        <section class="rc-group" key={g.category} aria-labelledby={`rc-cat-${g.category}`}>
          <h3 class="rc-group__title" id={`rc-cat-${g.category}`}>
            {categoryLabel(g.category)}
            <span class="rc-count" aria-label={t('report.found', { count: g.findings.length })}>
              {g.findings.length}
            </span>
          </h3>
          <ul class="rc-findings">
            {g.findings.map((f) => (
              <ReportFinding
                key={f.key}
                finding={f}
                canApply={canApply}
                guidelines={guidelines}
                onApply={(i) => onApply(f, i)}
                onCopy={onCopy}
                onShow={onShow ? () => onShow(f) : undefined}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
