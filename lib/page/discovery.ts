/**
 * Finds reply boxes in a document and follows them as the page changes: SPA navigation,
 * late-mounted and re-mounted editors, open shadow roots and same-origin iframes (also one whose
 * document is rewritten with document.open/write, which drops its listeners: Salesforce).
 * Event-driven only: one MutationObserver (childList) shared by every observed root, plus
 * `focusin` as the safety net for editors that were hidden when they were added or live in a
 * shadow root attached after its host. No polling.
 *
 * A named site coaches what its selectors name and nothing else (unless it says its selectors
 * are guesses); a custom domain runs the generic heuristic; only the e2e build's local pages
 * take every visible editable.
 */
import { onSitePage } from '../sites';
import type { SiteDef } from '../sites/types';
import { whileValid, type PageContext } from './context';
import { composedParent, editingHost, isElement, isLive, isOwnUi, isTextarea, isVisible } from './dom';
import { signalAt, underAny } from './site-dom';
import { nearSendButton } from './send-buttons';

export { nearSendButton, sendButtonsNear } from './send-buttons';

/** Size under which an editable is a search or title field, not a reply box (heuristic only). */
const MIN_BOX = { width: 160, height: 24 };


export interface DiscoveryOptions {
  site: SiteDef;
  /** Every visible textarea/contenteditable is a reply box (e2e build on local pages, user-enabled sites). */
  allEditables: boolean;
  onBox(el: HTMLElement): void;
  onGone(el: HTMLElement): void;
  /** The content script's context: discovery stops with it. */
  context: PageContext;
}

const EDITABLE = 'textarea, [contenteditable]:not([contenteditable="false"])';



/**
 * Recipient, subject and search fields: editable, sometimes large, next to Send, never the reply
 * (Outlook's To/Cc/Bcc are contenteditable; helpdesks label theirs).
 */
const NOT_A_REPLY_ROLE = new Set(['combobox', 'searchbox']);
const NOT_A_REPLY_LABEL = /^\s*(to|cc|bcc|from|subject|search|find)\b/i;

function isFieldNotReply(el: Element): boolean {
  if (NOT_A_REPLY_ROLE.has(el.getAttribute('role') ?? '')) return true;
  if (el.getAttribute('aria-multiline') === 'false') return true;
  const label = [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('name')].filter(Boolean).join(' ');
  return NOT_A_REPLY_LABEL.test(label);
}

/** The reply box `candidate` stands for, or null. Site selectors may name a container or an iframe. */
export function resolveBox(candidate: Element, viaSite: boolean): HTMLElement | null {
  if (viaSite && (candidate.localName === 'iframe' || candidate.localName === 'frame')) {
    const body = frameBody(candidate as HTMLIFrameElement);
    return body ? resolveBox(body, true) : null;
  }
  let host = editingHost(candidate);
  if (!host && viaSite) {
    const inner = candidate.querySelector(EDITABLE);
    host = inner ? editingHost(inner) : null;
  }
  if (!host || isOwnUi(host)) return null;
  if (!isTextarea(host) && host.getAttribute('contenteditable') === 'false') return null;
  return host;
}

/** The body of a same-origin frame's document, or null (cross-origin, not loaded). */
function frameBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    return frame.contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

/** A site selector names `host` (or its container or iframe), and the site's `replyIf` holds there. */
export function namedBySite(host: HTMLElement, site: SiteDef): boolean {
  return underAny(host, site.replyBox) && (!site.replyIf || signalAt(host, site.replyIf) === true);
}

/** The generic heuristic: a large visible editable near a send button that is no recipient, subject or search field. */
export function looksLikeReplyBox(host: HTMLElement): boolean {
  return isVisible(host, MIN_BOX.width, MIN_BOX.height) && !isFieldNotReply(host) && nearSendButton(host);
}

/**
 * Whether `host` is coached: a site selector names it, or every visible editable counts (the
 * e2e build's local pages), or the site allows the heuristic and it looks like a reply box.
 */
export function isReplyBox(host: HTMLElement, site: SiteDef, allEditables: boolean): boolean {
  if (namedBySite(host, site) || allEditables) return isVisible(host);
  return !!site.heuristic && looksLikeReplyBox(host);
}

/** Starts watching `doc` (and every open shadow root and same-origin iframe under it). */
export function startDiscovery(doc: Document, opts: DiscoveryOptions): void {
  const { site, allEditables, onBox, onGone, context } = opts;
  const { signal } = context;
  const boxes = new Set<HTMLElement>();
  /** Iframes whose `load` we listen to. */
  const frames = new WeakSet<Element>();
  const pending = new Set<Node>();
  let scheduled = false;

  /** Roots (documents, shadow roots) whose focusin listener is on, with the documentElement it was added under. */
  const roots = new WeakMap<Node, Element | null>();
  const focusListeners = new WeakMap<Node, (e: Event) => void>();
  /** Documents whose root element was replaced (document.open/write): their listeners are gone. */
  const rewritten = new Set<Document>();

  const add = (host: HTMLElement | null) => {
    if (!host || boxes.has(host) || !onSitePage(site, doc.location.pathname) || !isReplyBox(host, site, allEditables)) return;
    boxes.add(host);
    onBox(host);
  };
  const consider = (el: Element) => add(resolveBox(el, false));

  const scanSubtree = (root: Node) => {
    if (isElement(root) && root.localName === 'reply-coach-root') return;
    const scope = root as ParentNode;
    // Site selectors first (they may name a container), then every editable.
    for (const sel of site.replyBox) {
      let found: NodeListOf<Element> | Element[];
      try {
        found = scope.querySelectorAll(sel);
      } catch {
        continue;
      }
      for (const el of found) add(resolveBox(el, true));
    }
    if (isElement(root) && root.matches(EDITABLE)) consider(root);
    for (const el of scope.querySelectorAll(EDITABLE)) consider(el);
    // Open shadow roots and same-origin iframes below this subtree.
    const walkFrom = isElement(root) ? [root, ...root.querySelectorAll('*')] : scope.querySelectorAll('*');
    for (const el of walkFrom) {
      if (el.shadowRoot && el.localName !== 'reply-coach-root') watchRoot(el.shadowRoot);
      if (el.localName === 'iframe' || el.localName === 'frame') watchFrame(el as HTMLIFrameElement);
    }
  };

  const watchRoot = (root: Document | ShadowRoot) => {
    const top = root.nodeType === 9 ? (root as Document).documentElement : null;
    if (roots.has(root) && roots.get(root) === top) return;
    roots.set(root, top);
    observer.observe(root, { childList: true, subtree: true });
    let onFocus = focusListeners.get(root);
    if (!onFocus) focusListeners.set(root, (onFocus = whileValid(context, onFocusIn)));
    // The same function again: a no-op where the listener survived, back where document.open dropped it.
    root.addEventListener('focusin', onFocus, { capture: true, signal });
    if ((root as Document).designMode === 'on' && (root as Document).body) consider((root as Document).body);
    scanSubtree(root);
  };

  const watchFrame = (frame: HTMLIFrameElement) => {
    if (!frames.has(frame)) {
      frames.add(frame);
      // A srcdoc/about:blank editor replaces its document on load (TinyMCE, CKEditor 4).
      frame.addEventListener('load', whileValid(context, () => watchFrameDoc(frame)), { signal });
    }
    watchFrameDoc(frame);
  };

  const watchFrameDoc = (frame: HTMLIFrameElement) => {
    let fdoc: Document | null = null;
    try {
      fdoc = frame.contentDocument;
    } catch {
      fdoc = null; // cross-origin: that frame's own content script handles it
    }
    if (fdoc) watchRoot(fdoc);
  };

  const flush = whileValid(context, () => {
    scheduled = false;
    for (const box of boxes) {
      if (!isLive(box)) {
        boxes.delete(box);
        onGone(box);
      }
    }
    for (const d of rewritten) watchRoot(d);
    rewritten.clear();
    for (const node of pending) if (node.isConnected) scanSubtree(node);
    pending.clear();
  });

  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    // A macrotask lets frameworks finish mounting (an editor attaches its handlers after insertion).
    setTimeout(flush, 50);
  };

  const observer = new MutationObserver(
    whileValid(context, (records: MutationRecord[]) => {
      let removed = false;
      for (const r of records) {
        for (const n of r.addedNodes) if (isElement(n)) pending.add(n);
        if (r.removedNodes.length) removed = true;
        if (r.target.nodeType === 9 && r.addedNodes.length) rewritten.add(r.target as Document);
      }
      if (pending.size || removed || rewritten.size) schedule();
    }),
  );

  /** Editors shown after they were added, or inside a shadow root attached late. */
  function onFocusIn(e: Event) {
    const target = e.composedPath()[0] as Node | undefined;
    if (!isElement(target)) return;
    for (let n: Node | null = target; n; n = n.parentNode ?? ((n as ShadowRoot).host as Node | undefined) ?? null) {
      if (n.nodeType === 11 && (n as ShadowRoot).host) watchRoot(n as ShadowRoot);
    }
    // A box hidden when it was added (or matched by no scan yet) is judged now it has focus.
    consider(target);
  }

  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  watchRoot(doc);
}
