import { describe, expect, it } from 'vitest';
import { IMPACT_VALUES, PILOT_VALUES } from '../../shared/agreement/columns';
import { extraCellOf, findingsOf, kpiTable, ruleCases, SOUND_KPIS, withExtraColumns } from './helpers';

const PILOT_KPI = {
  ...SOUND_KPIS[0], kpi: 'Customer stories published', definition: 'Stories published on the website per month', counter: 'Hit rate',
};
/** The sound table plus a fifth KPI, marked as a pilot or not. */
const withPilot = (marks: readonly unknown[], weight?: readonly unknown[], lang: 'en' | 'da' = 'en') =>
  withExtraColumns(weight ? { pilot: marks, weight } : { pilot: marks }, lang, [...SOUND_KPIS, PILOT_KPI]);

describe('the pilot column', () => {
  it('offers Yes and No, Ja and Nej, blank being no', () => {
    expect(PILOT_VALUES.map((value) => [value.label.en, value.label.da])).toEqual([['Yes', 'Ja'], ['No', 'Nej']]);
  });

  it('leaves pilot KPIs out of the 3-5 count', () => {
    const six = withExtraColumns({ pilot: ['', 'No', 'Nej', '', 'Yes', 'Ja'] }, 'en', [...SOUND_KPIS, PILOT_KPI, { ...PILOT_KPI, kpi: 'Webinar sign-ups' }]);
    expect(findingsOf('kpi-count', six)).toEqual([]);
    const unmarked = withExtraColumns({ pilot: ['', '', '', '', '', ''] }, 'en', [...SOUND_KPIS, PILOT_KPI, { ...PILOT_KPI, kpi: 'Webinar sign-ups' }]);
    expect(findingsOf('kpi-count', unmarked).map((f) => f.severity)).toEqual(['error']);
  });

  it('says so when every KPI is a pilot', () => {
    const grid = withExtraColumns({ pilot: ['Yes', 'Yes', 'Yes', 'Yes'] });
    expect(findingsOf('kpi-count', grid, 'da').map((f) => f.message)).toEqual(['Tabellen har kun pilot-KPI’er: aftal 3-5 KPI’er, der tæller.']);
  });

  it('lets a pilot KPI go without a weight', () => {
    expect(findingsOf('weights', withPilot(['', '', '', '', 'Ja'], [0.4, 0.3, 0.2, 0.1, '']))).toEqual([]);
  });

  it('reports an unlisted mark as an invalid value', () => {
    expect(findingsOf('invalid-value', withPilot(['', '', '', '', 'Maybe'])).map((f) => f.message)).toEqual([
      '“Customer stories published”: “Maybe” is not a valid Pilot; use Yes or No.',
    ]);
  });
});

const weightAt = (index: number) => extraCellOf(index, 'weight', ['pilot', 'weight']);

ruleCases('pilot', {
  valid: [
    { name: 'no pilot column', grid: kpiTable() },
    { name: 'a pilot without weight', grid: withPilot(['', '', '', '', 'Yes'], [0.4, 0.3, 0.2, 0.1, 0]) },
    { name: 'a pilot column but no weight column', grid: withPilot(['', '', '', '', 'Yes']) },
  ],
  invalid: [
    {
      name: 'a pilot that carries weight',
      grid: withPilot(['', '', '', '', 'Yes'], [0.4, 0.3, 0.1, 0.1, 0.1]),
      expected: [{ severity: 'info', ...weightAt(4), message: '“Customer stories published” is a pilot KPI but weighs 10 %: a pilot is tried for learning, without consequences; give it no weight.' }],
    },
    {
      name: 'in Danish',
      lang: 'da',
      grid: withPilot(['', '', '', '', 'Ja'], [0.4, 0.3, 0.175, 0, 0.125], 'da'),
      expected: [{ message: '“Customer stories published” er en pilot-KPI, men vægter 12,5 %: en pilot afprøves for at lære, uden konsekvenser; giv den ingen vægt.' }],
    },
  ],
});

describe('the impact column', () => {
  it('offers High, Medium and Low, Høj, Mellem and Lav', () => {
    expect(IMPACT_VALUES.map((value) => [value.label.en, value.label.da])).toEqual([['High', 'Høj'], ['Medium', 'Mellem'], ['Low', 'Lav']]);
  });
});

const impactAt = (index: number) => extraCellOf(index, 'impact', ['impact']);

ruleCases('impact', {
  valid: [
    { name: 'no impact column', grid: kpiTable() },
    { name: 'high impact everywhere, or blank', grid: withExtraColumns({ impact: ['High', 'Høj', '', 'high'] }) },
    { name: 'a pilot of low impact is tried to learn', grid: withExtraColumns({ impact: ['High', 'High', 'High', 'Low'], pilot: ['', '', '', 'Yes'] }) },
  ],
  invalid: [
    {
      name: 'low impact',
      grid: withExtraColumns({ impact: ['High', 'Low', 'High', 'High'] }),
      expected: [{ severity: 'warning', ...impactAt(1), message: '“Hit rate” has a low impact: choose KPIs where the effect is large and the employee has high influence.' }],
    },
    { name: 'medium impact is a note', grid: withExtraColumns({ impact: ['Medium', 'High', 'High', 'High'] }), expected: [{ severity: 'info', ...impactAt(0) }] },
    {
      name: 'in Danish',
      lang: 'da',
      grid: withExtraColumns({ impact: ['Høj', 'Lav', 'Mellem', 'Høj'] }, 'da'),
      expected: [
        { severity: 'warning', message: '“Hit rate” har lav effekt: vælg KPI’er, hvor effekten er stor, og medarbejderen har høj indflydelse.' },
        { severity: 'info', message: '“New ARR” har middel effekt: overvej, om en KPI med større effekt passer bedre.' },
      ],
    },
  ],
});
