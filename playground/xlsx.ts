import { Workbook, type Cell, type CellValue, type Worksheet } from '@cj-tech-master/excelts';
import type { RawCellContent } from 'hyperformula';
import type { CellStyle, ConditionalFill, ListValidation } from '../shared/templates';
import { SERIAL_EPOCH } from '../shared/templates/grid';
import { namesMissingSheet } from '../shared/templates/formula';
import { rangeAddress } from '../shared/workbook';
import { isErrorValue } from './format';
import { literal, PlaygroundWorkbook, type SheetLook } from './workbook';

/**
 * The playground's workbook as a real .xlsx file and back. Written: values, formulas with the
 * values they last showed (so a program that does not recalculate, or lacks the KPI functions,
 * still shows them), a spilled result as an array formula over its cells, number formats, the
 * template's looks, column widths, frozen rows, dropdown lists, the RAG fills as conditional
 * formats and the print setup. Read: the same, from a file saved by Excel, Sheets or LibreOffice, recalculated here.
 */

const GENERAL = 'General';
/** SpreadsheetML's paper size number for A4. */
const A4 = 9;
/** Excel measures columns in characters of its default font: about 7 pixels each, plus 5 of padding. */
const PIXELS_PER_CHARACTER = 7;
const PADDING_PIXELS = 5;

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const hex = (argbColour: string | undefined) => (argbColour && /^[0-9A-F]{8}$/i.test(argbColour) ? `#${argbColour.slice(2).toUpperCase()}` : undefined);

export async function workbookToXlsx(book: PlaygroundWorkbook): Promise<Uint8Array> {
  const file = new Workbook();
  for (const name of book.sheetNames()) writeSheet(book, name, file.addWorksheet(name));
  return new Uint8Array(await file.xlsx.writeBuffer());
}

/** A value of the engine as a cell value of the file: errors as their code. */
function fileValue(value: unknown): CellValue {
  if (isErrorValue(value)) return { error: value.value } as CellValue;
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : null;
}

function writeSheet(book: PlaygroundWorkbook, name: string, sheet: Worksheet): void {
  const look = book.look(name);
  const { rows, columns } = book.size(name);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const at = { row, column };
      const cell = sheet.getCell(row + 1, column + 1);
      const formula = book.formula(name, at);
      // A formula over a sheet the file lacks is saved as its value: Excel may read it as a link to another workbook.
      if (formula !== undefined && !namesMissingSheet(formula, book.sheetNames())) {
        const spill = book.spillSize(name, at);
        if (spill.rows * spill.columns > 1) {
          const values = Array.from({ length: spill.rows }, (_, r) => Array.from({ length: spill.columns }, (_, c) => fileValue(book.value(name, { row: row + r, column: column + c }))));
          sheet.fillFormula(rangeAddress(row, column, spill.rows, spill.columns), formula.slice(1), values as never, 'array');
        } else cell.value = { formula: formula.slice(1), result: fileValue(book.value(name, at)) } as CellValue;
      } else if (!book.isSpilled(name, at)) {
        const value = fileValue(book.value(name, at));
        if (value !== null && value !== '') cell.value = value;
      }
      const format = book.numberFormat(name, at);
      if (format !== GENERAL) cell.numFmt = format;
      const style = look?.styles[row]?.[column];
      if (style) applyStyle(cell, style);
    }
  }
  if (!look) return;
  look.columnWidths.forEach((pixels, c) => (sheet.getColumn(c + 1).width = Math.max(1, (pixels - PADDING_PIXELS) / PIXELS_PER_CHARACTER)));
  if (look.frozenRows > 0) sheet.views = [{ state: 'frozen', ySplit: look.frozenRows, xSplit: 0 }];
  if (look.print) {
    sheet.pageSetup = {
      ...sheet.pageSetup,
      orientation: look.print.orientation, paperSize: A4, fitToPage: true, fitToWidth: look.print.pagesWide, fitToHeight: look.print.pagesTall,
      printArea: rangeAddress(0, 0, look.styles.length, look.columnWidths.length),
    };
  }
  for (const { range, values } of look.validations) {
    sheet.dataValidations.add(rangeAddress(range.row, range.column, range.rows, range.columns), {
      type: 'list', allowBlank: true, showErrorMessage: true, formulae: [`"${values.join(',')}"`],
    });
  }
  for (const fill of look.conditionalFills) {
    sheet.addConditionalFormatting({
      ref: rangeAddress(fill.range.row, fill.range.column, fill.range.rows, fill.range.columns),
      rules: [{
        type: 'cellIs', operator: 'equal', priority: 1, formulae: [`"${fill.equals}"`],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(fill.fill) } }, font: { color: { argb: argb(fill.fontColor) } } },
      }],
    } as never);
  }
}

function applyStyle(cell: Cell, style: CellStyle): void {
  cell.font = {
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.fontSize ? { size: style.fontSize } : {}),
    ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
  };
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
}

/** A workbook read from an .xlsx file: each sheet's cells (formulas as formulas) and look. */
export async function xlsxToWorkbook(bytes: Uint8Array): Promise<PlaygroundWorkbook> {
  const file = new Workbook();
  await file.xlsx.load(bytes);
  const book = new PlaygroundWorkbook();
  const names = file.worksheets.map((sheet) => book.addSheet(sheet.name, sheetContent(sheet), sheetLook(sheet)));
  if (names.length > 0) book.activate(names[0]);
  book.opened();
  return book;
}

function sheetContent(sheet: Worksheet): RawCellContent[][] {
  const arrays = arrayRanges(sheet);
  const content: RawCellContent[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCellContent[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const at = { row: rowNumber - 1, column: columnNumber - 1 };
      // The cells an array formula fills are its result: the engine spills it there again.
      const filled = arrays.some((range) => inside(range, at) && (range.row !== at.row || range.column !== at.column));
      cells[columnNumber - 1] = filled ? null : rawContent(cell);
    });
    content[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
  });
  return Array.from(content, (row) => row ?? []);
}

/** The rectangles of the sheet's array formulas, each from its formula's cell. */
function arrayRanges(sheet: Worksheet): ListValidation['range'][] {
  const ranges: ListValidation['range'][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const value = cell.value as { shareType?: string; ref?: string } | null;
      if (value && typeof value === 'object' && value.shareType === 'array' && value.ref) ranges.push(...rangesOf(value.ref));
    }),
  );
  return ranges;
}

const inside = (range: ListValidation['range'], at: { row: number; column: number }) =>
  at.row >= range.row && at.row < range.row + range.rows && at.column >= range.column && at.column < range.column + range.columns;

/** What the engine is given for a cell: the formula where there is one, else the value. */
function rawContent(cell: Cell): RawCellContent {
  if (cell.isMerged && cell.master !== cell) return null;
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return literal(value);
  if (value instanceof Date) return toSerial(value);
  // A shared formula's copies carry the formula as it reads in their own cell.
  if ('formula' in value && value.formula) return `=${value.formula}`;
  if ('richText' in value) return literal(value.richText.map((run) => run.text).join(''));
  if ('error' in value) return value.error;
  if ('text' in value) return literal(String(value.text));
  return null;
}

function toSerial(date: Date): number {
  return (date.getTime() - SERIAL_EPOCH) / 86_400_000;
}

function sheetLook(sheet: Worksheet): SheetLook {
  const rows = sheet.rowCount;
  const columns = sheet.columnCount;
  const styles: (CellStyle | undefined)[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < rows; r++) {
    styles.push([]);
    formats.push([]);
    for (let c = 0; c < columns; c++) {
      const cell = sheet.getCell(r + 1, c + 1);
      formats[r][c] = numberFormatOf(cell);
      styles[r][c] = readStyle(cell);
    }
  }
  const columnWidths = Array.from({ length: columns }, (_, c) => {
    const width = sheet.getColumn(c + 1).width;
    return Math.round((width ?? 8.43) * PIXELS_PER_CHARACTER + PADDING_PIXELS);
  });
  const view = (sheet.views ?? []).find((candidate) => candidate.state === 'frozen');
  const frozenRows = view && 'ySplit' in view ? Number(view.ySplit ?? 0) : 0;
  return { columnWidths, frozenRows, styles, formats, validations: readValidations(sheet), conditionalFills: readFills(sheet) };
}

function numberFormatOf(cell: Cell): string {
  const format: unknown = cell.numFmt;
  if (typeof format === 'string') return format || GENERAL;
  return (format as { formatCode?: string } | undefined)?.formatCode || GENERAL;
}

function readStyle(cell: Cell): CellStyle | undefined {
  const font = cell.font ?? {};
  const fill = cell.fill && cell.fill.type === 'pattern' ? hex(cell.fill.fgColor?.argb) : undefined;
  const style: CellStyle = {
    ...(font.bold ? { bold: true } : {}),
    ...(font.italic ? { italic: true } : {}),
    ...(font.size && font.size !== 11 ? { fontSize: font.size } : {}),
    ...(hex(font.color?.argb) ? { fontColor: hex(font.color?.argb) } : {}),
    ...(fill ? { fill } : {}),
    ...(cell.alignment?.wrapText ? { wrap: true } : {}),
  };
  return Object.keys(style).length > 0 ? style : undefined;
}

/** A1 ranges (`B2:B10`, several with spaces) as 0-based rectangles. */
function rangesOf(ref: string): ListValidation['range'][] {
  return ref.split(/\s+/).flatMap((part) => {
    const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(part);
    if (!match) return [];
    const column = columnIndex(match[1]);
    const row = Number(match[2]) - 1;
    const lastColumn = match[3] ? columnIndex(match[3]) : column;
    const lastRow = match[4] ? Number(match[4]) - 1 : row;
    return [{ row, column, rows: lastRow - row + 1, columns: lastColumn - column + 1 }];
  });
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/** Dropdowns of listed values (`"a,b,c"`); lists from a range of cells are left to the file. */
function readValidations(sheet: Worksheet): ListValidation[] {
  const model = (sheet.dataValidations as unknown as { model: Record<string, { type?: string; formulae?: string[] }> }).model;
  const byList = new Map<string, ListValidation['range'][]>();
  for (const [address, validation] of Object.entries(model)) {
    const list = validation.type === 'list' ? /^"(.*)"$/.exec(validation.formulae?.[0] ?? '') : null;
    if (!list) continue;
    byList.set(list[1], [...(byList.get(list[1]) ?? []), ...rangesOf(address.replace(/^range:/, ''))]);
  }
  return [...byList].flatMap(([list, ranges]) => ranges.map((range) => ({ range, values: list.split(',') })));
}

/** `equals "text"` rules with a fill: the RAG colours. */
function readFills(sheet: Worksheet): ConditionalFill[] {
  const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string; operator?: string; formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string }; fgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } }[] }[] }).conditionalFormattings ?? [];
  return formats.flatMap(({ ref, rules }) =>
    rules.flatMap((rule) => {
      const equals = rule.type === 'cellIs' && rule.operator === 'equal' ? /^"(.*)"$/.exec(rule.formulae?.[0] ?? '') : null;
      const fill = hex(rule.style?.fill?.bgColor?.argb ?? rule.style?.fill?.fgColor?.argb);
      if (!equals || !fill) return [];
      return rangesOf(ref).map((range) => ({ range, equals: equals[1], fill, fontColor: hex(rule.style?.font?.color?.argb) ?? '#000000' }));
    }),
  );
}

