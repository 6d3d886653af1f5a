/// <reference types="google-apps-script" />

/** The Apps Script services the adapter works with, handed in so tests can record every call. */
export type SpreadsheetService = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
/** The Charts service: the chart types an embedded chart builder takes. */
export type ChartsService = GoogleAppsScript.Charts.Charts;
