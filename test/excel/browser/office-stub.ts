/// <reference types="office-js" />
import { agreementGrid } from '../agreement';
import { FakeExcel, FakeSheet } from '../fakes';

/**
 * Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser test:
 * Office in Danish, Excel.run over a fake workbook holding an agreement, and recorders for what
 * the page's scripts register. Everything it records is on `window.kpiTest`.
 */
const excel = new FakeExcel(new FakeSheet('Aftale').seed(agreementGrid(), 2, 1));
const functions: string[] = [];
const actions: string[] = [];

class CustomFunctionsError {
  constructor(readonly code: string, readonly message?: string) {}
}

Object.assign(window, {
  kpiTest: { excel, functions, actions },
  CustomFunctions: {
    associate: (id: string) => functions.push(id),
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
  },
  Office: {
    HostType: { Excel: 'Excel' },
    context: {
      displayLanguage: 'da-DK',
      // A test marks sets as missing with window.kpiTestMissingSets before this script runs.
      requirements: {
        isSetSupported: (name: string) => !((window as unknown as { kpiTestMissingSets?: string[] }).kpiTestMissingSets ?? []).includes(name),
      },
    },
    onReady: (callback?: (info: { host: string }) => void) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      return new Promise((resolve) => setTimeout(() => { callback?.(info); resolve(info); }, 0));
    },
    actions: { associate: (id: string) => actions.push(id) },
    addin: { showAsTaskpane: async () => undefined },
  },
  Excel: { run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => batch(excel.context) },
});
