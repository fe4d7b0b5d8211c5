/** The reply checklist (G1, G9–G11): what a complete reply says, met / missing / not needed. */
import type { ChecklistItem, GuidelineId } from '../lib/checker/types';
import { guidelineText } from '../lib/guidelines/en';
import { checklistLabel, checklistStateLabel } from './report-labels';

export interface ReportChecklistProps {
  items: ChecklistItem[];
  guidelines?: Partial<Record<GuidelineId, string>>;
  /** The reply's language: the guideline texts are shown in it where they are written. */
  lang?: string;
}

export function ReportChecklist({ items, guidelines, lang }: ReportChecklistProps) {
  return (
    <ul class="rc-checklist">
      {items.map((item) => {
        const g = guidelineText(item.guideline, guidelines, lang);
        return (
          <li class={`rc-check rc-check--${item.state === 'n/a' ? 'na' : item.state}`} key={item.id} data-state={item.state}>
            <StateIcon state={item.state} />
            <span class="rc-check__label">{checklistLabel(item.id)}</span>
            <span class="rc-check__state">{checklistStateLabel(item.state)}</span>
            <span class="rc-gid" title={`${g.title}: ${g.text}`}>
              {item.guideline}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function StateIcon({ state }: { state: ChecklistItem['state'] }) {
  return (
    <svg class="rc-check__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      {state === 'met' ? (
        <>
          <circle cx="8" cy="8" r="7.5" fill="currentColor" />
          <path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
        </>
      ) : state === 'missing' ? (
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="2" />
      ) : (
        <path d="M4.5 8h7" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      )}
    </svg>
  );
}
