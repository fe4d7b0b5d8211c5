/**
 * The one `<reply-coach-root>` element that hosts all of Reply Coach's UI in a document: an
 * open shadow root (styles stay in, page styles stay out), appended to `<html>` outside
 * `<body>` so page re-renders of the body keep it. Overlays and cards are fixed-positioned
 * inside it; nothing of ours ever goes under an editable root.
 */
import { CARD_CSS } from '../../components/card-styles';
import { UI_TAG } from './dom';

export interface UiRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Non-interactive overlays (textarea mirrors, fallback underlines). */
  layer: HTMLElement;
  /** Where the card renders. */
  cards: HTMLElement;
}

let current: UiRoot | null = null;

/** The UI root of this frame's document, created on first use, re-attached if the page removed it. */
export function uiRoot(): UiRoot {
  if (current) {
    if (!current.host.isConnected) document.documentElement.appendChild(current.host);
    return current;
  }
  const host = document.createElement(UI_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CARD_CSS;
  const layer = document.createElement('div');
  layer.className = 'rc-layer';
  const cards = document.createElement('div');
  cards.className = 'rc-cards';
  shadow.append(style, layer, cards);
  document.documentElement.appendChild(host);
  current = { host, shadow, layer, cards };
  return current;
}

export function removeUiRoot(): void {
  current?.host.remove();
  current = null;
}
