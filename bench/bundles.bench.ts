/**
 * `npm run bench`, the shipped bundles: KPI.RAG through dist/excel/functions.js and KPI_ROLLING
 * through dist/sheets/Code.js, each beside a plain loop that reads the same 2-D input and writes
 * the same 2-D output, and ROLLING beside HyperFormula computing the same windows as native
 * AVERAGE formulas, all in one run. Then the gzip size of every file a host downloads.
 *
 * The bundles run in this realm (`new Function`), as a host runs them: a `vm` context turns every
 * global lookup into a slow path and would hide the real cost of the code.
 */
import { HyperFormula } from 'hyperformula';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { cpus } from 'node:os';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const RAG_ROWS = 200_000;
const ROLLING_ROWS = 100_000;
const WINDOW = 12;
/** The goal: a bundle call costs at most this many plain loops over the same cells. */
const GOAL_AGAINST_LOOP = 3;

type Grid = unknown[][];
type Call = (...args: unknown[]) => unknown;

function numbers(count: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return 50 + (state / 2 ** 31) * 100;
  });
}
const column = (values: readonly number[]): Grid => values.map((value) => [value]);

/**
 * Median milliseconds of `rounds` runs after `warmUp` runs, so neither the JIT's first tiers nor
 * one slow round (a major collection) count: a sheet recalculating its functions is warm too.
 */
function milliseconds(run: () => unknown, rounds = 9, warmUp = 10): number {
  for (let i = 0; i < warmUp; i++) run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

function excelFunctions(): Map<string, Call> {
  const associated = new Map<string, Call>();
  class CustomFunctionsError {
    constructor(readonly code: string, readonly message?: string) {}
  }
  const CustomFunctions = {
    associate: (id: string, fn: Call) => associated.set(id, fn),
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
  };
  new Function('CustomFunctions', readFileSync(join(DIST, 'excel', 'functions.js'), 'utf8'))(CustomFunctions);
  return associated;
}

function sheetsFunctions(names: readonly string[]): Record<string, Call> {
  const source = readFileSync(join(DIST, 'sheets', 'Code.js'), 'utf8');
  return new Function(`${source}\nreturn { ${names.join(', ')} };`)() as Record<string, Call>;
}

/** RAG's rule for a higher-is-better KPI with the default 10 % band, as a loop over the rows. */
function plainRag(actual: Grid, target: Grid): Grid {
  const out: Grid = new Array(actual.length);
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i][0] as number;
    const t = target[i][0] as number;
    out[i] = [a >= t ? 'Green' : t - a <= 0.1 * t ? 'Amber' : 'Red'];
  }
  return out;
}

/** A running sum: the cheapest possible rolling mean, blank until the window is full. */
function plainRolling(values: Grid, periods: number): Grid {
  const out: Grid = new Array(values.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i][0] as number;
    if (i >= periods) sum -= values[i - periods][0] as number;
    out[i] = [i + 1 < periods ? '' : sum / periods];
  }
  return out;
}

/** The same windows as native formulas, the way a workbook without KPI Review would compute them. */
function hyperFormulaRolling(values: readonly number[], periods: number): () => unknown {
  const rows = values.map((value, i) => [value, i + 1 < periods ? '' : `=AVERAGE(A${i + 2 - periods}:A${i + 1})`]);
  return () => {
    const engine = HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3', maxRows: rows.length });
    const result = engine.getSheetValues(0);
    engine.destroy();
    return result;
  };
}

const ratio = (value: number) => `${value.toFixed(1)}x`;
const row = (label: string, ms: number, note = '') => console.log(`  ${label.padEnd(52)} ${ms.toFixed(1).padStart(9)} ms  ${note}`);
const verdict = (met: boolean) => (met ? 'goal met' : 'GOAL MISSED');

console.log(`KPI Review bundles benchmark — Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores\n`);

const excel = excelFunctions();
const rag = excel.get('RAG')!;
const actual = column(numbers(RAG_ROWS, 1));
const target = column(numbers(RAG_ROWS, 2));
const ragBundle = milliseconds(() => rag(actual, target));
const ragLoop = milliseconds(() => plainRag(actual, target));
console.log(`KPI.RAG over ${RAG_ROWS.toLocaleString('en')} rows (dist/excel/functions.js):`);
row('bundle', ragBundle);
row('plain loop', ragLoop);
console.log(`  bundle / plain loop = ${ratio(ragBundle / ragLoop)} (goal at most ${GOAL_AGAINST_LOOP}x: ${verdict(ragBundle / ragLoop <= GOAL_AGAINST_LOOP)})\n`);

const { KPI_ROLLING } = sheetsFunctions(['KPI_ROLLING']);
const series = numbers(ROLLING_ROWS, 3);
const seriesGrid = column(series);
const rollingBundle = milliseconds(() => KPI_ROLLING(seriesGrid, WINDOW));
const rollingLoop = milliseconds(() => plainRolling(seriesGrid, WINDOW));
const rollingNative = milliseconds(hyperFormulaRolling(series, WINDOW), 3, 1);
console.log(`KPI_ROLLING, window ${WINDOW}, over ${ROLLING_ROWS.toLocaleString('en')} values (dist/sheets/Code.js):`);
row('bundle', rollingBundle);
row('plain running-sum loop', rollingLoop);
row('HyperFormula, the same windows as AVERAGE formulas', rollingNative);
console.log(`  bundle / plain loop = ${ratio(rollingBundle / rollingLoop)} (goal at most ${GOAL_AGAINST_LOOP}x: ${verdict(rollingBundle / rollingLoop <= GOAL_AGAINST_LOOP)})`);
// A column's result is one array per row whichever code makes it: the loop's lead over
// HyperFormula is the most any function can reach here.
console.log(`  HyperFormula / bundle = ${ratio(rollingNative / rollingBundle)} (HyperFormula / plain loop = ${ratio(rollingNative / rollingLoop)})\n`);

/** What a host downloads: every script, page and metadata file (source maps only on demand). */
const SHIPPED = /\.(js|json|html|css|xml)$/;
console.log('Shipped files, bytes and gzip bytes:');
for (const host of ['excel', 'sheets', 'playground']) {
  for (const file of readdirSync(join(DIST, host)).filter((name) => SHIPPED.test(name)).sort()) {
    const content = readFileSync(join(DIST, host, file));
    console.log(`  ${`${host}/${file}`.padEnd(34)} ${content.length.toLocaleString('en').padStart(11)} ${gzipSync(content, { level: 9 }).length.toLocaleString('en').padStart(11)}`);
  }
}
