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
import { checkedText, sheetWatcher } from './freshness';
import { failureText, findingAddress, findingCell, groupFindings, summaryText } from './findings';
import { DONE, SEVERITY_HEADINGS, STRINGS, text, type StringKey } from './strings';
import { gettingStarted, START_CSS } from './getting-started';
import { SECTION_CSS, type PaneContext } from './section';
import { PANE_CSS } from './styles';
import { VERDICT_CSS, proposedReason, verdictOf, verdictView } from './verdict';

const STYLE_ID = 'kpi-review-pane-css';
const LANG_NAMES: Record<Lang, string> = { en: 'English', da: 'Dansk' };

/** Adds the pane's stylesheet to the document once, as text. */
function injectStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = el(doc, 'style', { id: STYLE_ID });
  style.textContent = PANE_CSS + VERDICT_CSS + SECTION_CSS + START_CSS;
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
  // When the findings were made, and whether their sheet has changed since.
  let checkedAt = new Date();
  let stale = false;
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
    // The accessible name starts with the visible text, so "click EN" in speech control finds it.
    button.setAttribute('aria-label', `${code.toUpperCase()} – ${LANG_NAMES[code]}`);
    button.addEventListener('click', () => switchLanguage(code));
    return button;
  });
  const langGroup = el(doc, 'div', { class: 'kpr-lang', role: 'group' }, ...langButtons);
  attr(langGroup, 'aria-label', 'language');
  if (bridge.onLanguageChange) {
    langGroup.hidden = true;
    bridge.onLanguageChange(switchLanguage);
  }

  // Template picker.
  const picker = el(doc, 'select', { id: 'kpr-template' });
  const insertButton = el(doc, 'button', { type: 'button', class: 'kpr-primary', 'data-action': 'insert' }, t('insert'));
  insertButton.addEventListener('click', () => insert(picker.value as TemplateId));
  function insert(id: TemplateId): void {
    void run('inserting', () => bridge.insertTemplate(id, lang), ({ sheetName }) => {
      // The new sheet is the active one now: findings about another sheet would read as its own.
      result = undefined;
      watcher.settle();
      start.started();
      return DONE.inserted(sheetName);
    });
  }

  // Validation and findings.
  const validateLabel = doc.createTextNode('');
  const validateButton = el(doc, 'button', { type: 'button', class: 'kpr-primary', 'data-action': 'validate' }, validateLabel);
  validateButton.addEventListener('click', () => void validate());
  const verdict = verdictView(doc);
  const summary = el(doc, 'p', { class: 'kpr-summary', hidden: '' });
  const findingsList = el(doc, 'div', { class: 'kpr-findings' });
  const checkedLine = el(doc, 'p', { class: 'kpr-checked', hidden: '' });
  const results = el(doc, 'div', { class: 'kpr-results', 'data-stale': 'false' }, checkedLine, verdict.element, summary, findingsList);
  const watcher = sheetWatcher(bridge, {
    stale: () => {
      if (!result || stale) return;
      stale = true;
      render();
    },
    revalidate: () => (result ? validate() : Promise.resolve(true)),
  });

  // Saving a version.
  const reason = el(doc, 'input', { id: 'kpr-reason', type: 'text', autocomplete: 'off', 'aria-describedby': 'kpr-reason-prompt' });
  attr(reason, 'placeholder', 'reasonPlaceholder');
  // A missing reason is the user's next step, not a failure: said at the field, read with it on focus.
  const reasonPrompt = el(doc, 'p', { id: 'kpr-reason-prompt', class: 'kpr-prompt', hidden: '' }, t('reasonMissing'));
  const promptReason = (on: boolean) => {
    reasonPrompt.hidden = !on;
    if (on) reason.setAttribute('aria-invalid', 'true');
    else reason.removeAttribute('aria-invalid');
  };
  reason.addEventListener('input', () => promptReason(false));
  const saveButton = el(doc, 'button', { type: 'button', 'data-action': 'save' }, t('save'));
  // In a narrow pane a long findings list pushes Save far down: one step takes the user there.
  const toSave = el(doc, 'a', { href: '#kpr-reason', class: 'kpr-to-save', 'data-action': 'to-save', hidden: '' }, t('toSave'));
  toSave.addEventListener('click', (event) => {
    event.preventDefault();
    saveButton.scrollIntoView({ block: 'center' });
    reason.focus({ preventScroll: true });
  });
  saveButton.addEventListener('click', () => {
    const why = reason.value.trim();
    promptReason(!why);
    if (!why) {
      reason.focus();
      return;
    }
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

  const start = gettingStarted(context);
  const pane = el(doc, 'section', { class: 'kpr-pane', 'aria-busy': 'false', 'data-host': bridge.host },
    el(doc, 'div', { class: 'kpr-head' }, el(doc, 'h1', {}, t('title')), langGroup),
    // Progress and failures near the top, where they are seen however long the findings list is.
    statusLine, alertBox,
    start.element,
    el(doc, 'section', { class: 'kpr-section', 'aria-labelledby': 'kpr-h-template' },
      el(doc, 'h2', { id: 'kpr-h-template' }, t('templateHeading')),
      el(doc, 'div', { class: 'kpr-row' },
        el(doc, 'div', { class: 'kpr-field' }, el(doc, 'label', { for: 'kpr-template' }, t('templateLabel')), picker),
        insertButton)),
    el(doc, 'section', { class: 'kpr-section', 'aria-labelledby': 'kpr-h-check' },
      el(doc, 'h2', { id: 'kpr-h-check' }, t('checkHeading')),
      el(doc, 'p', { class: 'kpr-help' }, t('checkHelp')),
      el(doc, 'div', { class: 'kpr-actions' }, validateButton, toSave), results),
    el(doc, 'section', { class: 'kpr-section', 'aria-labelledby': 'kpr-h-save' },
      el(doc, 'h2', { id: 'kpr-h-save' }, t('saveHeading')),
      el(doc, 'div', { class: 'kpr-row' },
        el(doc, 'div', { class: 'kpr-field' }, el(doc, 'label', { for: 'kpr-reason' }, t('reasonLabel')), reason, reasonPrompt),
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
    renderChecked();
    drawn = { lang, result };
  }

  function renderChecked(): void {
    checkedLine.hidden = !result;
    toSave.hidden = !result;
    results.dataset.stale = String(Boolean(result) && stale);
    if (result) checkedLine.textContent = checkedText(result.sheetName, checkedAt, stale ? (watcher.automatic ? 'stale' : 'stale-manual') : 'fresh', lang);
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
    if (finding.rule === 'no-table') return el(doc, 'div', attributes, ...parts, insertOffer());
    if (!cell || !address) return el(doc, 'div', attributes, ...parts);
    const button = el(doc, 'button', { ...attributes, type: 'button', 'data-address': address, title: `${text('goTo', lang)} ${address}` }, ...parts);
    button.addEventListener('click', () => void run('selecting', () => bridge.selectCell(sheetName, cell.row, cell.column), () => DONE.selected(address)));
    return button;
  }

  /** A sheet without a KPI table is most often the wrong sheet or a new workbook: offer the review at once. */
  function insertOffer(): HTMLElement {
    const button = el(doc, 'button', { type: 'button', class: 'kpr-primary', 'data-action': 'insert-review' }, text('insertReview', lang));
    button.addEventListener('click', () => insert('review'));
    return button;
  }

  /** Validates the active sheet and watches it, where the host can, so its findings never go stale unseen. */
  function validate(): Promise<boolean> {
    return run('validating', async () => {
      const found = await bridge.validateActiveSheet(lang);
      await watcher.watch(found.sheetName);
      return found;
    }, (found) => {
      result = found;
      start.started();
      checkedAt = new Date();
      stale = false;
      return DONE.validated(found.sheetName, summaryText(found.findings, lang));
    });
  }

  function switchLanguage(next: Lang): void {
    if (next === lang) return;
    lang = next;
    render();
    // Findings are worded by the validator: ask again for them in the new language.
    if (result && !busy) void validate();
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
