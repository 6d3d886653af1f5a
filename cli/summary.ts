import type { Grid } from '../shared/agreement/table';
import { attainment } from '../shared/functions/attainment';
import type { RagStatus } from '../shared/functions/rag';
import { readAgreement } from '../shared/index';

/** What the team report shows of one agreement, beside its findings. */
export interface AgreementSummary {
  readonly employee: string;
  readonly manager: string;
  readonly period: string;
  readonly kpis: readonly KpiSummary[];
  /** Green, Amber and Red among the KPIs' latest statuses. */
  readonly rag: Record<RagStatus, number>;
  /** Σ weight × attainment / Σ weight over the KPIs with a weight, an actual and a target; null when nothing is tracked so. */
  readonly weightedScore: number | null;
}

export interface KpiSummary {
  readonly name: string;
  readonly row: number;
  readonly scope: 'individual' | 'team' | null;
  readonly type: 'leading' | 'lagging' | null;
  readonly status: RagStatus | null;
}

const RAG_STATUSES: readonly RagStatus[] = ['Green', 'Amber', 'Red'];

export function summarize(grid: Grid): AgreementSummary {
  const { table, review } = readAgreement(grid);
  const header = (key: 'employee' | 'manager' | 'period') => review.header[key]?.text ?? '';
  const rows = table?.rows ?? [];
  const kpis = rows.map((row) => ({
    name: row.kpi.text,
    row: row.row,
    scope: row.scope?.value ?? null,
    type: row.type?.value ?? null,
    status: ragStatus(row.status?.text),
  }));
  const rag = { Green: 0, Amber: 0, Red: 0 };
  for (const kpi of kpis) if (kpi.status) rag[kpi.status]++;
  let weights = 0;
  let weighted = 0;
  for (const row of rows) {
    const weight = row.weight?.value ?? null;
    const actual = row.actual?.value;
    const target = row.target?.value;
    if (weight === null || weight <= 0 || actual == null || target == null) continue;
    const score = attainment(actual, target, row.direction?.value ?? 'higher');
    if (typeof score !== 'number') continue;
    weights += weight;
    weighted += weight * score;
  }
  return { employee: header('employee'), manager: header('manager'), period: header('period'), kpis, rag, weightedScore: weights > 0 ? weighted / weights : null };
}

function ragStatus(text: string | undefined): RagStatus | null {
  const status = RAG_STATUSES.find((candidate) => candidate.toLowerCase() === text?.trim().toLowerCase());
  return status ?? null;
}
