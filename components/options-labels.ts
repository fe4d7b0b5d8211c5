/** Words the options page uses for rule data (lib/i18n). Category names come from ./report-labels.ts. */
import { CATEGORIES, type Category, type Lang, type Severity } from '../lib/checker/types';
import { languageName, t } from '../lib/i18n';

/** Built-in categories in the order the page lists them: tone first, the placeholder check last. */
export const CATEGORY_ORDER: readonly Category[] = [...CATEGORIES, 'placeholder'];

/** What a category catches, in one line. */
export function categoryHint(category: Category): string {
  return t(`hint.${category}`);
}

export function severityName(severity: Severity): string {
  return t(`severityName.${severity}`);
}

/** A rule language's name; one the catalogue does not know by its code. */
export function langName(lang: Lang): string {
  return languageName(lang);
}

/** A rule id as a DOM id fragment. */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}
