import { mountReviewPane } from '../../ui';
import { sheetsBridge, type ScriptRunner } from './bridge';
import { PANE_ROOT_ID } from './page';

declare const google: { script: { run: ScriptRunner } };

// The sidebar page's script: the shared review pane over the Sheets bridge.
const root = document.getElementById(PANE_ROOT_ID) ?? document.body.appendChild(document.createElement('div'));
mountReviewPane(root, sheetsBridge(google.script.run));
