/**
 * Recording fakes of the Apps Script services the add-on calls: SpreadsheetApp (spreadsheet,
 * sheets, ranges, rule builders), Ui, HtmlService, Session and Utilities. Every call lands in one
 * log, so a test can say what was written where and how many calls it took. Sheets behaviour the
 * add-on relies on is imitated:
 * - a written string is read as typing is (en_US): "=…" (and "+A1", "-A1") a formula, "TRUE" a
 *   boolean, "1,000.5", "-5%" and "1e3" numbers, "2026-01-31", "1/2" and "2026-11-29 14:05" dates
 *   (stored as serial numbers, the cell given a date format); a leading apostrophe keeps the rest text;
 * - a sheet has a grid, 1 000 rows by 26 columns when inserted: a range beyond it throws, as
 *   Sheets does, until rows or columns are inserted; deleting columns shrinks it;
 * - `getValues` returns a date-formatted number as a `Date` at that wall-clock time in the
 *   spreadsheet's time zone (not the script's, not UTC), as Sheets does;
 * - inserting a sheet activates it; the data range starts at A1;
 * - `Sheet.clear()` takes contents and formats, conditional formatting among them (as the
 *   reference says of `clearFormats`), not dropdowns (`Range.clearDataValidations`) or charts;
 * - embedded charts: `newChart()` gives a builder that keeps its type, ranges (of any sheet of the
 *   spreadsheet; one already added is not added again), options, header count and 1-based
 *   position; `build()` makes a chart that is on no sheet (id `null`) until `insertChart`;
 *   `getCharts`, `removeChart`, `modify()` then `updateChart` as the reference describes.
 *   Where the reference is silent (removing or updating a chart not on the sheet) the fake throws.
 * The fake does not calculate: a formula's value is blank until a test says what Sheets would show
 * (`showCalculated`).
 */

const DAY = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** What Sheets says when a range leaves the grid. */
export const OUT_OF_GRID = 'The coordinates of the range are outside the dimensions of the sheet.';

/** Wall-clock fields of an instant in a time zone. */
function wallClock(instant: Date, timeZone: string): number[] {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(instant);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return [field('year'), field('month'), field('day'), field('hour'), field('minute'), field('second'), instant.getUTCMilliseconds()];
}

/** The instant a serial number stands for in `timeZone`: the wall-clock time it names, there. */
export function serialToDate(serial: number, timeZone: string): Date {
  const wall = SERIAL_EPOCH + Math.round(serial * DAY);
  const offset = (at: number) => {
    const [y, mo, d, h, mi, sec, ms] = wallClock(new Date(at), timeZone);
    return Date.UTC(y, mo - 1, d, h, mi, sec, ms) - at;
  };
  const guess = wall - offset(wall);
  return new Date(wall - offset(guess));
}

/** The serial number of an instant's wall-clock time in `timeZone`. */
export function dateToSerial(date: Date, timeZone: string): number {
  const [y, mo, d, h, mi, sec, ms] = wallClock(date, timeZone);
  return (Date.UTC(y, mo - 1, d, h, mi, sec, ms) - SERIAL_EPOCH) / DAY;
}

/** `Utilities.formatDate` for the pattern letters the add-on uses (y M d H m s S, quoted text). */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const [y, mo, d, h, mi, sec, ms] = wallClock(date, timeZone);
  const values: Record<string, number> = { y, M: mo, d, H: h, m: mi, s: sec, S: ms };
  return pattern.replace(/'([^']*)'|([yMdHmsS])\2*/g, (token, quoted: string | undefined, letter: string | undefined) =>
    quoted !== undefined ? quoted : String(values[letter as string]).padStart(token.length, '0'));
}

const isDateFormat = (format: string | undefined) => format !== undefined && /[dy]|m{3}/i.test(format) && !/[0#]/.test(format);

/** What Sheets makes of a string written with setValues: the value it stores, and a format it picks. */
function typed(text: string): { formula?: string; value: unknown; format?: string } {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=')) return { formula: text, value: '' };
  if (/^[+-]\s*[A-Za-z(]/.test(text)) return { formula: `=${text}`, value: '' };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  const number = /^[+-]?(\d{1,3}(,\d{3})+|\d*)(\.\d+)?(e[+-]?\d+)?$/i;
  if (/\d/.test(trimmed) && number.test(trimmed)) return { value: Number(trimmed.replace(/,/g, '')) };
  const percent = trimmed.match(/^([+-]?[\d.,]+)\s*%$/);
  if (percent && number.test(percent[1])) return { value: Number(percent[1].replace(/,/g, '')) / 100, format: '0%' };
  const iso = trimmed.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/);
  const us = trimmed.match(/^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?$/);
  if (iso || us) {
    const [year, month, day, hour, minute] = iso
      ? [iso[1], iso[2], iso[3], iso[4] ?? '0', iso[5] ?? '0'].map(Number)
      : [Number(us?.[3] ?? new Date().getFullYear()), Number(us?.[1]), Number(us?.[2]), 0, 0];
    const serial = (Date.UTC(year, month - 1, day, hour, minute) - SERIAL_EPOCH) / DAY;
    return { value: serial, format: iso?.[4] !== undefined ? 'yyyy-mm-dd hh:mm' : 'yyyy-mm-dd' };
  }
  return { value: text };
}

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

  getNumberFormats(): string[][] {
    this.record('getNumberFormats', []);
    return this.grid((r, c) => this.sheet.formatAt(r, c));
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

  clearDataValidations(): this {
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.columns; c++) this.sheet.setValidation(this.row + r, this.column + c, null);
    return this.record('clearDataValidations', []);
  }

  /** The same cells of the same sheet: how a builder knows a range it has already. */
  sameAs(other: FakeRange): boolean {
    return other.sheet === this.sheet && other.a1 === this.a1;
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
    if (method === 'setDataValidations') grid.forEach((line, r) => line.forEach((rule, c) => this.sheet.setValidation(this.row + r, this.column + c, rule)));
    if (method === 'setNumberFormats') grid.forEach((line, r) => line.forEach((format, c) => this.sheet.setFormat(this.row + r, this.column + c, String(format))));
    return (this as unknown as { record(method: string, args: unknown[]): FakeRange }).record(method, [grid]);
  };
}
for (const method of SINGLE_SETTERS) {
  (FakeRange.prototype as unknown as Record<string, unknown>)[method] = function (this: FakeRange, value: unknown) {
    this.sheet.formats.push({ method, range: this, grid: [[value]] });
    if (method === 'setNumberFormat') {
      for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.columns; c++) this.sheet.setFormat(this.row + r, this.column + c, String(value));
    }
    return (this as unknown as { record(method: string, args: unknown[]): FakeRange }).record(method, [value]);
  };
}

export class FakeSheet {
  /** 1-based cells as the user sees them: values and, where a formula stands, its text. */
  private values = new Map<string, unknown>();
  private formulas = new Map<string, string>();
  private numberFormats = new Map<string, string>();
  private validations = new Map<string, unknown>();
  /** The format setters applied since the sheet was last cleared. */
  readonly formats: { method: string; range: FakeRange; grid: unknown[][] }[] = [];
  /** The charts on the sheet, in the order they were inserted. */
  charts: FakeChart[] = [];
  /** The grid's size: a new sheet has 1 000 rows and 26 columns, as in Sheets. */
  maxRows = 1000;
  maxColumns = 26;
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

  /** Writes one cell as setValues does: strings read as typing, Dates as their serial in the spreadsheet's zone. */
  put(row: number, column: number, value: unknown): void {
    const key = `${row},${column}`;
    this.formulas.delete(key);
    if (value instanceof Date) {
      this.values.set(key, dateToSerial(value, this.spreadsheet.timeZone));
      if (!isDateFormat(this.numberFormats.get(key))) this.numberFormats.set(key, 'yyyy-mm-dd');
      return;
    }
    const cell = typeof value === 'string' && this.numberFormats.get(key) !== '@' ? typed(value) : { value };
    // Not calculated here: a formula's value is blank until Sheets would compute it.
    if (cell.formula !== undefined) this.formulas.set(key, cell.formula);
    this.values.set(key, cell.value);
    const format = this.numberFormats.get(key);
    if (cell.format && (format === undefined || format === 'General')) this.numberFormats.set(key, cell.format);
  }

  /** A cell as getValues returns it: a date-formatted number as a Date in the spreadsheet's time zone. */
  valueAt(row: number, column: number): unknown {
    const value = this.values.get(`${row},${column}`) ?? '';
    return typeof value === 'number' && isDateFormat(this.formatAt(row, column)) ? serialToDate(value, this.spreadsheet.timeZone) : value;
  }

  /** The value stored, a serial number for a date. */
  storedAt(row: number, column: number): unknown {
    return this.values.get(`${row},${column}`) ?? '';
  }

  formatAt(row: number, column: number): string {
    return this.numberFormats.get(`${row},${column}`) ?? 'General';
  }

  setFormat(row: number, column: number, format: string): void {
    this.numberFormats.set(`${row},${column}`, format);
  }

  /** A cell's dropdown rule, `null` where it has none. */
  validationAt(row: number, column: number): unknown {
    return this.validations.get(`${row},${column}`) ?? null;
  }

  setValidation(row: number, column: number, rule: unknown): void {
    if (rule === null) this.validations.delete(`${row},${column}`);
    else this.validations.set(`${row},${column}`, rule);
  }

  /**
   * What Sheets shows once it has calculated: each formula cell from A1 takes the value at its
   * place in `values` (a test computes them, with the playground's engine); other cells stay.
   */
  showCalculated(values: readonly (readonly unknown[])[]): void {
    for (const key of this.formulas.keys()) {
      const [row, column] = key.split(',').map(Number);
      this.values.set(key, values[row - 1]?.[column - 1] ?? '');
    }
  }

  /** Moves every cell at or beyond `row` / `column` by `rows` / `columns` (negative: delete). */
  private shift(at: number, by: number, axis: 0 | 1): void {
    const move = <T>(map: Map<string, T>) => {
      const moved = new Map<string, T>();
      for (const [key, value] of map) {
        const position = key.split(',').map(Number);
        if (position[axis] >= at) {
          if (by < 0 && position[axis] < at - by) continue;
          position[axis] += by;
        }
        moved.set(position.join(','), value);
      }
      return moved;
    };
    this.values = move(this.values);
    this.formulas = move(this.formulas);
    this.numberFormats = move(this.numberFormats);
  }

  getMaxRows(): number {
    this.record('getMaxRows', []);
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.record('getMaxColumns', []);
    return this.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.record('insertRowsAfter', [afterPosition, howMany]);
    return this.insertAfter(afterPosition, howMany, 0);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.record('insertColumnsAfter', [afterPosition, howMany]);
    return this.insertAfter(afterPosition, howMany, 1);
  }

  /** Inserts `howMany` blank rows (axis 0) or columns (1) after a position inside the grid. */
  private insertAfter(afterPosition: number, howMany: number, axis: 0 | 1): this {
    const size = axis === 0 ? this.maxRows : this.maxColumns;
    if (afterPosition < 1 || afterPosition > size || howMany < 1) throw new Error(OUT_OF_GRID);
    this.shift(afterPosition + 1, howMany, axis);
    if (axis === 0) this.maxRows += howMany;
    else this.maxColumns += howMany;
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.record('deleteColumns', [columnPosition, howMany]);
    if (columnPosition < 1 || columnPosition + howMany - 1 > this.maxColumns) throw new Error(OUT_OF_GRID);
    // Sheets refuses to delete every column of a sheet.
    if (howMany >= this.maxColumns) throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    this.shift(columnPosition, -howMany, 1);
    this.maxColumns -= howMany;
  }

  getParent(): FakeSpreadsheet {
    this.record('getParent', []);
    return this.spreadsheet;
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
    if (row + rows - 1 > this.maxRows || column + columns - 1 > this.maxColumns) throw new Error(OUT_OF_GRID);
    return new FakeRange(this, row, column, rows, columns);
  }

  /** Ranges by A1 notation (`B5:B28`, `C3`); the list applies a setter to each, as one call. */
  getRangeList(a1s: readonly string[]): { setNumberFormat(format: string): unknown } {
    this.record('getRangeList', [a1s]);
    const column = (letters: string) => [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
    const ranges = a1s.map((a1) => {
      const [start, end = start] = a1.split(':').map((cell) => {
        const match = cell.match(/^([A-Z]+)(\d+)$/);
        if (!match) throw new Error(`bad A1 notation ${a1}`);
        return [Number(match[2]), column(match[1])];
      });
      if (end[0] > this.maxRows || end[1] > this.maxColumns) throw new Error(OUT_OF_GRID);
      return new FakeRange(this, start[0], start[1], end[0] - start[0] + 1, end[1] - start[1] + 1);
    });
    const list = {
      setNumberFormat: (format: string) => {
        this.recorder.record(`RangeList(${this.name})`, 'setNumberFormat', [format]);
        for (const range of ranges) {
          this.formats.push({ method: 'setNumberFormat', range, grid: [[format]] });
          for (let r = 0; r < range.rows; r++) for (let c = 0; c < range.columns; c++) this.setFormat(range.row + r, range.column + c, format);
        }
        return list;
      },
    };
    return list;
  }

  /** The stored values from A1 to the last cell in use: dates as the serial numbers Sheets keeps. */
  stored(): unknown[][] {
    const { rows, columns } = this.used();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.storedAt(r + 1, c + 1)));
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

  getConditionalFormatRules(): unknown[] {
    this.record('getConditionalFormatRules', []);
    return [...this.conditionalRules];
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

  /** Contents and formats (conditional ones too) go; dropdowns, charts, widths and frozen rows stay. */
  clear(): this {
    this.record('clear', []);
    this.values.clear();
    this.formulas.clear();
    this.numberFormats.clear();
    this.formats.length = 0;
    this.conditionalRules = [];
    return this;
  }

  newChart(): FakeChartBuilder {
    this.record('newChart', []);
    return new FakeChartBuilder(this, FakeChart.blank());
  }

  insertChart(chart: FakeChart): void {
    this.record('insertChart', [chart]);
    this.charts.push(chart.placed(this, this.spreadsheet.nextChartId++));
  }

  getCharts(): FakeChart[] {
    this.record('getCharts', []);
    return [...this.charts];
  }

  removeChart(chart: FakeChart): void {
    this.record('removeChart', [chart]);
    this.charts.splice(this.chartIndex(chart), 1);
  }

  /** Puts a chart rebuilt with `modify()` in the place of the one it was built from. */
  updateChart(chart: FakeChart): void {
    this.record('updateChart', [chart]);
    this.charts[this.chartIndex(chart)] = chart;
  }

  private chartIndex(chart: FakeChart): number {
    const index = chart.id === null ? -1 : this.charts.findIndex((on) => on.id === chart.id);
    if (index < 0) throw new Error(`the chart is not on ${this.name}`);
    return index;
  }
}

/** What a chart is made of; a built chart keeps a copy, so a builder used again changes no chart. */
interface ChartState {
  readonly chartType: unknown;
  readonly ranges: readonly FakeRange[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly numHeaders: number;
  readonly position: { readonly row: number; readonly column: number; readonly offsetX: number; readonly offsetY: number } | null;
}

/** An EmbeddedChart: on no sheet (`id` null) until inserted, then with an id unique in the spreadsheet. */
export class FakeChart {
  private constructor(readonly state: ChartState, readonly sheet: FakeSheet | null, readonly id: number | null) {}

  static blank(): FakeChart {
    return new FakeChart({ chartType: null, ranges: [], options: {}, numHeaders: -1, position: null }, null, null);
  }

  /** What a builder makes: a chart rebuilt with `modify()` stays the one on its sheet. */
  static built(state: ChartState, from: FakeChart): FakeChart {
    return new FakeChart(state, from.sheet, from.id);
  }

  placed(sheet: FakeSheet, id: number): FakeChart {
    return new FakeChart(this.state, sheet, id);
  }

  getChartId(): number | null {
    return this.id;
  }

  getRanges(): FakeRange[] {
    return [...this.state.ranges];
  }

  getNumHeaders(): number {
    return this.state.numHeaders;
  }

  getOptions(): { get(option: string): unknown } {
    return { get: (option) => this.state.options[option] ?? null };
  }

  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number; getOffsetX(): number; getOffsetY(): number } {
    const position = this.state.position ?? { row: 1, column: 1, offsetX: 0, offsetY: 0 };
    return { getAnchorRow: () => position.row, getAnchorColumn: () => position.column, getOffsetX: () => position.offsetX, getOffsetY: () => position.offsetY };
  }

  /** A builder over this chart: what it builds keeps this chart's id, for `updateChart`. */
  modify(): FakeChartBuilder {
    if (this.sheet === null) throw new Error('the chart is on no sheet');
    return new FakeChartBuilder(this.sheet, this);
  }
}

/** An EmbeddedChartBuilder: every call recorded on the sheet it builds for. */
export class FakeChartBuilder {
  private state: ChartState;

  constructor(private readonly sheet: FakeSheet, private readonly from: FakeChart) {
    this.state = from.state;
  }

  private record(method: string, args: readonly unknown[], change: Partial<ChartState>): this {
    this.sheet.recorder.record(`ChartBuilder(${this.sheet.name})`, method, args);
    this.state = { ...this.state, ...change };
    return this;
  }

  setChartType(type: unknown): this {
    return this.record('setChartType', [type], { chartType: type });
  }

  /** A range of any sheet of the spreadsheet; one already added is not added again. */
  addRange(range: FakeRange): this {
    if (range.sheet.spreadsheet !== this.sheet.spreadsheet) throw new Error('the range is of another spreadsheet');
    const known = this.state.ranges.some((added) => added.sameAs(range));
    return this.record('addRange', [range], known ? {} : { ranges: [...this.state.ranges, range] });
  }

  setNumHeaders(headers: number): this {
    return this.record('setNumHeaders', [headers], { numHeaders: headers });
  }

  setOption(option: string, value: unknown): this {
    return this.record('setOption', [option, value], { options: { ...this.state.options, [option]: value } });
  }

  /** 1-based anchor row and column, as the reference says; offsets in pixels. */
  setPosition(row: number, column: number, offsetX: number, offsetY: number): this {
    if (![row, column].every((n) => Number.isInteger(n) && n >= 1) || ![offsetX, offsetY].every(Number.isInteger)) {
      throw new Error(`bad chart position ${row},${column},${offsetX},${offsetY}`);
    }
    return this.record('setPosition', [row, column, offsetX, offsetY], { position: { row, column, offsetX, offsetY } });
  }

  build(): FakeChart {
    this.record('build', [], {});
    return FakeChart.built(this.state, this.from);
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet;
  activeRange: FakeRange | null = null;

  /** File > Settings: the locale of the spreadsheet, not of the user or the script. */
  locale = 'en_US';
  /** The id the next inserted chart gets. */
  nextChartId = 1;

  constructor(
    readonly recorder: Recorder,
    contents: Readonly<Record<string, readonly (readonly unknown[])[]>>,
    /** The spreadsheet's time zone (File > Settings), which need not be the script's. */
    public timeZone = 'Europe/Copenhagen',
  ) {
    for (const [name, rows] of Object.entries(contents)) {
      const sheet = new FakeSheet(this, name, recorder);
      sheet.maxRows = Math.max(sheet.maxRows, rows.length);
      sheet.maxColumns = Math.max(sheet.maxColumns, ...rows.map((line) => line.length));
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
  sidebar: { file: string; title: string; appended?: string } | null = null;

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

  showSidebar(output: { file: string; title: string; appended?: string }): void {
    this.recorder.record('Ui', 'showSidebar', [output]);
    this.sidebar = { file: output.file, title: output.title, ...(output.appended ? { appended: output.appended } : {}) };
  }
}

export interface AppsScriptOptions {
  /** Sheets by name with their rows, in tab order; the first is active. */
  readonly sheets?: Readonly<Record<string, readonly (readonly unknown[])[]>>;
  readonly locale?: string;
  /** The spreadsheet's own locale and time zone (File > Settings); Europe/Copenhagen unless said. */
  readonly spreadsheetLocale?: string;
  readonly timeZone?: string;
  readonly prompt?: PromptAnswer;
  /** Session refuses, as a service might in a restricted mode. */
  readonly sessionThrows?: boolean;
}

const CHART_TYPES = ['AREA', 'BAR', 'COLUMN', 'COMBO', 'HISTOGRAM', 'LINE', 'PIE', 'SCATTER', 'TABLE'] as const;

/** The globals Code.js sees in Apps Script, all recording into one log, plus handles for asserts. */
export function fakeAppsScript(options: AppsScriptOptions = {}) {
  const recorder = new Recorder();
  const spreadsheet = new FakeSpreadsheet(recorder, options.sheets ?? {}, options.timeZone);
  if (options.spreadsheetLocale) spreadsheet.locale = options.spreadsheetLocale;
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
        /** HtmlOutput.append: content added after the file's, as the page's last element. */
        appended: '',
        append: (content: string) => {
          recorder.record('HtmlOutput', 'append', [content]);
          output.appended += content;
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
  const Utilities = {
    formatDate: (date: Date, timeZone: string, pattern: string) => {
      recorder.record('Utilities', 'formatDate', [date, timeZone, pattern]);
      return formatDate(date, timeZone, pattern);
    },
  };
  // Charts.ChartType: the enum's names stand for its values.
  const Charts = { ChartType: Object.fromEntries(CHART_TYPES.map((type) => [type, type])) };
  return { recorder, spreadsheet, ui, globals: { SpreadsheetApp, HtmlService, Session, Utilities, Charts } };
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
