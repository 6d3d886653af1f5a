import { langFromLocale, LANGS, type Lang } from '../shared/i18n/lang';
import { exampleReview, exampleTracking } from '../shared/templates';
import { el } from '../ui/dom';
import { mountReviewPane } from '../ui';
import { playgroundBridge } from './bridge';
import { setKpiMessageLanguage } from './engine/kpi-plugin';
import { mountWorkbookView, type WorkbookView } from './grid';
import { PLAYGROUND_TEXT } from './strings';
import { PlaygroundWorkbook } from './workbook';
import { xlsxButtons } from './xlsx-buttons';

/** `?lang=da` or `?lang=en`; otherwise the browser's language. */
function initialLanguage(): Lang {
  const asked = new URLSearchParams(location.search).get('lang');
  return LANGS.find((lang) => lang === asked) ?? langFromLocale(navigator.language);
}

let workbook: PlaygroundWorkbook | undefined;
let view: WorkbookView | undefined;

/** Opens a workbook (the example review and tracking sheets by default) in `lang` beside the review pane. */
function open(lang: Lang, book = PlaygroundWorkbook.withSheets([exampleReview(lang), exampleTracking(lang)])): void {
  view?.destroy();
  workbook?.destroy();
  setKpiMessageLanguage(lang);
  document.documentElement.lang = lang;
  document.title = PLAYGROUND_TEXT.title[lang];

  const app = document.getElementById('playground') ?? document.body.appendChild(el(document, 'div', { id: 'playground' }));
  const switcher = el(document, 'div', { class: 'kpg-lang', role: 'group', 'aria-label': PLAYGROUND_TEXT.workbookLanguage[lang] },
    ...LANGS.map((code) => {
      const button = el(document, 'button', { type: 'button', 'aria-pressed': String(code === lang), lang: code, 'data-lang': code }, code === 'da' ? 'Dansk' : 'English');
      button.addEventListener('click', () => {
        if (code === lang) return;
        history.replaceState(null, '', `?lang=${code}`);
        open(code);
      });
      return button;
    }));
  const bookRoot = el(document, 'section', { class: 'kpg-workbook', 'aria-label': PLAYGROUND_TEXT.grid[lang] });
  const paneRoot = el(document, 'aside', { class: 'kpg-pane', id: 'pane', 'aria-label': PLAYGROUND_TEXT.pane[lang] });
  app.replaceChildren(
    el(document, 'header', { class: 'kpg-top' },
      el(document, 'div', {}, el(document, 'h1', {}, PLAYGROUND_TEXT.title[lang]), el(document, 'p', {}, PLAYGROUND_TEXT.intro[lang])),
      switcher,
      xlsxButtons(document, lang, () => book, (opened) => open(lang, opened))),
    el(document, 'main', { class: 'kpg-main' }, bookRoot, paneRoot),
    el(document, 'footer', { class: 'kpg-foot' }, PLAYGROUND_TEXT.licence[lang]));

  const grid = mountWorkbookView(bookRoot, book, lang);
  mountReviewPane(paneRoot, playgroundBridge({ workbook: book, grid, language: () => lang, now: () => new Date() }));
  workbook = book;
  view = grid;
}

open(initialLanguage());
// How long a newcomer waits for a working review: the browser tests read and print it.
performance.mark('kpi-review-ready');
document.documentElement.dataset.ready = String(Math.round(performance.now()));
