import { useRef, useState } from 'preact/hooks';
import {
  CATEGORIES,
  GUIDELINE_IDS,
  LANGS,
  SEVERITIES,
  type CustomRule,
  type GuidelineId,
  type Lang,
  type Severity,
  type ToneCategory,
} from '../lib/checker/types';
import { GUIDELINES_EN } from '../lib/guidelines/en';
import { DEFAULT_GUIDELINE } from '../lib/rules/pack';
import { describedBy, OptionsField } from './options-field';
import { t } from '../lib/i18n';
import { langName, severityName } from './options-labels';
import { categoryLabel } from './report-labels';

/** Reasons per field (`pattern`), '' for the rule as a whole. */
export type FieldMessages = Partial<Record<keyof CustomRule | '', string[]>>;

export interface OptionsCustomFormProps {
  /** The rule being edited; absent when adding. */
  initial?: CustomRule;
  /** Saves; rejects with `{ fields }` (CustomRuleError) when the rule is refused. */
  onSave: (rule: CustomRule, replaceId?: string) => Promise<void>;
  /** Validates without saving (run when the pattern field is left). */
  onValidate: (rule: CustomRule) => Promise<{ warnings: FieldMessages }>;
  onCancel?: () => void;
}

interface Draft {
  id: string;
  kind: 'phrase' | 'regex';
  pattern: string;
  flags: string;
  lang: Lang;
  category: ToneCategory;
  severity: Severity;
  message: string;
  suggestions: string;
  /** '' = the category's guideline. */
  guideline: GuidelineId | '';
}

function draftOf(rule?: CustomRule): Draft {
  if (!rule) {
    return { id: '', kind: 'phrase', pattern: '', flags: '', lang: 'en', category: 'condescending', severity: 'warning', message: '', suggestions: '', guideline: '' };
  }
  return {
    id: rule.id,
    kind: rule.kind,
    pattern: rule.pattern,
    flags: rule.flags ?? '',
    lang: rule.lang,
    category: rule.category,
    severity: rule.severity,
    message: rule.message,
    suggestions: (rule.suggestions ?? []).join('\n'),
    guideline: rule.guideline && rule.guideline !== DEFAULT_GUIDELINE[rule.category] ? rule.guideline : '',
  };
}

/** The rule as the pack stores it; optional fields left out when not set. */
function ruleOf(d: Draft): CustomRule {
  const rule: CustomRule = {
    id: d.id.trim(),
    lang: d.lang,
    kind: d.kind,
    pattern: d.kind === 'phrase' ? d.pattern.trim() : d.pattern,
    category: d.category,
    severity: d.severity,
    message: d.message.trim(),
    suggestions: d.suggestions
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
  };
  if (d.guideline) rule.guideline = d.guideline;
  if (d.kind === 'regex' && d.flags.trim()) rule.flags = d.flags.trim();
  return rule;
}

function fieldsOf(err: unknown): FieldMessages {
  const fields = (err as { fields?: FieldMessages } | null)?.fields;
  if (fields && typeof fields === 'object') return fields;
  return { '': [err instanceof Error ? err.message : String(err)] };
}

const ORDER: Array<keyof CustomRule> = ['id', 'kind', 'pattern', 'flags', 'lang', 'category', 'severity', 'guideline', 'message', 'suggestions'];

/** Add or edit one custom rule. Validated by the rule pack parser; what is saved stays until a valid rule replaces it. */
export function OptionsCustomForm({ initial, onSave, onValidate, onCancel }: OptionsCustomFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [errors, setErrors] = useState<FieldMessages>({});
  const [warnings, setWarnings] = useState<FieldMessages>({});
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const editing = initial !== undefined;
  const p = editing ? 'edit' : 'new';

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    // An edited field's old reason no longer applies; the others stay until the next check.
    if (errors[key as keyof CustomRule] || (key === 'kind' && (errors.pattern || errors.flags))) {
      setErrors((e) => {
        const rest: FieldMessages = { ...e };
        delete rest[key as keyof CustomRule];
        if (key === 'kind') {
          delete rest.pattern;
          delete rest.flags;
        }
        return rest;
      });
    }
  };

  const checkPattern = async () => {
    if (!draft.pattern) return;
    try {
      const { warnings: w } = await onValidate(ruleOf(draft));
      setErrors((e) => ({ ...e, pattern: undefined, flags: undefined }));
      setWarnings(w);
    } catch (err) {
      const f = fieldsOf(err);
      setErrors((e) => ({ ...e, pattern: f.pattern, flags: f.flags }));
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onSave(ruleOf(draft), initial?.id);
      setErrors({});
      setWarnings({});
    } catch (err) {
      const f = fieldsOf(err);
      setErrors(f);
      // Take the keyboard to the first field that needs fixing.
      const first = ORDER.find((k) => f[k]?.length);
      if (first) queueMicrotask(() => formRef.current?.querySelector<HTMLElement>(`#${p}-${first}`)?.focus());
    } finally {
      setBusy(false);
    }
  };

  const ctl = (field: keyof CustomRule, hint = false) => ({
    id: `${p}-${field}`,
    'aria-invalid': errors[field]?.length ? ('true' as const) : undefined,
    'aria-describedby': describedBy(`${p}-${field}`, hint, errors[field], warnings[field]),
  });
  const regex = draft.kind === 'regex';
  const defaultG = DEFAULT_GUIDELINE[draft.category];

  return (
    <form ref={formRef} class="rc-form" onSubmit={submit} noValidate aria-labelledby={`${p}-title`}>
      <h3 class="rc-form__title" id={`${p}-title`}>
        {editing ? t('form.editTitle', { id: initial.id }) : t('form.addTitle')}
      </h3>
      <div class="rc-form__grid">
        <OptionsField id={`${p}-id`} label={t('form.id')} hint={t('form.idHint')} errors={errors.id}>
          <input class="rc-input rc-mono" {...ctl('id', true)} value={draft.id} placeholder="per-my-last" spellcheck={false} autoComplete="off" onInput={(e) => set('id', e.currentTarget.value)} />
        </OptionsField>
        <fieldset class="rc-field rc-kind">
          <legend class="rc-field__label">{t('form.match')}</legend>
          <div class="rc-segmented">
            <label>
              <input type="radio" name={`${p}-kind`} value="phrase" checked={!regex} onChange={() => set('kind', 'phrase')} />
              <span>{t('form.phrase')}</span>
            </label>
            <label>
              <input type="radio" name={`${p}-kind`} value="regex" checked={regex} onChange={() => set('kind', 'regex')} />
              <span>{t('form.regex')}</span>
            </label>
          </div>
        </fieldset>
        <OptionsField
          id={`${p}-pattern`}
          class="rc-field--wide"
          label={regex ? t('form.patternRegex') : t('form.patternPhrase')}
          hint={
            regex
              ? t('form.patternRegexHint')
              : t('form.patternPhraseHint')
          }
          errors={errors.pattern}
          warnings={warnings.pattern}
        >
          <input class="rc-input rc-mono" {...ctl('pattern', true)} value={draft.pattern} placeholder={regex ? '\\bper (my|our) last (e-?mail|message)\\b' : t('form.patternPhrasePlaceholder')} spellcheck={false} autoComplete="off" onInput={(e) => set('pattern', e.currentTarget.value)} onBlur={checkPattern} />
        </OptionsField>
        {regex ? (
          <OptionsField id={`${p}-flags`} class="rc-field--flags" label={t('form.flags')} hint={t('form.flagsHint')} errors={errors.flags}>
            <input class="rc-input rc-mono rc-input--short" {...ctl('flags', true)} value={draft.flags} placeholder="i" spellcheck={false} autoComplete="off" onInput={(e) => set('flags', e.currentTarget.value)} />
          </OptionsField>
        ) : null}
        <OptionsField id={`${p}-lang`} label={t('form.language')} errors={errors.lang}>
          <select class="rc-select" {...ctl('lang')} value={draft.lang} onChange={(e) => set('lang', e.currentTarget.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {langName(l)}
              </option>
            ))}
          </select>
        </OptionsField>
        <OptionsField id={`${p}-category`} label={t('form.category')} errors={errors.category}>
          <select class="rc-select" {...ctl('category')} value={draft.category} onChange={(e) => set('category', e.currentTarget.value as ToneCategory)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </OptionsField>
        <OptionsField id={`${p}-severity`} label={t('form.severity')} errors={errors.severity}>
          <select class="rc-select" {...ctl('severity')} value={draft.severity} onChange={(e) => set('severity', e.currentTarget.value as Severity)}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {severityName(s)}
              </option>
            ))}
          </select>
        </OptionsField>
        <OptionsField id={`${p}-guideline`} label={t('form.guideline')} errors={errors.guideline}>
          <select class="rc-select" {...ctl('guideline')} value={draft.guideline} onChange={(e) => set('guideline', e.currentTarget.value as GuidelineId | '')}>
            <option value="">
              {t('form.guidelineDefault', { id: defaultG, title: GUIDELINES_EN[defaultG].title })}
            </option>
            {GUIDELINE_IDS.map((g) => (
              <option key={g} value={g}>
                {g} · {GUIDELINES_EN[g].title}
              </option>
            ))}
          </select>
        </OptionsField>
        <OptionsField id={`${p}-message`} class="rc-field--wide" label={t('form.message')} hint={t('form.messageHint')} errors={errors.message}>
          <input class="rc-input" {...ctl('message', true)} value={draft.message} placeholder={t('form.messagePlaceholder')} onInput={(e) => set('message', e.currentTarget.value)} />
        </OptionsField>
        <OptionsField id={`${p}-suggestions`} class="rc-field--wide" label={t('form.suggestions')} hint={t('form.suggestionsHint')} errors={errors.suggestions}>
          <textarea class="rc-input rc-textarea" {...ctl('suggestions', true)} rows={3} value={draft.suggestions} placeholder={t('form.suggestionsPlaceholder')} onInput={(e) => set('suggestions', e.currentTarget.value)} />
        </OptionsField>
      </div>
      {errors['']?.length ? (
        <p class="rc-form__error" role="alert">
          {errors[''].join(' · ')}
        </p>
      ) : null}
      <div class="rc-form__actions">
        <button type="submit" class="rc-button rc-button--primary" disabled={busy}>
          {editing ? t('form.save') : t('form.add')}
        </button>
        {onCancel ? (
          <button type="button" class="rc-button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
