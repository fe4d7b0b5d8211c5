/**
 * Why the popup's box is coached the way it is: the site definition that matched, the editor
 * adapter, and why Apply is off. Every string comes from the extension or is bounded
 * (lib/box-why.ts readWhy); Preact writes it as text.
 */
import type { BoxWhy } from '../lib/box-why';
import { t } from '../lib/i18n';

/** The editor adapters by name (lib/editors: one adapter per file); the generic kinds are words (lib/i18n). */
const EDITOR_NAMES: Record<string, string> = {
  prosemirror: 'ProseMirror',
  ckeditor5: 'CKEditor 5',
  quill: 'Quill',
  lexical: 'Lexical',
  slate: 'Slate',
  draftjs: 'Draft.js',
  tinymce: 'TinyMCE',
};

export function editorName(id: string): string {
  if (id === 'textarea' || id === 'contenteditable' || id === 'generic') return t(`editor.${id}`);
  return EDITOR_NAMES[id] ?? id;
}

/** The sentence that says why Apply is off, or null when it is on. */
export function readOnlyText(why: BoxWhy | undefined, editor: string): string | null {
  switch (why?.readOnly) {
    case 'site':
      return why.readOnlyNote ? t('why.readOnlySiteNote', { site: why.siteName, note: why.readOnlyNote }) : t('why.readOnlySite', { site: why.siteName });
    case 'not-bound':
      return t('why.notBound', { site: why.siteName, editor: editorName(editor) });
    default:
      return t('why.unknownEditor');
  }
}

export function PopupWhy({ why, editor }: { why: BoxWhy | undefined; editor: string }) {
  const site = !why || why.site === 'user' ? t('why.noSite') : t('why.site', { site: why.siteName });
  return (
    <p class="rc-note rc-why" data-rc-why="">
      {site} · {editorName(editor)}
    </p>
  );
}
