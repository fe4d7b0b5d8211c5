/**
 * Why the popup's box is coached the way it is: the site definition that matched, the editor
 * adapter, and why Apply is off. Every string comes from the extension or is bounded
 * (lib/box-why.ts readWhy); Preact writes it as text.
 */
import type { BoxWhy } from '../lib/box-why';

/** The editor adapters by name (lib/editors: one adapter per file). */
const EDITOR_NAMES: Record<string, string> = {
  textarea: 'plain text box',
  contenteditable: 'plain rich-text box',
  prosemirror: 'ProseMirror',
  ckeditor5: 'CKEditor 5',
  quill: 'Quill',
  lexical: 'Lexical',
  slate: 'Slate',
  draftjs: 'Draft.js',
  tinymce: 'TinyMCE',
  generic: 'an editor Reply Coach does not know',
};

export function editorName(id: string): string {
  return EDITOR_NAMES[id] ?? id;
}

/** The sentence that says why Apply is off, or null when it is on. */
export function readOnlyText(why: BoxWhy | undefined, editor: string): string | null {
  switch (why?.readOnly) {
    case 'site':
      return `Read-only on ${why.siteName}${why.readOnlyNote ? `: ${why.readOnlyNote}` : ''}. Copy a rewrite and paste it in.`;
    case 'not-bound':
      return `Read-only: ${why.siteName} is not known to use ${editorName(editor)} here. Copy a rewrite and paste it in.`;
    default:
      return 'This editor is read-only for Reply Coach: no tested adapter knows it. Copy a rewrite and paste it in.';
  }
}

export function PopupWhy({ why, editor }: { why: BoxWhy | undefined; editor: string }) {
  const site = !why || why.site === 'user' ? 'No site definition (generic detection)' : `${why.siteName} definition`;
  return (
    <p class="rc-note rc-why" data-rc-why="">
      {site} · {editorName(editor)}
    </p>
  );
}
