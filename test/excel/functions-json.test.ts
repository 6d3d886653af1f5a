import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { functionsJson, type FunctionsMetadata } from '../../excel-addin/functions/metadata';
import { FUNCTION_IDS } from '../../shared/functions/names';
import { FUNCTIONS } from '../../shared/functions/registry';
import { spills } from '../../shared/functions/spec';
import { DIST } from './bundle';

const GOLDEN = fileURLToPath(new URL('./golden/functions.json', import.meta.url));

/** The argument lists of the README's function reference, optional ones in brackets; RAG's `language` is ours, after the contract's. */
const CONTRACT: Record<string, string> = {
  RAG: 'actual, target, [tolerance], [direction], [language]',
  ATTAINMENT: 'actual, target, [direction]',
  PACE: 'actual_to_date, target, elapsed, [direction]',
  HITRATE: 'successes, attempts',
  SCORE: 'attainments, weights, [cap]',
  BASELINE: 'values, [periods], [method], [exclude]',
  ROLLING: 'values, [periods], [method], [exclude]',
  YOY: 'values, [periods_per_year]',
  TREND: 'values, [periods]',
};

/** Arguments that may be a range: every argument of RAG, ATTAINMENT and PACE, and the series, marks and SCORE's ranges. */
const RANGE_ARGS = new Set(['RAG.*', 'ATTAINMENT.*', 'PACE.*', 'HITRATE.successes', 'SCORE.attainments', 'SCORE.weights', 'HITRATE.attempts', 'BASELINE.values', 'BASELINE.exclude',
  'ROLLING.values', 'ROLLING.exclude', 'YOY.values', 'TREND.values']);

const built = (): FunctionsMetadata => JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as FunctionsMetadata;

describe('functions.json', () => {
  it('matches the golden file (UPDATE_GOLDEN=1 to regenerate it)', () => {
    const generated = functionsJson();
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, generated);
    }
    expect(existsSync(GOLDEN), 'no golden file: run UPDATE_GOLDEN=1 npx vitest run test/excel').toBe(true);
    expect(generated).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('is what the build wrote', () => {
    expect(readFileSync(join(DIST, 'functions.json'), 'utf8')).toBe(functionsJson());
  });

  it('declares exactly the contract ids, as plain names in the KPI namespace', () => {
    expect(built().functions.map((f) => f.id)).toEqual([...FUNCTION_IDS]);
    for (const f of built().functions) expect(f.name).toBe(f.id);
  });

  it('has the contract parameter names, order and optional flags', () => {
    for (const f of built().functions) {
      const signature = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
      expect(signature, f.id).toBe(CONTRACT[f.id]);
    }
  });

  it('takes every argument as any, so a blank cell is told from 0, a matrix where a range is allowed', () => {
    for (const f of built().functions) {
      for (const p of f.parameters) {
        expect(p.type).toBe('any');
        const range = RANGE_ARGS.has(`${f.id}.*`) || RANGE_ARGS.has(`${f.id}.${p.name}`);
        expect(p.dimensionality, `${f.id}.${p.name}`).toBe(range ? 'matrix' : 'scalar');
      }
    }
  });

  it('returns a matrix from the functions that can spill and one value from the others', () => {
    const dims = Object.fromEntries(built().functions.map((f) => [f.id, f.result.dimensionality]));
    expect(dims).toEqual({ RAG: 'matrix', ATTAINMENT: 'matrix', PACE: 'matrix', HITRATE: 'scalar', SCORE: 'scalar', BASELINE: 'scalar', ROLLING: 'matrix', YOY: 'matrix', TREND: 'scalar' });
    for (const spec of FUNCTIONS) expect(dims[spec.id]).toBe(spills(spec) ? 'matrix' : 'scalar');
  });

  it('lets error cells reach the functions, so one spoils only its own element', () => {
    expect(built().allowErrorForDataTypeAny).toBe(true);
  });

  it('has a Danish file with the registry’s Danish help, the same ids, names and parameters', () => {
    const danish = JSON.parse(readFileSync(join(DIST, 'functions-da.json'), 'utf8')) as FunctionsMetadata;
    expect(readFileSync(join(DIST, 'functions-da.json'), 'utf8')).toBe(functionsJson(FUNCTIONS, 'da'));
    expect(danish.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)])).toEqual(built().functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)]));
    for (const [i, f] of danish.functions.entries()) {
      expect(f.description).toBe(FUNCTIONS[i].help.da);
      expect(f.parameters.map((p) => p.description)).toEqual(FUNCTIONS[i].params.map((p) => p.help.da));
    }
  });

  it('carries the registry’s English help for functions and parameters', () => {
    for (const [i, f] of built().functions.entries()) {
      expect(f.description).toBe(FUNCTIONS[i].help.en);
      expect(f.parameters.map((p) => p.description)).toEqual(FUNCTIONS[i].params.map((p) => p.help.en));
      expect(f.description.length).toBeGreaterThan(0);
    }
  });
});
