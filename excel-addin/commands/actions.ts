/// <reference types="office-js" />
import { langFromLocale, type Localized } from '../../shared/i18n/lang';
import type { ExcelHost } from '../taskpane/bridge';
import { excelBridge } from '../taskpane/bridge';
import { EXCEL_TEXT, fill } from '../text';
import { ACTIONS, type ActionId } from './ids';

/** The event Office hands a ribbon action; `completed` must always be called. */
export interface ActionEvent {
  completed(): void;
}

export interface CommandHost extends ExcelHost {
  showTaskpane(): Promise<void>;
  /** Asks the pane, on the shared runtime's page, to start a check-in. */
  startCheckIn(): void;
  /** Tells the user, in the task pane, what went wrong; an empty text clears it. */
  notify(message: string): Promise<void>;
}

/** Office's own words for a failure, or ours when it gave none. */
function reasonOf(error: unknown, lang: 'en' | 'da'): string {
  // Not `instanceof Error`: Office's errors need not come from this page's realm.
  const message = typeof error === 'string' ? error : String((error as { message?: unknown } | null)?.message ?? '');
  return message.trim() || EXCEL_TEXT.noReason[lang];
}

/**
 * Runs an action and tells Office it is done, also when it fails (else the ribbon waits). A
 * failure (a protected workbook, a lost connection) is shown to the user in the task pane, not
 * only logged: a ribbon button has nowhere else to speak. Work that returns a text has it shown so.
 */
async function complete(event: ActionEvent, host: CommandHost, failure: Localized, work: () => Promise<unknown>): Promise<void> {
  try {
    const said = await work();
    await host.notify(typeof said === 'string' ? said : '');
  } catch (error) {
    console.error(error);
    const lang = langFromLocale(host.displayLanguage());
    await host.notify(fill(failure[lang], { reason: reasonOf(error, lang) })).catch((shown: unknown) => console.error(shown));
  } finally {
    event.completed();
  }
}

/**
 * The ribbon's actions over a host: insert the review template in the user's language, open the
 * pane, and open it on a check-in (which asks for comments, so it happens in the pane).
 */
export function commandActions(host: CommandHost): Record<ActionId, (event: ActionEvent) => Promise<void>> {
  const bridge = excelBridge(host);
  return {
    [ACTIONS.showTaskpane]: (event) => complete(event, host, EXCEL_TEXT.paneFailed, () => host.showTaskpane()),
    [ACTIONS.insertReviewTemplate]: (event) =>
      complete(event, host, EXCEL_TEXT.insertFailed, async () => bridge.insertTemplate('review', await bridge.language())),
    [ACTIONS.checkIn]: (event) =>
      complete(event, host, EXCEL_TEXT.paneFailed, async () => {
        await host.showTaskpane();
        host.startCheckIn();
      }),
    [ACTIONS.trackAgreement]: (event) =>
      complete(event, host, EXCEL_TEXT.trackFailed, async () => (await bridge.trackAgreement(await bridge.language())).message),
    [ACTIONS.buildDashboard]: (event) =>
      complete(event, host, EXCEL_TEXT.dashboardFailed, async () => (await bridge.buildDashboard(await bridge.language())).message),
  };
}
