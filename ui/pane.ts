import type { Lang, Localized } from '../shared/i18n/lang';
import { LANGS } from '../shared/i18n/lang';
import { TEMPLATE_IDS, TEMPLATE_TITLES } from '../shared/templates';
import type { TemplateId } from '../shared/templates/spec';
import type { Finding } from '../shared/validator/rule';
import type { HostBridge, SheetCheck } from './bridge';
import { calendarSection } from './calendar';
import { trackSection } from './track';
import { checkInSection } from './checkin';
import { el } from './dom';
import { failureText, findingAddress, findingCell, groupFindings, summaryText } from './findings';
import { DONE, SEVERITY_HEADINGS, STRINGS, text, type StringKey } from './strings';
import { SECTION_CSS, type PaneContext } from './section';
import { PANE_CSS } from './styles';
import { VERDICT_CSS, proposedReason, verdictOf, verdictView } from './verdict';

const STYLE_ID = 'kpi-review-pane-css';
const LANG_NAMES: Record<Lang, string> = { en: 'English', da: 'Dansk' };

/** Adds the pane's stylesheet to the document once, as text. */
function injectStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = el(doc, 'style', { id: STYLE_ID });
  style.textContent = PANE_CSS + VERDICT_CSS + SECTION_CSS;
  doc.head.append(style);
}

/**
 * The review pane: template insert, validation with findings that select their cell, and saving a
 * version, over any host's bridge. Every bridge call shows progress and every failure is shown.
 */
export function mountReviewPane(root: HTMLElement, bridge: HostBridge): void {
  const doc = root.ownerDocument;
  injectStyles(doc);

  let lang: Lang = 'en';
  let busy = false;
  let result: SheetCheck | undefined;
  let status: Localized | undefined;

  // Texts that follow the language switch: text nodes and attributes bound to a string key.
  const bound: (() => void)[] = [];
  const t = (key: StringKey): Text => {
    const node = doc.createTextNode('');
    bound.push(() => (node.data = text(key, lang)));
    return node;
  };
  const attr = (element: Element, name: string, key: StringKey) => bound.push(() => element.setAttribute(name, text(key, lang)));

  // Header: title and language switch.
  const langButtons = LANGS.map((code) => {
    const button = el(doc, 'button', { type: 'button', lang: code, 'aria-pressed': 'false', 'data-lang': code, title: LANG_NAMES[code] }, code.toUpperCase());
    button.setAttribute('aria-label', LANG_NAMES[code]);
    button.addEventListener('click', () => switchLanguage(code));
    return button;
  });
  const langGroup = el(doc, 'div', { class: 'kpr-lang', role: 'group' }, ...langButtons);
  attr(langGroup, 'aria-label', 'language');

  // Template picker.
  const picker = el(doc, 'select', { id: 'kpr-template' });
  const insertButton = el(doc, 'button', { type: 'button', class: 'kpr-primary', 'data-action': 'insert' }, t('insert'));
  insertButton.addEventListener('click', () => {
    const id = picker.value as TemplateId;
    void run('inserting', () => bridge.insertTemplate(id, lang), ({ sheetName }) => DONE.inserted(sheetName));
  });

  // Validation and findings.
  const validateLabel = doc.createTextNode('');
  const validateButton = el(doc, 'button', { type: 'button', class: 'kpr-primary', 'data-action': 'validate' }, validateLabel);
  validateButton.addEventListener('click', () => void validate());
  const verdict = verdictView(doc);
  const summary = el(doc, 'p', { class: 'kpr-summary', hidden: '' });
  const findingsList = el(doc, 'div', { class: 'kpr-findings' });

  // Saving a version.
  const reason = el(doc, 'input', { id: 'kpr-reason', type: 'text', autocomplete: 'off' });
  attr(reason, 'placeholder', 'reasonPlaceholder');
  const saveButton = el(doc, 'button', { type: 'button', 'data-action': 'save' }, t('save'));
  saveButton.addEventListener('click', () => {
    const why = reason.value.trim();
    if (!why) {
      reason.setAttribute('aria-invalid', 'true');
      showError(text('reasonMissing', lang));
      reason.focus();
      return;
    }
    reason.removeAttribute('aria-invalid');
    void run('saving', () => bridge.saveVersion(why, lang), ({ sheetName, rows }) => {
      reason.value = '';
      return DONE.saved(sheetName, rows);
    });
  });
  reason.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') saveButton.click();
  });

  // Progress and failures.
  const statusLine = el(doc, 'div', { class: 'kpr-status', role: 'status', 'aria-live': 'polite' });
  const alertText = el(doc, 'p');
  const dismiss = el(doc, 'button', { type: 'button' }, t('dismiss'));
  const alertBox = el(doc, 'div', { class: 'kpr-alert', role: 'alert', hidden: '' }, alertText, dismiss);
  dismiss.addEventListener('click', () => hideError());

  const context: PaneContext = {
    doc, bridge,
    lang: () => lang,
    bind: (localized) => {
      const node = doc.createTextNode('');
      bound.push(() => (node.data = localized[lang]));
      return node;
    },
    bindAttr: (element, name, localized) => bound.push(() => element.setAttribute(name, localized[lang])),
    onLanguage: (update) => bound.push(update),
    run: (busyText, call, done) => run(busyText, call, done),
    showError: (message) => showError(message),
    announce: (said) => {
      status = said;
      render();
    },
  };

  const pane = el(doc, 'section', { class: 'kpr-pane', 'aria-busy': 'false', 'data-host': bridge.host },
    el(doc, 'div', { class: 'kpr-head' }, el(doc, 'h1', {}, t('title')), langGroup),
    // Progress and failures near the top, where they are seen however long the findings list is.
    statusLine, alertBox,
    el(doc, 'section', { class: 'kpr-section', 'aria-labelledby': 'kpr-h-template' },
      el(doc, 'h2', { id: 'kpr-h-template' }, t('templateHeading')),
      el(doc, 'div', { class: 'kpr-row' },
        el(doc, 'div', { class: 'kpr-field' }, el(doc, 'label', { for: 'kpr-template' }, t('templateLabel')), picker),
        insertButton)),
    el(doc, 'section', { class: 'kpr-section', 'aria-labelledby': 'kpr-h-check' },
      el(doc, 'h2', { id: 'kpr-h-check' }, t('checkHeading')),
      el(doc, 'p', { class: 'kpr-help' }, t('checkHelp')),
      validateButton, verdict.element, summary, findingsList),
    el(doc, 'section', { class: 'kpr-section', 'aria-labelledby': 'kpr-h-save' },
      el(doc, 'h2', { id: 'kpr-h-save' }, t('saveHeading')),
      el(doc, 'div', { class: 'kpr-row' },
        el(doc, 'div', { class: 'kpr-field' }, el(doc, 'label', { for: 'kpr-reason' }, t('reasonLabel')), reason),
        saveButton)),
    trackSection(context),
    checkInSection(context),
    calendarSection(context));
  root.replaceChildren(pane);

  // What the texts and the findings list were last drawn for: redrawing only on a change keeps
  // the focused finding button in place while its cell is selected.
  let drawn: { lang: Lang; result: typeof result } | undefined;

  function render(): void {
    statusLine.textContent = busy ? statusLine.textContent : status?.[lang] ?? '';
    validateLabel.data = text(result ? 'revalidate' : 'validate', lang);
    if (drawn?.lang !== lang) {
      pane.lang = lang;
      for (const update of bound) update();
      for (const button of langButtons) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
      const chosen = picker.value || TEMPLATE_IDS[0];
      picker.replaceChildren(...TEMPLATE_IDS.map((id) => el(doc, 'option', { value: id }, TEMPLATE_TITLES[id][lang])));
      picker.value = chosen;
    }
    if (drawn?.lang !== lang || drawn.result !== result) renderFindings();
    drawn = { lang, result };
  }

  function renderFindings(): void {
    verdict.show(result && verdictOf(result.findings, result.signOff, lang));
    if (result) reason.value = proposedReason(reason.value, result.signOff, lang);
    if (!result) {
      summary.hidden = true;
      findingsList.replaceChildren();
      return;
    }
    const { sheetName, findings } = result;
    summary.hidden = false;
    summary.textContent = summaryText(findings, lang);
    summary.classList.toggle('kpr-clean', findings.length === 0);
    findingsList.replaceChildren(...groupFindings(findings).map((group) => {
      const id = `kpr-group-${group.severity}`;
      return el(doc, 'section', { class: 'kpr-group', 'aria-labelledby': id, 'data-severity': group.severity },
        el(doc, 'h3', { id }, `${SEVERITY_HEADINGS[group.severity][lang]} (${group.findings.length})`),
        el(doc, 'ul', {}, ...group.findings.map((finding) => el(doc, 'li', {}, findingItem(sheetName, finding)))));
    }));
  }

  /** A finding with a cell is a button that selects it; one about the whole sheet is plain text. */
  function findingItem(sheetName: string, finding: Finding): HTMLElement {
    const address = findingAddress(finding);
    const cell = findingCell(finding);
    const parts = [el(doc, 'span', { class: 'kpr-address' }, address ?? ''), el(doc, 'span', { class: 'kpr-message' }, finding.message)];
    const attributes = { class: `kpr-finding kpr-${finding.severity}`, 'data-rule': finding.rule };
    if (!cell || !address) return el(doc, 'div', attributes, ...parts);
    const button = el(doc, 'button', { ...attributes, type: 'button', 'data-address': address, title: `${text('goTo', lang)} ${address}` }, ...parts);
    button.addEventListener('click', () => void run('selecting', () => bridge.selectCell(sheetName, cell.row, cell.column), () => DONE.selected(address)));
    return button;
  }

  async function validate(): Promise<void> {
    await run('validating', () => bridge.validateActiveSheet(lang), (found) => {
      result = found;
      return DONE.validated(found.sheetName, summaryText(found.findings, lang));
    });
  }

  function switchLanguage(next: Lang): void {
    if (busy || next === lang) return;
    lang = next;
    render();
    // Findings are worded by the validator: ask again for them in the new language.
    if (result) void validate();
  }

  function showError(message: string): void {
    alertText.textContent = `${text('failed', lang)} ${message}`;
    alertBox.hidden = false;
  }

  function hideError(): void {
    alertBox.hidden = true;
    alertText.textContent = '';
  }

  function setBusy(on: boolean, key?: StringKey | Localized): void {
    busy = on;
    pane.setAttribute('aria-busy', String(on));
    for (const control of pane.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('button, input, select')) {
      if (control !== dismiss) control.disabled = on;
    }
    if (key) statusLine.textContent = typeof key === 'string' ? text(key, lang) : key[lang];
  }

  /**
   * One bridge call with progress: controls disabled, aria-busy set and the status line saying what
   * happens; then the result's status line, or the failure shown. Focus goes back where it was.
   */
  async function run<T>(busyKey: StringKey | Localized, call: () => Promise<T>, done: (value: T) => Localized | undefined): Promise<boolean> {
    if (busy) return false;
    const focused = doc.activeElement;
    hideError();
    status = undefined;
    setBusy(true, busyKey);
    try {
      const value = await call();
      status = done(value);
      return true;
    } catch (error) {
      showError(failureText(error, lang));
      return false;
    } finally {
      setBusy(false);
      render();
      if (focused instanceof HTMLElement && focused.isConnected && (doc.activeElement === doc.body || doc.activeElement === null)) {
        focused.focus();
      }
    }
  }

  render();
  void run('loadingLanguage', () => bridge.language(), (found) => {
    if (LANGS.includes(found)) lang = found;
    return undefined;
  });
}
