import { blankHit, eachRow, typedNote, type BlankParams } from '../kpi-checks';
import { defineRule } from '../rule';

/** A row of the table with details of a KPI but no name: the table reads it, and asks for the name. */
export const unnamedKpi = defineRule<BlankParams>({
  id: 'unnamed-kpi',
  severity: 'warning',
  description: {
    en: 'Every row with a definition, target, owner or data source names its KPI.',
    da: 'Hver række med en definition, et mål, en ejer eller en datakilde har et KPI-navn.',
  },
  messages: {
    en: (p) => `Row ${p.row} has no KPI name${typedNote.en(p)} but holds details of a KPI: name the KPI, or clear the row.`,
    da: (p) => `Række ${p.row} har intet KPI-navn${typedNote.da(p)}, men rummer oplysninger om en KPI: giv KPI’en et navn, eller ryd rækken.`,
  },
  check: (agreement) => eachRow(agreement, [], (row) => blankHit(row, row.kpi)),
});
