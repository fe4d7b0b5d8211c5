/** Builds a contenteditable adapter from its few editor-specific facts. */
import { applyToEditable, type ApplyOptions } from './apply';
import { collapsesSpace, readEditable } from './text';
import type { EditorAdapter } from './types';

export interface EditableSpec extends ApplyOptions {
  id: string;
  /** The editable root carries this (class, attribute). */
  selector: string;
  /** Editor UI inside the root whose text is not part of the reply (placeholders, widgets). */
  skip?: string;
  hookTarget?(el: HTMLElement): HTMLElement;
}

export function editableAdapter(spec: EditableSpec): EditorAdapter {
  const read: EditorAdapter['read'] = (el, ctx) =>
    readEditable(el, { skip: spec.skip, ignore: ctx?.ignore, collapsesSpace: collapsesSpace(el) });
  return {
    id: spec.id,
    canApply: true,
    matches: (el) => el.matches(spec.selector),
    read,
    apply: (el, start, end, expected, replacement) =>
      applyToEditable(el, read, start, end, expected, replacement, spec),
    ...(spec.hookTarget ? { hookTarget: spec.hookTarget } : {}),
  };
}
