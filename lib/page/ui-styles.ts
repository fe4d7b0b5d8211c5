/** Styles of the in-page UI (card, overlays, notice), inserted once into the `<reply-coach-root>` shadow root. */
import { OVERLAY_CSS } from '../editors/highlights';
import { SEVERITY_COLORS } from './severity';

export const UI_CSS = `
:host { all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;
  display: block; contain: layout style; }
.rc-layer, .rc-cards { position: fixed; top: 0; left: 0; width: 0; height: 0; }
.rc-layer { pointer-events: none; }
.rc-card-pos { position: fixed; width: 328px; max-width: calc(100vw - 16px); }
.rc-card { box-sizing: border-box; position: relative; overflow: hidden; background: #fff; color: #1f2328;
  border: 1px solid #d9dde3; border-radius: 10px; padding: 12px 14px 10px 18px;
  box-shadow: 0 10px 28px rgba(16, 24, 40, .16), 0 2px 6px rgba(16, 24, 40, .08);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: left; letter-spacing: normal; animation: rc-in .12s ease-out; }
@keyframes rc-in { from { opacity: 0; transform: translateY(-3px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .rc-card { animation: none; } }
.rc-card::before { content: ""; position: absolute; left: 0; top: 0; bottom: 0; width: 5px; background: var(--rc-sev); }
.rc-sev-error { --rc-sev: ${SEVERITY_COLORS.error}; }
.rc-sev-warning { --rc-sev: ${SEVERITY_COLORS.warning}; }
.rc-sev-info { --rc-sev: ${SEVERITY_COLORS.info}; }
.rc-head { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 8px; margin-bottom: 4px; padding-right: 24px; }
.rc-dot { width: 8px; height: 8px; border-radius: 50%; background: var(--rc-sev); flex: none; align-self: center; }
.rc-category { font-weight: 650; font-size: 13.5px; white-space: nowrap; }
.rc-severity { color: #57606a; font-size: 12px; white-space: nowrap; }
.rc-close { position: absolute; top: 8px; right: 8px; border: 0; background: transparent; color: #57606a; width: 24px; height: 24px;
  border-radius: 6px; display: grid; place-items: center; cursor: pointer; padding: 0; }
.rc-close:hover { background: #f0f2f5; color: #1f2328; }
.rc-message { margin: 0 0 8px; }
.rc-why { margin: -4px 0 8px; font-size: 12px; color: var(--rc-muted, #5b6270); }
.rc-suggestions { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 6px; }
.rc-suggestion { all: unset; box-sizing: border-box; width: 100%; display: flex; align-items: baseline;
  gap: 10px; padding: 6px 10px; border-radius: 8px; background: #f3f7f4; border: 1px solid #d6e8dc;
  cursor: pointer; font: inherit; color: inherit; }
.rc-suggestion:hover { background: #e6f2ea; border-color: #a9d4b7; }
.rc-suggestion:disabled { opacity: .6; cursor: default; }
.rc-was { margin: 0 0 6px; color: #6e7781; text-decoration: line-through; text-decoration-color: var(--rc-sev);
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.rc-now { color: #0a5c2f; font-weight: 600; flex: 1 1 auto; }
.rc-gap { background: #fff3cd; color: #6b4a00; border-radius: 3px; padding: 0 2px; font-weight: 600; }
.rc-action { margin-left: auto; font-size: 12px; font-weight: 600; color: #0b57d0; }
.rc-norewrite { margin: 0 0 8px; color: #57606a; font-style: italic; }
.rc-guideline { margin: 0 0 6px; display: flex; gap: 6px; align-items: baseline; color: #3d444d; font-size: 12px; cursor: help; }
.rc-gid { flex: none; font-weight: 700; font-size: 11px; color: #3d444d; background: #eef1f4; border-radius: 4px; padding: 0 5px; }
.rc-foot { display: flex; gap: 14px; border-top: 1px solid #eceef1; padding-top: 6px; }
.rc-link { all: unset; cursor: pointer; color: #57606a; font-size: 12px; border-radius: 4px; }
.rc-link:hover { color: #1f2328; text-decoration: underline; }
.rc-link:disabled { opacity: .6; cursor: default; }
.rc-status { margin: 6px 0 0; font-size: 12px; color: #3d444d; }
.rc-status:empty { display: none; }
.rc-card button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.rc-notice { position: fixed; top: 16px; left: max(8px, calc(100vw - 376px)); width: 360px; max-width: calc(100vw - 16px);
  box-sizing: border-box; display: flex; gap: 10px; align-items: flex-start; padding: 10px 12px; border-radius: 10px;
  background: #1f2328; color: #fff; box-shadow: 0 10px 28px rgba(16, 24, 40, .24);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; text-align: left; }
.rc-notice-text { margin: 0; flex: 1 1 auto; }
.rc-notice-close { all: unset; cursor: pointer; width: 20px; height: 20px; border-radius: 4px; text-align: center; line-height: 20px; color: #d0d7de; }
.rc-notice-close:hover, .rc-notice-close:focus-visible { background: rgba(255, 255, 255, .16); color: #fff; }
${OVERLAY_CSS}
`;
