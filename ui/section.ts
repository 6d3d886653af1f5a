import type { Lang, Localized } from '../shared/i18n/lang';
import type { HostBridge } from './bridge';

/**
 * What the pane hands a section module (check-ins, follow-up dates): the bridge, the language, texts
 * that follow the language switch, and its one way to call the bridge with progress and errors shown.
 */
export interface PaneContext {
  readonly doc: Document;
  readonly bridge: HostBridge;
  lang(): Lang;
  /** A text node that follows the language switch. */
  bind(text: Localized): Text;
  /** An attribute that follows the language switch. */
  bindAttr(element: Element, name: string, text: Localized): void;
  /** Runs `update` now and on every language switch. */
  onLanguage(update: () => void): void;
  /**
   * One bridge call with progress, as the pane's own actions make it: controls disabled while it
   * runs, a failure shown; `done` gives the status line. Resolves true when the call succeeded.
   */
  run<T>(busy: Localized, call: () => Promise<T>, done: (value: T) => Localized | undefined): Promise<boolean>;
  showError(message: string): void;
  /** Says something on the status line, where the pane reports what it did. */
  announce(text: Localized): void;
}

/** Section styles, under `.kpr-pane` like the rest of the pane's. */
export const SECTION_CSS = `
.kpr-pane textarea { font: inherit; color: inherit; width: 100%; min-height: 56px; padding: 4px 8px; resize: vertical;
  border: 1px solid #d1d1d1; border-bottom-color: #616161; border-radius: 4px; background: #fff; }
.kpr-pane fieldset { border: 1px solid #e0e0e0; border-radius: 4px; margin: 0 0 8px; padding: 8px 12px; min-width: 0; }
.kpr-pane legend { font-weight: 600; padding: 0 4px; overflow-wrap: anywhere; }
.kpr-numbers { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 0 0 8px; }
.kpr-numbers dt { color: #616161; }
.kpr-numbers dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.kpr-trigger { margin: 0 0 8px; padding: 4px 8px; background: #fff9f5; border-left: 3px solid #bc4b09; overflow-wrap: anywhere; }
.kpr-note { margin: 0 0 8px; padding: 8px 12px; background: #ebf3fc; border-radius: 4px; }
.kpr-note ul { margin: 4px 0; padding-left: 20px; }
.kpr-check { display: flex; gap: 8px; align-items: flex-start; font-weight: 600; }
.kpr-actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; }
.kpr-pane [hidden] { display: none !important; }
`;
