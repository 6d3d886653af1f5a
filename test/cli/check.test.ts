import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cellAddress } from '../../shared/workbook';
import { CLI_TIMEOUT, runCli } from './run';
import { cellOf, csvText, exampleGrid, shifted, writeBytes, writeXlsxFile, type Grid } from './workbooks';


vi.setConfig({ testTimeout: CLI_TIMEOUT, hookTimeout: CLI_TIMEOUT });
/** The batch check over a team's folder, run as the built command (../shared/spec/cli.md). */

const MANY = 40;
const FAR = { rows: 30, columns: 8 };
let team: string;

interface Entry {
  file: string;
  sheet?: string;
  error?: string;
  findings?: { rule: string; severity: string; message: string; row?: number; column?: number }[];
}

const json = (stdout: string) => JSON.parse(stdout) as Entry[];
const at = (file: string) => join(team, file);

/** The English example with one KPI's owner blanked: one `owner` error. */
function withoutOwner(grid: Grid): { grid: Grid; cell: { row: number; column: number } } {
  const cell = cellOf(grid, 'CSAT score', 'Owner');
  const copy = grid.map((row) => [...row]);
  copy[cell.row][cell.column] = '';
  return { grid: copy, cell };
}

const targetFormula = '=L13+20';

beforeAll(async () => {
  team = await mkdtemp(join(tmpdir(), 'kpi-team-'));
  const english = exampleGrid('en');
  const danish = exampleGrid('da');
  for (let i = 0; i < MANY; i++) await writeXlsxFile(at(`many/agreement-${String(i).padStart(2, '0')}.xlsx`), [{ name: 'KPI review', grid: english }]);
  // The target of "Løste sager pr. måned" as a formula: only its stored result makes it a number.
  const target = cellOf(danish, 'Løste sager pr. måned', 'Mål');
  const withFormula = danish.map((row) => [...row]);
  withFormula[target.row][target.column] = targetFormula;
  await writeXlsxFile(at('danish.xlsx'), [
    { name: 'Noter', grid: [['Forberedelse'], ['Husk at sende aftalen til Mette']] },
    { name: 'Medarbejdersamtale', grid: withFormula },
  ], { [targetFormula]: 200, '=KPI.RAG(S16,N16,,H16)': '' });
  await writeXlsxFile(at('far/far-from-a1.xlsx'), [{ name: 'Review', grid: shifted(withoutOwner(english).grid, FAR.rows, FAR.columns) }]);
  await writeXlsxFile(at('notes.xlsx'), [{ name: 'Notes', grid: [['Meeting notes'], ['KPI', 'to be agreed']] }, { name: 'More', grid: [['x']] }]);
  const good = await readFile(at('many/agreement-00.xlsx'));
  await writeBytes(at('broken/truncated.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
  await writeBytes(at('broken/not-a-workbook.xlsx'), 'Name,Target\nAnna,12\n'.repeat(3));
  const compound = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(compound);
  Buffer.from('EncryptedPackage', 'utf16le').copy(compound, 600);
  await writeBytes(at('broken/encrypted.xlsx'), compound);
  await writeBytes(at('csv/danish-semicolons.csv'), csvText(danish, ';', true));
  await writeBytes(at('csv/english-commas.csv'), csvText(english, ',', false));
  await writeBytes(at('many/~$agreement-00.xlsx'), 'lock');
});

describe('kpi-review check over a folder', () => {
  let run: Awaited<ReturnType<typeof runCli>>;
  let entries: Entry[];
  beforeAll(async () => {
    run = await runCli(['check', '--format', 'json', team]);
    entries = json(run.stdout);
  });

  it('exits 2 when a file could not be read, and still checks every other file', () => {
    expect(run.status).toBe(2);
    const files = entries.map((entry) => entry.file);
    expect(files.filter((file) => file.includes(`${join('many', 'agreement-')}`))).toHaveLength(MANY);
    expect(files).toContain(at('csv/danish-semicolons.csv'));
  });

  it('prints one JSON array of sheet entries and error entries with exactly the contract keys', () => {
    for (const entry of entries) {
      if ('error' in entry) expect(Object.keys(entry).sort()).toEqual(['error', 'file']);
      else expect(Object.keys(entry).sort()).toEqual(['file', 'findings', 'sheet']);
    }
    const sheets = entries.filter((entry) => entry.findings).map((entry) => entry.findings?.length);
    expect(sheets.length).toBe(MANY + 5);
  });

  it('lists the files of the folder and its subfolders by name, and leaves out Excel lock files', () => {
    const files = [...new Set(entries.map((entry) => entry.file))];
    expect(files).toEqual([...files].sort());
    expect(files.some((file) => file.includes('~$'))).toBe(false);
  });

  it('says in words why each unreadable file could not be read', () => {
    const error = (file: string) => entries.find((entry) => entry.file === at(file))?.error;
    expect(error('broken/truncated.xlsx')).toMatch(/damaged or incomplete/);
    expect(error('broken/not-a-workbook.xlsx')).toMatch(/not an Excel workbook/);
    expect(error('broken/encrypted.xlsx')).toMatch(/password/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('validates only the sheets holding a KPI table, with the stored result of a formula cell', () => {
    const danish = entries.filter((entry) => entry.file === at('danish.xlsx'));
    expect(danish.map((entry) => entry.sheet)).toEqual(['Medarbejdersamtale']);
    // A formula read as its text, or without its result, would be a blank target: an error.
    expect(danish[0].findings).toEqual([]);
  });

  it('gives a file without a KPI table one entry for its first sheet with the no-table finding', () => {
    const notes = entries.filter((entry) => entry.file === at('notes.xlsx'));
    expect(notes).toHaveLength(1);
    expect(notes[0].sheet).toBe('Notes');
    expect(notes[0].findings?.map((finding) => finding.rule)).toEqual(['no-table']);
  });

  it('points at cells from the sheet A1, wherever the table stands', () => {
    const far = entries.find((entry) => entry.file === at('far/far-from-a1.xlsx'));
    const { cell } = withoutOwner(exampleGrid('en'));
    expect(far?.findings?.filter((finding) => finding.severity === 'error')).toEqual([
      expect.objectContaining({ rule: 'owner', row: cell.row + FAR.rows, column: cell.column + FAR.columns }),
    ]);
  });

  it('reads .csv exports with semicolons and a byte order mark, or commas, as one sheet named by the file', () => {
    for (const name of ['danish-semicolons.csv', 'english-commas.csv']) {
      const entry = entries.find((candidate) => candidate.file === at(`csv/${name}`));
      expect(entry?.sheet).toBe(name);
      expect(entry?.findings?.filter((finding) => finding.severity !== 'info')).toEqual([]);
    }
  });
});

describe('exit status and formats', () => {
  it('exits 0 for agreements without errors', async () => {
    const run = await runCli(['check', '--format', 'json', at('many/agreement-01.xlsx'), at('danish.xlsx')]);
    expect(run.status).toBe(0);
    expect(json(run.stdout)).toHaveLength(2);
  });

  it('exits 1 when a finding is an error and every file was read', async () => {
    const run = await runCli(['check', '--format', 'json', at('far'), at('many/agreement-01.xlsx')]);
    expect(run.status).toBe(1);
  });

  it('prints each finding in text with its cell address, severity, message and rule id, then a summary', async () => {
    const run = await runCli(['check', at('far/far-from-a1.xlsx'), at('broken/encrypted.xlsx')]);
    const { cell } = withoutOwner(exampleGrid('en'));
    const address = cellAddress(cell.row + FAR.rows, cell.column + FAR.columns);
    expect(run.stdout).toMatch(new RegExp(`^  ${address}\\s+error\\s+\\S.*\\(owner\\)$`, 'm'));
    expect(run.stdout).toMatch(/password/);
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^2 files, 1 sheets checked: 1 errors, \d+ warnings, \d+ infos\. 1 of the files could not be read\.$/);
    expect(run.status).toBe(2);
  });

  it('speaks Danish with --lang da, messages and severities alike', async () => {
    const run = await runCli(['check', '--lang', 'da', at('far/far-from-a1.xlsx'), at('broken/truncated.xlsx')]);
    expect(run.stdout).toMatch(/\sfejl\s/);
    expect(run.stdout).toMatch(/beskadiget/);
    expect(run.stdout).toMatch(/1 af filerne kunne ikke læses/);
  });

  it('reports a path that does not exist as a file that could not be read', async () => {
    const run = await runCli(['check', '--format', 'json', at('nobody.xlsx')]);
    expect(json(run.stdout)).toEqual([{ file: at('nobody.xlsx'), error: 'There is no such file or folder.' }]);
    expect(run.status).toBe(2);
  });

  it('answers bad usage with the problem and the usage on stderr, exit 2 and no stack trace', async () => {
    for (const args of [['check', '--format', 'xml', team], ['check'], ['frobnicate', team], ['check', '--colour', team]]) {
      const run = await runCli(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^kpi-review: .+\n\nUsage:/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
