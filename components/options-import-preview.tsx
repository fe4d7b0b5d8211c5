/**
 * What importing a rule pack would change (lib/settings/import-diff.ts), shown before anything
 * is replaced: rules switched on or off or re-graded, custom rules added, removed or changed,
 * guideline wording and the pack's name. "Replace my rules" imports; Cancel leaves everything
 * as it was. All rule text is rendered as Preact text.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { CustomRule, GuidelineId } from '../lib/checker/types';
import { GUIDELINES_EN } from '../lib/guidelines/en';
import { changeCount, type CustomField, type PackDiff, type RuleChange } from '../lib/settings/import-diff';
import type { PlainIssue } from '../lib/settings/pack-wording';
import { LANG_NAME, SEVERITY_NAME } from './options-labels';
import { OptionsPlainIssues } from './options-plain-issues';
import './options-import-preview.css';
import { CATEGORY_LABEL } from './report-labels';

export interface ImportPreviewData {
  diff: PackDiff;
  /** The pack's name, if it has one. */
  name: string | null;
  warnings: PlainIssue[];
}

export interface OptionsImportPreviewProps {
  file: string;
  preview: ImportPreviewData;
  /** How the page names a rule (a built-in rule by its message). */
  ruleLabel: (id: string) => string;
  busy: boolean;
  readOnly?: boolean;
  managed?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

const FIELD_LABEL: Record<CustomField, string> = {
  kind: 'Match',
  pattern: 'Pattern',
  flags: 'Flags',
  lang: 'Language',
  category: 'Category',
  severity: 'Severity',
  message: 'Message',
  suggestions: 'Suggestions',
  guideline: 'Guideline',
};

/** A custom rule's field as the page words it. */
function fieldValue(rule: CustomRule, field: CustomField): string {
  switch (field) {
    case 'kind':
      return rule.kind === 'regex' ? 'RE2 regex' : 'Phrase';
    case 'lang':
      return LANG_NAME[rule.lang] ?? rule.lang;
    case 'category':
      return CATEGORY_LABEL[rule.category] ?? rule.category;
    case 'severity':
      return SEVERITY_NAME[rule.severity];
    case 'suggestions':
      return rule.suggestions?.length ? rule.suggestions.join(' · ') : 'none';
    case 'flags':
      return rule.kind === 'regex' ? (rule.flags ?? 'i (default)') : 'none';
    case 'guideline':
      return rule.guideline ?? 'category default';
    default:
      return rule[field];
  }
}

/** "Turned off", "Warning → Error", "Turned on, Info → Error". */
function ruleChangeText({ before, after }: RuleChange): string {
  const parts: string[] = [];
  if (before.enabled !== after.enabled) parts.push(after.enabled ? 'Turned on' : 'Turned off');
  if (before.severity !== after.severity) parts.push(`${SEVERITY_NAME[before.severity]} → ${SEVERITY_NAME[after.severity]}`);
  return parts.join(', ');
}

function Group({ title, count, children }: { title: string; count: number; children: ComponentChildren }) {
  if (!count) return null;
  return (
    <div class="rc-diff__group">
      <h4 class="rc-diff__title">
        {title} <span class="rc-count">{count}</span>
      </h4>
      <ul class="rc-diff__list">{children}</ul>
    </div>
  );
}

/** A custom rule the import adds or removes: its id, message and pattern. */
function CustomRuleItem({ rule, how }: { rule: CustomRule; how: 'added' | 'removed' }) {
  return (
    <li class="rc-diff__item" {...{ [`data-rc-diff-${how}`]: rule.id }}>
      <span class="rc-diff__what">
        <code>{rule.id}</code> {rule.message}
      </span>
      <code class={`rc-diff__pattern${how === 'removed' ? ' rc-diff__old' : ''}`}>{rule.pattern}</code>
    </li>
  );
}

/** "old → new": the arrow is for the eye, a screen reader hears "becomes". */
function Becomes({ before, after }: { before: ComponentChildren; after: ComponentChildren }) {
  return (
    <>
      {before}
      <span aria-hidden="true"> → </span>
      <span class="rc-visually-hidden"> becomes </span>
      {after}
    </>
  );
}

function guidelineName(id: GuidelineId): string {
  return `${id} · ${GUIDELINES_EN[id].title}`;
}

export function OptionsImportPreview({ file, preview, ruleLabel, busy, readOnly, managed, onConfirm, onCancel }: OptionsImportPreviewProps) {
  const { diff, name, warnings } = preview;
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen reader users land on the question, not on the file button they left.
  useEffect(() => heading.current?.focus(), []);
  const count = changeCount(diff);
  const title = name ? `“${name}”` : file;

  return (
    <section class="rc-card rc-preview" aria-labelledby="import-preview-title" data-rc-import-preview="">
      <h3 class="rc-preview__title" id="import-preview-title" tabIndex={-1} ref={heading}>
        {diff.empty ? `Importing ${title} changes nothing` : `Importing ${title} replaces your rules`}
      </h3>
      <p class="rc-preview__intro">
        {diff.empty
          ? 'The pack holds the same rules, custom rules and guideline wording you have saved.'
          : `${count === 1 ? 'One change' : `${count} changes`} from what you have saved. Nothing is replaced until you choose “Replace my rules”. Sites and the other switches stay as they are.`}
        {managed ? " Your administrator's locked settings still apply on top." : ''}
      </p>

      <div class="rc-diff">
        <Group title="Rules switched or re-graded" count={diff.rules.length}>
          {diff.rules.map((r) => (
            <li key={r.id} class="rc-diff__item" data-rc-diff-rule={r.id}>
              <span class="rc-diff__what">{ruleLabel(r.id)}</span>
              <span class={`rc-diff__change${r.after.enabled ? '' : ' rc-diff__change--off'}`}>{ruleChangeText(r)}</span>
            </li>
          ))}
        </Group>
        <Group title="Custom rules added" count={diff.added.length}>
          {diff.added.map((r) => (
            <CustomRuleItem key={r.id} rule={r} how="added" />
          ))}
        </Group>
        <Group title="Custom rules removed" count={diff.removed.length}>
          {diff.removed.map((r) => (
            <CustomRuleItem key={r.id} rule={r} how="removed" />
          ))}
        </Group>
        <Group title="Custom rules changed" count={diff.changed.length}>
          {diff.changed.map((c) => (
            <li key={c.id} class="rc-diff__item rc-diff__item--stack" data-rc-diff-changed={c.id}>
              <span class="rc-diff__what">
                <code>{c.id}</code>
              </span>
              <dl class="rc-diff__fields">
                {c.fields.map((f) => (
                  <div key={f} class="rc-diff__field">
                    <dt>{FIELD_LABEL[f]}</dt>
                    <dd class={f === 'pattern' || f === 'flags' ? 'rc-mono' : undefined}>
                      <Becomes before={<span class="rc-diff__old">{fieldValue(c.before, f)}</span>} after={<span class="rc-diff__new">{fieldValue(c.after, f)}</span>} />
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </Group>
        <Group title="Guideline wording" count={diff.guidelines.length}>
          {diff.guidelines.map((g) => (
            <li key={g.id} class="rc-diff__item rc-diff__item--stack" data-rc-diff-guideline={g.id}>
              <span class="rc-diff__what">{guidelineName(g.id)}</span>
              <span class="rc-diff__text">
                {g.after === null ? (
                  'Back to the built-in wording'
                ) : (
                  <Becomes
                    before={g.before === null ? 'Built-in wording' : <span class="rc-diff__old">“{g.before}”</span>}
                    after={<span class="rc-diff__new">“{g.after}”</span>}
                  />
                )}
              </span>
            </li>
          ))}
        </Group>
        <Group title="Pack name" count={diff.name ? 1 : 0}>
          {diff.name ? (
            <li class="rc-diff__item">
              <span class="rc-diff__text">
                <Becomes
                  before={diff.name.before ? <span class="rc-diff__old">“{diff.name.before}”</span> : 'No name'}
                  after={diff.name.after ? <span class="rc-diff__new">“{diff.name.after}”</span> : 'no name'}
                />
              </span>
            </li>
          ) : null}
        </Group>
      </div>

      {warnings.length ? (
        <div class="rc-preview__warnings">
          <p class="rc-banner__sub">{warnings.length === 1 ? 'One thing to know' : `${warnings.length} things to know`}:</p>
          <OptionsPlainIssues issues={warnings} kind="warning" />
        </div>
      ) : null}

      <div class="rc-preview__actions">
        {diff.empty ? null : (
          <button type="button" class="rc-button rc-button--primary" disabled={busy || readOnly} onClick={onConfirm}>
            {busy ? 'Importing…' : 'Replace my rules'}
          </button>
        )}
        <button type="button" class="rc-button" disabled={busy} onClick={onCancel}>
          {diff.empty ? 'Close' : 'Cancel'}
        </button>
      </div>
    </section>
  );
}
