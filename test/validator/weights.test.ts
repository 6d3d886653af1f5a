import { extraCellOf, HEADER_POSITION, kpiTable, ruleCases, withExtraColumns } from './helpers';

const at = (index: number) => extraCellOf(index, 'weight', ['weight']);
const weights = (...values: unknown[]) => withExtraColumns({ weight: values });

ruleCases('weights', {
  valid: [
    { name: 'no Weight column', grid: kpiTable() },
    { name: 'fractions adding up to 1', grid: weights(0.4, 0.3, 0.2, 0.1) },
    { name: 'percentages adding up to 100', grid: weights(40, 30, 20, 10) },
    { name: 'text percentages and a Danish decimal comma', grid: weights('40 %', '30%', '0,2', 10) },
    { name: 'thirds within 0.001', grid: weights(0.3333, 0.3333, 0.3334, 0) },
    { name: 'a Danish header', lang: 'da', grid: withExtraColumns({ weight: [25, 25, 25, 25] }, 'da') },
  ],
  invalid: [
    {
      name: 'a blank weight, and a sum short of 100 %',
      grid: weights(0.4, '', 0.3, 0.2),
      expected: [
        { severity: 'error', ...at(1), message: '“Hit rate” has no weight: give every KPI a weight, so the weights add up to 100 %.' },
        { severity: 'warning', ...HEADER_POSITION, message: 'The weights add up to 90 %, not 100 %.' },
      ],
    },
    { name: 'a weight that is no number', grid: weights(0.4, 'high', 0.4, 0.2), expected: [{ severity: 'error', ...at(1), message: '“Hit rate”: the weight “high” is not a number.' }] },
    { name: 'a negative weight', grid: weights(0.5, -0.1, 0.4, 0.2), expected: [{ severity: 'error', ...at(1), message: '“Hit rate”: the weight “-0.1” is negative.' }] },
    { name: 'a placeholder weight', grid: weights(0.5, 'n/a', 0.3, 0.2), expected: [{ severity: 'error', ...at(1), message: '“Hit rate” has no weight (“n/a” counts as blank): give every KPI a weight, so the weights add up to 100 %.' }] },
    { name: 'weights over 100 %', grid: weights(50, 30, 20, 10), expected: [{ severity: 'warning', ...HEADER_POSITION, message: 'The weights add up to 110 %, not 100 %.' }] },
    {
      name: 'in Danish, with a decimal comma',
      lang: 'da',
      grid: withExtraColumns({ weight: [0.3333, 0.25, 0.25, 0] }, 'da'),
      expected: [{ severity: 'warning', message: 'Vægtene giver tilsammen 83,3 %, ikke 100 %.' }],
    },
    {
      name: 'a blank weight, in Danish',
      lang: 'da',
      grid: withExtraColumns({ weight: ['', 0.5, 0.25, 0.25] }, 'da'),
      expected: [{ severity: 'error', message: '“Booked demo meetings” har ingen vægt: giv hver KPI en vægt, så vægtene tilsammen giver 100 %.' }],
    },
  ],
});
