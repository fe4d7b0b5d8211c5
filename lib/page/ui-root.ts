/**
 * The one `<reply-coach-root>` element that hosts all of Reply Coach's UI in a document: an
 * empty custom element with a closed shadow root (open in the e2e build, so tests can reach the
 * card: a documented difference), appended to `<html>` outside `<body>` so page re-renders of
 * the body keep it. Overlays and cards are fixed-positioned inside it; nothing of ours ever goes
 * under an editable root.
 *
 * Page scripts share the DOM with it: untrusted (script-made) events never reach the card's
 * handlers, and the card's own events do not bubble out to the page (as WXT's shadow-root UI
 * does with `isolateEvents`).
 */
import { E2E_BUILD, UI_TAG } from './dom';
import { UI_CSS } from './ui-styles';

export interface UiRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Non-interactive overlays (textarea mirrors, fallback underlines). */
  layer: HTMLElement;
  /** Where the card renders. */
  cards: HTMLElement;
}

let current: UiRoot | null = null;

/** Everything a person does to the card: script-made copies are dropped before any handler sees them. */
const GUARDED_EVENTS = [
  'click', 'auxclick', 'dblclick', 'contextmenu',
  'mousedown', 'mouseup', 'mouseover', 'mouseout', 'mouseenter', 'mouseleave', 'mousemove',
  'pointerdown', 'pointerup', 'pointerover', 'pointerout', 'pointerenter', 'pointerleave', 'pointermove',
  'touchstart', 'touchend', 'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit',
] as const;

/** The card's events that stay inside the root (the page's bubbling listeners never see them). */
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'click', 'auxclick', 'dblclick', 'mousedown', 'mouseup',
  'pointerdown', 'pointerup', 'focusin', 'focusout', 'input', 'beforeinput', 'change',
] as const;

/**
 * Drops untrusted events at the shadow root's capture phase, before they reach any element
 * inside it, and stops the card's own events at the container's bubble phase.
 */
export function guardUi(shadow: ShadowRoot, container: HTMLElement): void {
  const drop = (e: Event) => {
    if (e.isTrusted) return;
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  for (const type of GUARDED_EVENTS) shadow.addEventListener(type, drop, { capture: true });
  isolateEvents(container);
}

/** Stops the events of Reply Coach's UI in `container` at its bubble phase (another container of the root: the counters). */
export function isolateEvents(container: HTMLElement): void {
  const keep = (e: Event) => e.stopPropagation();
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, keep);
}

/**
 * Adds a second stylesheet to the UI root, once per `key`, right after the root's own (the card
 * UI's, when it loads: entrypoints/card-ui.ts).
 */
export function addUiStyles(key: string, css: string): void {
  const { shadow } = uiRoot();
  if (shadow.querySelector(`style[data-rc-styles="${key}"]`)) return;
  const style = document.createElement('style');
  style.setAttribute('data-rc-styles', key);
  style.textContent = css;
  shadow.querySelector('style')!.after(style);
}

/** The UI root of this frame's document, created on first use, re-attached if the page removed it. */
export function uiRoot(): UiRoot {
  if (current) {
    if (!current.host.isConnected) document.documentElement.appendChild(current.host);
    return current;
  }
  const host = document.createElement(UI_TAG);
  const shadow = host.attachShadow({ mode: E2E_BUILD ? 'open' : 'closed' });
  const style = document.createElement('style');
  style.textContent = UI_CSS;
  const layer = document.createElement('div');
  layer.className = 'rc-layer';
  const cards = document.createElement('div');
  cards.className = 'rc-cards';
  shadow.append(style, layer, cards);
  guardUi(shadow, cards);
  document.documentElement.appendChild(host);
  current = { host, shadow, layer, cards };
  return current;
}

export function removeUiRoot(): void {
  current?.host.remove();
  current = null;
}
