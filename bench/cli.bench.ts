/**
 * `npm run bench`, the batch check: 1 000 agreement workbooks checked, next to the same files read
 * by the .xlsx library alone, in one run. The goal: checking takes at most 1.5x the reading.
 * The goal compares like with like, one thread each: the library alone (read each file, load the
 * workbook) and the check (the same reading plus the sheet values and the validator), in
 * alternating rounds, best of each, so a busy machine slows both alike. The built command with
 * its worker threads on every core is timed too, from process start to exit, for the record.
 */
import { Workbook } from '@cj-tech-master/excelts';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../cli/build';
import { checkFile } from '../cli/check';
import { listFiles } from '../cli/files';
import { exampleGrid, writeXlsxFile } from '../test/cli/workbooks';

const FILES = 1_000;
const GOAL = 1.5;
const ROUNDS = 3;

async function seconds(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return (performance.now() - started) / 1000;
}

const folder = await mkdtemp(join(tmpdir(), 'kpi-bench-'));
try {
  const grids = [exampleGrid('en'), exampleGrid('da')];
  for (let i = 0; i < FILES; i++) {
    await writeXlsxFile(join(folder, `team-${i % 20}`, `agreement-${i}.xlsx`), [{ name: 'KPI review', grid: grids[i % 2] }]);
  }
  const files = await listFiles([folder]);
  const script = await buildCli(join(folder, 'cli'));

  const readAlone = async () => {
    for (const file of files) await new Workbook().xlsx.load(await readFile(file));
  };
  const checkOneThread = async () => {
    for (const file of files) await checkFile(file, 'en');
  };
  const checkCommand = async () => {
    const run = spawnSync(process.execPath, [script, 'check', '--format', 'json', folder], { maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(`the check exited ${run.status}: ${run.stderr}`);
  };

  await readAlone(); // warm-up: JIT and file cache, so neither side pays for them alone
  let library = Infinity;
  let oneThread = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    library = Math.min(library, await seconds(readAlone));
    oneThread = Math.min(oneThread, await seconds(checkOneThread));
  }
  const command = await seconds(checkCommand);
  const line = (label: string, time: number) =>
    console.log(`${label.padEnd(44)} ${Math.round(FILES / time).toLocaleString('en').padStart(8)} files/s  (${time.toFixed(2)} s, ${(time / library).toFixed(2)}x the library)`);
  console.log(`\n${FILES.toLocaleString('en')} agreement workbooks`);
  line('library alone, reading (one thread)', library);
  line('check in one thread (read + validate)', oneThread);
  line('kpi-review check, all cores (whole process)', command);
  const ratio = oneThread / library;
  console.log(`goal: the check within ${GOAL}x the library's reading: ${ratio <= GOAL ? 'met' : 'NOT met'} (${ratio.toFixed(2)}x)`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
