import type { ComponentChildren } from 'preact';
import type { Category, GuidelineId, RuleOverride } from '../lib/checker/types';
import { GUIDELINES_EN } from '../lib/guidelines/en';
import type { RuleInfo } from '../lib/rules/types';
import { t } from '../lib/i18n';
import { categoryHint, domId } from './options-labels';
import { categoryLabel } from './report-labels';

/** A category's card: its name, how many of its rules are on, and the guideline(s) its rules cite. */
export function OptionsCategory({
  category,
  all,
  overrides,
  children,
}: {
  category: Category;
  all: RuleInfo[];
  overrides: Record<string, RuleOverride>;
  children: ComponentChildren;
}) {
  const guidelines = [...new Set(all.map((r) => r.guideline))] as GuidelineId[];
  const on = all.filter((r) => overrides[r.id]?.enabled !== false).length;
  const titleId = domId('cat', category);
  return (
    <section class="rc-category" aria-labelledby={titleId}>
      <header class="rc-category__head">
        <div class="rc-category__name">
          <h3 id={titleId}>{categoryLabel(category)}</h3>
          <span class="rc-count">
            {t('rules.on', { on, total: all.length })}
          </span>
        </div>
        <p class="rc-category__guidelines">
          {guidelines.map((id) => (
            <span key={id} class="rc-guideline-ref">
              <span class="rc-gid">{id}</span>
              {GUIDELINES_EN[id].title}
            </span>
          ))}
        </p>
        <p class="rc-category__hint">{categoryHint(category)}</p>
      </header>
      {children}
    </section>
  );
}
