import type { ConfigParams } from 'hyperformula';

/**
 * HyperFormula as the playground runs it. GPL-3.0 licence key: the playground is distributed
 * under GPLv3 terms (docs/playground.md). No smart rounding: the validator and the formula bar
 * see exact numbers, and the grid rounds only for display, by the cell's number format.
 */
export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  language: 'enGB',
  smartRounding: false,
  // ISO dates, as the templates format them, typed into a cell become dates.
  dateFormats: ['YYYY-MM-DD', 'DD/MM/YYYY'],
  // As Excel's dynamic arrays: `IF(B5:B28="","",…)` spills over the range.
  useArrayArithmetic: true,
  // Undo reaches back further than the engine's default 20 steps.
  undoLimit: 200,
};
