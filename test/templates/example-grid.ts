import type { Lang } from '../../shared/i18n/lang';
import { exampleReview, exampleTracking, templateValues, type CellValue } from '../../shared/templates';
import { TRACKING_SHEET_NAME, sheetRef } from '../../shared/tracking/layout';
import { PlaygroundWorkbook } from '../../playground/workbook';

/**
 * The example review's cells as written (formulas as their text), but what it reads from the
 * tracking sheet as the numbers the example computes there: the review a test hands a host or a
 * file without that sheet.
 */
export function exampleReviewGrid(lang: Lang): CellValue[][] {
  const spec = exampleReview(lang);
  const book = PlaygroundWorkbook.withSheets([spec, exampleTracking(lang)]);
  const computed = book.values(spec.sheetName);
  book.destroy();
  const tracking = sheetRef(TRACKING_SHEET_NAME[lang]);
  return templateValues(spec, 'excel').map((row, r) =>
    row.map((value, c) => (spec.cells[r][c]?.formula?.includes(tracking) ? computed[r][c] as CellValue : value)));
}
