import { SERIES_LOOKS, type DashboardChart } from '../shared/dashboard/layout';
import type { Lang } from '../shared/i18n/lang';
import { FORMATS } from '../shared/templates/grid';
import type { CellRange } from '../shared/templates/spec';
import { formatValue } from './format';
import { PLAYGROUND_TEXT } from './strings';
import type { PlaygroundWorkbook } from './workbook';

/**
 * A dashboard chart drawn in the page as Excel and Sheets draw theirs: a line per series over the
 * months, from the source sheet's cells as they stand, so a typed actual shows at the next draw.
 * A month without a number is a gap in its line, never a drop to 0.
 */

const SVG = 'http://www.w3.org/2000/svg';
/** Room inside the chart's box for the title, the value axis' labels, the month labels and the legend. */
const MARGIN = { top: 30, right: 12, bottom: 52, left: 48 };
const TICKS = 4;
/** At most this many month labels under the axis, so they never run into each other. */
const MONTH_LABELS = 6;

/** A series' values as points of the plot: one polyline per run of months that have a number. */
export interface PlottedSeries {
  readonly runs: readonly (readonly [number, number])[][];
}

export interface ChartScale {
  readonly ticks: readonly number[];
  readonly series: readonly PlottedSeries[];
  /** The x of each month, left to right. */
  readonly xs: readonly number[];
  /** The y of a value: the first tick at the bottom, the last at the top. */
  y(value: number): number;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A step of 1, 2 or 5 times a power of ten, so the axis reads in round numbers. */
function niceStep(span: number): number {
  const rough = span / TICKS;
  const power = 10 ** Math.floor(Math.log10(rough));
  return ([1, 2, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
}

/** Ticks around every number the series hold; 0 to 1 where they hold none. */
function ticksOf(values: readonly number[]): number[] {
  if (values.length === 0) return [0, 0.25, 0.5, 0.75, 1];
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) [low, high] = [low - Math.max(1, Math.abs(low) * 0.1), high + Math.max(1, Math.abs(high) * 0.1)];
  const step = niceStep(high - low);
  const first = Math.floor(low / step) * step;
  const count = Math.ceil((high - first) / step);
  // Rounded to the step's decimals, so 0.1 + 0.2 shows as 0.3.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Array.from({ length: count + 1 }, (_, i) => Number((first + i * step).toFixed(decimals)));
}

/** Where each series' numbers fall in a plot of `width` x `height`, the first tick at the bottom. */
export function scaleChart(series: readonly (readonly unknown[])[], width: number, height: number): ChartScale {
  const months = Math.max(0, ...series.map((values) => values.length));
  const ticks = ticksOf(series.flat().filter(isNumber));
  const [low, high] = [ticks[0], ticks[ticks.length - 1]];
  const xs = Array.from({ length: months }, (_, i) => (months === 1 ? width / 2 : (i * width) / (months - 1)));
  const y = (value: number) => height - ((value - low) / (high - low)) * height;
  return {
    ticks,
    xs,
    y,
    series: series.map((values) => {
      const runs: (readonly [number, number])[][] = [];
      let run: (readonly [number, number])[] = [];
      values.forEach((value, i) => {
        if (isNumber(value)) run.push([xs[i], y(value)]);
        else if (run.length > 0) (runs.push(run), (run = []));
      });
      if (run.length > 0) runs.push(run);
      return { runs };
    }),
  };
}

function svg<K extends keyof SVGElementTagNameMap>(doc: Document, tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A column of the source sheet, top to bottom; nothing where the sheet is gone. */
function cellsOf(workbook: PlaygroundWorkbook, sheet: string, range: CellRange): unknown[] {
  if (!workbook.hasSheet(sheet)) return [];
  return Array.from({ length: range.rows }, (_, i) => workbook.value(sheet, { row: range.row + i, column: range.column }));
}

/** The chart as an SVG image named by its title and series, for screen readers as for the eye. */
export function drawChart(doc: Document, workbook: PlaygroundWorkbook, chart: DashboardChart, lang: Lang): SVGSVGElement {
  const plot = { width: chart.width - MARGIN.left - MARGIN.right, height: chart.height - MARGIN.top - MARGIN.bottom };
  const months = cellsOf(workbook, chart.sourceSheet, chart.categories);
  const scale = scaleChart(chart.series.map((series) => cellsOf(workbook, chart.sourceSheet, series.range)), plot.width, plot.height);
  const label = `${chart.title}: ${chart.series.map((series) => series.name).join(', ')} ${PLAYGROUND_TEXT.chartByMonth[lang]}`;
  const root = svg(doc, 'svg', { class: 'kpg-chart', role: 'img', 'aria-label': label, width: chart.width, height: chart.height, viewBox: `0 0 ${chart.width} ${chart.height}` });
  root.append(svg(doc, 'title', {}, label), svg(doc, 'rect', { class: 'kpg-chart-frame', x: 0.5, y: 0.5, width: chart.width - 1, height: chart.height - 1 }));
  root.append(svg(doc, 'text', { class: 'kpg-chart-title', x: chart.width / 2, y: 19, 'text-anchor': 'middle' }, chart.title));
  if (!workbook.hasSheet(chart.sourceSheet)) {
    root.append(svg(doc, 'text', { x: chart.width / 2, y: chart.height / 2, 'text-anchor': 'middle' }, `${PLAYGROUND_TEXT.chartNoSheet[lang]} ${chart.sourceSheet}`));
    return root;
  }
  const area = svg(doc, 'g', { transform: `translate(${MARGIN.left},${MARGIN.top})` });
  for (const tick of scale.ticks) {
    const y = scale.y(tick);
    area.append(svg(doc, 'line', { class: 'kpg-chart-grid', x1: 0, x2: plot.width, y1: y, y2: y }));
    area.append(svg(doc, 'text', { class: 'kpg-chart-axis', x: -6, y: y + 4, 'text-anchor': 'end' }, formatValue(tick, '#,##0.##', lang).text));
  }
  const every = Math.max(1, Math.ceil(months.length / MONTH_LABELS));
  months.forEach((month, i) => {
    if (i % every !== 0 || month === null || month === '') return;
    area.append(svg(doc, 'text', { class: 'kpg-chart-axis', x: scale.xs[i], y: plot.height + 16, 'text-anchor': 'middle' }, formatValue(month, FORMATS.month, lang).text));
  });
  chart.series.forEach((series, i) => {
    const look = SERIES_LOOKS[series.role];
    for (const run of scale.series[i].runs) {
      const attributes = { class: 'kpg-chart-line', 'data-role': series.role, stroke: look.color, points: run.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '), ...(look.dashed ? { 'stroke-dasharray': '5 4' } : {}) };
      // A single month is a dot: a line of one point draws nothing.
      area.append(run.length === 1 ? svg(doc, 'circle', { class: 'kpg-chart-dot', 'data-role': series.role, fill: look.color, cx: run[0][0], cy: run[0][1], r: 3 }) : svg(doc, 'polyline', attributes));
    }
  });
  root.append(area);
  const legend = svg(doc, 'g', { class: 'kpg-chart-legend', transform: `translate(${MARGIN.left},${chart.height - 12})` });
  let x = 0;
  for (const series of chart.series) {
    const look = SERIES_LOOKS[series.role];
    legend.append(svg(doc, 'line', { x1: x, x2: x + 18, y1: -4, y2: -4, stroke: look.color, 'stroke-width': 2, ...(look.dashed ? { 'stroke-dasharray': '5 4' } : {}) }));
    legend.append(svg(doc, 'text', { x: x + 22, y: 0 }, series.name));
    // The next entry after this one's text, at about 6.5 px a character of the 11 px legend.
    x += 30 + series.name.length * 6.5;
  }
  root.append(legend);
  return root;
}
