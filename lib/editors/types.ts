/** The editor adapter contract (docs/architecture.md, "Editor adapters": one adapter per file). */
import type { Range as TextRange } from '../checker/types';
import type { ApplyResult } from '../messages';

export type { ApplyResult };

/** One read of a reply box: its text and the map between text offsets and the DOM. */
export interface TextSnapshot {
  /** The box's text (block elements and `<br>` as `\n`; a textarea's value). */
  text: string;
  /** Spans to leave unchecked (quoted thread, signature nodes inside the box). */
  ignore: TextRange[];
  /** DOM range over [start, end) of `text`; null for a textarea (the overlay measures it). */
  toDomRange(start: number, end: number): Range | null;
  /** Offset in `text` of a DOM point, or null when the point is outside the box. */
  fromDomPoint(node: Node, offset: number): number | null;
}

export interface ReadContext {
  /** Selectors of nodes inside the box whose text is not checked (quote, signature). */
  ignore?: readonly string[];
}

export interface EditorAdapter {
  /** Adapter id: 'textarea', 'prosemirror', …; 'generic' is read-only. */
  id: string;
  /** Whether a rewrite can be applied through the editor's input path (false: copy only). */
  canApply: boolean;
  /** Whether this adapter handles `el` (the editable root: textarea, contenteditable host, iframe body). */
  matches(el: HTMLElement): boolean;
  read(el: HTMLElement, ctx?: ReadContext): TextSnapshot;
  /**
   * Replaces [start, end) — which must still read `expected` — by `replacement`, as one undo
   * step through the editor's own input path; verifies the result, never retries.
   */
  apply(el: HTMLElement, start: number, end: number, expected: string, replacement: string): Promise<ApplyResult>;
  /** The element that carries `data-reply-coach-findings` (default: `el`). */
  hookTarget?(el: HTMLElement): HTMLElement;
}
