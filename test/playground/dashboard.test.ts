import { afterEach, describe, expect, it } from 'vitest';
import { DASHBOARD_SHEET_NAME } from '../../shared/dashboard/layout';
import { LANGS } from '../../shared/i18n/lang';
import { buildDashboard } from '../../playground/dashboard';
import { trackAgreement } from '../../playground/track';
import { PlaygroundWorkbook } from '../../playground/workbook';
import { TODAY, reviewBook } from '../tracking/helpers';

const NOW = new Date(2027, 2, 31, 12);

let book: PlaygroundWorkbook | undefined;
afterEach(() => book?.destroy());

/** The example review tracked, as a user leaves it after Track this agreement. */
function tracked(lang: (typeof LANGS)[number]) {
  const made = reviewBook(lang);
  book = made.book;
  const tracking = trackAgreement(made.book, lang, TODAY).sheetName;
  return { ...made, tracking };
}

describe.each(LANGS)('the dashboard in the playground (%s)', (lang) => {
  it('makes the dashboard sheet with a chart per KPI over the tracking sheet, and shows it', () => {
    const { book, tracking } = tracked(lang);
    const result = buildDashboard(book, lang, NOW);
    expect(result.sheetName).toBe(DASHBOARD_SHEET_NAME[lang]);
    expect(book.activeSheet).toBe(result.sheetName);
    const charts = book.look(result.sheetName)?.charts ?? [];
    expect(charts.map((chart) => chart.sourceSheet)).toEqual([tracking, tracking]);
  });

  it('follows an actual typed on the tracking sheet in its status table', () => {
    const { book, tracking } = tracked(lang);
    const { sheetName } = buildDashboard(book, lang, NOW);
    const [chart] = book.look(sheetName)!.charts!;
    const actual = chart.series.find((series) => series.role === 'actual')!.range;
    const shows = (value: number) => book.values(sheetName).some((line) => line[0] === chart.title && line.includes(value));
    expect(shows(187)).toBe(false);
    // The period's first month: after the baseline's 12.
    book.setInput(tracking, { row: actual.row + 12, column: actual.column }, '187');
    expect(shows(187)).toBe(true);
  });

  it('rebuilds in place: the same sheet, what a user added to it gone, its charts replaced', () => {
    const { book } = tracked(lang);
    const { sheetName } = buildDashboard(book, lang, NOW);
    const charts = book.look(sheetName)!.charts;
    book.setInput(sheetName, { row: 60, column: 7 }, 'left over');
    const again = buildDashboard(book, lang, NOW);
    expect(again.sheetName).toBe(sheetName);
    expect(book.sheetNames()).toHaveLength(3);
    expect(book.value(sheetName, { row: 60, column: 7 })).toBeNull();
    expect(book.look(sheetName)!.charts).toEqual(charts);
  });

  it('leaves a user’s own sheet of the dashboard’s name alone', () => {
    const { book } = tracked(lang);
    book.addSheet(DASHBOARD_SHEET_NAME[lang], [['My own notes']], { columnWidths: [], frozenRows: 0, styles: [], formats: [], validations: [], conditionalFills: [] });
    const result = buildDashboard(book, lang, NOW);
    expect(result.sheetName).toBe(`${DASHBOARD_SHEET_NAME[lang]} (2)`);
    expect(book.values(DASHBOARD_SHEET_NAME[lang])).toEqual([['My own notes']]);
  });

  it('keeps the charts on their tracking sheet when it is renamed', () => {
    const { book, tracking } = tracked(lang);
    const { sheetName } = buildDashboard(book, lang, NOW);
    book.renameSheet(tracking, 'Numbers');
    expect(book.look(sheetName)!.charts!.map((chart) => chart.sourceSheet)).toEqual(['Numbers', 'Numbers']);
  });

  it('is kept between visits with its charts, as the browser stores the workbook', () => {
    const { book } = tracked(lang);
    const { sheetName } = buildDashboard(book, lang, NOW);
    const reopened = PlaygroundWorkbook.fromSaved(JSON.parse(JSON.stringify(book.saved())));
    try {
      expect(reopened.look(sheetName)?.charts).toEqual(book.look(sheetName)?.charts);
      expect(reopened.values(sheetName)).toEqual(book.values(sheetName));
    } finally {
      reopened.destroy();
    }
  });

  it('refuses, in words, without a tracking sheet', () => {
    const made = reviewBook(lang);
    book = made.book;
    expect(() => buildDashboard(made.book, lang, NOW)).toThrow(lang === 'en' ? /Track this agreement/ : /Følg op på denne aftale/);
    expect(made.book.sheetNames()).toEqual([made.review]);
  });
});
