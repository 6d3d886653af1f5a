import type { Lang, Localized } from '../shared/i18n/lang';
import { el } from '../ui/dom';
import type { PlaygroundWorkbook } from './workbook';
import { workbookToXlsx, xlsxToWorkbook } from './xlsx';

/** The two buttons' texts; the page's others are in ./strings.ts. */
export const XLSX_TEXT = {
  group: { en: 'Workbook file', da: 'Projektmappefil' },
  download: { en: 'Download as .xlsx', da: 'Hent som .xlsx' },
  open: { en: 'Open .xlsx', da: 'Åbn .xlsx' },
  openFailed: {
    en: 'That file could not be opened: it is not an .xlsx workbook, or it is damaged or password-protected.',
    da: 'Filen kunne ikke åbnes: den er ikke en .xlsx-projektmappe, eller den er beskadiget eller beskyttet med adgangskode.',
  },
  fileName: { en: 'kpi-review.xlsx', da: 'kpi-review.xlsx' },
} satisfies Record<string, Localized>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * "Download as .xlsx" and "Open .xlsx" for a page showing a playground workbook: `current` is the
 * workbook shown now, `opened` shows a workbook read from a file in its place.
 */
export function xlsxButtons(doc: Document, lang: Lang, current: () => PlaygroundWorkbook, opened: (book: PlaygroundWorkbook) => void): HTMLElement {
  const status = el(doc, 'p', { class: 'kpg-file-status', role: 'status' });
  const download = el(doc, 'button', { type: 'button', 'data-action': 'download-xlsx' }, XLSX_TEXT.download[lang]);
  download.addEventListener('click', async () => {
    const bytes = await workbookToXlsx(current());
    const url = URL.createObjectURL(new Blob([bytes.slice()], { type: XLSX_TYPE }));
    const link = el(doc, 'a', { href: url, download: XLSX_TEXT.fileName[lang] });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });
  const input = el(doc, 'input', { type: 'file', accept: `.xlsx,${XLSX_TYPE}`, hidden: '', 'data-action': 'open-xlsx-file' });
  const open = el(doc, 'button', { type: 'button', 'data-action': 'open-xlsx' }, XLSX_TEXT.open[lang]);
  open.addEventListener('click', () => input.click());
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    status.textContent = '';
    try {
      opened(await xlsxToWorkbook(new Uint8Array(await file.arrayBuffer())));
    } catch {
      status.textContent = XLSX_TEXT.openFailed[lang];
    }
  });
  return el(doc, 'div', { class: 'kpg-file', role: 'group', 'aria-label': XLSX_TEXT.group[lang] }, download, open, input, status);
}
