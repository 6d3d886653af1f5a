import { describe, expect, it } from 'vitest';
import { DIRECTION_VALUES } from '../../shared/agreement/columns';
import { LANGS } from '../../shared/i18n/lang';
import { TEMPLATE_IDS, buildTemplate } from '../../shared/templates';
import { FORMATS, templateValues } from '../../shared/templates/grid';
import { POST_MORTEM_LEARNING, POST_MORTEM_QUESTIONS, postMortemSheet } from '../../shared/templates/post-mortem';
import { cellAddress } from '../../shared/workbook';
import { cellAt, rowsStartingWith, TEMPLATE_MONTH } from './specs';

describe.each(LANGS)('the post-mortem sheet (%s)', (lang) => {
  const spec = postMortemSheet(lang);
  const values = templateValues(spec, 'excel');
  const rowOf = (label: string) => rowsStartingWith(spec, label)[0];
  const en = lang === 'en';

  it('is a template a user can insert in every host, under its own name', () => {
    expect(TEMPLATE_IDS).toContain('postMortem');
    expect(buildTemplate('postMortem', lang, TEMPLATE_MONTH)).toEqual(spec);
    expect(spec.sheetName).toBe(en ? 'KPI post-mortem' : 'KPI-post-mortem');
  });

  it('takes the missed KPI with a direction dropdown and number-formatted baseline, target and actual', () => {
    const direction = rowOf(en ? 'Direction' : 'Retning');
    expect(spec.validations.find((v) => v.range.row === direction && v.range.column === 1)?.values)
      .toEqual(DIRECTION_VALUES.map((value) => value.label[lang]));
    for (const name of en ? ['Baseline', 'Target', 'Actual'] : ['Baseline', 'Mål', 'Faktisk']) {
      expect(cellAt(spec, rowOf(name), 1), name).toMatchObject({ style: 'input', numberFormat: FORMATS.number });
    }
  });

  it('computes the status with RAG and the gap from the actual and target cells', () => {
    const at = (name: string) => cellAddress(rowOf(name), 1);
    const [actual, target, direction] = (en ? ['Actual', 'Target', 'Direction'] : ['Faktisk', 'Mål', 'Retning']).map(at);
    expect(cellAt(spec, rowOf('Status'), 1)?.formula).toBe(`={RAG}(${actual},${target},,${direction}${en ? '' : ',"da"'})`);
    expect(cellAt(spec, rowOf(en ? 'Gap to target' : 'Afvigelse fra mål'), 1)?.formula).toBe(`=IF(COUNT(${actual},${target})<2,"",${actual}-${target})`);
    expect(spec.conditionalFills.map((fill) => fill.range)).toEqual(Array(6).fill({ row: rowOf('Status'), column: 1, rows: 1, columns: 1 }));
  });

  it('asks the root-cause and learning questions, each with an empty Answer (Svar) cell', () => {
    for (const question of [...POST_MORTEM_QUESTIONS, ...POST_MORTEM_LEARNING]) {
      const row = rowOf(question[lang]);
      expect(row, question.en).toBeGreaterThan(0);
      expect(cellAt(spec, row, 1)).toEqual({ style: 'input' });
    }
    const headers = values.filter((row) => row[0] === (en ? 'Question' : 'Spørgsmål'));
    expect(headers).toHaveLength(2);
    for (const row of headers) expect(row[1]).toBe(en ? 'Answer' : 'Svar');
  });

  it('ends with three action rows: what, who and when, the date formatted', () => {
    const last = spec.cells.length - 1;
    expect(values[last - 3]).toEqual(en ? ['What', 'Who', 'When'] : ['Hvad', 'Hvem', 'Hvornår']);
    for (let row = last - 2; row <= last; row++) {
      expect(spec.cells[row].map((cell) => cell?.style)).toEqual(['input', 'input', 'input']);
      expect(cellAt(spec, row, 2)?.numberFormat).toBe(FORMATS.date);
    }
  });
});
