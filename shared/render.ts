import { STYLES } from './templates/styles';
import type { CellRange, CellStyle, StyleName, TemplateSpec } from './templates/spec';

/**
 * Host-neutral planning for rendering a template: which rectangles share a look, which columns
 * share a width. A host then makes one call per run, so its number of calls is bounded by the
 * runs of a spec, never by its number of cells. Pure: no host API.
 */

/** Consecutive items of one value along a line: `start`, `count` of them, all `value`. */
export interface LineRun<T> {
  readonly start: number;
  readonly count: number;
  readonly value: T;
}

/** Splits a line into runs of equal (`===`) values: column widths `[90, 90, 160]` → two runs. */
export function lineRuns<T>(values: readonly T[]): LineRun<T>[] {
  const runs: { start: number; count: number; value: T }[] = [];
  values.forEach((value, index) => {
    const last = runs[runs.length - 1];
    if (last && last.value === value) last.count++;
    else runs.push({ start: index, count: 1, value });
  });
  return runs;
}

/** A rectangle of cells with one key. */
export interface BlockRun<K extends string> {
  readonly range: CellRange;
  readonly key: K;
}

/**
 * Covers a grid with rectangles of equal keys (`undefined` cells are left out): runs along each
 * row, stacked while the rows below repeat the same run exactly. A table of 5 input rows becomes
 * one rectangle per column run, not 5. Ordered by top row, then left column.
 */
export function blockRuns<T, K extends string>(
  grid: readonly (readonly T[])[],
  keyOf: (cell: T) => K | undefined,
): BlockRun<K>[] {
  const done: { range: CellRange; key: K }[] = [];
  // Runs still growing downwards, by `column:columns:key`.
  let open = new Map<string, { range: { row: number; column: number; rows: number; columns: number }; key: K }>();
  grid.forEach((line, row) => {
    const next = new Map<string, { range: { row: number; column: number; rows: number; columns: number }; key: K }>();
    for (const run of lineRuns(line.map(keyOf))) {
      if (run.value === undefined) continue;
      const id = `${run.start}:${run.count}:${run.value}`;
      const growing = open.get(id);
      if (growing) {
        growing.range.rows++;
        open.delete(id);
        next.set(id, growing);
      } else {
        const block = { range: { row, column: run.start, rows: 1, columns: run.count }, key: run.value };
        done.push(block);
        next.set(id, block);
      }
    }
    open = next;
  });
  return done.sort((a, b) => a.range.row - b.range.row || a.range.column - b.range.column);
}

/** A rectangle of a template in one named style. */
export interface StyleRun {
  readonly range: CellRange;
  readonly name: StyleName;
  readonly style: CellStyle;
}

/** The template's styled cells as rectangles of one style each; unstyled cells keep host defaults. */
export function styleRuns(spec: TemplateSpec): StyleRun[] {
  return blockRuns(spec.cells, (cell) => cell?.style).map(({ range, key }) => ({ range, name: key, style: STYLES[key] }));
}
