import { useMemo, useState } from 'preact/hooks';
import type { RuleOverride, Severity } from '../lib/checker/types';
import { GUIDELINES_EN } from '../lib/guidelines/en';
import type { RuleInfo } from '../lib/rules/types';
import { OptionsCategory } from './options-category';
import { CATEGORY_ORDER } from './options-labels';
import { OptionsRuleRow } from './options-rule-row';
import { t } from '../lib/i18n';
import { categoryLabel } from './report-labels';

export interface OptionsRulesProps {
  rules: RuleInfo[];
  overrides: Record<string, RuleOverride>;
  /** Rule ids the administrator's pack sets. */
  locked: readonly string[];
  /** Who set the locks. */
  lockedBy?: string;
  onToggle: (id: string, enabled: boolean) => void;
  onSeverity: (id: string, severity: Severity | null) => void;
  onReset: (id: string) => void;
}

function matches(rule: RuleInfo, words: string[]): boolean {
  if (!words.length) return true;
  const g = GUIDELINES_EN[rule.guideline];
  const hay = [rule.id, rule.message, ...rule.examples.flag, categoryLabel(rule.category), rule.category, g.id, g.title]
    .join('\n')
    .toLowerCase()
    .replace(/[’‘]/g, "'");
  return words.every((w) => hay.includes(w));
}

/** The built-in rules by category, each category with the guideline it protects, and a search box. */
export function OptionsRules({ rules, overrides, locked, lockedBy, onToggle, onSeverity, onReset }: OptionsRulesProps) {
  const [query, setQuery] = useState('');
  const lockedSet = useMemo(() => new Set(locked), [locked]);
  const words = query.toLowerCase().replace(/[’‘]/g, "'").split(/\s+/).filter(Boolean);
  const shown = rules.filter((r) => matches(r, words));
  const groups = CATEGORY_ORDER.map((category) => ({
    category,
    all: rules.filter((r) => r.category === category),
    rules: shown.filter((r) => r.category === category),
  })).filter((g) => g.rules.length > 0);

  return (
    <div class="rc-rules">
      <div class="rc-search">
        <label class="rc-visually-hidden" for="rule-search">
          {t('rules.search')}
        </label>
        <svg class="rc-search__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle cx="7" cy="7" r="4.6" fill="none" stroke="currentColor" stroke-width="1.7" />
          <path d="M10.5 10.5l3.5 3.5" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" />
        </svg>
        <input
          id="rule-search"
          class="rc-input rc-search__input"
          type="search"
          placeholder={t('rules.searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <span class="rc-search__count" aria-live="polite">
          {words.length ? t('rules.countFiltered', { shown: shown.length, total: rules.length }) : t('rules.count', { count: rules.length })}
        </span>
      </div>
      {groups.length === 0 ? (
        <p class="rc-empty">{t('rules.noMatch', { query: query.trim() })}</p>
      ) : (
        groups.map((g) => (
          <OptionsCategory key={g.category} category={g.category} all={g.all} overrides={overrides}>
            <ul class="rc-rule-list">
              {g.rules.map((r) => (
                <OptionsRuleRow
                  key={r.id}
                  rule={r}
                  override={overrides[r.id]}
                  locked={lockedSet.has(r.id)}
                  lockedBy={lockedBy}
                  onToggle={(on) => onToggle(r.id, on)}
                  onSeverity={(s) => onSeverity(r.id, s)}
                  onReset={() => onReset(r.id)}
                />
              ))}
            </ul>
          </OptionsCategory>
        ))
      )}
    </div>
  );
}
