/**
 * Small DOM helpers shared by the content script and the coach bundle. Elements may come from
 * another realm (a same-origin iframe), so nothing here uses `instanceof`.
 */

/** Tag of the one element that hosts all of Reply Coach's UI (closed shadow root; open in the e2e build). */
export const UI_TAG = 'reply-coach-root';

/**
 * The end-to-end build (`npm run build:e2e`, Vite mode `e2e`; a build-time constant, so the
 * release build carries none of what it guards). Its differences are listed in the README:
 * localhost matches, the findings hook, an open UI shadow root, a fixed manifest `key`.
 */
export const E2E_BUILD: boolean = import.meta.env.MODE === 'e2e';

/** The test hook attribute (docs/architecture.md, "The test hook"): set in the e2e build only. */
export const FINDINGS_ATTR = 'data-reply-coach-findings';

/**
 * Sets or removes the test hook on `el` — in the e2e build only. The release build puts
 * nothing on the page's own elements (helpdesk scripts and session-replay tools read them).
 */
export function setFindingsHook(el: Element, count: number | null): void {
  if (!E2E_BUILD) return;
  if (count == null) el.removeAttribute(FINDINGS_ATTR);
  else el.setAttribute(FINDINGS_ATTR, String(count));
}

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

/** The element above `el`: its parent, its shadow root's host, or (for a frame's root) the iframe element. */
export function composedParent(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null) ?? frameOf(el);
}
