import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI_TIMEOUT, runCli } from './run';
import { cellOf, exampleGrid, writeBytes, writeXlsxFile, type Grid } from './workbooks';


vi.setConfig({ testTimeout: CLI_TIMEOUT, hookTimeout: CLI_TIMEOUT });
/** `kpi-review report` over a team folder: the page a manager or HR partner reads and prints. */

const HOSTILE_NAME = '<script>alert("name")</script>';
const HOSTILE_KPI = '<img src=x onerror=alert(1)>Calls & "chats"';
let team: string;
let html: string;

const at = (file: string) => join(team, file);

/** The example agreement of `employee`, its statuses stored as `statuses` (by KPI row, top down). */
function agreement(employee: string, statuses: string[], edit?: (grid: Grid) => void): { grid: Grid; results: Record<string, string> } {
  const grid = exampleGrid('en').map((row) => [...row]);
  grid[grid.findIndex((row) => row[0] === 'Employee')][1] = employee;
  const results: Record<string, string> = {};
  const status = cellOf(grid, 'First reply time (hours)', 'Status');
  statuses.forEach((value, i) => (results[String(grid[status.row + i][status.column])] = value));
  edit?.(grid);
  return { grid, results };
}

/** Weights 40/30/20/10 % typed over the example's own in its Weight column. */
function withWeights(grid: Grid): void {
  const weight = cellOf(grid, 'First reply time (hours)', 'Weight');
  [0.4, 0.3, 0.2, 0.1].forEach((value, i) => (grid[weight.row + i][weight.column] = value));
}

/** The agreement without its Weight column's header: a table with no weights has no score. */
function withoutWeights(grid: Grid): void {
  const weight = cellOf(grid, 'First reply time (hours)', 'Weight');
  grid[weight.row - 1][weight.column] = '';
}

beforeAll(async () => {
  team = await mkdtemp(join(tmpdir(), 'kpi-report-'));
  const files: [string, ReturnType<typeof agreement>][] = [
    ['mette.xlsx', agreement('Mette Jensen', ['Amber', 'Green', 'Green', 'Red'], withWeights)],
    ['hostile.xlsx', agreement(HOSTILE_NAME, ['Green', 'Green', 'Red', 'Red'], (grid) => {
      const cell = cellOf(grid, 'Resolved cases per month', 'KPI');
      grid[cell.row][cell.column] = HOSTILE_KPI;
      grid[cellOf(grid, 'CSAT score', 'Owner').row][cellOf(grid, 'CSAT score', 'Owner').column] = '';
      withoutWeights(grid);
    })],
  ];
  for (const [name, { grid, results }] of files) await writeXlsxFile(at(`team/${name}`), [{ name: 'KPI review', grid }], results);
  await writeBytes(at('team/broken.xlsx'), 'not a workbook');
  const run = await runCli(['report', at('team'), '--out', at('report.html')]);
  expect(run.stderr).toMatch(/Wrote the report/);
  html = await readFile(at('report.html'), 'utf8');
});

/** The rows of the agreements table, as the cells' text. */
function agreementRows(page: string): string[][] {
  const body = page.slice(page.indexOf('<tbody>'), page.indexOf('</tbody>'));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((cell) => cell[1].replace(/<[^>]+>/g, '')));
}

describe('the team report page', () => {
  it('has one row per agreement: employee, manager, period, KPIs, errors, warnings, verdict, RAG counts, weighted score', () => {
    const rows = agreementRows(html);
    expect(rows).toHaveLength(2);
    const [hostile, mette] = rows;
    expect(mette.slice(0, 3)).toEqual(['Mette Jensen', 'Anders Holm', '2027']);
    // Columns: employee, manager, period, file, sheet, KPIs, errors, warnings, verdict, green, amber, red, score.
    expect(mette.slice(5)).toEqual(['4', '0', '0', 'Ready', '2', '1', '1', expect.stringMatching(/^\d+ %$/)]);
    // The hostile file's renamed KPI leaves a counter-KPI naming no KPI: one warning beside the owner error.
    expect(hostile.slice(5, 12)).toEqual(['4', '1', '1', 'Not ready', '2', '0', '2']);
    expect(hostile[12]).toBe('');
  });

  it('weighs each KPI’s attainment by its weight', () => {
    const grid = exampleGrid('en');
    const first = cellOf(grid, 'First reply time (hours)', 'KPI').row;
    const value = (row: number, header: string) => grid[row][cellOf(grid, 'First reply time (hours)', header).column];
    const attainments = [0, 1, 2, 3].map((i) => {
      const [actual, target] = [Number(value(first + i, 'Actual')), Number(value(first + i, 'Target'))];
      const better = value(first + i, 'Direction') === 'Lower' ? target - actual : actual - target;
      return 1 + better / Math.abs(target);
    });
    const expected = [0.4, 0.3, 0.2, 0.1].reduce((sum, weight, i) => sum + weight * attainments[i], 0);
    expect(agreementRows(html)[1][12]).toBe(`${Math.round(expected * 100)} %`);
  });

  it('shows markup from cells as text', () => {
    expect(html).not.toContain(HOSTILE_NAME);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;Calls &amp; &quot;chats&quot;');
    expect(html.match(/<script/g)).toBeNull();
  });

  it('is self-contained: no script, no stylesheet or image from anywhere, a policy that forbids them', () => {
    expect(html).not.toMatch(/<(link|img|iframe|object|script)\b|<[a-z][^>]*\bsrc=|url\(|https?:\/\//i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('@media print');
  });

  it('shows each team KPI with the individual KPIs of the agreements that hold it', () => {
    const section = html.slice(html.indexOf('<section class="team-kpi">'), html.indexOf('</section>'));
    expect(section).toContain('<h3>CSAT score</h3>');
    expect(section).toMatch(/Mette Jensen: First reply time \(hours\).*Resolved cases per month.*First contact resolution/);
    expect(section).toContain('&lt;img src=x onerror=alert(1)&gt;Calls');
  });

  it('links every finding count to the agreement’s findings, and every finding has an anchor of its own', () => {
    const links = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(1);
    for (const id of links) expect(html).toContain(`id="${id}"`);
    expect(html).toMatch(/<tr id="agreement-1-finding-1" class="error"><td><a href="#agreement-1-finding-1">J\d+<\/a>/);
  });

  it('names the files that could not be read and links the files relative to the page', () => {
    expect(html).toContain('<a href="team/broken.xlsx">');
    expect(html).toMatch(/This is not an Excel workbook/);
  });
});

describe('the report in other forms', () => {
  it('speaks Danish with --lang da', async () => {
    const run = await runCli(['report', '--lang', 'da', at('team')]);
    expect(run.stdout).toContain('<html lang="da">');
    expect(run.stdout).toContain('Ikke klar');
    expect(run.stdout).toContain('Team-KPI’er og de individuelle KPI’er');
  });

  it('writes one CSV line per agreement with --format csv, cell text that looks like a formula kept as text', async () => {
    const run = await runCli(['report', '--format', 'csv', at('team/mette.xlsx'), at('team/hostile.xlsx')]);
    const lines = run.stdout.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Employee,Manager,Period,File,Sheet,KPIs,Errors,Warnings,Verdict,Green,Amber,Red,Weighted score/);
    expect(lines[1]).toMatch(/^Mette Jensen,Anders Holm,2027,.*,KPI review,4,0,0,Ready,2,1,1,\d+ %,$/);
    expect(lines[2]).toContain('"<script>alert(""name"")</script>"');
  });
});
