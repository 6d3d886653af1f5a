import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * HyperFormula is GPL-3.0-only: the playground may combine with it (and is distributed under GPLv3
 * terms), the MIT add-ins must never contain it. Checked in the sources and in the built bundles.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const MARKERS = [/hyperformula/i, /handsontable|handsoncode/i];

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const mentions = (files: readonly string[]) =>
  files.filter((file) => MARKERS.some((marker) => marker.test(readFileSync(file, 'utf8')))).map((file) => relative(ROOT, file));

describe('HyperFormula stays in the playground', () => {
  it('is imported by no source of the add-ins, the shared core or the pane', () => {
    const sources = ['shared', 'ui', 'excel-addin', 'sheets-addon'].flatMap((folder) => filesUnder(join(ROOT, folder)))
      .filter((file) => /\.(ts|js|html|json)$/.test(file));
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.filter((file) => /from ['"]hyperformula|require\(['"]hyperformula/.test(readFileSync(file, 'utf8'))).map((file) => relative(ROOT, file))).toEqual([]);
  });

  it.each(['excel', 'sheets'])('is not in the built %s add-in', (host) => {
    const files = filesUnder(join(ROOT, 'dist', host)).filter((file) => /\.(js|html|json|xml)$/.test(file));
    expect(files.length, `dist/${host} is built by npm run build (npm test builds first)`).toBeGreaterThan(0);
    expect(mentions(files)).toEqual([]);
  });

  it('is in the built playground, which says it is distributed under GPLv3 terms and ships the licences', () => {
    const dir = join(ROOT, 'dist', 'playground');
    const bundle = readFileSync(join(dir, 'playground.js'), 'utf8');
    expect(bundle).toMatch(/HyperFormula/);
    expect(bundle.slice(0, 400)).toMatch(/GNU GPL v3/);
    expect(readFileSync(join(dir, 'COPYING-GPL-3.txt'), 'utf8')).toMatch(/GNU GENERAL PUBLIC LICENSE\s+Version 3/);
    expect(readFileSync(join(dir, 'LICENSE-hyperformula.txt'), 'utf8')).toMatch(/GPLv3/);
  });
});
