import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOOLS, toolCommand, type Tool } from '../../scripts/tools';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const NODE_PATHS = {
  win32: 'C:\\Program Files\\nodejs\\node.exe',
  darwin: '/opt/homebrew/bin/node',
  linux: '/usr/bin/node',
};

describe('the command-line tools npm start and push:sheets run', () => {
  it('are devDependencies pinned to one version, and in the lockfile', () => {
    const manifest = JSON.parse(read('package.json'));
    const lock = JSON.parse(read('package-lock.json'));
    for (const { package: name } of Object.values(TOOLS)) {
      expect(manifest.devDependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/);
      expect(lock.packages[`node_modules/${name}`].version).toBe(manifest.devDependencies[name]);
    }
  });

  for (const [platform, node] of Object.entries(NODE_PATHS)) {
    it(`run on ${platform} as node on the package's entry point: no npx, no .cmd, no shell`, () => {
      for (const tool of Object.keys(TOOLS) as Tool[]) {
        const command = toolCommand(tool, ['push', '--force'], node);
        expect(command.command).toBe(node);
        expect(command.shell).toBe(false);
        expect(existsSync(command.args[0])).toBe(true);
        expect(command.args[0]).toMatch(/\.js$/);
        expect(command.args[0]).toContain(`node_modules${path.sep}${TOOLS[tool].package.replace('/', path.sep)}`);
        expect(command.args.slice(1)).toEqual(['push', '--force']);
        expect([command.command, ...command.args].join(' ')).not.toMatch(/npx|\.cmd\b|--yes/);
      }
    });
  }

  it('are never fetched with npx by the scripts', () => {
    for (const file of ['scripts/start.ts', 'sheets-addon/push.ts', 'sheets-addon/clasp.ts']) expect(read(file), file).not.toMatch(/npx|npx\.cmd/);
  });
});
