/**
 * What `webextension-polyfill` resolves to in the page bundles the content script loads into its
 * world (the coach bundle; see `worldBrowser` in wxt.config.ts): the content script's own
 * `browser`, which it leaves on the world's global before it asks for them. One wrapper of the
 * extension API per frame instead of one per bundle, and the polyfill's code parsed once.
 */
import type { WxtBrowser } from 'wxt/browser';

declare global {
  // eslint-disable-next-line no-var
  var __replyCoachBrowser: WxtBrowser | undefined;
}

const shared = globalThis.__replyCoachBrowser;
if (!shared) throw new Error('Reply Coach: the coach bundle was loaded without its content script');
export default shared;
