import type { Lang } from '../shared/i18n/lang';
import { fill } from '../shared/i18n/fill';
import { CHART_BAND_ROWS } from '../shared/dashboard/layout';
import { cellAddress, columnLetters } from '../shared/workbook';
import { el } from '../ui/dom';
import type { CellSelector } from './bridge';
import { drawCell as drawCellView } from './cell-view';
import { drawChart } from './chart';
import { listAt } from './cells';
import { formatValue } from './format';
import { PLAYGROUND_TEXT } from './strings';
import { offerKpiFunctions } from './suggestions';
import { tabIndexFor } from './tab-keys';
import type { CellBlock, PlaygroundWorkbook, Position } from './workbook';

const DEFAULT_WIDTH = 80;
const ROW_HEADER_WIDTH = 44;
/** Empty rows and columns drawn past the sheet's content, room to type in. */
const MARGIN = { rows: 20, columns: 4 };
const MIN = { rows: 40, columns: 12 };
/** CSS pixels across an A4 landscape page inside the print CSS's 10 mm margins: 277 mm at 96 px per inch. */
const PRINT_WIDTH = Math.floor((277 / 25.4) * 96);

export interface WorkbookView extends CellSelector {
  readonly selection: Position;
  destroy(): void;
}

/** Rows of text as spreadsheets put them on the clipboard: a tab between cells, a line per row. */
function tabRows(text: string): string[][] {
  return text.replace(/\r?\n$/, '').split(/\r?\n/).map((line) => line.split('\t'));
}

/**
 * The workbook on screen: sheet tabs, a formula bar and a grid. Click or arrow keys select, with
 * Shift a block; typing, Enter or F2 edit; Enter, Tab or leaving the cell writes, Escape cancels.
 * Ctrl+Z / Ctrl+Y undo and redo, Ctrl+C / Ctrl+V copy and paste (formulas move as in Excel when
 * copied inside the page). Tab outside an edit leaves the grid, so keyboard users are never
 * trapped in it. Values are drawn with `textContent`, so a cell holding markup shows it as text.
 */
export function mountWorkbookView(root: HTMLElement, workbook: PlaygroundWorkbook, lang: Lang): WorkbookView {
  const doc = root.ownerDocument;
  let selection: Position = { row: 0, column: 0 };
  // The other corner of a selected block: the selection itself when one cell is selected.
  let anchor: Position = selection;
  let editor: { input: HTMLInputElement; at: Position; stopOffering: () => void } | undefined;
  // What Ctrl+C copied here, to paste with its formulas when the clipboard still holds its text.
  let copied: { block: CellBlock; text: string } | undefined;

  const nameBox = el(doc, 'output', { class: 'kpg-name', 'aria-label': PLAYGROUND_TEXT.nameBox[lang] });
  const formula = el(doc, 'input', { class: 'kpg-formula', type: 'text', spellcheck: 'false', 'aria-label': PLAYGROUND_TEXT.formulaBar[lang] });
  const table = el(doc, 'table', { class: 'kpg-grid', role: 'grid', tabindex: '0', 'aria-label': PLAYGROUND_TEXT.grid[lang] });
  const charts = el(doc, 'div', { class: 'kpg-charts' });
  const scroller = el(doc, 'div', { class: 'kpg-scroll' }, table, charts);
  const datalist = el(doc, 'datalist', { id: 'kpg-list' });
  const tabs = el(doc, 'div', { class: 'kpg-tabs', role: 'tablist', 'aria-label': PLAYGROUND_TEXT.sheets[lang] });
  const hint = el(doc, 'div', { class: 'kpg-hint', 'aria-live': 'polite' });
  const toolButton = (action: string, label: string, symbol: string, run: () => void) => {
    const button = el(doc, 'button', { type: 'button', class: 'kpg-tool', 'data-action': action, 'aria-label': label, title: label }, symbol);
    button.addEventListener('click', run);
    return button;
  };
  const undo = toolButton('undo', PLAYGROUND_TEXT.undo[lang], '↶', () => workbook.undo());
  const redo = toolButton('redo', PLAYGROUND_TEXT.redo[lang], '↷', () => workbook.redo());
  const sheetTools = el(doc, 'div', { class: 'kpg-sheet-tools' },
    el(doc, 'button', { type: 'button', class: 'kpg-tool', 'data-action': 'rename-sheet' }, PLAYGROUND_TEXT.renameSheet[lang]),
    el(doc, 'button', { type: 'button', class: 'kpg-tool', 'data-action': 'delete-sheet' }, PLAYGROUND_TEXT.deleteSheet[lang]));
  root.replaceChildren(el(doc, 'div', { class: 'kpg-book' },
    el(doc, 'div', { class: 'kpg-bar' }, undo, redo, nameBox, el(doc, 'span', { class: 'kpg-fx', 'aria-hidden': 'true' }, 'fx'), formula),
    scroller, hint, el(doc, 'div', { class: 'kpg-tabbar' }, tabs, sheetTools), datalist));

  const sheet = () => workbook.activeSheet;
  const cellId = (at: Position) => `kpg-c-${at.row}-${at.column}`;
  const cellAt = (at: Position) => doc.getElementById(cellId(at));
  let extent = { rows: 0, columns: 0 };

  function drawTabs(): void {
    // Tabs are drawn anew: a tab that had the focus hands it to the active one, as after an arrow key.
    const focused = tabs.contains(doc.activeElement);
    tabs.replaceChildren(...workbook.sheetNames().map((name) => {
      const active = name === sheet();
      // One tab stop for the tablist: the arrow keys move between its tabs.
      const tab = el(doc, 'button', { type: 'button', role: 'tab', class: 'kpg-tab', 'aria-selected': String(active), tabindex: active ? '0' : '-1', 'data-sheet': name }, name);
      tab.addEventListener('click', () => workbook.activate(name));
      return tab;
    }));
    const current = tabs.querySelector<HTMLElement>('[aria-selected="true"]');
    if (focused) current?.focus();
    if (current) scrollTabIntoView(current);
  }
  /** In a narrow window the tab strip scrolls: the sheet on show is kept in it, the page left where it is. */
  function scrollTabIntoView(tab: HTMLElement): void {
    const strip = tabs.getBoundingClientRect();
    const box = tab.getBoundingClientRect();
    if (box.left < strip.left) tabs.scrollLeft -= strip.left - box.left;
    else if (box.right > strip.right) tabs.scrollLeft += box.right - strip.right;
  }
  tabs.addEventListener('keydown', (event) => {
    const names = workbook.sheetNames();
    const next = tabIndexFor(event.key, names.indexOf(sheet()), names.length);
    if (next === undefined) return;
    event.preventDefault();
    workbook.activate(names[next]);
  });

  function drawCell(td: HTMLTableCellElement, at: Position): void {
    drawCellView(td, workbook, sheet(), at, lang);
  }

  function drawGrid(): void {
    const name = sheet();
    const look = workbook.look(name);
    const size = workbook.size(name);
    // Rows enough under the last band of charts for them to stand on.
    const chartRows = Math.max(0, ...(look?.charts ?? []).map((chart) => chart.anchor.row + CHART_BAND_ROWS));
    extent = { rows: Math.max(size.rows + MARGIN.rows, chartRows, MIN.rows), columns: Math.max(size.columns + MARGIN.columns, MIN.columns) };
    const widths = Array.from({ length: extent.columns }, (_, column) => look?.columnWidths[column] ?? DEFAULT_WIDTH);
    // Rows and columns past the sheet's content are room to type in, not part of a print.
    const margin = (inMargin: boolean): Record<string, string> => (inMargin ? { 'data-margin': '' } : {});
    const colgroup = el(doc, 'colgroup', {}, el(doc, 'col', { class: 'kpg-head-col', style: `width:${ROW_HEADER_WIDTH}px` }),
      ...widths.map((width, column) => el(doc, 'col', { style: `width:${width}px`, ...margin(column >= size.columns) })));
    table.style.width = `${ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0)}px`;
    const printed = widths.slice(0, size.columns).reduce((a, b) => a + b, 0);
    table.style.setProperty('--kpg-print-width', `${printed}px`);
    // Fitted to the width of an A4 landscape page, as Excel's "fit all columns on one page".
    table.style.setProperty('--kpg-print-zoom', String(Math.min(1, PRINT_WIDTH / Math.max(printed, 1))));
    const head = el(doc, 'thead', {}, el(doc, 'tr', { role: 'row' },
      el(doc, 'th', { class: 'kpg-corner', 'aria-hidden': 'true' }),
      ...widths.map((_, column) => el(doc, 'th', { scope: 'col', role: 'columnheader', ...margin(column >= size.columns) }, columnLetters(column)))));
    const body = el(doc, 'tbody');
    for (let row = 0; row < extent.rows; row++) {
      const tr = el(doc, 'tr', { role: 'row', ...margin(row >= size.rows) }, el(doc, 'th', { scope: 'row', role: 'rowheader' }, String(row + 1)));
      for (let column = 0; column < extent.columns; column++) {
        const at = { row, column };
        const td = el(doc, 'td', { id: cellId(at), role: 'gridcell', 'data-address': cellAddress(row, column), ...margin(column >= size.columns) });
        drawCell(td, at);
        tr.append(td);
      }
      body.append(tr);
    }
    // Text runs on over empty neighbours, as in a spreadsheet, and is clipped by a filled one.
    for (const tr of body.rows) {
      const cells = [...tr.cells].slice(1);
      cells.forEach((td, i) => {
        if (cells[i + 1]?.textContent) td.classList.add('kpg-clip');
      });
    }
    table.replaceChildren(colgroup, head, body);
    freezeRows(look?.frozenRows ?? 0);
    markRunningText(body);
    drawCharts();
    drawSelection(false);
  }

  /** The sheet's charts float over the grid from their anchor cell's corner, as in Excel. */
  function drawCharts(): void {
    charts.replaceChildren(...(workbook.look(sheet())?.charts ?? []).map((chart) => {
      const anchorCell = cellAt(chart.anchor);
      const box = el(doc, 'div', { class: 'kpg-chart-box', 'data-chart': chart.title });
      box.style.left = `${table.offsetLeft + (anchorCell?.offsetLeft ?? 0)}px`;
      box.style.top = `${table.offsetTop + (anchorCell?.offsetTop ?? 0)}px`;
      box.append(drawChart(doc, workbook, chart, lang));
      return box;
    }));
  }

  /** Takes the grid line out of each cell a text runs on over, measured as drawn. */
  function markRunningText(body: HTMLTableSectionElement): void {
    // Measure everything first, then mark: one layout, not one per cell.
    const running: HTMLTableCellElement[] = [];
    for (const tr of body.rows) {
      const cells = [...tr.cells].slice(1);
      cells.forEach((td, i) => {
        if (!td.textContent || td.classList.contains('kpg-clip') || td.classList.contains('kpg-wrap') || td.classList.contains('kpg-num')) return;
        let overflow = td.scrollWidth - td.clientWidth;
        for (let next = i; overflow > 0 && next < cells.length - 1 && !cells[next + 1].textContent; next++) {
          running.push(cells[next]);
          overflow -= cells[next + 1].offsetWidth;
        }
      });
    }
    for (const td of running) td.classList.add('kpg-runs');
  }

  /** The template's frozen rows stay in view under the column letters, as in Excel, by sticky offsets. */
  function freezeRows(count: number): void {
    let top = table.tHead?.offsetHeight ?? 0;
    for (const tr of [...(table.tBodies[0]?.rows ?? [])].slice(0, count)) {
      tr.classList.add('kpg-frozen');
      for (const cell of tr.cells) cell.style.top = `${top}px`;
      top += tr.offsetHeight;
    }
  }

  /** The selected block: from its top-left cell, this many rows and columns. */
  function block(): CellBlock {
    const row = Math.min(anchor.row, selection.row);
    const column = Math.min(anchor.column, selection.column);
    return { sheet: sheet(), row, column, rows: Math.abs(anchor.row - selection.row) + 1, columns: Math.abs(anchor.column - selection.column) + 1 };
  }

  function drawSelection(scroll: boolean): void {
    for (const old of table.querySelectorAll('.kpg-selected, .kpg-in-block')) old.classList.remove('kpg-selected', 'kpg-in-block');
    for (const old of table.querySelectorAll('[aria-selected]')) old.removeAttribute('aria-selected');
    const chosen = block();
    if (chosen.rows > 1 || chosen.columns > 1) {
      for (let row = chosen.row; row < chosen.row + chosen.rows; row++) {
        for (let column = chosen.column; column < chosen.column + chosen.columns; column++) {
          const inBlock = cellAt({ row, column });
          inBlock?.classList.add('kpg-in-block');
          inBlock?.setAttribute('aria-selected', 'true');
        }
      }
    }
    undo.disabled = !workbook.canUndo();
    redo.disabled = !workbook.canRedo();
    const td = cellAt(selection);
    td?.classList.add('kpg-selected');
    td?.setAttribute('aria-selected', 'true');
    table.setAttribute('aria-activedescendant', cellId(selection));
    nameBox.value = chosen.rows > 1 || chosen.columns > 1
      ? `${cellAddress(chosen.row, chosen.column)}:${cellAddress(chosen.row + chosen.rows - 1, chosen.column + chosen.columns - 1)}`
      : cellAddress(selection.row, selection.column);
    if (doc.activeElement !== formula) formula.value = workbook.input(sheet(), selection, lang);
    hint.textContent = hintFor(selection);
    if (scroll) td?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  /** A line under the grid about the selected cell: a dropdown's values, or where a spilled value comes from. */
  function hintFor(at: Position): string {
    // An error's explanation, also the cell's tooltip, is read here for keyboard and screen-reader users.
    const { message } = formatValue(workbook.value(sheet(), at), workbook.numberFormat(sheet(), at), lang);
    if (message) return message;
    if (workbook.isSpilled(sheet(), at)) return PLAYGROUND_TEXT.spilled[lang];
    const values = listAt(workbook.look(sheet()), at);
    return values ? `${PLAYGROUND_TEXT.listHint[lang]}: ${values.join(', ')}` : '';
  }

  // Another sheet starts at its top-left corner, as a spreadsheet opens a sheet.
  let drawnSheet = '';
  function draw(): void {
    if (drawnSheet !== sheet()) {
      drawnSheet = sheet();
      selection = { row: 0, column: 0 };
      anchor = selection;
      scroller.scrollTo(0, 0);
    }
    drawTabs();
    drawGrid();
  }

  /** Moves the selection; `extend` keeps the block's other corner where it is, as Shift does. */
  function move(rows: number, columns: number, extend = false): void {
    selection = {
      row: Math.min(Math.max(selection.row + rows, 0), extent.rows - 1),
      column: Math.min(Math.max(selection.column + columns, 0), extent.columns - 1),
    };
    if (!extend) anchor = selection;
    drawSelection(true);
  }

  function report(error: unknown): void {
    hint.textContent = error instanceof Error ? error.message : String(error);
  }

  function copy(event: ClipboardEvent): void {
    if (editor || !event.clipboardData) return;
    const chosen = block();
    const text = workbook.text(chosen, lang);
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    copied = { block: chosen, text };
  }

  function paste(event: ClipboardEvent): void {
    if (editor || !event.clipboardData) return;
    event.preventDefault();
    const text = event.clipboardData.getData('text/plain');
    const at = block();
    try {
      const own = copied && copied.text.replace(/\r/g, '') === text.replace(/\r/g, '').replace(/\n$/, '');
      if (!(own && copied && workbook.pasteCells(copied.block, sheet(), at))) workbook.pasteText(sheet(), at, tabRows(text), lang);
    } catch {
      hint.textContent = PLAYGROUND_TEXT.pasteFailed[lang];
    }
  }

  function renameSheet(): void {
    const name = sheet();
    const wanted = prompt(PLAYGROUND_TEXT.renamePrompt[lang], name);
    if (wanted === null || wanted.trim() === name) return;
    const problem = workbook.canRename(name, wanted);
    if (problem) {
      hint.textContent = { empty: PLAYGROUND_TEXT.renameEmpty, taken: PLAYGROUND_TEXT.renameTaken, invalid: PLAYGROUND_TEXT.renameInvalid }[problem][lang];
      return;
    }
    workbook.renameSheet(name, wanted);
    drawnSheet = sheet();
  }

  function deleteSheet(): void {
    const name = sheet();
    if (workbook.sheetNames().length <= 1) {
      hint.textContent = PLAYGROUND_TEXT.lastSheet[lang];
      return;
    }
    if (confirm(fill(PLAYGROUND_TEXT.deleteConfirm[lang], { sheet: name }))) workbook.removeSheet(name);
  }

  sheetTools.children[0].addEventListener('click', renameSheet);
  sheetTools.children[1].addEventListener('click', deleteSheet);

  function startEditing(initial: string): void {
    const td = cellAt(selection);
    if (!td) return;
    const at = selection;
    const input = el(doc, 'input', { class: 'kpg-editor', type: 'text', spellcheck: 'false', 'aria-label': `${cellAddress(at.row, at.column)}` });
    const values = listAt(workbook.look(sheet()), at);
    if (values) {
      datalist.replaceChildren(...values.map((value) => el(doc, 'option', { value })));
      input.setAttribute('list', datalist.id);
    }
    input.value = initial;
    td.replaceChildren(input);
    // The list of KPI functions takes its keys before the editor's own.
    editor = { input, at, stopOffering: offerKpiFunctions(input, lang) };
    // The formula bar shows what is typed in the cell, as in Excel.
    formula.value = initial;
    input.addEventListener('input', () => (formula.value = input.value));
    input.addEventListener('keydown', (event) => {
      const moves: Record<string, [number, number]> = { Enter: [event.shiftKey ? -1 : 1, 0], Tab: [0, event.shiftKey ? -1 : 1] };
      if (event.key in moves) {
        event.preventDefault();
        commit();
        move(...moves[event.key]);
        table.focus();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        cancel();
        table.focus();
      }
      event.stopPropagation();
    });
    input.addEventListener('blur', () => commit());
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    input.dispatchEvent(new Event('input'));
  }

  function commit(): void {
    if (!editor) return;
    const { input, at, stopOffering } = editor;
    editor = undefined;
    stopOffering();
    write(at, input.value);
  }

  function cancel(): void {
    if (!editor) return;
    const { at, stopOffering } = editor;
    editor = undefined;
    stopOffering();
    const td = cellAt(at);
    if (td) drawCell(td as HTMLTableCellElement, at);
    drawSelection(false);
  }

  function write(at: Position, typed: string): void {
    try {
      workbook.setInput(sheet(), at, typed, lang);
    } catch (error) {
      report(error);
      const td = cellAt(at);
      if (td) drawCell(td as HTMLTableCellElement, at);
    }
  }

  table.addEventListener('mousedown', (event) => {
    const td = (event.target as Element).closest('td');
    if (!td || td.contains(editor?.input ?? null)) return;
    const [row, column] = td.id.replace('kpg-c-', '').split('-').map(Number);
    commit();
    selection = { row, column };
    if (!event.shiftKey) anchor = selection;
    drawSelection(false);
    event.preventDefault();
    table.focus();
  });
  table.addEventListener('dblclick', (event) => {
    if ((event.target as Element).closest('td') && !editor) startEditing(workbook.input(sheet(), selection, lang));
  });
  table.addEventListener('keydown', (event) => {
    if (editor) return;
    const arrows: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const key = event.key.toLowerCase();
    if (event.key in arrows) {
      event.preventDefault();
      move(...arrows[event.key], event.shiftKey);
    } else if ((event.ctrlKey || event.metaKey) && (key === 'z' || key === 'y')) {
      event.preventDefault();
      if (key === 'y' || event.shiftKey) workbook.redo();
      else workbook.undo();
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing(workbook.input(sheet(), selection, lang));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      const chosen = block();
      try {
        workbook.pasteText(sheet(), chosen, Array.from({ length: chosen.rows }, () => Array.from({ length: chosen.columns }, () => '')), lang);
      } catch (error) {
        report(error);
      }
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEditing(event.key);
    }
  });

  const stopOfferingInBar = offerKpiFunctions(formula, lang);
  formula.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      write(selection, formula.value);
      move(1, 0);
      table.focus();
    } else if (event.key === 'Escape') {
      formula.value = workbook.input(sheet(), selection, lang);
      table.focus();
    }
  });

  table.addEventListener('copy', copy);
  table.addEventListener('paste', paste);

  const stop = workbook.onChange(() => {
    if (!editor) draw();
  });
  draw();

  return {
    get selection() {
      return selection;
    },
    select(sheetName, at) {
      commit();
      if (workbook.activeSheet !== sheetName) workbook.activate(sheetName);
      selection = at;
      anchor = at;
      if (at.row >= extent.rows || at.column >= extent.columns) drawGrid();
      drawSelection(true);
    },
    destroy() {
      stop();
      stopOfferingInBar();
      root.replaceChildren();
    },
  };
}
