import { GUIDELINE_IDS, type GuidelineId } from '../lib/checker/types';
import { GUIDELINES_EN } from '../lib/guidelines/en';
import { OptionsGuidelineRow } from './options-guideline-row';

/** G1–G11 with their default text and the team's optional wording. */
export function OptionsGuidelines({
  overrides,
  locked,
  lockedBy,
  onSave,
}: {
  overrides: Partial<Record<GuidelineId, string>>;
  locked: readonly GuidelineId[];
  lockedBy?: string;
  onSave: (id: GuidelineId, text: string | null) => Promise<void>;
}) {
  return (
    <ul class="rc-guidelines rc-card">
      {GUIDELINE_IDS.map((id) => (
        <OptionsGuidelineRow
          key={id}
          guideline={GUIDELINES_EN[id]}
          override={overrides[id]}
          locked={locked.includes(id)}
          lockedBy={lockedBy}
          onSave={(text) => onSave(id, text)}
        />
      ))}
    </ul>
  );
}
