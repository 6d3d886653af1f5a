import { HEADER_FIELDS, SECTION_COLUMNS, SECTION_TITLES, type HeaderFieldKey, type SectionKey } from './sections';
import { cellText, isBlank, labelMatcher, localizedTexts } from './normalize';
import { placeholderText } from './reading';
import type { Grid } from './table';
import type { KpiTable, Review, ReviewSectionKey, Section, TextCell } from './schema';

/**
 * The review sheet's parts around the KPI table: the header block (labels in column A, values in
 * column B) and the sections, each found by its title in either language.
 */

const LABEL_COLUMN = 0;
const VALUE_COLUMN = 1;

const sectionTitleKey = labelMatcher(
  (Object.keys(SECTION_TITLES) as SectionKey[]).map((key) => ({ key, texts: localizedTexts(SECTION_TITLES[key]) })),
);

const headerFieldKey = labelMatcher(
  (Object.keys(HEADER_FIELDS) as HeaderFieldKey[]).map((key) => ({ key, texts: localizedTexts(HEADER_FIELDS[key]) })),
);

interface Title {
  readonly key: SectionKey;
  readonly row: number;
  readonly column: number;
}

export function readReview(grid: Grid, table?: KpiTable): Review {
  const titles = findTitles(grid);
  const tableRows = table ? { from: table.headerRow } : undefined;
  const sections: Review['sections'] = {};
  titles.forEach((title, i) => {
    if (title.key === 'agreement' || sections[title.key]) return;
    const next = i + 1 < titles.length ? titles[i + 1].row : grid.length;
    // A table standing right under a section without a title of its own still ends that section.
    const end = tableRows && tableRows.from > title.row && tableRows.from < next ? tableRows.from : next;
    sections[title.key] = readSection(grid, title, title.key, end);
  });
  // With a table, the header block is everything above its header row (labels in column A).
  const headerEnd = tableRows ? tableRows.from : titles.length > 0 ? titles[0].row : grid.length;
  return { header: readHeaderBlock(grid, headerEnd), sections };
}

/** True when the grid holds any section of the review sheet besides the KPI table. */
export function isReviewSheet(review: Review): boolean {
  return Object.keys(review.sections).length > 0;
}

/** Rows whose first non-blank cell is a section title, top to bottom. */
function findTitles(grid: Grid): Title[] {
  const titles: Title[] = [];
  for (let r = 0; r < grid.length; r++) {
    const column = firstFilledColumn(grid[r]);
    const key = column === undefined ? undefined : sectionTitleKey(grid[r][column]);
    if (key !== undefined && column !== undefined) titles.push({ key, row: r, column });
  }
  return titles;
}

function firstFilledColumn(row: readonly unknown[]): number | undefined {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return c;
  return undefined;
}

/** The first label of each field in column A above `end`, with the value cell to its right. */
function readHeaderBlock(grid: Grid, end: number): Review['header'] {
  const header: Review['header'] = {};
  for (let r = 0; r < end; r++) {
    const key = headerFieldKey(grid[r][LABEL_COLUMN]);
    if (key !== undefined && !header[key]) header[key] = textCell(grid, r, VALUE_COLUMN);
  }
  return header;
}

/** Per section, the index in SECTION_COLUMNS of the column a header cell names. */
const columnIndexOf = Object.fromEntries(
  (Object.keys(SECTION_COLUMNS) as ReviewSectionKey[]).map((key) => [
    key,
    labelMatcher(SECTION_COLUMNS[key].map((label, index) => ({ key: index, texts: localizedTexts(label) }))),
  ]),
) as Record<ReviewSectionKey, (value: unknown) => number | undefined>;

function readSection(grid: Grid, title: Title, key: ReviewSectionKey, end: number): Section {
  const count = SECTION_COLUMNS[key].length;
  const headerRow = findSectionHeaderRow(grid, title, key, end);
  const columns = headerRow === null ? defaultColumns(title, count) : sectionColumns(grid[headerRow], title, key);
  const entries = [];
  for (let r = (headerRow ?? title.row) + 1; r < end; r++) {
    if (isBlank(grid[r][title.column])) continue;
    entries.push({ row: r, cells: columns.map((column) => textCell(grid, r, column)) });
  }
  return { row: title.row, column: title.column, headerRow, entries };
}

/** The first non-blank row under the title, when it names any of the section's columns. */
function findSectionHeaderRow(grid: Grid, title: Title, key: ReviewSectionKey, end: number): number | null {
  const matchLabel = columnIndexOf[key];
  for (let r = title.row + 1; r < end; r++) {
    if (firstFilledColumn(grid[r]) === undefined) continue;
    return grid[r].some((cell) => matchLabel(cell) !== undefined) ? r : null;
  }
  return null;
}

/** Each column's position in the header row, or its place from the title's column when renamed. */
function sectionColumns(row: readonly unknown[], title: Title, key: ReviewSectionKey): number[] {
  const matchLabel = columnIndexOf[key];
  const columns = defaultColumns(title, SECTION_COLUMNS[key].length);
  const found = new Set<number>();
  for (let c = title.column; c < row.length; c++) {
    const index = matchLabel(row[c]);
    if (index !== undefined && !found.has(index)) {
      columns[index] = c;
      found.add(index);
    }
  }
  return columns;
}

function defaultColumns(title: Title, count: number): number[] {
  return Array.from({ length: count }, (_, i) => title.column + i);
}

/** A placeholder ("TBD", "-") reads as blank, as in the KPI table. */
function textCell(grid: Grid, row: number, column: number): TextCell {
  const value = grid[row][column];
  const placeholder = placeholderText(value);
  return placeholder === undefined ? { row, column, text: cellText(value) } : { row, column, text: '', placeholder };
}
