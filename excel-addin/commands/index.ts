/// <reference types="office-js" />
import { officeHost } from '../taskpane/bridge';
import { commandActions } from './actions';

/**
 * commands.js, loaded by the task pane page (the shared runtime's FunctionFile): registers the
 * ribbon actions. Nothing runs until Office calls one.
 */
// Office must have been told to initialise before it calls an action.
Office.onReady(() => undefined);
const actions = commandActions({ ...officeHost(), showTaskpane: () => Office.addin.showAsTaskpane() });
for (const [id, action] of Object.entries(actions)) Office.actions.associate(id, action);
