/// <reference types="office-js" />
import { langFromLocale } from '../../shared/i18n/lang';
import { buildTemplate } from '../../shared/templates';
import type { HostBridge } from '../../ui/bridge';
import { localToday } from '../../shared/followup/days';
import { checkIn, checkInDraft, followUpCalendar } from '../adapter/checkin';
import { saveVersion } from '../adapter/history';
import { validateActiveSheet } from '../adapter/read';
import { selectCell } from '../adapter/select';
import { sheetWatch } from '../adapter/watch';
import { trackAgreement } from '../adapter/track';
import { buildDashboard } from '../adapter/dashboard';
import { monthOf } from '../../shared/tracking/run';
import { insertTemplate } from '../adapter/write-template';
import { HELP_PAGE } from '../../shared/help/guide';

/** What the bridge needs of Office, injectable so tests run it on a fake workbook. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  displayLanguage(): string | undefined;
  now(): Date;
}

export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    displayLanguage: () => Office.context.displayLanguage,
    now: () => new Date(),
  };
}

/** The review pane's bridge to Excel: each call is one `Excel.run` over the adapter. */
export function excelBridge(host: ExcelHost = officeHost()): HostBridge {
  const watch = sheetWatch();
  return {
    host: 'excel',
    helpUrl: HELP_PAGE,
    language: async () => langFromLocale(host.displayLanguage()),
    insertTemplate: (id, lang) => host.run((context) => insertTemplate(context, buildTemplate(id, lang, monthOf(host.now())))),
    validateActiveSheet: (lang) => host.run((context) => validateActiveSheet(context, lang)),
    selectCell: (sheetName, row, column) =>
      host.run((context) => selectCell(context, sheetName, row, column, langFromLocale(host.displayLanguage()))),
    saveVersion: (reason, lang) => host.run((context) => saveVersion(context, { reason, lang, savedAt: host.now() })),
    checkInDraft: (lang) => host.run((context) => checkInDraft(context, lang, localToday(host.now()))),
    checkIn: (sheetName, entry, lang) => host.run((context) => checkIn(context, sheetName, entry, lang, localToday(host.now()))),
    followUpCalendar: (lang) => host.run((context) => followUpCalendar(context, lang, host.now())),
    watchSheet: (sheetName, onChange) => host.run((context) => watch(context, sheetName, onChange)),
    trackAgreement: (lang) => host.run((context) => trackAgreement(context, lang, monthOf(host.now()))),
    buildDashboard: (lang) => host.run((context) => buildDashboard(context, lang, host.now())),
  };
}
