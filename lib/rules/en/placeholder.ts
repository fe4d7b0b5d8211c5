/** Placeholder (G11): a `[reason]`-style gap from a suggested rewrite left unfilled (built-in detector). */
import type { RuleSource } from '../types';

export const PLACEHOLDER: RuleSource[] = [
  {
    id: 'en.placeholder.unfilled',
    category: 'placeholder',
    severity: 'error',
    guideline: 'G11',
    message: 'This placeholder from a suggested rewrite still needs the real fact before you send.',
    detector: 'placeholder',
    suggestions: [],
    examples: {
      flag: ['We can’t do that because [reason].'],
      pass: ['See the [1] footnote.', 'The link is [here](https://example.com).'],
    },
  },
];
