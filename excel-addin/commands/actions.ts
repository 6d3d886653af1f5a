/// <reference types="office-js" />
import type { ExcelHost } from '../taskpane/bridge';
import { excelBridge } from '../taskpane/bridge';
import { ACTIONS, type ActionId } from './ids';

/** The event Office hands a ribbon action; `completed` must always be called. */
export interface ActionEvent {
  completed(): void;
}

export interface CommandHost extends ExcelHost {
  showTaskpane(): Promise<void>;
}

/** Runs an action and tells Office it is done, also when it fails (else the ribbon waits). */
async function complete(event: ActionEvent, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    console.error(error);
  } finally {
    event.completed();
  }
}

/** The ribbon's actions over a host: insert the review template in the user's language, open the pane. */
export function commandActions(host: CommandHost): Record<ActionId, (event: ActionEvent) => Promise<void>> {
  const bridge = excelBridge(host);
  return {
    [ACTIONS.showTaskpane]: (event) => complete(event, () => host.showTaskpane()),
    [ACTIONS.insertReviewTemplate]: (event) => complete(event, async () => bridge.insertTemplate('review', await bridge.language())),
  };
}
