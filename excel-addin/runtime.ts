/**
 * taskpane.js, the shared runtime's one script: the custom functions, the ribbon actions and the
 * task pane, in that order, so the core is parsed once when the pane opens. functions.js is also
 * built alone, for the manifest's custom functions Script URL.
 */
import './functions/register';
import './commands/index';
import './taskpane/index';
