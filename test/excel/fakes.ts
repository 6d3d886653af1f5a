/// <reference types="office-js" />
import { OfficeMockObject } from 'office-addin-mock';

/**
 * Fakes of Office for the Excel adapter tests, all in one place.
 *
 * `mockContext` seeds an office-addin-mock `OfficeMockObject`, which checks that every property
 * read was loaded and synced first. It cannot express collections (`load('items/name')`), sheets
 * that come into being, or what a write does to cells; `FakeExcel` does, for the calls the adapter
 * makes and no more: writes are queued and applied at `sync()` like Office.js, reading a property
 * that was not loaded and synced throws, a 2-D write must fit its range's shape, and adding a sheet
 * under a taken name fails. It does not calculate: reading the value of a formula cell throws.
 */

/** Counts `context.sync()` calls of an `OfficeMockObject` context. */
export function mockContext(data: Record<string, unknown>): { context: Excel.RequestContext; syncs: () => number } {
  const mock = new OfficeMockObject({ context: data });
  const context = (mock as unknown as { context: OfficeMockObject }).context;
  let count = 0;
  const sync = context.sync.bind(context);
  context.sync = async () => {
    count++;
    await sync();
  };
  return { context: context as unknown as Excel.RequestContext, syncs: () => count };
}

// ---- A1 addresses --------------------------------------------------------------------------

export interface Box {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

const MAX_ROWS = 1_048_576;

function columnIndex(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

/** `B3`, `A1:C5` or a whole-column range `A:C`, 0-based. */
export function parseAddress(address: string): Box {
  const [start, end = start] = address.replace(/^.*!/, '').replace(/\$/g, '').split(':');
  const cell = (text: string) => {
    const match = /^([A-Z]+)(\d*)$/i.exec(text);
    if (!match) throw new Error(`fake: cannot parse address ${address}`);
    return { column: columnIndex(match[1]), row: match[2] ? Number(match[2]) - 1 : undefined };
  };
  const a = cell(start);
  const b = cell(end);
  const row = a.row ?? 0;
  const lastRow = b.row ?? MAX_ROWS - 1;
  return { row, column: a.column, rows: lastRow - row + 1, columns: b.column - a.column + 1 };
}

// ---- The workbook model ------------------------------------------------------------------------

export type Scalar = string | number | boolean;

export interface FakeCell {
  /** What was written, as written (`=KPI.RAG(…)`, `'=text`, 5). */
  input?: Scalar;
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  /** What a formula cell shows, as a test says Excel would compute it: the fake does not calculate. */
  shown?: Scalar;
}

export interface FakeValidation {
  readonly address: string;
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface FakeConditionalFormat {
  readonly address: string;
  readonly type: string;
  fill?: string;
  fontColor?: string;
  rule?: Excel.ConditionalCellValueRule;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly validations: FakeValidation[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  /** Width in points by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  autofitted: string[] = [];
  /** What `pageLayout` was given: Excel's default print while undefined. */
  print?: { orientation?: string; paperSize?: string; zoom?: Excel.PageLayoutZoomOptions; printArea?: string };
  /** Worksheet.onChanged handlers, registered at the sync after `add` as Office does. */
  readonly changedHandlers: ((event: Partial<Excel.WorksheetChangedEventArgs>) => Promise<unknown>)[] = [];

  constructor(public name: string) {}

  /** A user's edit of one cell: written, then every onChanged handler told, as Excel raises the event. */
  async edit(row: number, column: number, input: Scalar): Promise<void> {
    this.cell(row, column).input = input;
    const address = `${String.fromCharCode(65 + column)}${row + 1}`;
    for (const handler of this.changedHandlers) await handler({ address, changeType: 'RangeEdited' as Excel.DataChangeType, source: 'Local' as Excel.EventSource });
  }

  cell(row: number, column: number): FakeCell {
    const key = `${row},${column}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = {}));
    return cell;
  }

  peek(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  isFormula(row: number, column: number): boolean {
    const input = this.peek(row, column)?.input;
    return typeof input === 'string' && input.startsWith('=');
  }

  /** The value Excel shows, for constants: the text prefix `'` is not part of it. */
  value(row: number, column: number): Scalar {
    const input = this.peek(row, column)?.input;
    if (input === undefined) return '';
    if (typeof input !== 'string') return input;
    if (input.startsWith('=') && this.peek(row, column)?.shown !== undefined) return this.peek(row, column)!.shown!;
    if (input.startsWith('=')) throw new Error(`fake: ${this.name}!R${row + 1}C${column + 1} holds a formula, which the fake does not calculate`);
    return input.startsWith("'") ? input.slice(1) : input;
  }

  /** The rectangle around every cell holding something, as `getUsedRange(true)` sees it. */
  usedBox(): Box | undefined {
    let box: { top: number; left: number; bottom: number; right: number } | undefined;
    for (const [key, cell] of this.cells) {
      if (cell.input === undefined || cell.input === '') continue;
      const [row, column] = key.split(',').map(Number);
      box = box
        ? { top: Math.min(box.top, row), left: Math.min(box.left, column), bottom: Math.max(box.bottom, row), right: Math.max(box.right, column) }
        : { top: row, left: column, bottom: row, right: column };
    }
    return box && { row: box.top, column: box.left, rows: box.bottom - box.top + 1, columns: box.right - box.left + 1 };
  }

  /** Seeds values with `box`'s top-left at (row, column). */
  seed(values: readonly (readonly Scalar[])[], row = 0, column = 0): this {
    values.forEach((line, r) => line.forEach((value, c) => {
      if (value !== '') this.cell(row + r, column + c).input = value;
    }));
    return this;
  }

  /** Every written cell as `{address: input}`, to show nothing else changed. */
  snapshot(): Record<string, FakeCell> {
    return Object.fromEntries([...this.cells].map(([key, cell]) => [key, { ...cell }]));
  }
}

// ---- Office-like proxies -----------------------------------------------------------------------

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

/** Properties a proxy may load; read only after a sync that followed the load. */
class Loadable {
  private readonly loaded = new Map<string, unknown>();
  private readonly failed = new Map<string, Error>();

  constructor(protected readonly excel: FakeExcel, private readonly properties: Record<string, () => unknown>) {}

  load(names?: string | string[]): this {
    const list = (Array.isArray(names) ? names : (names ?? Object.keys(this.properties).join(',')).split(',')).map((name) => name.trim());
    for (const name of list) {
      const read = this.properties[name];
      if (!read) throw new Error(`fake: ${name} cannot be loaded here`);
      // A null object's other properties load without failing the sync; reading them throws.
      this.excel.queue(() => {
        try {
          this.loaded.set(name, read());
        } catch (error) {
          this.failed.set(name, error as Error);
        }
      });
    }
    return this;
  }

  protected get<T>(name: string): T {
    const failure = this.failed.get(name);
    if (failure) throw failure;
    if (!this.loaded.has(name)) throw new NotLoaded(name);
    return this.loaded.get(name) as T;
  }
}

function checkShape(values: readonly (readonly unknown[])[], box: Box, what: string): void {
  if (values.length !== box.rows || values.some((line) => line.length !== box.columns)) {
    throw new Error(`InvalidArgument: ${what} of ${values.length}x${values[0]?.length ?? 0} written to a ${box.rows}x${box.columns} range`);
  }
}

class FakeRange extends Loadable {
  constructor(excel: FakeExcel, private readonly sheet: () => FakeSheet, private readonly box: () => Box | undefined, private readonly address?: string) {
    super(excel, {
      values: () => this.readValues(),
      formulas: () => this.readFormulas(),
      rowIndex: () => this.area().row,
      columnIndex: () => this.area().column,
      rowCount: () => this.area().rows,
      columnCount: () => this.area().columns,
      isNullObject: () => this.box() === undefined,
    });
  }

  private area(): Box {
    const box = this.box();
    if (!box) throw new Error('fake: the range is a null object');
    return box;
  }

  private readValues(): Scalar[][] {
    const { row, column, rows, columns } = this.area();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.sheet().value(row + r, column + c)));
  }

  /** `range.formulas` reads a formula as written and a constant as its value. */
  private readFormulas(): Scalar[][] {
    const { row, column, rows, columns } = this.area();
    const sheet = this.sheet();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) =>
      (sheet.isFormula(row + r, column + c) ? sheet.peek(row + r, column + c)?.input as Scalar : sheet.value(row + r, column + c))));
  }

  private writeGrid(grid: readonly (readonly Scalar[])[], what: string, write: (cell: FakeCell, value: Scalar) => void): void {
    this.excel.queue(() => {
      const box = this.area();
      checkShape(grid, box, what);
      grid.forEach((line, r) => line.forEach((value, c) => write(this.sheet().cell(box.row + r, box.column + c), value)));
    });
  }

  private eachCell(write: (cell: FakeCell) => void): void {
    this.excel.queue(() => {
      const { row, column, rows, columns } = this.area();
      for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) write(this.sheet().cell(row + r, column + c));
    });
  }

  get values(): Scalar[][] { return this.get('values'); }
  get formulas(): Scalar[][] { return this.get('formulas'); }
  set values(grid: Scalar[][]) { this.writeGrid(grid, 'values', (cell, value) => { cell.input = value; }); }
  set formulas(grid: Scalar[][]) { this.writeGrid(grid, 'formulas', (cell, value) => { cell.input = value; }); }
  set numberFormat(grid: string[][]) { this.writeGrid(grid, 'numberFormat', (cell, value) => { cell.numberFormat = String(value); }); }
  get rowIndex(): number { return this.get('rowIndex'); }
  get columnIndex(): number { return this.get('columnIndex'); }
  get rowCount(): number { return this.get('rowCount'); }
  get columnCount(): number { return this.get('columnCount'); }
  get isNullObject(): boolean { return this.get('isNullObject'); }

  get format() {
    const range = this;
    return {
      fill: { set color(color: string) { range.eachCell((cell) => { cell.fill = color; }); } },
      font: {
        set color(color: string) { range.eachCell((cell) => { cell.fontColor = color; }); },
        set bold(bold: boolean) { range.eachCell((cell) => { cell.bold = bold; }); },
        set italic(italic: boolean) { range.eachCell((cell) => { cell.italic = italic; }); },
        set size(size: number) { range.eachCell((cell) => { cell.fontSize = size; }); },
      },
      set wrapText(wrap: boolean) { range.eachCell((cell) => { cell.wrap = wrap; }); },
      set columnWidth(points: number) {
        range.excel.queue(() => {
          const { column, columns } = range.area();
          for (let c = column; c < column + columns; c++) range.sheet().columnWidths.set(c, points);
        });
      },
      autofitRows: () => range.excel.queue(() => { range.sheet().autofitted.push(range.requireAddress()); }),
    };
  }

  private validation?: { rule: Excel.DataValidationRule; errorAlert: Excel.DataValidationErrorAlert };

  /** One validation object per range, as in Office.js; it lands in the sheet when first set. */
  get dataValidation() {
    if (this.validation) return this.validation;
    const validation: FakeValidation = { address: this.requireAddress() };
    this.excel.queue(() => { this.sheet().validations.push(validation); });
    return (this.validation = {
      set rule(rule: Excel.DataValidationRule) { validation.rule = rule; },
      set errorAlert(alert: Excel.DataValidationErrorAlert) { validation.errorAlert = alert; },
    } as { rule: Excel.DataValidationRule; errorAlert: Excel.DataValidationErrorAlert });
  }

  get conditionalFormats() {
    return {
      add: (type: string) => {
        const format: FakeConditionalFormat = { address: this.requireAddress(), type };
        this.excel.queue(() => { this.sheet().conditionalFormats.push(format); });
        return {
          cellValue: {
            format: {
              fill: { set color(color: string) { format.fill = color; } },
              font: { set color(color: string) { format.fontColor = color; } },
            },
            set rule(rule: Excel.ConditionalCellValueRule) { format.rule = rule; },
          },
        };
      },
    };
  }

  select(): void {
    this.excel.queue(() => { this.excel.selection = { sheet: this.sheet().name, address: this.requireAddress() }; });
  }

  private requireAddress(): string {
    if (!this.address) throw new Error('fake: only ranges got by address can be formatted here');
    return this.address;
  }
}

class FakeWorksheet extends Loadable {
  constructor(excel: FakeExcel, private readonly resolve: () => FakeSheet | undefined) {
    super(excel, { name: () => this.sheet().name, isNullObject: () => this.resolve() === undefined });
  }

  sheet(): FakeSheet {
    const sheet = this.resolve();
    // Office.js rejects the sync with code ItemNotFound and its own English words.
    if (!sheet) throw Object.assign(new Error("The requested resource doesn't exist."), { code: 'ItemNotFound' });
    return sheet;
  }

  get name(): string { return this.get('name'); }
  get isNullObject(): boolean { return this.get('isNullObject'); }

  activate(): void {
    this.excel.queue(() => { this.excel.active = this.sheet(); });
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.excel, () => this.sheet(), () => parseAddress(address), address);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error('fake: only getUsedRange(true) is modelled');
    // Excel gives A1 for a blank sheet.
    return new FakeRange(this.excel, () => this.sheet(), () => this.sheet().usedBox() ?? { row: 0, column: 0, rows: 1, columns: 1 });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error('fake: only getUsedRangeOrNullObject(true) is modelled');
    return new FakeRange(this.excel, () => this.sheet(), () => this.sheet().usedBox());
  }

  get onChanged() {
    return {
      add: (handler: FakeSheet['changedHandlers'][number]) => {
        this.excel.queue(() => this.sheet().changedHandlers.push(handler));
        return {};
      },
    };
  }

  get freezePanes() {
    return { freezeRows: (count: number) => this.excel.queue(() => { this.sheet().frozenRows = count; }) };
  }

  /** Worksheet.pageLayout (ExcelApi 1.9): each property set and setPrintArea queue until the sync. */
  get pageLayout() {
    const set = (key: 'orientation' | 'paperSize' | 'zoom' | 'printArea', value: unknown) =>
      this.excel.queue(() => { const sheet = this.sheet(); sheet.print = { ...sheet.print, [key]: value }; });
    return {
      set orientation(value: string) { set('orientation', value); },
      set paperSize(value: string) { set('paperSize', value); },
      set zoom(value: Excel.PageLayoutZoomOptions) { set('zoom', value); },
      setPrintArea: (address: string) => {
        parseAddress(address);
        set('printArea', address);
      },
    };
  }
}

class FakeWorksheets extends Loadable {
  constructor(excel: FakeExcel) {
    super(excel, { 'items/name': () => excel.sheets.map((sheet) => new LoadedSheet(sheet.name)) });
  }

  get items(): LoadedSheet[] { return this.get('items/name'); }

  private find(name: string): FakeSheet | undefined {
    return this.excel.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  add(name: string): FakeWorksheet {
    this.excel.queue(() => {
      if (this.find(name)) throw new Error(`ItemAlreadyExists: a sheet named ${name} exists`);
      this.excel.sheets.push(new FakeSheet(name));
    });
    return new FakeWorksheet(this.excel, () => this.find(name));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.excel, () => this.find(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.excel, () => this.find(name));
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.excel, () => this.excel.active);
  }
}

/** A worksheet of a loaded collection: only the loaded `name`. */
class LoadedSheet {
  constructor(readonly name: string) {}
}

/** An Excel workbook for the adapter: `context` to pass in, the model to look at, syncs counted. */
export class FakeExcel {
  readonly sheets: FakeSheet[];
  active: FakeSheet;
  selection?: { sheet: string; address: string };
  syncs = 0;
  private pending: (() => void)[] = [];
  readonly context: Excel.RequestContext;

  constructor(...sheets: FakeSheet[]) {
    this.sheets = sheets.length > 0 ? sheets : [new FakeSheet('Sheet1')];
    this.active = this.sheets[0];
    const worksheets = new FakeWorksheets(this);
    this.context = {
      workbook: { worksheets },
      sync: async () => {
        this.syncs++;
        const queued = this.pending;
        this.pending = [];
        for (const operation of queued) operation();
      },
    } as unknown as Excel.RequestContext;
  }

  queue(operation: () => void): void {
    this.pending.push(operation);
  }

  /** Operations queued but never synced: a batch that forgot its last sync leaves some. */
  get unsynced(): number {
    return this.pending.length;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new Error(`no sheet ${name}; sheets: ${this.sheets.map((s) => s.name).join(', ')}`);
    return sheet;
  }
}
