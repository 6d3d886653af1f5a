/// <reference types="office-js" />
import { requestCheckIn } from '../../ui/checkin';
import { officeHost } from '../taskpane/bridge';
import { commandActions } from './actions';
import { showNotice } from './notice';

/**
 * The ribbon actions, part of the task pane page's script (the shared runtime's FunctionFile). Nothing runs until Office calls one. Without Office.js (blocked, or the page
 * opened in a browser) there is nothing to register; the page says why.
 */
if (typeof Office !== 'undefined') {
  // Office must have been told to initialise before it calls an action.
  Office.onReady(() => undefined);
  const showTaskpane = () => Office.addin.showAsTaskpane();
  const actions = commandActions({
    ...officeHost(),
    showTaskpane,
    startCheckIn: () => requestCheckIn(document),
    notify: async (message) => {
      showNotice(document, message);
      // The shared runtime's page is the task pane: the message is there once it is shown.
      if (message) await showTaskpane();
    },
  });
  for (const [id, action] of Object.entries(actions)) Office.actions.associate(id, action);
}
