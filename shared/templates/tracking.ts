import type { Lang } from '../i18n/lang';
import { trackingLayout, type TrackedKpi } from '../tracking/layout';
import { YEAR_MONTHS, type YearMonth } from '../tracking/months';
import type { TemplateSpec } from './spec';

/** Blocks the blank template starts with; "Track this agreement" adds one per further KPI. */
export const TEMPLATE_BLOCKS = 3;
/** Year to date as an average until the user picks Sum: a sum of rates or scores means nothing. */
const BLANK_BLOCK: TrackedKpi = { name: '', cumulative: false };

/**
 * The blank tracking sheet: the layout "Track this agreement" writes, with blocks whose name,
 * target and direction the user types, over the calendar year of `today`. The review finds a
 * block by the name typed in it, and Track adds its KPIs' blocks to this sheet.
 */
export function trackingTemplate(lang: Lang, today: YearMonth): TemplateSpec {
  const period = { first: { year: today.year, month: 1 }, months: YEAR_MONTHS };
  return trackingLayout(Array<TrackedKpi>(TEMPLATE_BLOCKS).fill(BLANK_BLOCK), period, { lang }).spec;
}
