import { Workbook } from '@cj-tech-master/excelts';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '../../cli/csv';
import { validateAgreement } from '../../shared/index';
import { exampleReview, exampleTracking } from '../../shared/templates';
import { PlaygroundWorkbook } from '../../playground/workbook';
import { workbookToXlsx } from '../../playground/xlsx';
import { CLI_TIMEOUT, runCli } from '../cli/run';
import { convert, CSV_ALL_SHEETS, skipLibreOfficeTests } from './soffice';
import { BASELINE_MONTHS } from '../../shared/tracking/layout';
import { planTracking, type TrackingPlan } from '../../shared/tracking/plan';
import { KPIS, reviewBook } from '../tracking/helpers';


vi.setConfig({ testTimeout: CLI_TIMEOUT, hookTimeout: CLI_TIMEOUT });
/**
 * The playground's .xlsx files opened in a real spreadsheet program: LibreOffice Calc converts
 * them to CSV, PDF and its own .xlsx in three starts of soffice, and the tests read the results.
 */

const TIMEOUT = 300_000;
const LANGS = ['en', 'da'] as const;
let folder: string;
const written = (lang: string) => join(folder, `review-${lang}.xlsx`);
/** The review sheet alone, so its PDF holds only its own pages. */
const reviewAlone = (lang: string) => join(folder, `review-alone-${lang}.xlsx`);
const books = new Map<string, PlaygroundWorkbook>();
const runs: Record<string, { stdout: string; stderr: string }> = {};

describe.skipIf(skipLibreOfficeTests)('our .xlsx files in LibreOffice Calc', () => {
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kpi-lo-'));
    for (const lang of LANGS) {
      const book = PlaygroundWorkbook.withSheets([exampleReview(lang), exampleTracking(lang)]);
      books.set(lang, book);
      await writeFile(written(lang), await workbookToXlsx(book));
      const alone = PlaygroundWorkbook.withSheets([exampleReview(lang)]);
      await writeFile(reviewAlone(lang), await workbookToXlsx(alone));
      alone.destroy();
    }
    const files = LANGS.map(written);
    for (const [target, filter] of [['csv', CSV_ALL_SHEETS], ['pdf', 'pdf'], ['xlsx', 'xlsx:Calc MS Excel 2007 XML']] as const) {
      await mkdir(join(folder, target));
      runs[target] = await convert(target === 'pdf' ? [...files, ...LANGS.map(reviewAlone)] : files, filter, join(folder, target));
    }
  }, TIMEOUT);
  afterAll(() => books.forEach((book) => book.destroy()));

  it('opens every file without a complaint about damage', () => {
    for (const run of Object.values(runs)) expect(run.stderr).not.toMatch(/error|damaged|corrupt|repair/i);
    for (const target of ['pdf', 'xlsx']) for (const lang of LANGS) expect(existsSync(join(folder, target, `review-${lang}.${target}`))).toBe(true);
  });

  it('shows the values the playground showed, the stored KPI results included', async () => {
    for (const lang of LANGS) {
      const book = books.get(lang) as PlaygroundWorkbook;
      const [review] = book.sheetNames();
      const csv = await readFile(join(folder, 'csv', `review-${lang}-${review}.csv`), 'utf8');
      const grid = parseCsv(csv);
      const shown = book.values(review);
      const headerRow = shown.findIndex((row) => row.includes('Status'));
      const [kpi, status] = [shown[headerRow].indexOf('KPI'), shown[headerRow].indexOf('Status')];
      // The KPI rows' statuses. (The spare row's formula stored "", and Calc recalculates a cell
      // whose stored result is empty: without the KPI functions it shows #NAME? there.)
      const statuses = (rows: unknown[][]) => {
        const end = rows.findIndex((row, r) => r > headerRow && !row[kpi]);
        return rows.slice(headerRow + 1, end).map((row) => row[status]);
      };
      expect(statuses(grid)).toEqual(statuses(shown));
      expect(statuses(grid).length).toBeGreaterThan(0);
      expect(validateAgreement(grid, { lang })).toEqual([]);
    }
  });

  it('prints the review to PDF', async () => {
    const pdf = await readFile(join(folder, 'pdf', 'review-da.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it.each(LANGS)('prints the whole review on one A4 page in landscape (%s)', async (lang) => {
    const pdf = (await readFile(join(folder, 'pdf', `review-alone-${lang}.pdf`))).toString('latin1');
    const pages = [...pdf.matchAll(/\/Type\s*\/Page(?![a-z])/g)];
    expect(pages).toHaveLength(1);
    // A4 is 595 x 842 points; landscape puts the long side across.
    const [width, height] = (/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)/.exec(pdf) ?? []).slice(1).map(Number);
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
  });

  it('keeps the dropdown lists when it saves the file itself', async () => {
    const file = new Workbook();
    await file.xlsx.load(await readFile(join(folder, 'xlsx', 'review-da.xlsx')));
    const book = books.get('da') as PlaygroundWorkbook;
    const [review] = book.sheetNames();
    const model = (file.getWorksheet(review)?.dataValidations as unknown as { model: Record<string, { type: string; formulae: string[] }> }).model;
    const lists = Object.values(model).filter((v) => v.type === 'list').map((v) => v.formulae[0]);
    const expected = book.look(review)?.validations.map((v) => `"${v.values.join(',')}"`) ?? [];
    expect(expected.length).toBeGreaterThan(0);
    for (const list of expected) expect(lists).toContain(list);
  });

  it('checks the files LibreOffice saved with the batch check: found, read, and clean', async () => {
    const saved = join(folder, 'xlsx');
    expect((await readdir(saved)).sort()).toEqual(['review-da.xlsx', 'review-en.xlsx']);
    const run = await runCli(['check', '--format', 'json', saved]);
    const entries = JSON.parse(run.stdout) as { file: string; sheet: string; findings: unknown[] }[];
    // By file name: review-da.xlsx, then review-en.xlsx.
    expect(entries.map((entry) => [entry.sheet, entry.findings])).toEqual([[exampleReview('da').sheetName, []], [exampleReview('en').sheetName, []]]);
    expect(run.status).toBe(0);
  }, TIMEOUT);
});

/** A review whose Actual and Baseline read a tracking sheet, with the sheet (months typed) and without it. */
describe.skipIf(skipLibreOfficeTests)('the review over its tracking sheet in LibreOffice Calc', () => {
  const cases = [
    { name: 'untracked', tracked: false },
    { name: 'tracked', tracked: true },
  ] as const;
  const shown = new Map<string, { book: PlaygroundWorkbook; review: string; grid: string[][] }>();

  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kpi-lo-flow-'));
    const files: string[] = [];
    for (const { name, tracked } of cases) {
      const { book, review, options, agreement } = reviewBook('en', KPIS.map((kpi) => ({ ...kpi, baseline: undefined })));
      if (tracked) {
        const plan = planTracking(agreement(), options) as TrackingPlan;
        book.addTemplate(plan.layout.spec);
        const [block] = plan.layout.blocks;
        for (let month = 0; month <= BASELINE_MONTHS; month++) {
          book.setInput(plan.layout.sheetName, { row: block.firstMonthRow + month, column: block.columns.actual }, String(170 + month));
        }
      }
      const file = join(dir, `${name}.xlsx`);
      await writeFile(file, await workbookToXlsx(book));
      files.push(file);
      shown.set(name, { book, review, grid: [] });
    }
    await mkdir(join(dir, 'csv'));
    await convert(files, CSV_ALL_SHEETS, join(dir, 'csv'));
    for (const { name } of cases) {
      const entry = shown.get(name)!;
      entry.grid = parseCsv(await readFile(join(dir, 'csv', `${name}-${entry.review}.csv`), 'utf8')) as string[][];
    }
  }, TIMEOUT);
  afterAll(() => shown.forEach(({ book }) => book.destroy()));

  it('computes the built-in formulas without an error: lookups, weights; only the KPI functions are unknown to Calc', () => {
    for (const { name } of cases) {
      const { book, review, grid } = shown.get(name)!;
      const failed = grid.flatMap((row, r) => row.flatMap((text, c) => {
        if (!/^(Err:|#NAME\?|#REF!|#VALUE!|#N\/A)/.test(text)) return [];
        const formula = book.formula(review, { row: r, column: c }) ?? '';
        return /KPI\.[A-Z]/.test(formula) ? [] : [{ name, row: r, column: c, text, formula }];
      }));
      expect(failed).toEqual([]);
    }
    // Calc recalculated the cells stored empty (the KPI functions' show #NAME? there); the lookups
    // into a tracking sheet the file lacks are saved as their blank values.
    expect(shown.get('untracked')!.grid.flat()).toContain('#NAME?');
  });

  it('shows the Actual and Baseline the playground computed: blank without tracking, the months\' numbers with it', () => {
    for (const { name, tracked } of cases) {
      const { book, review, grid } = shown.get(name)!;
      const values = book.values(review);
      const headerRow = values.findIndex((row) => row.includes('Actual') && row.includes('KPI'));
      const [actual, baseline] = ['Actual', 'Baseline'].map((header) => values[headerRow].indexOf(header));
      const first = headerRow + 1;
      expect(values[first][actual]).toBe(tracked ? 170 + BASELINE_MONTHS : '');
      expect(typeof values[first][baseline]).toBe(tracked ? 'number' : 'string');
      for (const column of [actual, baseline]) {
        const number = Number(String(grid[first][column]).replace(/,/g, ''));
        if (tracked) expect(number).toBeCloseTo(values[first][column] as number, 1);
        else expect(grid[first][column]).toBe('');
      }
    }
  });
});
