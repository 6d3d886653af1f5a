import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The .xlsx library is for the command line and the playground: the add-ins never load it. */

const ROOT = join(__dirname, '..', '..');
const LIBRARY = '@cj-tech-master/excelts';

async function sources(folder: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, folder), { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => join(entry.parentPath, entry.name));
}

describe('where the .xlsx library is imported', () => {
  it('is imported by no file of the core, the pane or the add-ins', async () => {
    const files = (await Promise.all(['shared', 'ui', 'excel-addin', 'sheets-addon'].map(sources))).flat();
    expect(files.length).toBeGreaterThan(10);
    const importing = [];
    for (const file of files) if ((await readFile(file, 'utf8')).includes(LIBRARY)) importing.push(relative(ROOT, file));
    expect(importing).toEqual([]);
  });

  it('is imported where files are read and written: the command line and the playground', async () => {
    for (const file of ['cli/xlsx.ts', 'playground/xlsx.ts']) expect(await readFile(join(ROOT, file), 'utf8')).toContain(LIBRARY);
  });
});
