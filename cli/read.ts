import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Lang } from '../shared/i18n/lang';
import { parseCsv } from './csv';
import { say, type StringKey } from './strings';
import { readXlsx, type SheetValues } from './xlsx';

/** The most one file may be: memory per file stays bounded, whatever lies in the folder. */
export const MAX_FILE_MB = 100;

/** A file's sheets, or why it could not be read, in words a person understands. */
export type FileSheets = { readonly sheets: readonly SheetValues[] } | { readonly error: string };

/** An .xlsx workbook's sheets, or a .csv file as one sheet named by the file's name. */
export async function readSheets(path: string, lang: Lang): Promise<FileSheets> {
  const problem = (key: StringKey, params?: Record<string, string | number>) => ({ error: say(key, lang, params) });
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.size > MAX_FILE_MB * 1024 * 1024) return problem('tooLarge', { limit: MAX_FILE_MB });
    bytes = await readFile(path);
  } catch (error) {
    return problem((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'notFound' : 'unreadableFile');
  }
  if (bytes.length === 0) return problem('emptyFile');
  if (isCsvPath(path)) {
    const text = decodeUtf8(bytes);
    return text === undefined ? problem('notUtf8') : { sheets: [{ name: basename(path), grid: parseCsv(text) }] };
  }
  const kind = containerKind(bytes);
  if (kind !== 'zip') return problem(kind);
  try {
    const sheets = await readXlsx(bytes);
    return sheets.length === 0 ? problem('noSheets') : { sheets };
  } catch {
    // The library's own messages speak of zip entries and XML; a person needs to know what to do.
    return problem('damaged');
  }
}

export function isCsvPath(path: string): boolean {
  return extname(path).toLowerCase() === '.csv';
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Office's compound file: an encrypted .xlsx (Office wraps it with the password) or an old .xls. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted package sits in, as the compound file's directory names it (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** What a file is by its first bytes, before any parser sees it. */
function containerKind(bytes: Uint8Array): 'zip' | 'encrypted' | 'legacyXls' | 'notWorkbook' {
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, COMPOUND_FILE)) return Buffer.from(bytes).includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'legacyXls';
  return 'notWorkbook';
}
