/**
 * Adapter registry: picks the adapter for a reply box. Library adapters are recognised by the
 * markup their editor puts on its root; a plain contenteditable is trusted only where the page
 * is known to be plain; anything else is `generic` (read-only).
 */
import ckeditor5 from './ckeditor5';
import contenteditable from './contenteditable';
import draftjs from './draftjs';
import generic from './generic';
import lexical from './lexical';
import prosemirror from './prosemirror';
import quill from './quill';
import slate from './slate';
import textarea from './textarea';
import tinymce from './tinymce';
import type { EditorAdapter } from './types';

export type { EditorAdapter, TextSnapshot } from './types';

/** Tested adapters, most specific first. */
export const ADAPTERS: readonly EditorAdapter[] = [
  textarea,
  prosemirror,
  ckeditor5,
  quill,
  lexical,
  slate,
  draftjs,
  tinymce,
  contenteditable,
  generic,
];

/** Markup of editor libraries without a tested adapter: never treated as a plain contenteditable. */
const UNKNOWN_EDITORS =
  '.fr-element, .redactor-editor, .redactor_editor, .note-editable, trix-editor, .medium-editor-element, ' +
  '.cke_editable, [g_editable]';

/**
 * The adapter for `el`. `plainIsKnown`: a contenteditable without library markup is a plain
 * one the browser edits (local fixture pages, user-enabled sites, a site that says so).
 */
export function pickAdapter(el: HTMLElement, plainIsKnown: boolean): EditorAdapter {
  for (const a of ADAPTERS) {
    if (a === contenteditable) {
      if (plainIsKnown && !el.matches(UNKNOWN_EDITORS) && a.matches(el)) return a;
      continue;
    }
    if (a.matches(el)) return a;
  }
  return generic;
}
