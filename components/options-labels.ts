/** Words the options page uses for rule data. Category names come from ./report-labels.ts. */
import { CATEGORIES, type Category, type Lang, type Severity } from '../lib/checker/types';

/** Built-in categories in the order the page lists them: tone first, the placeholder check last. */
export const CATEGORY_ORDER: readonly Category[] = [...CATEGORIES, 'placeholder'];

/** What a category catches, in one line. */
export const CATEGORY_HINT: Record<Category, string> = {
  blame: 'Sentences that put the cause of the problem on the customer.',
  defensive: 'Sentences that protect the company instead of helping.',
  dismissive: 'Sentences that make the problem or the feeling smaller than it is.',
  condescending: 'Reminders, lectures and "as I said" that talk down to the customer.',
  refusal: 'A no with no reason and nowhere to go.',
  policy: 'A rule quoted without why it exists or what is still possible.',
  shouting: 'Capitals and stacked punctuation that raise the volume.',
  placeholder: 'Gaps like [reason] left from a suggested rewrite. Keep this on.',
};

export const SEVERITY_NAME: Record<Severity, string> = { info: 'Info', warning: 'Warning', error: 'Error' };

export const LANG_NAME: Record<Lang, string> = { en: 'English', fr: 'French', sv: 'Swedish', zh: 'Chinese' };

/** A rule id as a DOM id fragment. */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

