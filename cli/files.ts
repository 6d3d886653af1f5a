import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const CHECKED_EXTENSIONS = new Set(['.xlsx', '.csv']);

/**
 * The files the paths name, in a stable order: a file as given (whatever its extension, so a
 * misnamed file is reported rather than skipped), a folder's .xlsx and .csv files searched
 * recursively, sorted by name. Excel's lock files (`~$name.xlsx`, present while a workbook is
 * open) are no workbooks and are left out. A path that does not exist stays in the list, so the
 * check reports it.
 */
export async function listFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) files.push(...(await folderFiles(path)));
    else files.push(path);
  }
  return files;
}

async function folderFiles(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    // Symbolic links to folders are not followed: a link back up the tree would never end.
    if (entry.isDirectory()) files.push(...(await folderFiles(path)));
    else if (isChecked(entry.name) && (entry.isFile() || (await stat(path).catch(() => undefined))?.isFile())) files.push(path);
  }
  return files;
}

function isChecked(name: string): boolean {
  return CHECKED_EXTENSIONS.has(extname(name).toLowerCase()) && !name.startsWith('~$');
}
