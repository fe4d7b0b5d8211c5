/** Shouting (G8): capitals and stacked marks (built-in detectors configured by these rules). */
import type { RuleSource } from '../types';

export const SHOUTING: RuleSource[] = [
  {
    id: 'en.shouting.caps',
    category: 'shouting',
    severity: 'warning',
    guideline: 'G8',
    message: 'Words in capitals read as shouting. Let the sentence carry the emphasis.',
    detector: 'caps',
    suggestions: [],
    examples: {
      flag: ['Please DO NOT unplug the box.', 'The code is IN THE SECOND EMAIL.'],
      pass: ['The FAQ and the API docs cover this.', 'Your IBAN and BIC are on the statement.', 'Send the PDF to the HR team.'],
    },
  },
  {
    id: 'en.shouting.punctuation',
    category: 'shouting',
    severity: 'warning',
    guideline: 'G8',
    message: 'Three exclamation marks, or "?!", sound heated. One mark is enough.',
    detector: 'punctuation',
    suggestions: [],
    examples: {
      flag: ['The fix is live!!!', 'Did you restart it?!'],
      pass: ['Thanks so much!', 'Could you send a photo?', 'It works again!!'],
    },
  },
];
