/// <reference types="office-js" />
import type { Lang } from '../../shared/i18n/lang';
import { readSignOff } from '../../shared/templates/sign-off';
import type { TrackingSheetRead } from '../../shared/tracking/read';
import { validateAgreement, type Finding } from '../../shared/validator';
import type { SheetCheck } from '../../ui/bridge';

/** A sheet's used values and where they start, so indexes into `values` map back to sheet cells. */
export interface SheetValues {
  readonly sheetName: string;
  readonly values: unknown[][];
  /** 0-based sheet row and column of `values[0][0]`. */
  readonly row: number;
  readonly column: number;
}

/**
 * Queues the read of the active sheet's used values (values only: the template's formatted blank
 * cells do not count) with the position of the used range, for the caller's next sync.
 */
export function queueActiveSheetRead(context: Excel.RequestContext): () => SheetValues {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  const used = sheet.getUsedRange(true);
  used.load(['values', 'rowIndex', 'columnIndex']);
  return () => ({ sheetName: sheet.name, values: used.values, row: used.rowIndex, column: used.columnIndex });
}

/**
 * The used ranges of these tracking sheets, values and formulas (how the dashboard and check-ins
 * find the blocks and which review they track), queued together for the caller's next sync.
 */
export function queueTrackingReads(context: Excel.RequestContext, sheetNames: readonly string[]): () => TrackingSheetRead[] {
  const reads = sheetNames.map((sheetName) => {
    const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true);
    used.load(['isNullObject', 'values', 'formulas', 'rowIndex', 'columnIndex']);
    return { sheetName, used };
  });
  return () => reads.filter(({ used }) => !used.isNullObject).map(({ sheetName, used }) => ({
    sheetName, values: used.values, formulas: used.formulas, origin: { row: used.rowIndex, column: used.columnIndex },
  }));
}

/** The active sheet's used values, in one sync. */
export async function readActiveSheet(context: Excel.RequestContext): Promise<SheetValues> {
  const read = queueActiveSheetRead(context);
  await context.sync();
  return read();
}

/** A finding indexed into the used range, moved to the sheet's own coordinates. */
export function onSheet(finding: Finding, at: { row: number; column: number }): Finding {
  return {
    ...finding,
    ...(finding.row === undefined ? {} : { row: finding.row + at.row }),
    ...(finding.column === undefined ? {} : { column: finding.column + at.column }),
  };
}

/** Validates the agreement on the active sheet; findings point at sheet cells. One sync. */
export async function validateActiveSheet(context: Excel.RequestContext, lang: Lang): Promise<SheetCheck> {
  const sheet = await readActiveSheet(context);
  const signOff = readSignOff(sheet.values);
  return {
    sheetName: sheet.sheetName,
    findings: validateAgreement(sheet.values, { lang }).map((finding) => onSheet(finding, sheet)),
    ...(signOff ? { signOff } : {}),
  };
}
