/**
 * The pane's look, close to Fluent UI so it sits well in Office's task pane and calmly in the
 * Sheets sidebar. `mountReviewPane` injects it once per document (see ui/README.md); every
 * selector is under `.kpr-pane` so a host page keeps its own styles.
 */
export const PANE_CSS = `
.kpr-pane { font: 14px/1.43 "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif;
  color: #242424; background: #fff; padding: 12px 16px 24px; box-sizing: border-box; max-width: 100%; }
.kpr-pane *, .kpr-pane *::before, .kpr-pane *::after { box-sizing: border-box; }
.kpr-pane h1 { font-size: 20px; font-weight: 600; margin: 0; }
.kpr-pane h2 { font-size: 16px; font-weight: 600; margin: 0 0 8px; }
.kpr-pane h3 { font-size: 14px; font-weight: 600; margin: 12px 0 4px; }
.kpr-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 12px; }
.kpr-section { border-top: 1px solid #e0e0e0; padding: 12px 0; }
.kpr-row { display: flex; gap: 8px; align-items: flex-end; flex-wrap: wrap; }
.kpr-field { display: flex; flex-direction: column; gap: 4px; flex: 1 1 160px; min-width: 0; }
.kpr-help { color: #616161; margin: 0 0 8px; }
/* A second action in a section starts a paragraph of its own below the first's button. */
.kpr-pane button + .kpr-help { margin-top: 16px; }
.kpr-prompt { margin: 0; color: #b10e1c; font-weight: 600; }
.kpr-finding[data-rule="no-table"] { flex-wrap: wrap; }
.kpr-pane label { font-weight: 600; }
.kpr-pane select, .kpr-pane input[type="text"] { font: inherit; color: inherit; min-height: 32px; padding: 4px 8px;
  border: 1px solid #d1d1d1; border-bottom-color: #616161; border-radius: 4px; background: #fff; width: 100%; }
.kpr-pane button { font: inherit; font-weight: 600; min-height: 32px; padding: 4px 12px; border-radius: 4px; cursor: pointer;
  border: 1px solid #d1d1d1; background: #fff; color: #242424; }
.kpr-pane button:hover:not(:disabled) { background: #f5f5f5; border-color: #c7c7c7; }
.kpr-pane button.kpr-primary { background: #0f6cbd; border-color: #0f6cbd; color: #fff; }
.kpr-pane button.kpr-primary:hover:not(:disabled) { background: #115ea3; border-color: #115ea3; }
.kpr-pane button:disabled, .kpr-pane select:disabled, .kpr-pane input:disabled { cursor: default; opacity: .55; }
.kpr-pane :focus-visible { outline: 2px solid #0f6cbd; outline-offset: 2px; }
.kpr-lang { display: inline-flex; border: 1px solid #d1d1d1; border-radius: 4px; overflow: hidden; }
.kpr-lang[hidden] { display: none; }
.kpr-lang button { border: 0; border-radius: 0; min-width: 40px; font-weight: 400; }
.kpr-lang button[aria-pressed="true"] { background: #ebf3fc; color: #0f6cbd; font-weight: 600; }
/* The group clips what sticks out of it: the focus ring is drawn inside the button. */
.kpr-lang button:focus-visible { outline-offset: -4px; }
.kpr-summary { margin: 12px 0 0; font-weight: 600; }
.kpr-to-save { align-self: center; }
.kpr-checked { margin: 12px 0 0; color: #424242; overflow-wrap: anywhere; }
.kpr-results[data-stale="true"] .kpr-checked { color: #8a3707; font-weight: 600; padding: 4px 8px; background: #fff9f5; border-left: 3px solid #bc4b09; }
/* Outdated findings stay readable but plainly not current: no green "ready" beside a changed sheet. */
.kpr-results[data-stale="true"] :is(.kpr-verdict, .kpr-summary, .kpr-findings) { opacity: .6; }
.kpr-results[data-stale="true"] .kpr-summary.kpr-clean { color: #424242; }
.kpr-summary.kpr-clean { color: #107c10; }
.kpr-findings ul { list-style: none; margin: 0; padding: 0; }
.kpr-findings li { margin: 0 0 4px; }
.kpr-finding { display: flex; gap: 8px; align-items: baseline; width: 100%; text-align: left; font-weight: 400 !important;
  border-left-width: 4px !important; }
.kpr-pane div.kpr-finding { padding: 4px 12px; border: 1px solid #e0e0e0; border-radius: 4px; }
.kpr-finding.kpr-error { border-left-color: #c50f1f !important; }
.kpr-finding.kpr-warning { border-left-color: #bc4b09 !important; }
.kpr-finding.kpr-info { border-left-color: #0f6cbd !important; }
.kpr-address { font-family: Consolas, "Cascadia Mono", Menlo, monospace; font-weight: 600; color: #0f6cbd; min-width: 3.5em; }
.kpr-message { flex: 1; overflow-wrap: anywhere; }
.kpr-status { min-height: 20px; margin: 0 0 8px; color: #424242; display: flex; gap: 8px; align-items: center; }
.kpr-pane[aria-busy="true"] .kpr-status::before { content: ""; width: 14px; height: 14px; border-radius: 50%;
  border: 2px solid #c7e0f4; border-top-color: #0f6cbd; animation: kpr-spin .8s linear infinite; flex: none; }
@keyframes kpr-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .kpr-pane[aria-busy="true"] .kpr-status::before { animation: none; } }
.kpr-alert { margin: 0 0 12px; padding: 8px 12px; border: 1px solid #f1bbbc; background: #fdf3f4; color: #b10e1c; border-radius: 4px;
  display: flex; gap: 8px; align-items: flex-start; }
.kpr-alert[hidden] { display: none; }
.kpr-alert p { margin: 0; flex: 1; overflow-wrap: anywhere; }
`;
