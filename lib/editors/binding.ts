/**
 * A site's editor binding held against a box's markup: the adapter that reads the box, whether
 * it may write there, and why not. Only an adapter the site binds gets Apply; any other markup on
 * a named site is read through its own adapter (its placeholders and widgets stay out of the
 * text) but offered for copying only.
 */
import type { EditorBinding } from '../sites/types';
import { pickAdapter } from './index';
import type { EditorAdapter } from './types';

/** Why a box is read-only: the site says so, no tested adapter knows its editor, or the site binds another. */
export type ReadOnlyReason = 'site' | 'unknown-editor' | 'not-bound';

export interface BoundAdapter {
  adapter: EditorAdapter;
  readOnly?: ReadOnlyReason;
}

export function bindAdapter(el: HTMLElement, binding: EditorBinding): BoundAdapter {
  const any = binding.apply === 'any';
  // A plain contenteditable is trusted only where markup decides or the site names it.
  const found = pickAdapter(el, any || binding.apply.includes('contenteditable'));
  if (binding.readOnly) return { adapter: found.canApply ? readOnlyView(found) : found, readOnly: 'site' };
  if (!found.canApply) return { adapter: found, readOnly: 'unknown-editor' };
  if (any || (binding.apply as readonly string[]).includes(found.id)) return { adapter: found };
  return { adapter: readOnlyView(found), readOnly: 'not-bound' };
}

function readOnlyView(adapter: EditorAdapter): EditorAdapter {
  return { ...adapter, canApply: false, apply: async () => ({ ok: false, reason: 'read-only' }) };
}
