/// <reference types="google-apps-script" />

/**
 * Apps Script's services, looked up when a handler runs and never while Code.js loads: loading
 * happens for every custom function call and in AuthMode.NONE, where most services refuse.
 */
export const services = {
  spreadsheetApp: (): GoogleAppsScript.Spreadsheet.SpreadsheetApp => SpreadsheetApp,
  htmlService: (): GoogleAppsScript.HTML.HtmlService => HtmlService,
  charts: (): GoogleAppsScript.Charts.Charts => Charts,
};
