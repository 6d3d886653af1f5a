import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../../cli/build';

/** The built command, as people and the outside tests run it: `node dist/cli/kpi-review.js …`. */

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A run of the command starts Node, its workers and the library: seconds on a busy machine, so well above that. */
export const CLI_TIMEOUT = 120_000;

let built: Promise<string> | undefined;

/** Builds the command once per test file, into a folder of its own so parallel builds never meet. */
export function builtCli(): Promise<string> {
  built ??= mkdtemp(join(tmpdir(), 'kpi-cli-')).then((dir) => buildCli(dir));
  return built;
}

export async function runCli(args: readonly string[], cwd?: string): Promise<Run> {
  const script = await builtCli();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
