import type { KpiEntry } from '../../shared/templates/review';

/** `count` KPIs, alternately a quantity and a quality, for tests whose cost must not grow with them. */
export function manyKpis(count: number): KpiEntry[] {
  return Array.from({ length: count }, (_, i) => (i % 2 === 0
    ? { kpi: { en: `Cases ${i + 1}`, da: `Sager ${i + 1}` }, kind: 'quantity', direction: 'higher', target: 100 + i }
    : { kpi: { en: `Reply hours ${i + 1}`, da: `Svartimer ${i + 1}` }, kind: 'quality', direction: 'lower', target: i }));
}
