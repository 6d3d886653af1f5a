import { langFromLocale, LANGS, type Lang } from '../shared/i18n/lang';
import { el } from '../ui/dom';
import { mountReviewPane } from '../ui';
import { playgroundBridge } from './bridge';
import { setKpiMessageLanguage } from './engine/kpi-plugin';
import { mountWorkbookView, type WorkbookView } from './grid';
import { forgetWorkbook, keepLanguage, keepWorkbook, keptLanguage, keptWorkbook } from './storage';
import { PLAYGROUND_TEXT } from './strings';
import { exampleWorkbook } from './example';
import { PlaygroundWorkbook } from './workbook';
import { xlsxButtons } from './xlsx-buttons';

/** `?lang=da` or `?lang=en`; then the language of the last visit; otherwise the browser's. */
function initialLanguage(): Lang {
  const asked = new URLSearchParams(location.search).get('lang');
  return LANGS.find((lang) => lang === asked) ?? keptLanguage() ?? langFromLocale(navigator.language);
}

const example = exampleWorkbook;

/**
 * The page owns the language: its switch re-draws the page, the grid and (through the bridge)
 * the pane in the other language over the same workbook. Only "Reset example" and opening a file
 * replace the workbook; every change is kept in the browser.
 */
let lang = initialLanguage();
const kept = keptWorkbook();
let book = kept ? PlaygroundWorkbook.fromSaved(kept) : example(lang);
let view: WorkbookView | undefined;
let stopKeeping = (): void => undefined;
const languageListeners = new Set<(lang: Lang) => void>();

const app = document.getElementById('playground') ?? document.body.appendChild(el(document, 'div', { id: 'playground' }));
const header = el(document, 'header', { class: 'kpg-top' });
const bookRoot = el(document, 'section', { class: 'kpg-workbook' });
const paneRoot = el(document, 'aside', { class: 'kpg-pane', id: 'pane' });
const footer = el(document, 'footer', { class: 'kpg-foot' });
app.replaceChildren(header, el(document, 'main', { class: 'kpg-main' }, bookRoot, paneRoot), footer);

function languageSwitch(): HTMLElement {
  return el(document, 'div', { class: 'kpg-lang', role: 'group', 'aria-label': PLAYGROUND_TEXT.language[lang] },
    ...LANGS.map((code) => {
      const button = el(document, 'button', { type: 'button', 'aria-pressed': String(code === lang), lang: code, 'data-lang': code }, code === 'da' ? 'Dansk' : 'English');
      button.addEventListener('click', () => switchLanguage(code));
      return button;
    }));
}

function resetButton(): HTMLElement {
  const button = el(document, 'button', { type: 'button', class: 'kpg-reset', 'data-action': 'reset-example' }, PLAYGROUND_TEXT.reset[lang]);
  button.addEventListener('click', () => {
    if (!confirm(PLAYGROUND_TEXT.resetConfirm[lang])) return;
    forgetWorkbook();
    openWorkbook(example(lang));
  });
  return button;
}

/** The page's own texts and the grid, in the current language. */
function drawPage(): void {
  setKpiMessageLanguage(lang);
  document.documentElement.lang = lang;
  document.title = PLAYGROUND_TEXT.title[lang];
  header.replaceChildren(
    el(document, 'div', {}, el(document, 'h1', {}, PLAYGROUND_TEXT.title[lang]), el(document, 'p', {}, PLAYGROUND_TEXT.intro[lang])),
    languageSwitch(),
    el(document, 'div', { class: 'kpg-actions' }, resetButton(), xlsxButtons(document, lang, () => book, openWorkbook)));
  bookRoot.setAttribute('aria-label', PLAYGROUND_TEXT.grid[lang]);
  paneRoot.setAttribute('aria-label', PLAYGROUND_TEXT.pane[lang]);
  footer.textContent = PLAYGROUND_TEXT.licence[lang];
  const selected = view ? { sheet: book.activeSheet, at: view.selection } : undefined;
  view?.destroy();
  view = mountWorkbookView(bookRoot, book, lang);
  if (selected) view.select(selected.sheet, selected.at);
}

function mountPane(): void {
  languageListeners.clear();
  mountReviewPane(paneRoot, playgroundBridge({
    workbook: book,
    grid: { select: (sheetName, at) => view?.select(sheetName, at) },
    language: () => lang,
    onLanguageChange: (listener) => languageListeners.add(listener),
    now: () => new Date(),
  }));
}

function switchLanguage(next: Lang): void {
  if (next === lang) return;
  lang = next;
  keepLanguage(lang);
  history.replaceState(null, '', `?lang=${lang}`);
  drawPage();
  for (const listener of languageListeners) listener(lang);
}

/** Shows another workbook (the example again, or an opened file) in place of this one, and keeps it. */
function openWorkbook(next: PlaygroundWorkbook): void {
  stopKeeping();
  view?.destroy();
  view = undefined;
  if (next !== book) book.destroy();
  book = next;
  stopKeeping = keepWorkbook(book);
  drawPage();
  mountPane();
}

openWorkbook(book);
// How long a newcomer waits for a working review: the browser tests read and print it.
performance.mark('kpi-review-ready');
document.documentElement.dataset.ready = String(Math.round(performance.now()));
