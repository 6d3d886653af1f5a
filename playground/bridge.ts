import type { Lang } from '../shared/i18n/lang';
import { CHECKIN_LOG, checkInDraft, checkInRecord, readCheckInEntry } from '../shared/followup/checkin';
import { followUpCalendar } from '../shared/followup/calendar';
import { localToday } from '../shared/followup/days';
import { HELP_PAGE } from '../shared/help/guide';
import { HISTORY_LOG, historyRecord } from '../shared/history';
import { validateAgreement } from '../shared/validator';
import { buildTemplate } from '../shared/templates';
import { readSignOff } from '../shared/templates/sign-off';
import { CELL_ERRORS, isCellIndex, logSheetNames } from '../shared/workbook';
import type { HostBridge } from '../ui/bridge';
import { monthOf } from '../shared/tracking/run';
import { trackAgreement, trackingReads } from './track';
import { buildDashboard } from './dashboard';
import type { PlaygroundWorkbook, Position } from './workbook';

/** What the bridge asks of the grid on screen: show a cell selected, switching sheet and scrolling. */
export interface CellSelector {
  select(sheetName: string, at: Position): void;
}

export interface PlaygroundHost {
  readonly workbook: PlaygroundWorkbook;
  readonly grid: CellSelector;
  /** The page's language, which the pane starts in. */
  language(): Lang;
  /** Where the pane hears of the page's language changing: the page owns the language. */
  onLanguageChange?(listener: (lang: Lang) => void): void;
  now(): Date;
}

/**
 * The review pane's third bridge: the same calls as in Excel and Sheets, answered by the in-browser
 * workbook. It only translates; templates, rules and history rows come from shared/.
 */
export function playgroundBridge(host: PlaygroundHost): HostBridge {
  const { workbook } = host;
  let unwatch: (() => void) | undefined;
  return {
    host: 'playground',
    helpUrl: HELP_PAGE,
    language: async () => host.language(),
    ...(host.onLanguageChange ? { onLanguageChange: (listener: (lang: Lang) => void) => host.onLanguageChange?.(listener) } : {}),
    insertTemplate: async (id, lang) => ({ sheetName: workbook.addTemplate(buildTemplate(id, lang, monthOf(host.now()))) }),
    validateActiveSheet: async (lang) => {
      const sheetName = workbook.activeSheet;
      const values = workbook.values(sheetName);
      const signOff = readSignOff(values);
      return { sheetName, findings: validateAgreement(values, { lang }), ...(signOff ? { signOff } : {}) };
    },
    selectCell: async (sheetName, row, column) => {
      if (!workbook.hasSheet(sheetName)) throw new Error(CELL_ERRORS.noSheet(sheetName)[host.language()]);
      if (!isCellIndex(row, column)) throw new Error(CELL_ERRORS.notCell(row, column)[host.language()]);
      host.grid.select(sheetName, { row, column });
    },
    saveVersion: async (reason, lang) => {
      const sheetName = workbook.activeSheet;
      const record = historyRecord(workbook.values(sheetName), { savedAt: host.now(), reason, sheetName }, lang);
      if (!record.ok) throw new Error(record.message);
      return { sheetName: workbook.appendLog(HISTORY_LOG, record.rows, lang), rows: record.rows.length };
    },
    checkInDraft: async (lang) => {
      const sheetName = workbook.activeSheet;
      const logName = logSheetNames(CHECKIN_LOG, lang).find((name) => workbook.hasSheet(name));
      const context = { sheetName, today: localToday(host.now()), tracking: trackingReads(workbook), ...(logName ? { log: workbook.values(logName) } : {}) };
      const draft = checkInDraft(workbook.values(sheetName), context, lang);
      if (!draft.ok) throw new Error(draft.message);
      return draft.value;
    },
    checkIn: async (sheetName, entry, lang) => {
      if (!workbook.hasSheet(sheetName)) throw new Error(CELL_ERRORS.noSheet(sheetName)[lang]);
      const context = { sheetName, today: localToday(host.now()), tracking: trackingReads(workbook) };
      const record = checkInRecord(workbook.values(sheetName), readCheckInEntry(entry), context, lang);
      if (!record.ok) throw new Error(record.message);
      return { sheetName: workbook.appendLog(CHECKIN_LOG, record.value, lang), rows: record.value.length };
    },
    followUpCalendar: async (lang) => {
      const sheetName = workbook.activeSheet;
      const made = followUpCalendar(workbook.values(sheetName), { sheetName, now: host.now() }, lang);
      if (!made.ok) throw new Error(made.message);
      return made.calendar;
    },
    // The workbook says only that something changed (a switch of sheet too): compare the sheet's
    // values, so findings go stale when their own sheet's cells do.
    watchSheet: async (sheetName, onChange) => {
      unwatch?.();
      const snapshot = (): string => (workbook.hasSheet(sheetName) ? JSON.stringify(workbook.values(sheetName)) : '');
      let seen = snapshot();
      unwatch = workbook.onChange(() => {
        const now = snapshot();
        if (now === seen) return;
        seen = now;
        onChange();
      });
    },
    trackAgreement: async (lang) => trackAgreement(workbook, lang, monthOf(host.now())),
    buildDashboard: async (lang) => buildDashboard(workbook, lang, host.now()),
  };
}
