import { editableAdapter } from './editable';

/**
 * Lexical: handles beforeinput itself (lexical PR #54: events, never DOM writes) and commits
 * the replacement to its history as one entry.
 */
export default editableAdapter({
  id: 'lexical',
  selector: '[data-lexical-editor="true"]',
});
