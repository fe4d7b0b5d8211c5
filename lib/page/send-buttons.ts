/**
 * Finding a reply box's Send button: discovery takes a large editable near one for a reply box,
 * and the card keeps clear of it. Its own module so the coach bundle gets it without the site
 * definitions discovery needs.
 */
import { composedParent } from './dom';

/**
 * Words on a button that sends a reply (the languages Reply Coach has rule packs for). A string,
 * not a regular expression literal: the build writes strings in ASCII (escapes), and a page script
 * with no character above U+00FF is held in one byte per character (see wxt.config.ts).
 */
const SEND_WORDS = new RegExp(
  '\\b(send|reply|respond|submit|post|envoyer|répondre|repondre|skicka|svara)\\b|发送|回复|提交|答复|傳送|發送|回覆|送出',
  'i',
);

/** How many ancestor levels the heuristic climbs to find a send/reply button. */
const BUTTON_LEVELS = 6;

/** True when a send/reply/submit/respond button sits near `el` (same form or composer, also out of its iframe). */
export function nearSendButton(el: Element): boolean {
  return sendButtonsNear(el).length > 0;
}

/** The send/reply/submit/respond buttons of the closest ancestor of `el` that holds any (none: []). */
export function sendButtonsNear(el: Element): Element[] {
  let scope: Element | null = el;
  for (let level = 0; scope && level < BUTTON_LEVELS; level++) {
    scope = composedParent(scope);
    if (!scope) break;
    const found = [...scope.querySelectorAll('button, [role="button"], input[type="submit"], input[type="button"]')].filter((b) => {
      const label = [
        b.getAttribute('aria-label'),
        b.getAttribute('title'),
        b.getAttribute('data-tooltip'),
        (b as HTMLInputElement).value,
        b.textContent,
      ]
        .filter(Boolean)
        .join(' ');
      return label.length < 200 && SEND_WORDS.test(label);
    });
    if (found.length) return found;
  }
  return [];
}
