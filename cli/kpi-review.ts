import { writeFile } from 'node:fs/promises';
import { isMainThread } from 'node:worker_threads';
import type { Lang } from '../shared/i18n/lang';
import { parseArgs, type Invocation } from './args';
import { checkFile, type CheckEntry } from './check';
import { listFiles } from './files';
import { checkJson, checkText, exitStatus } from './output';
import { runInWorkers, serveTasks, WORKER_MEMORY_MB } from './pool';
import { Progress } from './progress';
import { reportCsv, reportHtml } from './report';
import { say, STRINGS } from './strings';

/** `kpi-review`: the batch check (and the team report) over .xlsx and .csv files. */

interface WorkerData {
  readonly lang: Lang;
  /** The report's summary of each agreement too. */
  readonly summaries: boolean;
}

/** Every file's entries, in the order of the files, read and validated on all cores. */
async function checkPaths(paths: readonly string[], data: WorkerData): Promise<CheckEntry[]> {
  const { lang } = data;
  const files = await listFiles(paths);
  const progress = new Progress(files.length, lang);
  const perFile = await runInWorkers<string, CheckEntry[]>(files, {
    script: new URL(import.meta.url),
    data,
    failed: (file) => [{ file, error: say('outOfMemory', lang, { limit: WORKER_MEMORY_MB }) }],
    onResult: () => progress.tick(),
  });
  progress.finish();
  return perFile.flat();
}

async function run(invocation: Invocation): Promise<number> {
  const { command, format, lang, out, paths } = invocation;
  const entries = await checkPaths(paths, { lang, summaries: command === 'report' });
  if (command === 'check') process.stdout.write(format === 'json' ? checkJson(entries) : checkText(entries, lang));
  else {
    const document = format === 'csv' ? reportCsv(entries, lang) : reportHtml(entries, lang, { outFile: out });
    if (out === undefined) process.stdout.write(document);
    else {
      try {
        await writeFile(out, document);
      } catch (error) {
        process.stderr.write(`${say('badUsage', lang, { problem: say('cannotWrite', lang, { file: out, reason: (error as Error).message }) })}\n`);
        return 2;
      }
      process.stderr.write(`${say('wroteReport', lang, { file: out })}\n`);
    }
  }
  return exitStatus(entries);
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if ('help' in parsed) {
    process.stdout.write(`${STRINGS.usage[parsed.help]}\n`);
    return 0;
  }
  if ('problem' in parsed) {
    process.stderr.write(`${parsed.problem}\n\n${STRINGS.usage[parsed.lang]}\n`);
    return 2;
  }
  return run(parsed.invocation);
}

if (isMainThread) {
  // A reader that stops early (`| head`) closes the pipe: that ends the output, it is no fault.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`kpi-review: ${error.message}\n`);
    process.exit(2);
  });
  main(process.argv.slice(2)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      // Bad input is reported per file above; this is a fault of the command itself, said in one line.
      process.stderr.write(`kpi-review: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
} else {
  serveTasks<string, CheckEntry[]>((file, data) => checkFile(file, (data as WorkerData).lang, (data as WorkerData).summaries));
}
