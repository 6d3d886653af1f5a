import { afterEach, describe, expect, it } from 'vitest';
import { exampleReview, exampleTracking } from '../../shared/templates';
import { PlaygroundWorkbook } from '../../playground/workbook';

/** Undo, redo, copy and paste, renaming and deleting sheets, and keeping the workbook: no work lost. */

let workbook: PlaygroundWorkbook;
afterEach(() => workbook?.destroy());
const A1 = { row: 0, column: 0 };

describe('the playground workbook keeps work', () => {
  it('starts with nothing to undo, then undoes and redoes an edit', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('en')]);
    expect(workbook.canUndo()).toBe(false);
    const name = workbook.activeSheet;
    const before = workbook.value(name, A1);
    workbook.setInput(name, A1, 'changed');
    workbook.undo();
    expect(workbook.value(name, A1)).toBe(before);
    workbook.redo();
    expect(workbook.value(name, A1)).toBe('changed');
  });

  it('undoes an inserted sheet in one step and shows a sheet that is still there', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('en')]);
    const first = workbook.activeSheet;
    workbook.addTemplate(exampleTracking('en'));
    workbook.undo();
    expect(workbook.sheetNames()).toEqual([first]);
    expect(workbook.activeSheet).toBe(first);
  });

  it('renames a sheet with its look, formulas following; refuses a taken or invalid name', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('en'), exampleTracking('en')]);
    const [review, tracking] = workbook.sheetNames();
    const look = workbook.look(review);
    workbook.setInput(tracking, { row: 60, column: 0 }, `='${review}'!A1`);
    expect(workbook.canRename(review, tracking.toUpperCase())).toBe('taken');
    expect(workbook.canRename(review, 'a/b')).toBe('invalid');
    expect(workbook.canRename(review, ' ')).toBe('empty');
    workbook.renameSheet(review, 'Agreement 2027');
    expect(workbook.look('Agreement 2027')).toBe(look);
    expect(workbook.formula(tracking, { row: 60, column: 0 })).toBe("='Agreement 2027'!A1");
  });

  it('deletes a sheet, which undo brings back with its look, and never the last one', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('en'), exampleTracking('en')]);
    const [review, tracking] = workbook.sheetNames();
    const look = workbook.look(tracking);
    workbook.activate(tracking);
    workbook.removeSheet(tracking);
    expect(workbook.sheetNames()).toEqual([review]);
    expect(workbook.activeSheet).toBe(review);
    expect(() => workbook.removeSheet(review)).toThrow();
    workbook.undo();
    expect(workbook.sheetNames()).toEqual([review, tracking]);
    expect(workbook.look(tracking)).toBe(look);
  });

  it('pastes copied cells with their formulas moved, as Excel does', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('en')]);
    const name = workbook.activeSheet;
    workbook.setInput(name, { row: 60, column: 0 }, '2');
    workbook.setInput(name, { row: 60, column: 1 }, '=A61*10');
    workbook.pasteCells({ sheet: name, row: 60, column: 0, rows: 1, columns: 2 }, name, { row: 61, column: 0 });
    expect(workbook.formula(name, { row: 61, column: 1 })).toBe('=A62*10');
    expect(workbook.value(name, { row: 61, column: 1 })).toBe(20);
  });

  it('pastes text from elsewhere as if typed, in the user\'s language', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('da')]);
    const name = workbook.activeSheet;
    workbook.pasteText(name, { row: 60, column: 0 }, [['4,5', '=KPI.RAG(95;100)'], ['tekst', '']], 'da');
    expect(workbook.value(name, { row: 60, column: 0 })).toBe(4.5);
    expect(workbook.value(name, { row: 60, column: 1 })).toBe('Amber');
    expect(workbook.value(name, { row: 61, column: 0 })).toBe('tekst');
    expect(workbook.text({ sheet: name, row: 60, column: 0, rows: 1, columns: 2 }, 'da')).toBe('4,5\tAmber');
  });

  it('comes back from what it saved: sheets, formulas, looks and the active sheet', () => {
    workbook = PlaygroundWorkbook.withSheets([exampleReview('en'), exampleTracking('en')]);
    const [, tracking] = workbook.sheetNames();
    workbook.setInput(tracking, { row: 60, column: 0 }, "'=not a formula");
    workbook.activate(tracking);
    const again = PlaygroundWorkbook.fromSaved(JSON.parse(JSON.stringify(workbook.saved())));
    try {
      expect(again.sheetNames()).toEqual(workbook.sheetNames());
      expect(again.activeSheet).toBe(tracking);
      expect(again.values(tracking)).toEqual(workbook.values(tracking));
      // As the browser keeps it: JSON, where a style-less cell is null.
      expect(again.look(tracking)).toEqual(JSON.parse(JSON.stringify(workbook.look(tracking))));
      expect(again.value(tracking, { row: 60, column: 0 })).toBe('=not a formula');
      expect(again.canUndo()).toBe(false);
    } finally {
      again.destroy();
    }
  });
});
