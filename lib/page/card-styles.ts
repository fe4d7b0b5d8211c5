/**
 * Styles of the card and the counter's findings list: part of the card UI bundle
 * (entrypoints/card-ui.ts), added to the `<reply-coach-root>` shadow root when it loads.
 * The severity colours (`--rc-sev`) come from ./ui-styles.ts.
 */
export const CARD_CSS = `
.rc-card-pos { position: fixed; width: 328px; max-width: calc(100vw - 16px); }
.rc-card {
  --rc-bg: #fff; --rc-fg: #1f2328; --rc-border: #d9dde3; --rc-muted: #57606a; --rc-soft: #3d444d; --rc-faint: #6e7781;
  --rc-rule: #eceef1; --rc-hover: #f0f2f5; --rc-chip: #eef1f4;
  --rc-sugg-bg: #f3f7f4; --rc-sugg-border: #d6e8dc; --rc-sugg-hover: #e6f2ea; --rc-sugg-hover-border: #a9d4b7;
  --rc-now: #24292f; --rc-changed-fg: #0a5c2f; --rc-changed-bg: #c8ecd4; --rc-cut: #c5221f;
  --rc-gap-bg: #fff3cd; --rc-gap-fg: #6b4a00; --rc-action: #0b57d0; --rc-focus: #0b57d0;
  --rc-shadow: 0 10px 28px rgba(16, 24, 40, .16), 0 2px 6px rgba(16, 24, 40, .08);
  color-scheme: light;
  box-sizing: border-box; position: relative; overflow: hidden; background: var(--rc-bg); color: var(--rc-fg);
  border: 1px solid var(--rc-border); border-radius: 10px; padding: 12px 14px 10px 18px; box-shadow: var(--rc-shadow);
  font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  letter-spacing: normal; word-spacing: normal; text-transform: none; text-indent: 0; text-shadow: none; text-align: left;
  white-space: normal; -webkit-text-fill-color: currentColor; animation: rc-in .12s ease-out; }
@media (prefers-color-scheme: dark) {
  .rc-card {
    --rc-bg: #1f242b; --rc-fg: #e6edf3; --rc-border: #3b434d; --rc-muted: #a2acb7; --rc-soft: #c3cbd4; --rc-faint: #8b949e;
    --rc-rule: #30363d; --rc-hover: #2d333b; --rc-chip: #2d333b;
    --rc-sugg-bg: #1a2a21; --rc-sugg-border: #2c4a37; --rc-sugg-hover: #213528; --rc-sugg-hover-border: #3f6e51;
    --rc-now: #e6edf3; --rc-changed-fg: #aff5c8; --rc-changed-bg: #1f5c36; --rc-cut: #ff7b72;
    --rc-gap-bg: #4b3a00; --rc-gap-fg: #ffe08a; --rc-action: #7cb7ff; --rc-focus: #7cb7ff;
    --rc-shadow: 0 10px 28px rgba(0, 0, 0, .5), 0 2px 6px rgba(0, 0, 0, .35);
    color-scheme: dark;
  }
}
@keyframes rc-in { from { opacity: 0; transform: translateY(-3px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .rc-card { animation: none; } }
.rc-card::before { content: ""; position: absolute; left: 0; top: 0; bottom: 0; width: 5px; background: var(--rc-sev); }
.rc-card p { margin: 0; }
.rc-head { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 8px; margin-bottom: 4px; padding-right: 24px; }
.rc-dot { width: 8px; height: 8px; border-radius: 50%; background: var(--rc-sev); flex: none; align-self: center; }
.rc-category { font-weight: 650; font-size: 13.5px; white-space: nowrap; }
.rc-severity { color: var(--rc-muted); font-size: 12px; white-space: nowrap; }
.rc-close { position: absolute; top: 8px; right: 8px; border: 0; background: transparent; color: var(--rc-muted); width: 24px; height: 24px;
  border-radius: 6px; display: grid; place-items: center; cursor: pointer; padding: 0; }
.rc-close:hover { background: var(--rc-hover); color: var(--rc-fg); }
.rc-card .rc-message { margin: 0 0 8px; }
.rc-card .rc-message--off { color: var(--rc-muted); margin-bottom: 6px; }
.rc-card .rc-why { margin: -4px 0 8px; font-size: 12px; color: var(--rc-muted); }
.rc-suggestions { list-style: none; margin: 0 0 8px; padding: 0; display: grid; gap: 6px; }
.rc-suggestion { all: unset; box-sizing: border-box; width: 100%; display: flex; align-items: baseline;
  gap: 10px; padding: 6px 10px; border-radius: 8px; background: var(--rc-sugg-bg); border: 1px solid var(--rc-sugg-border);
  cursor: pointer; font: inherit; color: inherit; }
.rc-suggestion:hover { background: var(--rc-sugg-hover); border-color: var(--rc-sugg-hover-border); }
.rc-suggestion:disabled { opacity: .6; cursor: default; }
.rc-card .rc-was { margin: 0 0 6px; color: var(--rc-faint); text-decoration: line-through; text-decoration-color: var(--rc-sev);
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.rc-now { color: var(--rc-now); flex: 1 1 auto; }
.rc-remove { font-style: italic; }
.rc-card p.rc-remove { margin: 0 0 8px; }
.rc-changed { background: var(--rc-changed-bg); color: var(--rc-changed-fg); font-weight: 600; border-radius: 3px; padding: 0 1px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.rc-cut { display: inline-block; width: 2px; height: 1.05em; margin: 0 2px; vertical-align: -0.15em; border-radius: 1px; background: var(--rc-cut); }
.rc-gap, .rc-changed.rc-gap { background: var(--rc-gap-bg); color: var(--rc-gap-fg); border-radius: 3px; padding: 0 2px; font-weight: 600; }
.rc-action { margin-left: auto; font-size: 12px; font-weight: 600; color: var(--rc-action); }
.rc-card .rc-norewrite { margin: 0 0 8px; color: var(--rc-muted); font-style: italic; }
.rc-guideline { margin: 0 0 6px; color: var(--rc-soft); font-size: 12px; }
.rc-gsum { display: flex; gap: 6px; align-items: baseline; cursor: pointer; list-style: none; border-radius: 4px; }
.rc-gsum::-webkit-details-marker { display: none; }
.rc-gsum::after { content: ""; flex: none; width: 5px; height: 5px; margin-left: 2px; border: solid currentColor; border-width: 0 1.5px 1.5px 0;
  transform: translateY(-2px) rotate(45deg); opacity: .7; }
.rc-guideline[open] > .rc-gsum::after { transform: translateY(1px) rotate(-135deg); }
.rc-gsum:hover .rc-gtitle { text-decoration: underline; }
.rc-gsum:focus-visible { outline: 2px solid var(--rc-focus); outline-offset: 1px; }
.rc-gid { flex: none; font-weight: 700; font-size: 11px; color: var(--rc-soft); background: var(--rc-chip); border-radius: 4px; padding: 0 5px; }
.rc-card .rc-gtext { margin: 4px 0 0; padding: 6px 8px; border-left: 3px solid var(--rc-chip); color: var(--rc-fg); font-size: 12px; }
.rc-foot { display: flex; flex-wrap: wrap; column-gap: 14px; row-gap: 2px; border-top: 1px solid var(--rc-rule); padding-top: 6px; }
.rc-link { all: unset; cursor: pointer; color: var(--rc-muted); font-size: 12px; border-radius: 4px; }
.rc-link:hover { color: var(--rc-fg); text-decoration: underline; }
.rc-link:disabled { opacity: .6; cursor: default; }
.rc-locked { color: var(--rc-muted); font-size: 12px; }
.rc-card .rc-status { margin: 6px 0 0; font-size: 12px; color: var(--rc-soft); }
.rc-status:empty { display: none; }
.rc-undo-row { display: flex; align-items: center; gap: 10px; border-top: 1px solid var(--rc-rule); padding-top: 6px; }
.rc-card .rc-undo-row .rc-status { margin: 0; flex: 1 1 auto; }
.rc-undo { all: unset; cursor: pointer; font-size: 12px; font-weight: 600; color: var(--rc-action); padding: 3px 10px;
  border: 1px solid var(--rc-border); border-radius: 6px; }
.rc-undo:hover { background: var(--rc-hover); }
.rc-undo:disabled { opacity: .6; cursor: default; }
.rc-card button:focus-visible { outline: 2px solid var(--rc-focus); outline-offset: 1px; }
/* --- Placement, keyboard and the findings list (coach-card.tsx, counter-list.tsx) --- */
.rc-keys { margin: 4px 2px 0; padding: 3px 8px; border-radius: 6px; background: rgba(246, 248, 250, .96); color: #57606a;
  font: 400 11px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; text-align: left; }
.rc-live { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; border: 0; }
.rc-list { position: fixed; box-sizing: border-box; padding: 8px; border-radius: 10px; background: #fff; color: #1f2328;
  border: 1px solid #d9dde3; box-shadow: 0 10px 28px rgba(16, 24, 40, .16);
  font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; text-align: left; }
.rc-list-head { margin: 0 4px 6px; font-weight: 650; }
.rc-list-rows { list-style: none; margin: 0; padding: 0; display: grid; gap: 2px; }
.rc-list-row { all: unset; box-sizing: border-box; width: 100%; display: flex; gap: 8px; align-items: baseline; padding: 5px 6px;
  border-radius: 6px; cursor: pointer; }
.rc-list-row:hover, .rc-list-row:focus-visible { background: #f0f2f5; }
.rc-list-row:focus-visible { outline: 2px solid #0b57d0; outline-offset: -2px; }
.rc-list-row .rc-dot { width: 8px; height: 8px; border-radius: 50%; background: var(--rc-sev); flex: none; align-self: center; }
.rc-list-category { font-weight: 600; white-space: nowrap; }
.rc-list-words { color: #57606a; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
.rc-list .rc-keys { margin: 6px 0 0; background: transparent; padding: 0 4px; }
@media (prefers-color-scheme: dark) {
  .rc-keys { background: rgba(31, 36, 43, .96); color: #a2acb7; }
  .rc-list { background: #1f242b; color: #e6edf3; border-color: #3b434d; }
  .rc-list-row:hover, .rc-list-row:focus-visible { background: #2a3038; }
  .rc-list-words { color: #a2acb7; }
}
`;
