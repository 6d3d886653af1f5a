import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** LibreOffice Calc headless, as the tests that open our .xlsx files in a real spreadsheet program use it. */

const CANDIDATES = [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'];
export const SOFFICE = CANDIDATES.find((path): path is string => Boolean(path) && existsSync(path as string));
const ON_CI = process.env.CI === 'true';

/** Skipped only on a developer's machine without LibreOffice, said plainly; on CI they run, and fail without it. */
export const skipLibreOfficeTests = !SOFFICE && !ON_CI;
if (skipLibreOfficeTests) {
  console.warn('\n[LibreOffice tests] soffice not found (set SOFFICE_PATH or `apt-get install libreoffice-calc`): skipping the LibreOffice tests only.\n');
}

export interface Converted {
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Converts several files in one start of soffice (it is slow to start), with a profile of its own
 * so parallel runs and a user's LibreOffice never meet. `filter` is a --convert-to target.
 */
export async function convert(files: readonly string[], filter: string, outDir: string): Promise<Converted> {
  if (!SOFFICE) throw new Error('LibreOffice is required on CI (CI=true) but soffice was not found: apt-get install -y libreoffice-calc, or set SOFFICE_PATH.');
  const profile = await mkdtemp(join(tmpdir(), 'kpi-lo-profile-'));
  try {
    return await new Promise((resolve, reject) => {
      execFile(
        SOFFICE,
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nologo', '--convert-to', filter, '--outdir', outDir, ...files],
        { timeout: 180_000 },
        (error, stdout, stderr) => (error ? reject(new Error(`soffice failed: ${error.message}\n${stderr}`)) : resolve({ stdout, stderr })),
      );
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** CSV of every sheet (`name-Sheet.csv`), UTF-8, comma separated, as shown (LibreOffice 7.2 and later). */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
