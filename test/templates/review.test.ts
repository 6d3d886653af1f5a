import { describe, expect, it } from 'vitest';
import { COLUMNS, type ColumnKey } from '../../shared/agreement/columns';
import { FRAMEWORKS, HEADER_FIELDS, SECTION_COLUMNS, SECTION_TITLES, type SectionKey } from '../../shared/agreement/sections';
import { LANGS } from '../../shared/i18n/lang';
import { QUESTION_BANK, REVIEW_ROWS, reviewSheet } from '../../shared/templates/review';
import { SIGN_OFF, SIGN_OFF_PARTIES } from '../../shared/templates/sign-off';
import { FORMATS, templateValues } from '../../shared/templates/grid';
import { cellAddress } from '../../shared/workbook';
import { RAG_FILLS } from '../../shared/templates/styles';
import type { CellRange } from '../../shared/templates/spec';
import { cellAt, rowsStartingWith } from './specs';

const covers = (range: CellRange, row: number, column: number) =>
  row >= range.row && row < range.row + range.rows && column >= range.column && column < range.column + range.columns;

describe.each(LANGS)('the review sheet (%s)', (lang) => {
  const spec = reviewSheet(lang);
  const values = templateValues(spec, 'excel');
  const [agreementTitle] = rowsStartingWith(spec, SECTION_TITLES.agreement[lang]);
  const headerRow = agreementTitle + 1;
  const firstKpi = headerRow + 1;
  const columnOf = (key: ColumnKey) => 1 + COLUMNS.findIndex((column) => column.key === key);
  const listAt = (row: number, column: number) => spec.validations.find((v) => covers(v.range, row, column))?.values;

  it('opens with the title and a one-line note', () => {
    expect(spec.cells[0][0]?.style).toBe('title');
    expect(spec.cells[1][0]?.style).toBe('note');
    expect(spec.sheetName).toBe(lang === 'en' ? 'KPI Review' : 'Medarbejdersamtale');
  });

  it('has a header block from row 2: each field labelled in A with an input in B', () => {
    Object.values(HEADER_FIELDS).forEach((field, index) => {
      expect(cellAt(spec, 2 + index, 0)).toMatchObject({ value: field[lang], style: 'label' });
      expect(cellAt(spec, 2 + index, 1)?.style).toBe('input');
    });
  });

  it('offers the frameworks and the cadences in the header block, and formats the review date as a date', () => {
    const row = (key: keyof typeof HEADER_FIELDS) => rowsStartingWith(spec, HEADER_FIELDS[key][lang])[0];
    expect(listAt(row('framework'), 1)).toEqual([...FRAMEWORKS]);
    expect(listAt(row('followUp'), 1)).toEqual(COLUMNS.find((c) => c.key === 'cadence')!.values!.map((v) => v.label[lang]));
    expect(cellAt(spec, row('reviewDate'), 1)?.numberFormat).toBe(FORMATS.date);
  });

  it('heads the agreement table with a number column, every column of columns.ts from B, then Pilot, Impact, Weight and Revisit if', () => {
    expect(agreementTitle).toBeGreaterThan(2 + Object.keys(HEADER_FIELDS).length - 1);
    expect(values[headerRow]).toEqual([
      lang === 'en' ? 'No.' : 'Nr.', ...COLUMNS.map((column) => column.header[lang]),
      ...(lang === 'en' ? ['Pilot', 'Impact', 'Weight', 'Revisit if'] : ['Pilot', 'Effekt', 'Vægt', 'Revurderes hvis']),
    ]);
  });

  it('offers Pilot as Yes / No and Impact as High, Medium, Low over the five rows, blank by default', () => {
    const pilot = 1 + COLUMNS.length;
    expect(listAt(firstKpi, pilot)).toEqual(lang === 'en' ? ['Yes', 'No'] : ['Ja', 'Nej']);
    expect(listAt(firstKpi + REVIEW_ROWS.kpis - 1, pilot + 1)).toEqual(lang === 'en' ? ['High', 'Medium', 'Low'] : ['Høj', 'Mellem', 'Lav']);
    expect(listAt(firstKpi + REVIEW_ROWS.kpis, pilot)).toBeUndefined();
    for (let row = firstKpi; row < firstKpi + REVIEW_ROWS.kpis; row++) {
      expect(cellAt(spec, row, pilot)).toEqual({ style: 'input' });
      expect(cellAt(spec, row, pilot + 1)).toEqual({ style: 'input' });
    }
  });

  it('has a sign-off block under the agreement: the employee and the manager, each with name, Agreed (Yes / No) and date', () => {
    const [title] = rowsStartingWith(spec, SIGN_OFF.title[lang]);
    // Under the KPI rows: a blank row, the score row, then the sign-off's own blank row.
    expect(title).toBe(firstKpi + REVIEW_ROWS.kpis + 3);
    expect(cellAt(spec, title, 0)?.style).toBe('section');
    expect(values[title + 1].slice(0, 4)).toEqual(SIGN_OFF.columns.map((heading) => heading[lang]));
    SIGN_OFF_PARTIES.forEach((party, index) => {
      const row = title + 2 + index;
      expect(cellAt(spec, row, 0)).toMatchObject({ value: SIGN_OFF.parties[party][lang], style: 'label' });
      expect(listAt(row, 2)).toEqual(lang === 'en' ? ['Yes', 'No'] : ['Ja', 'Nej']);
      expect(cellAt(spec, row, 3)?.numberFormat).toBe(FORMATS.date);
    });
  });

  it('numbers five empty KPI rows 1..5, with a blank row after them', () => {
    for (let i = 0; i < REVIEW_ROWS.kpis; i++) {
      expect(values[firstKpi + i][0]).toBe(i + 1);
      expect(values[firstKpi + i][columnOf('kpi')]).toBe('');
    }
    expect(values[firstKpi + REVIEW_ROWS.kpis].every((value) => value === '')).toBe(true);
  });

  it('computes each Status with RAG from that row\'s actual, target and direction', () => {
    for (let row = firstKpi; row < firstKpi + REVIEW_ROWS.kpis; row++) {
      const ref = (key: ColumnKey) => cellAddress(row, columnOf(key));
      // A Danish sheet asks RAG for the Danish words.
      const words = lang === 'da' ? ',"da"' : '';
      // Blank until both numbers are there, even where Excel hands a blank cell over as 0.
      expect(cellAt(spec, row, columnOf('status'))?.formula).toBe(
        `=IF(OR(${ref('actual')}="",${ref('target')}=""),"",{RAG}(${ref('actual')},${ref('target')},,${ref('direction')}${words}))`);
    }
  });

  it('puts a dropdown of the sheet-language labels on every listed column, over the five rows', () => {
    for (const column of COLUMNS.filter((c) => c.values)) {
      const validation = spec.validations.find((v) => v.range.column === columnOf(column.key) && v.range.row === firstKpi);
      expect(validation, column.key).toBeDefined();
      expect(validation!.range.rows).toBe(REVIEW_ROWS.kpis);
      expect(validation!.values).toEqual(column.values!.map((value) => value.label[lang]));
    }
  });

  it('formats influence as percent, the numbers as numbers and the deadline as a date', () => {
    const format = (key: ColumnKey) => cellAt(spec, firstKpi, columnOf(key))?.numberFormat;
    expect(format('influence')).toBe(FORMATS.percent);
    for (const key of ['baseline', 'target', 'actual'] as const) expect(format(key)).toBe(FORMATS.number);
    expect(format('deadline')).toBe(FORMATS.date);
  });

  it('colours the status cells Green, Amber and Red by the words RAG writes in either language', () => {
    const statusRange = { row: firstKpi, column: columnOf('status'), rows: REVIEW_ROWS.kpis, columns: 1 };
    expect(spec.conditionalFills.map((fill) => fill.equals)).toEqual(['Green', 'Grøn', 'Amber', 'Gul', 'Red', 'Rød']);
    const colourOf = { Green: 'Green', Grøn: 'Green', Amber: 'Amber', Gul: 'Amber', Red: 'Red', Rød: 'Red' } as const;
    for (const fill of spec.conditionalFills) {
      expect(fill.range).toEqual(statusRange);
      expect(fill.fill).toBe(RAG_FILLS[colourOf[fill.equals as keyof typeof colourOf]].fill);
    }
  });

  it('follows with the sections in order, each a title, its header row and its entry rows, a blank row between', () => {
    const order: { key: Exclude<SectionKey, 'agreement'>; rows: number }[] = [
      { key: 'development', rows: 3 }, { key: 'wellbeing', rows: 2 }, { key: 'questions', rows: QUESTION_BANK.length },
      { key: 'nextSteps', rows: 5 }, { key: 'decisions', rows: 5 },
    ];
    // Under the agreement: a blank row and the score row, a blank row, the sign-off's title and header, and a row per party.
    let row = firstKpi + REVIEW_ROWS.kpis + 5 + SIGN_OFF_PARTIES.length;
    for (const { key, rows } of order) {
      expect(values[row].every((value) => value === ''), `blank row before ${key}`).toBe(true);
      expect(cellAt(spec, row + 1, 0)).toMatchObject({ value: SECTION_TITLES[key][lang], style: 'section' });
      expect(values[row + 2].slice(0, SECTION_COLUMNS[key].length)).toEqual(SECTION_COLUMNS[key].map((heading) => heading[lang]));
      expect(spec.cells[row + 2][0]?.style).toBe('header');
      for (let entry = 0; entry < rows; entry++) expect(cellAt(spec, row + 3 + entry, 0), `${key} entry ${entry}`).not.toBeNull();
      row += 3 + rows;
    }
    expect(row).toBe(spec.cells.length);
  });

  it('asks the guide\'s six questions, one per category, with an empty Notes cell', () => {
    const [title] = rowsStartingWith(spec, SECTION_TITLES.questions[lang]);
    const asked = values.slice(title + 2, title + 2 + QUESTION_BANK.length);
    expect(asked.map((row) => row[0])).toEqual(QUESTION_BANK.map((q) => q.category[lang]));
    expect(asked.map((row) => row[1])).toEqual(QUESTION_BANK.map((q) => q.question[lang]));
    expect(new Set(asked.map((row) => row[0])).size).toBe(6);
    for (const row of asked) {
      expect(String(row[1]).endsWith('?')).toBe(true);
      expect(row[2]).toBe('');
    }
  });

  it('freezes no rows', () => {
    expect(spec.frozenRows).toBe(0);
  });
});

it('keeps the guide\'s Danish questions word for word', () => {
  expect(QUESTION_BANK[1].question.da).toBe('Hvilke 2-3 KPI’er vurderer du er kritiske, hvis ressourcerne strammer?');
});
