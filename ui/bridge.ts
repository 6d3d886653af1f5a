import type { DashboardResult } from '../shared/dashboard/run';
import type { CheckInDraft, CheckInEntry } from '../shared/followup/checkin';
import type { FollowUpCalendar } from '../shared/followup/calendar';
import type { Lang } from '../shared/i18n/lang';
import type { TemplateId } from '../shared/templates/spec';
import type { TrackResult } from '../shared/tracking/run';
import type { SignOffState } from '../shared/templates/sign-off';
import type { Finding } from '../shared/validator';

/** A validation of the active sheet; `signOff` is absent when the sheet has no sign-off block. */
export interface SheetCheck {
  readonly sheetName: string;
  readonly findings: Finding[];
  readonly signOff?: SignOffState;
}

/**
 * What the review pane asks of a spreadsheet. The same pane runs in the Excel task pane
 * (Office.js), the Sheets sidebar (`google.script.run`) and the in-browser playground; each host
 * implements this bridge and nothing else. Everything crossing it is plain JSON.
 */
export interface HostBridge {
  readonly host: 'excel' | 'sheets' | 'playground';
  /** The help page (the guide's ideas and the functions) beside the pane's page, where the host serves one. */
  readonly helpUrl?: string;
  /** The user's display language: Danish for a Danish locale, English otherwise. */
  language(): Promise<Lang>;
  /**
   * Given by a host whose page owns the language (the playground): the pane then shows no switch
   * of its own and follows the page's, so two language controls can never disagree.
   */
  onLanguageChange?(listener: (lang: Lang) => void): void;
  /** Inserts a template into a new sheet (never overwriting one) and activates it. */
  insertTemplate(id: TemplateId, lang: Lang): Promise<{ sheetName: string }>;
  /** Reads the active sheet's values and runs `validateAgreement` and `readSignOff` on them. */
  validateActiveSheet(lang: Lang): Promise<SheetCheck>;
  /** Activates the sheet and selects the cell a finding points at (0-based). */
  selectCell(sheetName: string, row: number, column: number): Promise<void>;
  /** Appends the active sheet's agreement table, the date and the reason to the history sheet. */
  saveVersion(reason: string, lang: Lang): Promise<{ sheetName: string; rows: number }>;
  /** What a check-in on the active sheet's agreement shows: each KPI's numbers and trigger, and the sanity check when due. */
  checkInDraft(lang: Lang): Promise<CheckInDraft>;
  /** Appends a check-in, one row per KPI of the agreement on `sheetName`, to the check-in sheet. */
  checkIn(sheetName: string, entry: CheckInEntry, lang: Lang): Promise<{ sheetName: string; rows: number }>;
  /** The follow-up dates of the active sheet's agreement as an .ics calendar. */
  followUpCalendar(lang: Lang): Promise<FollowUpCalendar>;
  /**
   * Calls `onChange` whenever the cells of `sheetName` change, from now on; a later call watches
   * its sheet instead. A host that cannot tell (Sheets' sidebar hears of no edits) leaves it out,
   * and the pane asks the user to re-validate.
   */
  watchSheet?(sheetName: string, onChange: () => void): Promise<void>;
  /** Creates or extends the tracking sheet of the active sheet's agreement, never over a typed actual. */
  trackAgreement(lang: Lang): Promise<TrackResult>;
  /** Builds the dashboard sheet from the tracking sheets, or rebuilds in place the one it built before. */
  buildDashboard(lang: Lang): Promise<DashboardResult>;
}

/**
 * Whether the pane can hand the user a file: the playground can. Office's webviews on desktop and
 * Mac do not download from a task pane (office-js issues 2700, 3385), and the Sheets sidebar is a
 * sandboxed frame, so there the pane shows the file's text to copy.
 */
export function canDownload(host: HostBridge['host']): boolean {
  return host === 'playground';
}
