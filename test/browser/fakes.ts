import type { Finding } from '../../shared/validator';

/**
 * Stand-ins for the hosts' page APIs, injected before a page's own scripts run: Office.js and
 * Excel for the built task pane, `google.script.run` for the built Sheets sidebar. Each answers
 * from `window.__fake` and records selections in `window.__selected`.
 */

/**
 * Office.js as far as taskpane.html and its script use it; Excel reads `values`.
 * `window.__edit(values)` stands for a user's edit of the active sheet: its values replaced, then
 * its Worksheet.onChanged handlers called, as Excel raises the event after the change.
 */
export function fakeOfficeScript(values: unknown[][], sheetName: string): string {
  return `
window.__selected = [];
window.__values = ${JSON.stringify(values)};
window.__onChanged = {};
window.__edit = (values) => {
  window.__values = values;
  (window.__onChanged[${JSON.stringify(sheetName)}] || []).forEach((handler) => handler({ address: 'A1', changeType: 'RangeEdited', source: 'Local' }));
};
window.Office = {
  HostType: { Excel: 'Excel' },
  context: { displayLanguage: 'en-US', requirements: { isSetSupported: () => true } },
  onReady(callback) { const info = { host: 'Excel', platform: 'OfficeOnline' }; setTimeout(() => callback && callback(info)); return Promise.resolve(info); },
  actions: { associate() {} },
  addin: { showAsTaskpane() { return Promise.resolve(); } },
};
window.CustomFunctions = { associate() {}, Error: function (code, message) { this.code = code; this.message = message; }, ErrorCode: {} };
window.Excel = {
  run: async (batch) => {
    const worksheet = (name) => ({
      name,
      isNullObject: false,
      load() {},
      activate() {},
      getUsedRange() { return { values: window.__values, rowIndex: 0, columnIndex: 0, load() {} }; },
      onChanged: { add(handler) { (window.__onChanged[name] = window.__onChanged[name] || []).push(handler); return {}; } },
      getRange(address) { return { select() { window.__selected.push(name + '!' + address); } }; },
    });
    const context = { sync: async () => {}, workbook: { worksheets: { getActiveWorksheet: () => worksheet(${JSON.stringify(sheetName)}), getItem: worksheet, getItemOrNullObject: worksheet } } };
    return batch(context);
  },
};`;
}

/** `google.script.run`: each call answers asynchronously from the server functions given, as Apps Script does. */
export function fakeScriptRunScript(sheetName: string, findings: readonly Finding[]): string {
  return `
window.__selected = [];
window.__calls = [];
window.__held = [];
window.__release = () => { window.__hold = false; window.__held.splice(0).forEach((answer) => answer()); };
window.__server = {
  language: () => 'en',
  validateActiveSheet: () => ({ sheetName: ${JSON.stringify(sheetName)}, findings: ${JSON.stringify(findings)} }),
  // A test replaces a server function to make it fail: window.__server.saveVersion = () => { throw new Error('…'); }
  selectCell: (sheet, row, column) => { window.__selected.push([sheet, row, column]); },
  insertTemplate: () => ({ sheetName: 'KPI Review (2)' }),
  saveVersion: () => ({ sheetName: 'Agreement history', rows: 4 }),
};
function runner(handlers) {
  return new Proxy({}, {
    get(_, target) {
      if (target === 'withSuccessHandler') return (ok) => runner({ ...handlers, ok });
      if (target === 'withFailureHandler') return (fail) => runner({ ...handlers, fail });
      return (...args) => {
        window.__calls.push([target, ...args]);
        const answer = () => {
          try { handlers.ok && handlers.ok(window.__server[target](...args)); } catch (error) { handlers.fail && handlers.fail(error); }
        };
        // With window.__hold set, a call waits for window.__release(): a slow server, seen mid-call.
        if (window.__hold) window.__held.push(answer);
        else setTimeout(answer, 10);
      };
    },
  });
}
window.google = { script: { run: runner({}) } };`;
}
