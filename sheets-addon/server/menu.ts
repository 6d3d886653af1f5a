/// <reference types="google-apps-script" />
import { TEMPLATE_IDS, TEMPLATE_TITLES } from '../../shared/templates';
import type { Lang } from '../../shared/i18n/lang';
import type { TemplateId } from '../../shared/templates/spec';
import { checkInRequestScript } from '../../ui/checkin';
import { MENU_HANDLERS } from '../entries';
import { userLang } from './lang';
import { buildDashboard, insertTemplate, saveVersion, trackAgreement } from './pane';
import { services } from './services';
import { fill, TEXT } from './text';

/** The HTML file the build writes; `createHtmlOutputFromFile` finds it by this name. */
export const SIDEBAR_FILE = 'Sidebar';

/**
 * The add-on menu. In AuthMode.NONE (first open after installing elsewhere) Apps Script allows
 * building the menu and little else, so this reads nothing from the spreadsheet: only the user's
 * locale, which needs no authorisation, for the labels.
 */
export function onOpen(): void {
  const lang = userLang();
  const menu = services.spreadsheetApp().getUi().createAddonMenu();
  for (const id of TEMPLATE_IDS) menu.addItem(fill(TEXT.insert[lang], { title: TEMPLATE_TITLES[id][lang] }), MENU_HANDLERS.insert(id));
  menu.addSeparator()
    .addItem(TEXT.showPane[lang], MENU_HANDLERS.showPane)
    .addItem(TEXT.checkIn[lang], MENU_HANDLERS.checkIn)
    .addItem(TEXT.track[lang], MENU_HANDLERS.track)
    .addItem(TEXT.dashboard[lang], MENU_HANDLERS.dashboard)
    .addItem(TEXT.saveVersion[lang], MENU_HANDLERS.saveVersion)
    .addToUi();
}

export function insertTemplateFromMenu(id: TemplateId): void {
  // Inserting activates the new sheet, which is all the feedback a menu click needs.
  insertTemplate(id, userLang());
}

export function showReviewPane(): void {
  const html = services.htmlService().createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(TEXT.paneTitle[userLang()]);
  services.spreadsheetApp().getUi().showSidebar(html);
}

/**
 * The sidebar, started on a check-in: a check-in asks for comments, so it happens in the pane. The
 * page ends with the request, which runs once the pane is mounted above it.
 */
export function showCheckInPane(): void {
  const html = services.htmlService().createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(TEXT.paneTitle[userLang()]).append(checkInRequestScript());
  services.spreadsheetApp().getUi().showSidebar(html);
}

/** Tracks the active agreement and says what was done (or why not) in a dialog. */
export function trackAgreementFromMenu(): void {
  tellOutcome((lang) => trackAgreement(lang).message);
}

/** Builds or rebuilds the dashboard and says what was done (or why not) in a dialog. */
export function buildDashboardFromMenu(): void {
  tellOutcome((lang) => buildDashboard(lang).message);
}

/** A menu action's message, or its failure's, in a dialog: a menu click has nowhere else to answer. */
function tellOutcome(action: (lang: Lang) => string): void {
  const lang = userLang();
  const ui = services.spreadsheetApp().getUi();
  try {
    ui.alert(action(lang));
  } catch (error) {
    ui.alert(error instanceof Error ? error.message : String(error));
  }
}

/** Asks for the reason, saves, and says how it went; Cancel or closing the prompt saves nothing. */
export function promptSaveVersion(): void {
  const lang = userLang();
  const ui = services.spreadsheetApp().getUi();
  const answer = ui.prompt(TEXT.promptTitle[lang], TEXT.promptMessage[lang], ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  try {
    const saved = saveVersion(answer.getResponseText(), lang);
    ui.alert(fill(TEXT.saved[lang], { rows: saved.rows, sheet: saved.sheetName }));
  } catch (error) {
    ui.alert(error instanceof Error ? error.message : String(error));
  }
}
