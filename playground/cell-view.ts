import type { Lang } from '../shared/i18n/lang';
import type { CellStyle } from '../shared/templates';
import { cellLook, kpiFunctionOf, listAt, resultFormat } from './cells';
import { formatValue } from './format';
import type { PlaygroundWorkbook, Position } from './workbook';

/** Template font sizes are Excel points, where 11 is the body text: the grid's body is 13 px. */
const PX_PER_POINT = 13 / 11;

function applyStyle(cell: HTMLElement, style: CellStyle | undefined): void {
  if (!style) return;
  if (style.bold) cell.style.fontWeight = '600';
  if (style.italic) cell.style.fontStyle = 'italic';
  if (style.fontSize) cell.style.fontSize = `${Math.round(style.fontSize * PX_PER_POINT)}px`;
  if (style.fontColor) cell.style.color = style.fontColor;
  if (style.fill) cell.style.backgroundColor = style.fill;
  if (style.wrap) cell.classList.add('kpg-wrap');
}

/**
 * Draws one cell as the sheet shows it: the value by its number format (as text, never markup),
 * a free cell's KPI result by its function, an error's message as its tooltip, its template style
 * with any RAG fill over it, a dropdown mark.
 */
export function drawCell(td: HTMLTableCellElement, workbook: PlaygroundWorkbook, sheet: string, at: Position, lang: Lang): void {
  const look = workbook.look(sheet);
  const value = workbook.value(sheet, at);
  // Only a computed number or text can come from a KPI function: blanks skip the look-up.
  const source = value === null || typeof value === 'boolean' ? undefined : kpiFunctionOf(workbook.formula(sheet, workbook.source(sheet, at)));
  const shown = formatValue(value, resultFormat(workbook.numberFormat(sheet, at), source), lang);
  // A frozen row's sticky offset is the row's, not the value's: it survives a redraw.
  const { top } = td.style;
  td.removeAttribute('style');
  td.style.top = top;
  td.removeAttribute('title');
  td.className = 'kpg-cell';
  td.textContent = shown.text;
  if (shown.message) td.title = shown.message;
  if (shown.numeric) td.classList.add('kpg-num');
  if (listAt(look, at)) td.classList.add('kpg-list');
  if (workbook.isSpilled(sheet, at)) td.classList.add('kpg-spill');
  applyStyle(td, cellLook(look, at, shown.text, source));
}
