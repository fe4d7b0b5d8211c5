/**
 * Small DOM helpers shared by the content script and the coach bundle. Elements may come from
 * another realm (a same-origin iframe), so nothing here uses `instanceof`.
 */

/** Tag of the one element that hosts all of Reply Coach's UI (open shadow root). */
export const UI_TAG = 'reply-coach-root';

/** The test hook attribute (design.md, "In the page"). */
export const FINDINGS_ATTR = 'data-reply-coach-findings';

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === 1;
}

export function isTextarea(el: Element): el is HTMLTextAreaElement {
  return el.localName === 'textarea';
}

/** The window an element lives in (its iframe's window for an iframe editor). */
export function windowOf(node: Node): Window {
  const doc = node.ownerDocument ?? (node as Document);
  return doc.defaultView ?? window;
}

/**
 * The editing host `el` belongs to: a usable textarea, the root of a contenteditable region,
 * or the body of a designMode document. Null when `el` is not editable.
 */
export function editingHost(el: Element): HTMLElement | null {
  if (isTextarea(el)) return el.readOnly || el.disabled ? null : el;
  const doc = el.ownerDocument;
  if (doc.designMode === 'on') return doc.body;
  const html = el as HTMLElement;
  if (!html.isContentEditable) return null;
  let host: HTMLElement = html;
  while (host.parentElement?.isContentEditable) host = host.parentElement;
  return host;
}

/** True while `el` is in a live document (a removed iframe leaves its body "connected"). */
export function isLive(el: Element): boolean {
  if (!el.isConnected) return false;
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  try {
    const frame = win.frameElement;
    return !frame || isLive(frame);
  } catch {
    return true;
  }
}

/**
 * Rendered, not collapsed to nothing and not parked off-screen (editors keep hidden helper
 * editables at `left: -10000px` for paste handling and IME).
 */
export function isVisible(el: Element, minWidth = 8, minHeight = 8): boolean {
  const r = el.getBoundingClientRect();
  if (r.width < minWidth || r.height < minHeight) return false;
  const win = windowOf(el);
  if (r.right <= 0 || r.bottom + win.scrollY <= 0) return false;
  const style = win.getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none';
}

/** Inside Reply Coach's own UI. */
export function isOwnUi(el: Element): boolean {
  const root = el.getRootNode();
  const host = (root as ShadowRoot).host;
  return !!el.closest(UI_TAG) || (!!host && host.localName === UI_TAG);
}

/** For an editable body inside a same-origin iframe: that iframe element, else null. */
export function frameOf(el: Element): HTMLIFrameElement | null {
  const win = el.ownerDocument.defaultView;
  if (!win || win === window) return null;
  try {
    return (win.frameElement as HTMLIFrameElement | null) ?? null;
  } catch {
    return null;
  }
}
