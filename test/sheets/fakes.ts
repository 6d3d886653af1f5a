/**
 * Recording fakes of the Apps Script services the add-on calls: SpreadsheetApp (spreadsheet,
 * sheets, ranges, rule builders), Ui, HtmlService and Session. Every call lands in one log, so a
 * test can say what was written where and how many calls it took. Sheets behaviour the add-on
 * relies on is imitated: a string starting with "=" is stored as a formula, a leading apostrophe
 * keeps text literal, inserting a sheet activates it, the data range starts at A1.
 */

export interface Call {
  readonly target: string;
  readonly method: string;
  readonly args: readonly unknown[];
}

export class Recorder {
  readonly calls: Call[] = [];
  record(target: string, method: string, args: readonly unknown[]): void {
    this.calls.push({ target, method, args });
  }
  /** `Target.method` of every call, in order. */
  names(): string[] {
    return this.calls.map((call) => `${call.target.replace(/\(.*$/, '')}.${call.method}`);
  }
  on(target: string): Call[] {
    return this.calls.filter((call) => call.target === target);
  }
  clear(): void {
    this.calls.length = 0;
  }
}

const isBlankCell = (value: unknown) => value === '' || value === null || value === undefined;

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {}

  get a1(): string {
    const letters = (column: number) => {
      let text = '';
      for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
      return text;
    };
    return `${letters(this.column)}${this.row}:${letters(this.column + this.columns - 1)}${this.row + this.rows - 1}`;
  }

  private record(method: string, args: readonly unknown[]): this {
    this.sheet.recorder.record(`Range(${this.sheet.name}!${this.a1})`, method, args);
    return this;
  }

  private checkShape(grid: readonly (readonly unknown[])[], method: string): void {
    if (grid.length !== this.rows || grid.some((line) => line.length !== this.columns)) {
      throw new Error(`${method}: the data has ${grid.length} rows, the range ${this.rows}x${this.columns}`);
    }
  }

  /** Stores each cell as Sheets does: "=…" a formula, "'…" the text after the apostrophe. */
  setValues(values: unknown[][]): this {
    this.checkShape(values, 'setValues');
    values.forEach((line, r) => line.forEach((value, c) => this.sheet.put(this.row + r, this.column + c, value)));
    return this.record('setValues', [values]);
  }

  getValues(): unknown[][] {
    this.record('getValues', []);
    return this.grid((r, c) => this.sheet.valueAt(r, c));
  }

  getFormulas(): string[][] {
    this.record('getFormulas', []);
    return this.grid((r, c) => this.sheet.formulaAt(r, c));
  }

  private grid<T>(cell: (row: number, column: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => cell(this.row + r, this.column + c)));
  }

  activate(): this {
    this.sheet.spreadsheet.active = this.sheet;
    this.sheet.spreadsheet.activeRange = this;
    return this.record('activate', []);
  }
}

/** Batched setters the adapter may use: each is recorded (with a shape check) and kept for inspection. */
const GRID_SETTERS = [
  'setNumberFormats', 'setBackgrounds', 'setFontColors', 'setFontWeights', 'setFontStyles', 'setFontSizes', 'setWraps',
  'setDataValidations',
] as const;
const SINGLE_SETTERS = ['setFontWeight', 'setNumberFormat', 'setBackground'] as const;
for (const method of GRID_SETTERS) {
  (FakeRange.prototype as unknown as Record<string, unknown>)[method] = function (this: FakeRange, grid: unknown[][]) {
    (this as unknown as { checkShape(grid: unknown[][], method: string): void }).checkShape(grid, method);
    this.sheet.formats.push({ method, range: this, grid });
    return (this as unknown as { record(method: string, args: unknown[]): FakeRange }).record(method, [grid]);
  };
}
for (const method of SINGLE_SETTERS) {
  (FakeRange.prototype as unknown as Record<string, unknown>)[method] = function (this: FakeRange, value: unknown) {
    this.sheet.formats.push({ method, range: this, grid: [[value]] });
    return (this as unknown as { record(method: string, args: unknown[]): FakeRange }).record(method, [value]);
  };
}

export class FakeSheet {
  /** 1-based cells as the user sees them: values and, where a formula stands, its text. */
  private readonly values = new Map<string, unknown>();
  private readonly formulas = new Map<string, string>();
  readonly formats: { method: string; range: FakeRange; grid: unknown[][] }[] = [];
  conditionalRules: unknown[] = [];
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly recorder: Recorder,
  ) {}

  private record(method: string, args: readonly unknown[]): void {
    this.recorder.record(`Sheet(${this.name})`, method, args);
  }

  put(row: number, column: number, value: unknown): void {
    const key = `${row},${column}`;
    this.formulas.delete(key);
    if (typeof value === 'string' && value.startsWith('=')) {
      // Not calculated here: a formula's value is blank until Sheets would compute it.
      this.formulas.set(key, value);
      this.values.set(key, '');
    } else {
      this.values.set(key, typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value);
    }
  }

  valueAt(row: number, column: number): unknown {
    return this.values.get(`${row},${column}`) ?? '';
  }

  formulaAt(row: number, column: number): string {
    return this.formulas.get(`${row},${column}`) ?? '';
  }

  private used(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    for (const [key, value] of this.values) {
      if (isBlankCell(value) && !this.formulas.has(key)) continue;
      const [row, column] = key.split(',').map(Number);
      rows = Math.max(rows, row);
      columns = Math.max(columns, column);
    }
    return { rows, columns };
  }

  /** What a user sees typed in each cell from A1 over `rows` x `columns`: the formula where there is one. */
  contents(rows: number, columns: number): unknown[][] {
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => this.formulaAt(r + 1, c + 1) || this.valueAt(r + 1, c + 1)));
  }

  /** The sheet's cells from A1 to the last one in use, as `getDataRange().getValues()` sees them. */
  snapshot(): unknown[][] {
    const { rows, columns } = this.used();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.valueAt(r + 1, c + 1)));
  }

  getName(): string {
    this.record('getName', []);
    return this.name;
  }

  getRange(row: number, column: number, rows = 1, columns = 1): FakeRange {
    this.record('getRange', [row, column, rows, columns]);
    if (![row, column, rows, columns].every((n) => Number.isInteger(n) && n >= 1)) throw new Error(`bad range ${row},${column},${rows},${columns}`);
    return new FakeRange(this, row, column, rows, columns);
  }

  getDataRange(): FakeRange {
    this.record('getDataRange', []);
    const { rows, columns } = this.used();
    return new FakeRange(this, 1, 1, Math.max(rows, 1), Math.max(columns, 1));
  }

  getLastRow(): number {
    this.record('getLastRow', []);
    return this.used().rows;
  }

  setConditionalFormatRules(rules: unknown[]): this {
    this.record('setConditionalFormatRules', [rules]);
    this.conditionalRules = rules;
    return this;
  }

  setColumnWidths(start: number, count: number, width: number): this {
    this.record('setColumnWidths', [start, count, width]);
    for (let column = start; column < start + count; column++) this.columnWidths.set(column, width);
    return this;
  }

  setColumnWidth(column: number, width: number): this {
    return this.setColumnWidths(column, 1, width);
  }

  setFrozenRows(rows: number): this {
    this.record('setFrozenRows', [rows]);
    this.frozenRows = rows;
    return this;
  }

  activate(): this {
    this.record('activate', []);
    this.spreadsheet.active = this;
    return this;
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet;
  activeRange: FakeRange | null = null;

  /** File > Settings: the locale and time zone of the spreadsheet, not of the user or the script. */
  locale = 'en_US';
  timeZone = 'Europe/Copenhagen';

  constructor(readonly recorder: Recorder, contents: Readonly<Record<string, readonly (readonly unknown[])[]>>) {
    for (const [name, rows] of Object.entries(contents)) {
      const sheet = new FakeSheet(this, name, recorder);
      rows.forEach((line, r) => line.forEach((value, c) => sheet.put(r + 1, c + 1, value)));
      this.sheets.push(sheet);
    }
    if (this.sheets.length === 0) this.sheets.push(new FakeSheet(this, 'Sheet1', recorder));
    this.active = this.sheets[0];
  }

  private record(method: string, args: readonly unknown[]): void {
    this.recorder.record('Spreadsheet', method, args);
  }

  getSpreadsheetLocale(): string {
    this.record('getSpreadsheetLocale', []);
    return this.locale;
  }

  getSpreadsheetTimeZone(): string {
    this.record('getSpreadsheetTimeZone', []);
    return this.timeZone;
  }

  sheet(name: string): FakeSheet {
    const found = this.sheets.find((sheet) => sheet.name === name);
    if (!found) throw new Error(`no sheet ${name}; there are ${this.sheets.map((sheet) => sheet.name).join(', ')}`);
    return found;
  }

  getSheets(): FakeSheet[] {
    this.record('getSheets', []);
    return [...this.sheets];
  }

  getNumSheets(): number {
    this.record('getNumSheets', []);
    return this.sheets.length;
  }

  getSheetByName(name: string): FakeSheet | null {
    this.record('getSheetByName', [name]);
    return this.sheets.find((sheet) => sheet.name === name) ?? null;
  }

  getActiveSheet(): FakeSheet {
    this.record('getActiveSheet', []);
    return this.active;
  }

  /** Like Sheets: refuses a taken name (case-insensitively), inserts at `index`, activates the sheet. */
  insertSheet(name: string, index = this.sheets.length): FakeSheet {
    this.record('insertSheet', [name, index]);
    if (this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists.`);
    }
    const sheet = new FakeSheet(this, name, this.recorder);
    this.sheets.splice(index, 0, sheet);
    this.active = sheet;
    return sheet;
  }
}

/** A rule builder records its calls and builds a plain description of the rule. */
function fakeBuilder(recorder: Recorder, kind: string): Record<string, (...args: unknown[]) => unknown> {
  const rule: Record<string, unknown> = { kind };
  const builder: Record<string, (...args: unknown[]) => unknown> = {};
  for (const method of ['requireValueInList', 'setAllowInvalid', 'whenTextEqualTo', 'setBackground', 'setFontColor', 'setRanges']) {
    builder[method] = (...args: unknown[]) => {
      recorder.record(kind, method, args);
      rule[method] = args.length === 1 ? args[0] : args;
      return builder;
    };
  }
  builder.build = () => {
    recorder.record(kind, 'build', []);
    return { ...rule };
  };
  return builder;
}

export interface PromptAnswer {
  readonly button: 'OK' | 'CANCEL' | 'CLOSE';
  readonly text?: string;
}

export class FakeUi {
  readonly ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' };
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', CLOSE: 'CLOSE', YES: 'YES', NO: 'NO' };
  readonly menus: { items: [string, string][]; separators: number; added: boolean }[] = [];
  readonly alerts: string[] = [];
  readonly prompts: unknown[][] = [];
  sidebar: { file: string; title: string } | null = null;

  constructor(private readonly recorder: Recorder, private readonly answer: PromptAnswer) {}

  createAddonMenu(): unknown {
    this.recorder.record('Ui', 'createAddonMenu', []);
    const menu = { items: [] as [string, string][], separators: 0, added: false };
    this.menus.push(menu);
    const api = {
      addItem: (caption: string, handler: string) => {
        this.recorder.record('Menu', 'addItem', [caption, handler]);
        menu.items.push([caption, handler]);
        return api;
      },
      addSeparator: () => {
        this.recorder.record('Menu', 'addSeparator', []);
        menu.separators++;
        return api;
      },
      addToUi: () => {
        this.recorder.record('Menu', 'addToUi', []);
        menu.added = true;
      },
    };
    return api;
  }

  prompt(...args: unknown[]): unknown {
    this.recorder.record('Ui', 'prompt', args);
    this.prompts.push(args);
    return { getSelectedButton: () => this.answer.button, getResponseText: () => this.answer.text ?? '' };
  }

  alert(message: string): string {
    this.recorder.record('Ui', 'alert', [message]);
    this.alerts.push(message);
    return 'OK';
  }

  showSidebar(output: { file: string; title: string }): void {
    this.recorder.record('Ui', 'showSidebar', [output]);
    this.sidebar = { file: output.file, title: output.title };
  }
}

export interface AppsScriptOptions {
  /** Sheets by name with their rows, in tab order; the first is active. */
  readonly sheets?: Readonly<Record<string, readonly (readonly unknown[])[]>>;
  readonly locale?: string;
  /** The spreadsheet's own locale and time zone (File > Settings). */
  readonly spreadsheetLocale?: string;
  readonly timeZone?: string;
  readonly prompt?: PromptAnswer;
  /** Session refuses, as a service might in a restricted mode. */
  readonly sessionThrows?: boolean;
}

/** The globals Code.js sees in Apps Script, all recording into one log, plus handles for asserts. */
export function fakeAppsScript(options: AppsScriptOptions = {}) {
  const recorder = new Recorder();
  const spreadsheet = new FakeSpreadsheet(recorder, options.sheets ?? {});
  if (options.spreadsheetLocale) spreadsheet.locale = options.spreadsheetLocale;
  if (options.timeZone) spreadsheet.timeZone = options.timeZone;
  const ui = new FakeUi(recorder, options.prompt ?? { button: 'OK', text: '' });
  const SpreadsheetApp = {
    getUi: () => (recorder.record('SpreadsheetApp', 'getUi', []), ui),
    getActiveSpreadsheet: () => (recorder.record('SpreadsheetApp', 'getActiveSpreadsheet', []), spreadsheet),
    getActiveSheet: () => (recorder.record('SpreadsheetApp', 'getActiveSheet', []), spreadsheet.active),
    newDataValidation: () => (recorder.record('SpreadsheetApp', 'newDataValidation', []), fakeBuilder(recorder, 'DataValidationBuilder')),
    newConditionalFormatRule: () =>
      (recorder.record('SpreadsheetApp', 'newConditionalFormatRule', []), fakeBuilder(recorder, 'ConditionalFormatRuleBuilder')),
  };
  const HtmlService = {
    createHtmlOutputFromFile: (file: string) => {
      recorder.record('HtmlService', 'createHtmlOutputFromFile', [file]);
      const output = {
        file,
        title: '',
        setTitle: (title: string) => {
          recorder.record('HtmlOutput', 'setTitle', [title]);
          output.title = title;
          return output;
        },
      };
      return output;
    },
  };
  const Session = {
    getActiveUserLocale: () => {
      recorder.record('Session', 'getActiveUserLocale', []);
      if (options.sessionThrows) throw new Error('You do not have permission to call Session.getActiveUserLocale');
      return options.locale ?? 'en_US';
    },
  };
  return { recorder, spreadsheet, ui, globals: { SpreadsheetApp, HtmlService, Session } };
}

/** A fake `google.script.run` whose targets call `server` the way Apps Script does: JSON in, JSON out. */
export function fakeScriptRun(server: Record<string, unknown>) {
  const calls: { target: string; args: unknown[] }[] = [];
  const runner = (success?: (value: unknown) => void, failure?: (error: unknown) => void): Record<string, unknown> =>
    new Proxy({} as Record<string, unknown>, {
      get(_, property: string) {
        if (property === 'withSuccessHandler') return (handler: (value: unknown) => void) => runner(handler, failure);
        if (property === 'withFailureHandler') return (handler: (error: unknown) => void) => runner(success, handler);
        const target = server[property];
        if (typeof target !== 'function') return undefined;
        return (...args: unknown[]) => {
          calls.push({ target: property, args });
          queueMicrotask(() => {
            try {
              const result = target(...JSON.parse(JSON.stringify(args)));
              success?.(result === undefined ? undefined : JSON.parse(JSON.stringify(result)));
            } catch (error) {
              failure?.(new Error(`Exception: ${(error as Error).message}`));
            }
          });
        };
      },
    });
  return { run: runner(), calls };
}
