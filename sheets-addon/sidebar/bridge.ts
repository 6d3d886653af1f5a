import type { HostBridge, SheetCheck } from '../../ui/bridge';
import type { CheckInDraft, CheckInEntry } from '../../shared/followup/checkin';
import type { FollowUpCalendar } from '../../shared/followup/calendar';
import type { Lang } from '../../shared/i18n/lang';
import type { TemplateId } from '../../shared/templates/spec';
import type { TrackResult } from '../../shared/tracking/run';
import type { DashboardResult } from '../../shared/dashboard/run';
import type { PaneTarget } from '../entries';

/** The part of the browser's `google.script.run` the bridge uses. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [target: string]: unknown;
}

/** The server's message without the runtime's "Exception: " or "Error: " prefix. */
function failure(error: unknown): Error {
  const message = error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
    ? String((error as { message: unknown }).message)
    : String(error);
  return new Error(message.replace(/^(Exception|Error):\s*/, ''));
}

/**
 * The pane's bridge in the Sheets sidebar: each method is one `google.script.run` call to the
 * top-level function of the same name in Code.js, turned into a promise. A server failure rejects
 * with the server's message, so the pane shows it instead of waiting forever.
 */
export function sheetsBridge(run: ScriptRunner): HostBridge {
  const call = <T>(target: PaneTarget, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const runner = run.withSuccessHandler((value) => resolve(value as T)).withFailureHandler((error) => reject(failure(error)));
      const method = runner[target];
      if (typeof method !== 'function') {
        reject(new Error(`google.script.run has no ${target}`));
        return;
      }
      method.apply(runner, args);
    });
  return {
    host: 'sheets',
    language: () => call<Lang>('language'),
    insertTemplate: (id: TemplateId, lang: Lang) => call<{ sheetName: string }>('insertTemplate', id, lang),
    validateActiveSheet: (lang: Lang) => call<SheetCheck>('validateActiveSheet', lang),
    selectCell: (sheetName: string, row: number, column: number) => call<void>('selectCell', sheetName, row, column),
    saveVersion: (reason: string, lang: Lang) => call<{ sheetName: string; rows: number }>('saveVersion', reason, lang),
    checkInDraft: (lang: Lang) => call<CheckInDraft>('checkInDraft', lang),
    checkIn: (sheetName: string, entry: CheckInEntry, lang: Lang) => call<{ sheetName: string; rows: number }>('checkIn', sheetName, entry, lang),
    followUpCalendar: (lang: Lang) => call<FollowUpCalendar>('followUpCalendar', lang),
    trackAgreement: (lang: Lang) => call<TrackResult>('trackAgreement', lang),
    buildDashboard: (lang: Lang) => call<DashboardResult>('buildDashboard', lang),
  };
}
