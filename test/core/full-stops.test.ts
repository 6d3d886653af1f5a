import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../shared/i18n/lang';
import { validateAgreement } from '../../shared/index';
import { buildTemplate, exampleReview, exampleTracking, TEMPLATE_IDS, templateValues } from '../../shared/templates';
import { RULES } from '../../shared/validator';
import * as uiStrings from '../../ui/strings';
import * as followUpText from '../../ui/followup-text';
import * as gettingStarted from '../../ui/getting-started';
import * as guide from '../../shared/help/guide';
import { checkedText } from '../../ui/freshness';
import * as findings from '../../ui/findings';
import * as playgroundText from '../../playground/strings';
import * as excelText from '../../excel-addin/text';
import * as sheetsText from '../../sheets-addon/server/text';
import * as checkin from '../../shared/followup/checkin';
import * as calendar from '../../shared/followup/calendar';
import * as trackingPlan from '../../shared/tracking/plan';
import * as history from '../../shared/history';
import * as workbook from '../../shared/workbook';
import { grid } from '../validator/fixtures/build';
import { DANISH } from '../validator/fixtures/agreements-da';
import { ENGLISH } from '../validator/fixtures/agreements-en';
import { PLANTED } from '../validator/fixtures/planted';
import { TEMPLATE_MONTH } from '../templates/specs';

/** Two full stops in a row that are no ellipsis: "follows the guide.." */
const DOUBLE_STOP = /(?<!\.)\.\.(?!\.)/;

/**
 * Every text reachable from a module's exports, by language: `{ en, da }` tables, and what a text
 * function gives for sample arguments (a sheet name, counts), the way the pane fills them in.
 */
function texts(value: unknown, seen = new Set<unknown>()): string[] {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return [];
  seen.add(value);
  if (typeof value === 'function') {
    if (/^class\b/.test(Function.prototype.toString.call(value))) return [];
    try {
      return texts((value as (...args: unknown[]) => unknown)('Sheet 1', 2, 3), seen);
    } catch {
      return [];
    }
  }
  const record = value as Record<string, unknown>;
  const own = LANGS.every((lang) => typeof record[lang] === 'string') ? LANGS.map((lang) => record[lang] as string) : [];
  return [...own, ...Object.values(record).flatMap((inner) => texts(inner, seen))];
}

const MODULES = { uiStrings, followUpText, gettingStarted, guide, playgroundText, excelText, sheetsText, checkin, calendar, trackingPlan, history, workbook };

function findingMessages(lang: Lang): string[] {
  const grids = [[['nothing']], ...[...ENGLISH, ...DANISH].flatMap((agreement) => [grid(agreement), ...PLANTED.filter((planted) => planted.agreement === agreement.id).map((planted) => grid(planted.change(agreement)))])];
  return grids.flatMap((cells) => validateAgreement(cells, { lang }).map((finding) => finding.message));
}

describe('no text ends a sentence twice', () => {
  it('is what the check finds, an ellipsis not', () => {
    expect(DOUBLE_STOP.test('No findings: the agreement follows the guide..')).toBe(true);
    expect(DOUBLE_STOP.test('Loading... the sheet.')).toBe(false);
  });

  it.each(Object.keys(MODULES))('in the texts of %s', (name) => {
    const found = texts(MODULES[name as keyof typeof MODULES]);
    expect(found.length, name).toBeGreaterThan(0);
    expect(found.filter((text) => DOUBLE_STOP.test(text))).toEqual([]);
  });

  it('in the pane\'s status lines around a summary that is a sentence of its own', () => {
    for (const lang of LANGS) {
      const status = uiStrings.DONE.validated('KPI Review', findings.summaryText([], lang))[lang];
      expect(status).not.toMatch(DOUBLE_STOP);
      for (const state of ['fresh', 'stale', 'stale-manual'] as const) expect(checkedText('Q3.', new Date(), state, lang)).not.toMatch(DOUBLE_STOP);
      expect(`${uiStrings.text('failed', lang)} ${findings.failureText(new Error('The sheet is protected.'), lang)}`).not.toMatch(DOUBLE_STOP);
    }
  });

  it.each(LANGS)('in every finding the validator gives, and the rules\' descriptions (%s)', (lang) => {
    const messages = findingMessages(lang);
    expect(messages.length).toBeGreaterThan(50);
    expect(messages.filter((message) => DOUBLE_STOP.test(message))).toEqual([]);
    expect(RULES.map((rule) => rule.description[lang]).filter((text) => DOUBLE_STOP.test(text))).toEqual([]);
  });

  it.each(LANGS)('in the template sheets\' cells (%s)', (lang) => {
    const specs = [...TEMPLATE_IDS.map((id) => buildTemplate(id, lang, TEMPLATE_MONTH)), exampleReview(lang), exampleTracking(lang)];
    const cells = specs.flatMap((spec) => templateValues(spec, 'excel').flat()).filter((value): value is string => typeof value === 'string');
    expect(cells.filter((text) => !text.startsWith('=') && DOUBLE_STOP.test(text))).toEqual([]);
  });
});
