import { isoDay, localToday } from '../followup/days';
import type { Lang } from '../i18n/lang';
import type { TrackingSheetRead } from '../tracking/read';
import { trackingSheetsOf } from '../tracking/run';
import { isDashboardSheetName, planDashboard, type DashboardCandidate, type DashboardPlan } from './layout';

/** What a host hands back from "Build the dashboard": the sheet and what was done, in words. */
export interface DashboardResult {
  readonly sheetName: string;
  readonly message: string;
}

/** The sheets a host reads before planning: tracking sheets (values and formulas) and earlier dashboards (values). */
export function dashboardReads(sheetNames: readonly string[]): { tracking: string[]; candidates: string[] } {
  return { tracking: trackingSheetsOf(sheetNames), candidates: sheetNames.filter(isDashboardSheetName) };
}

/** The plan for what a host read, today in the user's time zone; a refusal throws its message, as every host shows failures. */
export function planFromReads(
  tracking: readonly TrackingSheetRead[], candidates: readonly DashboardCandidate[], sheetNames: readonly string[], lang: Lang, now: Date,
): DashboardPlan {
  const plan = planDashboard(tracking, candidates, { lang, sheetNames, today: isoDay(localToday(now)) });
  if (!plan.ok) throw new Error(plan.message[lang]);
  return plan;
}
