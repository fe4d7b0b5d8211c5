/**
 * A site definition's selectors held against the page (lib/sites/types.ts): which elements a
 * reply-box selector names, scoped signals ("find the scope around the box, test an indicator
 * inside it") and the internal-note test. Selectors climb across open shadow roots and out of
 * same-origin iframes, so a selector may name an iframe whose body is the editable.
 */
import type { NoteSignal, ScopedSignal } from '../sites/types';
import { composedParent } from './dom';

/** `el` and everything above it, itself first. */
function* ancestors(el: Element): Generator<Element> {
  for (let n: Element | null = el; n; n = composedParent(n)) yield n;
}

function matches(el: Element, sel: string): boolean {
  try {
    return el.matches(sel);
  } catch {
    return false; // a selector this engine cannot parse names nothing
  }
}

/** The first of `el` and its ancestors (across shadow roots and frames) matching `sel`. */
export function closestAcross(el: Element, sel: string): Element | null {
  for (const n of ancestors(el)) if (matches(n, sel)) return n;
  return null;
}

/** Whether `el` or an ancestor (across shadow roots and frames) matches one of `selectors`. */
export function underAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((sel) => closestAcross(el, sel) != null);
}

/** The outermost same-origin document above `el`: the helpdesk's page for an iframe editor. */
function pageDocument(el: Element): Document {
  let top = el;
  for (const n of ancestors(el)) top = n;
  return top.ownerDocument;
}

/** true/false when the signal's scope is around `el`, null when there is no such scope. */
export function signalAt(el: Element, signal: ScopedSignal): boolean | null {
  const scope: ParentNode | null = signal.scope ? closestAcross(el, signal.scope) : pageDocument(el);
  if (!scope) return null;
  try {
    return scope.querySelector(signal.indicator) != null;
  } catch {
    return false;
  }
}

/**
 * Whether the box `el` is an internal note: an ancestor selector matches, or the first scoped
 * signal whose scope is around the box finds its indicator.
 */
export function isNoteAt(el: Element, signals: readonly NoteSignal[] | undefined): boolean {
  let decided = false;
  for (const signal of signals ?? []) {
    if (typeof signal === 'string') {
      if (underAny(el, [signal])) return true;
    } else if (!decided) {
      const held = signalAt(el, signal);
      if (held === null) continue;
      if (held) return true;
      decided = true;
    }
  }
  return false;
}
