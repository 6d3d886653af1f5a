import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The command-line tools the scripts run, from the devDependencies the lockfile pins. Each runs as
 * `node <its entry point>`: no npx (which would download whatever is newest) and no shell, so the
 * same command works on Windows, where spawning `npx.cmd` without a shell throws EINVAL on
 * Node 20.12 and later, and on macOS and Linux.
 */
export const TOOLS = {
  clasp: { package: '@google/clasp', bin: 'clasp' },
  officeAddinDebugging: { package: 'office-addin-debugging', bin: 'office-addin-debugging' },
} as const;

export type Tool = keyof typeof TOOLS;

export interface ToolCommand {
  readonly command: string;
  readonly args: readonly string[];
  /** Passed to spawn as is: never a shell, whose quoting differs per platform. */
  readonly shell: false;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The JavaScript file a package's `bin` names, in node_modules. */
export function toolEntry(tool: Tool): string {
  const { package: name, bin } = TOOLS[tool];
  // Not require.resolve: packages such as clasp export no package.json.
  const manifest = join(ROOT, 'node_modules', ...name.split('/'), 'package.json');
  const { bin: bins } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bins === 'string' ? bins : bins[bin]);
}

/** How to run `tool` with `args` on any platform: this Node (or `nodePath`) on the tool's entry point. */
export function toolCommand(tool: Tool, args: readonly string[], nodePath: string = process.execPath): ToolCommand {
  return { command: nodePath, args: [toolEntry(tool), ...args], shell: false };
}
