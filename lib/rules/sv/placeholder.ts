/** Placeholder (G11): a `[anledning]`-style gap from a suggested rewrite left unfilled (built-in detector). */
import type { RuleSource } from '../types';

export const PLACEHOLDER: RuleSource[] = [
  {
    id: 'sv.placeholder.unfilled',
    category: 'placeholder',
    severity: 'error',
    guideline: 'G11',
    message: 'Den här luckan från ett förslag behöver den riktiga uppgiften innan du skickar.',
    detector: 'placeholder',
    suggestions: [],
    examples: {
      flag: ['Vi kan inte göra det eftersom [anledning].', 'Paketet kommer fram [veckodag].'],
      pass: ['Se fotnot [1].', 'Länken finns [här](https://example.com).'],
    },
  },
];
