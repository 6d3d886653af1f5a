import type { Lang } from '../i18n/lang';
import { readAgreement } from '../validator';
import type { CellRef } from './layout';
import type { YearMonth } from './months';
import { isTrackingSheetName, planTracking, type ExistingSheet, type TrackingPlan } from './plan';

/** What a host hands back from "Track this agreement": the tracking sheet and what was done, in words. */
export interface TrackResult {
  readonly sheetName: string;
  readonly message: string;
}

/** The active review sheet as a host read it: used values from `origin`. */
export interface ReviewRead {
  readonly sheetName: string;
  readonly values: readonly (readonly unknown[])[];
  readonly origin: CellRef;
}

/**
 * The plan for the review a host read, beside the tracking sheets it read; a refusal throws its
 * message so every host shows it as it shows a failure.
 */
export function planFromRead(review: ReviewRead, existing: readonly ExistingSheet[], lang: Lang, today: YearMonth): TrackingPlan {
  const plan = planTracking(readAgreement(review.values), { lang, reviewSheetName: review.sheetName, origin: review.origin, today }, existing);
  if (!plan.ok) throw new Error(plan.message[lang]);
  return plan;
}

/** The sheets a host must read (formulas) before planning. */
export const trackingSheetsOf = (sheetNames: readonly string[]): string[] => sheetNames.filter(isTrackingSheetName);

/** Today's month in the user's time zone. */
export const monthOf = (now: Date): YearMonth => ({ year: now.getFullYear(), month: now.getMonth() + 1 });
