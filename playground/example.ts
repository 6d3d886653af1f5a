import { CHECKIN_LOG, checkInRecord } from '../shared/followup/checkin';
import { dayParts, type Day } from '../shared/followup/days';
import type { Lang } from '../shared/i18n/lang';
import { EXAMPLE_KPIS, exampleReview, exampleTracking } from '../shared/templates';
import { kpiRow } from '../shared/templates/review';
import { EXAMPLE_CHECK_INS, type ExampleCheckIn } from '../shared/templates/example-checkins';
import { BASELINE_MONTHS } from '../shared/tracking/layout';
import { findTrackingBlocks } from '../shared/tracking/read';
import { buildDashboard } from './dashboard';
import { trackingReads } from './track';
import { PlaygroundWorkbook, type Position } from './workbook';

const noonOf = (day: Day): Date => {
  const { year, month, day: date } = dayParts(day);
  return new Date(year, month - 1, date, 12);
};

/**
 * The workbook the playground opens on: the worked example's review and tracking sheet, the two
 * check-ins held through the year, each logged with the numbers as they stood that day (the
 * months typed after it blank while it is held), and the dashboard built after the last. So a
 * newcomer sees the whole year at work, made by the same code the pane runs.
 */
export function exampleWorkbook(lang: Lang): PlaygroundWorkbook {
  const review = exampleReview(lang).sheetName;
  const book = PlaygroundWorkbook.withSheets([exampleReview(lang), exampleTracking(lang)]);
  const [tracking] = trackingReads(book);
  const periodActuals = findTrackingBlocks(tracking).flatMap((block) =>
    Array.from({ length: block.lastMonthRow - block.firstMonthRow + 1 - BASELINE_MONTHS }, (_, month) => {
      const at: Position = { row: block.firstMonthRow + BASELINE_MONTHS + month, column: block.columns.actual };
      return { month, ...at, typed: book.input(tracking.sheetName, at) || null };
    }));
  const typeMonths = (count: number) =>
    book.setCells(tracking.sheetName, periodActuals.map(({ month, row, column, typed }) => ({ row, column, content: month < count ? typed : null })));

  let last: ExampleCheckIn | undefined;
  for (const held of EXAMPLE_CHECK_INS) {
    typeMonths(held.monthsTyped);
    const entry = {
      comments: EXAMPLE_KPIS.map((kpi, i) => ({ kpi: String(kpiRow(kpi, lang).kpi), comment: held.comments[i][lang] })),
      decision: held.decision[lang],
      sanityCheck: held.sanityCheck,
    };
    const record = checkInRecord(book.values(review), entry, { sheetName: review, today: held.day, tracking: trackingReads(book) }, lang);
    if (!record.ok) throw new Error(record.message);
    book.appendLog(CHECKIN_LOG, record.value, lang);
    last = held;
  }
  typeMonths(Infinity);
  if (last) buildDashboard(book, lang, noonOf(last.day));
  book.activate(review);
  book.opened();
  return book;
}
