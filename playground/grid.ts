import type { Lang } from '../shared/i18n/lang';
import { cellAddress, columnLetters } from '../shared/workbook';
import { el } from '../ui/dom';
import type { CellSelector } from './bridge';
import { drawCell as drawCellView } from './cell-view';
import { listAt } from './cells';
import { formatValue } from './format';
import { PLAYGROUND_TEXT } from './strings';
import { tabIndexFor } from './tab-keys';
import type { PlaygroundWorkbook, Position } from './workbook';

const DEFAULT_WIDTH = 80;
const ROW_HEADER_WIDTH = 44;
/** Empty rows and columns drawn past the sheet's content, room to type in. */
const MARGIN = { rows: 20, columns: 4 };
const MIN = { rows: 40, columns: 12 };

export interface WorkbookView extends CellSelector {
  readonly selection: Position;
  destroy(): void;
}

/**
 * The workbook on screen: sheet tabs, a formula bar and a grid. Click or arrow keys select; typing,
 * Enter or F2 edit; Enter, Tab or leaving the cell writes, Escape cancels. Tab outside an edit
 * leaves the grid, so keyboard users are never trapped in it. Values are drawn with
 * `textContent`, so a cell holding markup shows it as text.
 */
export function mountWorkbookView(root: HTMLElement, workbook: PlaygroundWorkbook, lang: Lang): WorkbookView {
  const doc = root.ownerDocument;
  let selection: Position = { row: 0, column: 0 };
  let editor: { input: HTMLInputElement; at: Position } | undefined;

  const nameBox = el(doc, 'output', { class: 'kpg-name', 'aria-label': PLAYGROUND_TEXT.nameBox[lang] });
  const formula = el(doc, 'input', { class: 'kpg-formula', type: 'text', spellcheck: 'false', 'aria-label': PLAYGROUND_TEXT.formulaBar[lang] });
  const table = el(doc, 'table', { class: 'kpg-grid', role: 'grid', tabindex: '0', 'aria-label': PLAYGROUND_TEXT.grid[lang] });
  const scroller = el(doc, 'div', { class: 'kpg-scroll' }, table);
  const datalist = el(doc, 'datalist', { id: 'kpg-list' });
  const tabs = el(doc, 'div', { class: 'kpg-tabs', role: 'tablist', 'aria-label': PLAYGROUND_TEXT.sheets[lang] });
  const hint = el(doc, 'div', { class: 'kpg-hint', 'aria-live': 'polite' });
  root.replaceChildren(el(doc, 'div', { class: 'kpg-book' },
    el(doc, 'div', { class: 'kpg-bar' }, nameBox, el(doc, 'span', { class: 'kpg-fx', 'aria-hidden': 'true' }, 'fx'), formula),
    scroller, hint, tabs, datalist));

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
    extent = { rows: Math.max(size.rows + MARGIN.rows, MIN.rows), columns: Math.max(size.columns + MARGIN.columns, MIN.columns) };
    const widths = Array.from({ length: extent.columns }, (_, column) => look?.columnWidths[column] ?? DEFAULT_WIDTH);
    const colgroup = el(doc, 'colgroup', {}, el(doc, 'col', { style: `width:${ROW_HEADER_WIDTH}px` }), ...widths.map((width) => el(doc, 'col', { style: `width:${width}px` })));
    table.style.width = `${ROW_HEADER_WIDTH + widths.reduce((a, b) => a + b, 0)}px`;
    const head = el(doc, 'thead', {}, el(doc, 'tr', { role: 'row' },
      el(doc, 'th', { class: 'kpg-corner', 'aria-hidden': 'true' }),
      ...widths.map((_, column) => el(doc, 'th', { scope: 'col', role: 'columnheader' }, columnLetters(column)))));
    const body = el(doc, 'tbody');
    for (let row = 0; row < extent.rows; row++) {
      const tr = el(doc, 'tr', { role: 'row' }, el(doc, 'th', { scope: 'row', role: 'rowheader' }, String(row + 1)));
      for (let column = 0; column < extent.columns; column++) {
        const at = { row, column };
        const td = el(doc, 'td', { id: cellId(at), role: 'gridcell', 'data-address': cellAddress(row, column) });
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
    drawSelection(false);
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

  function drawSelection(scroll: boolean): void {
    for (const old of table.querySelectorAll('.kpg-selected')) old.classList.remove('kpg-selected');
    const td = cellAt(selection);
    td?.classList.add('kpg-selected');
    table.setAttribute('aria-activedescendant', cellId(selection));
    nameBox.value = cellAddress(selection.row, selection.column);
    if (doc.activeElement !== formula) formula.value = workbook.input(sheet(), selection);
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
      scroller.scrollTo(0, 0);
    }
    drawTabs();
    drawGrid();
  }

  function move(rows: number, columns: number): void {
    selection = {
      row: Math.min(Math.max(selection.row + rows, 0), extent.rows - 1),
      column: Math.min(Math.max(selection.column + columns, 0), extent.columns - 1),
    };
    drawSelection(true);
  }

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
    editor = { input, at };
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
  }

  function commit(): void {
    if (!editor) return;
    const { input, at } = editor;
    editor = undefined;
    write(at, input.value);
  }

  function cancel(): void {
    if (!editor) return;
    const { at } = editor;
    editor = undefined;
    const td = cellAt(at);
    if (td) drawCell(td as HTMLTableCellElement, at);
    drawSelection(false);
  }

  function write(at: Position, typed: string): void {
    try {
      workbook.setInput(sheet(), at, typed);
    } catch (error) {
      hint.textContent = error instanceof Error ? error.message : String(error);
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
    drawSelection(false);
    event.preventDefault();
    table.focus();
  });
  table.addEventListener('dblclick', (event) => {
    if ((event.target as Element).closest('td') && !editor) startEditing(workbook.input(sheet(), selection));
  });
  table.addEventListener('keydown', (event) => {
    if (editor) return;
    const arrows: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (event.key in arrows) {
      event.preventDefault();
      move(...arrows[event.key]);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing(workbook.input(sheet(), selection));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      write(selection, '');
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEditing(event.key);
    }
  });

  formula.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      write(selection, formula.value);
      move(1, 0);
      table.focus();
    } else if (event.key === 'Escape') {
      formula.value = workbook.input(sheet(), selection);
      table.focus();
    }
  });

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
      if (at.row >= extent.rows || at.column >= extent.columns) drawGrid();
      drawSelection(true);
    },
    destroy() {
      stop();
      root.replaceChildren();
    },
  };
}
