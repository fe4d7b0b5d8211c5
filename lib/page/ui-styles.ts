/**
 * Styles of the in-page UI every coached frame shows (the root, overlays and underlines, the
 * counter's pill, the update notice), inserted once into the `<reply-coach-root>` shadow root.
 * The card's and the findings list's are in ./card-styles.ts, added with the card UI.
 */
import { OVERLAY_CSS } from '../editors/highlights';
import { SEVERITY_COLORS } from './severity';

export const UI_CSS = `
/* The page's own styles reach the host element only ("* { font: … !important }" included):
   important declarations of the shadow tree win over the page's, so the host resets every
   inherited property for good and the card sets its own type and colours. */
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important;
  height: 0 !important; z-index: 2147483647 !important; display: block !important; contain: layout style !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; }
.rc-layer, .rc-cards { position: fixed; top: 0; left: 0; width: 0; height: 0; }
.rc-layer { pointer-events: none; }
.rc-sev-error { --rc-sev: ${SEVERITY_COLORS.error}; }
.rc-sev-warning { --rc-sev: ${SEVERITY_COLORS.warning}; }
.rc-sev-info { --rc-sev: ${SEVERITY_COLORS.info}; }
.rc-notice { position: fixed; top: 16px; left: max(8px, calc(100vw - 376px)); width: 360px; max-width: calc(100vw - 16px);
  box-sizing: border-box; display: flex; gap: 10px; align-items: flex-start; padding: 10px 12px; border-radius: 10px;
  background: #1f2328; color: #fff; box-shadow: 0 10px 28px rgba(16, 24, 40, .24);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; text-align: left; }
.rc-notice-text { margin: 0; flex: 1 1 auto; }
.rc-notice-close { all: unset; cursor: pointer; width: 20px; height: 20px; border-radius: 4px; text-align: center; line-height: 20px; color: #d0d7de; }
.rc-notice-close:hover, .rc-notice-close:focus-visible { background: rgba(255, 255, 255, .16); color: #fff; }
/* --- The counter's pill (lib/page/counter-pill.ts) --- */
.rc-counters { position: fixed; top: 0; left: 0; width: 0; height: 0; }
.rc-counter { all: unset; position: fixed; box-sizing: border-box; display: grid; place-items: center; border-radius: 11px;
  background: var(--rc-sev); color: #fff; cursor: pointer; font: 700 12px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 1px 3px rgba(16, 24, 40, .3); }
.rc-counter:hover { filter: brightness(1.1); }
.rc-counter:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
${OVERLAY_CSS}
`;
