/**
 * An editable whose editor is unknown: coached read-only. Its text is read like any
 * contenteditable, but a rewrite is only offered for copying: a blind DOM write into an editor
 * we do not know is how the failure modes in docs/helpdesks.md §F1–§F5 happen.
 */
import { collapsesSpace, readEditable } from './text';
import type { EditorAdapter } from './types';

const generic: EditorAdapter = {
  id: 'generic',
  canApply: false,
  matches: (el) => el.isContentEditable,
  read: (el, ctx) => readEditable(el, { ignore: ctx?.ignore, collapsesSpace: collapsesSpace(el) }),
  apply: async () => ({ ok: false, reason: 'read-only' }),
};

export default generic;
