import { dashboardReads, planFromReads, type DashboardResult } from '../shared/dashboard/run';
import type { Lang } from '../shared/i18n/lang';
import { trackingReads } from './track';
import type { PlaygroundWorkbook } from './workbook';

/**
 * "Build the dashboard" in the playground: the plan's cells written as a template, its charts kept
 * with the sheet's look and drawn by the grid from the tracking sheet's cells as they stand. A
 * rebuild writes over the dashboard it made, so nothing is doubled.
 */
export function buildDashboard(workbook: PlaygroundWorkbook, lang: Lang, now: Date): DashboardResult {
  const sheetNames = workbook.sheetNames();
  const candidates = dashboardReads(sheetNames).candidates.map((sheetName) => ({ sheetName, values: workbook.values(sheetName) }));
  const plan = planFromReads(trackingReads(workbook), candidates, sheetNames, lang, now);
  if (plan.create) workbook.addTemplate(plan.spec, plan.charts);
  else workbook.replaceWithTemplate(plan.sheetName, plan.spec, plan.charts);
  workbook.activate(plan.sheetName);
  return { sheetName: plan.sheetName, message: plan.message[lang] };
}
