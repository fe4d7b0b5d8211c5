/**
 * What importing a rule pack would change (lib/settings/import-diff.ts), shown before anything
 * is replaced: rules switched on or off or re-graded, custom rules added, removed or changed,
 * guideline wording, helpdesk domains added or re-pointed, and the pack's name. "Replace my
 * rules" imports (and asks the browser for the pack's domains, lib/settings/options-api.ts
 * `allowDomains`); Cancel leaves everything as it was. All rule text is rendered as Preact text.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { CustomRule, GuidelineId } from '../lib/checker/types';
import { GUIDELINES_EN } from '../lib/guidelines/en';
import { siteById } from '../lib/sites';
import { changeCount, type CustomField, type PackDiff, type RuleChange } from '../lib/settings/import-diff';
import type { PlainIssue } from '../lib/settings/pack-wording';
import { t } from '../lib/i18n';
import { langName, severityName } from './options-labels';
import { OptionsPlainIssues } from './options-plain-issues';
import './options-import-preview.css';
import { categoryLabel } from './report-labels';

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

const fieldLabel = (field: CustomField) => t(`preview.field.${field}`);

/** A custom rule's field as the page words it. */
function fieldValue(rule: CustomRule, field: CustomField): string {
  switch (field) {
    case 'kind':
      return rule.kind === 'regex' ? t('preview.regex') : t('preview.phrase');
    case 'lang':
      return langName(rule.lang);
    case 'category':
      return categoryLabel(rule.category);
    case 'severity':
      return severityName(rule.severity);
    case 'suggestions':
      return rule.suggestions?.length ? rule.suggestions.join(' · ') : t('preview.none');
    case 'flags':
      return rule.kind === 'regex' ? (rule.flags ?? t('preview.flagsDefault')) : t('preview.none');
    case 'guideline':
      return rule.guideline ?? t('preview.categoryDefault');
    default:
      return rule[field];
  }
}

/** "Turned off", "Warning → Error", "Turned on, Info → Error". */
function ruleChangeText({ before, after }: RuleChange): string {
  const parts: string[] = [];
  if (before.enabled !== after.enabled) parts.push(after.enabled ? t('preview.turnedOn') : t('preview.turnedOff'));
  if (before.severity !== after.severity) parts.push(`${severityName(before.severity)} → ${severityName(after.severity)}`);
  return parts.join(t('list.separator'));
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
      <span class="rc-visually-hidden">{t('preview.becomes')}</span>
      {after}
    </>
  );
}

/** What a domain runs, as the domains list names it. */
function siteName(id: string): string {
  return siteById(id)?.name ?? t('sites.generic');
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
  const title = name ? t('pack.quoted', { name }) : file;

  return (
    <section class="rc-card rc-preview" aria-labelledby="import-preview-title" data-rc-import-preview="">
      <h3 class="rc-preview__title" id="import-preview-title" tabIndex={-1} ref={heading}>
        {diff.empty ? t('preview.titleEmpty', { title }) : t('preview.title', { title })}
      </h3>
      <p class="rc-preview__intro">
        {diff.empty
          ? t('preview.introEmpty')
          : t(diff.sites.length ? 'preview.introDomains' : 'preview.intro', { count })}
        {managed ? t('preview.managed') : ''}
      </p>

      <div class="rc-diff">
        <Group title={t('preview.rules')} count={diff.rules.length}>
          {diff.rules.map((r) => (
            <li key={r.id} class="rc-diff__item" data-rc-diff-rule={r.id}>
              <span class="rc-diff__what">{ruleLabel(r.id)}</span>
              <span class={`rc-diff__change${r.after.enabled ? '' : ' rc-diff__change--off'}`}>{ruleChangeText(r)}</span>
            </li>
          ))}
        </Group>
        <Group title={t('preview.added')} count={diff.added.length}>
          {diff.added.map((r) => (
            <CustomRuleItem key={r.id} rule={r} how="added" />
          ))}
        </Group>
        <Group title={t('preview.removed')} count={diff.removed.length}>
          {diff.removed.map((r) => (
            <CustomRuleItem key={r.id} rule={r} how="removed" />
          ))}
        </Group>
        <Group title={t('preview.changed')} count={diff.changed.length}>
          {diff.changed.map((c) => (
            <li key={c.id} class="rc-diff__item rc-diff__item--stack" data-rc-diff-changed={c.id}>
              <span class="rc-diff__what">
                <code>{c.id}</code>
              </span>
              <dl class="rc-diff__fields">
                {c.fields.map((f) => (
                  <div key={f} class="rc-diff__field">
                    <dt>{fieldLabel(f)}</dt>
                    <dd class={f === 'pattern' || f === 'flags' ? 'rc-mono' : undefined}>
                      <Becomes before={<span class="rc-diff__old">{fieldValue(c.before, f)}</span>} after={<span class="rc-diff__new">{fieldValue(c.after, f)}</span>} />
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </Group>
        <Group title={t('preview.guidelines')} count={diff.guidelines.length}>
          {diff.guidelines.map((g) => (
            <li key={g.id} class="rc-diff__item rc-diff__item--stack" data-rc-diff-guideline={g.id}>
              <span class="rc-diff__what">{guidelineName(g.id)}</span>
              <span class="rc-diff__text">
                {g.after === null ? (
                  t('preview.builtinBack')
                ) : (
                  <Becomes
                    before={g.before === null ? t('preview.builtin') : <span class="rc-diff__old">{t('pack.quoted', { name: g.before })}</span>}
                    after={<span class="rc-diff__new">{t('pack.quoted', { name: g.after })}</span>}
                  />
                )}
              </span>
            </li>
          ))}
        </Group>
        <Group title={t('preview.domains')} count={diff.sites.length}>
          {diff.sites.map((c) => (
            <li key={c.host} class="rc-diff__item" data-rc-diff-site={c.host}>
              <span class="rc-diff__what rc-mono">{c.host}</span>
              <span class="rc-diff__change">
                {c.before === null ? t('preview.domainAdded', { site: siteName(c.after) }) : <Becomes before={<span class="rc-diff__old">{siteName(c.before)}</span>} after={<span class="rc-diff__new">{siteName(c.after)}</span>} />}
              </span>
            </li>
          ))}
        </Group>
        {diff.sites.some((c) => c.before === null) ? (
          <p class="rc-setting__hint" data-rc-diff-access="">
            {t('preview.domainAccess')}
          </p>
        ) : null}
        <Group title={t('preview.packName')} count={diff.name ? 1 : 0}>
          {diff.name ? (
            <li class="rc-diff__item">
              <span class="rc-diff__text">
                <Becomes
                  before={diff.name.before ? <span class="rc-diff__old">{t('pack.quoted', { name: diff.name.before })}</span> : t('preview.noName')}
                  after={diff.name.after ? <span class="rc-diff__new">{t('pack.quoted', { name: diff.name.after })}</span> : t('preview.noNameAfter')}
                />
              </span>
            </li>
          ) : null}
        </Group>
      </div>

      {warnings.length ? (
        <div class="rc-preview__warnings">
          <p class="rc-banner__sub">{t('preview.warnings', { count: warnings.length })}</p>
          <OptionsPlainIssues issues={warnings} kind="warning" />
        </div>
      ) : null}

      <div class="rc-preview__actions">
        {diff.empty ? null : (
          <button type="button" class="rc-button rc-button--primary" disabled={busy || readOnly} onClick={onConfirm}>
            {busy ? t('preview.importing') : t('preview.replace')}
          </button>
        )}
        <button type="button" class="rc-button" disabled={busy} onClick={onCancel}>
          {diff.empty ? t('preview.close') : t('preview.cancel')}
        </button>
      </div>
    </section>
  );
}
