import type { Lang, Localized } from '../i18n/lang';
import { CADENCE_VALUES } from '../agreement/columns';
import { BASELINE_MONTHS } from '../tracking/layout';
import { monthOfSerial } from '../tracking/months';
import { planTracking, type TrackingPlan } from '../tracking/plan';
import { readAgreement } from '../validator';
import { YES_NO_VALUES } from './answers';
import { dateSerial, templateValues, type CellValue } from './grid';
import { kpiRow, reviewSheet, type KpiEntry } from './review';
import type { TemplateCell, TemplateSpec } from './spec';

/**
 * A worked example for a customer-service employee, as the guide would have it: 4 KPIs, leading
 * and lagging, outcomes first, a quality KPI beside the volume KPI, a team CSAT driven by an
 * individual leading KPI, targets within 50 % of their baselines, and counter-KPIs that balance.
 * Both have signed it at the review. The playground shows it and the tests hold it to the
 * validator: no error, no warning. Weights follow influence and impact; each KPI has the if-then
 * trigger that reopens it. Its tracking sheet is what "Track this agreement" makes of the review,
 * with the months typed up to June 2027, and the review reads its Actual and Baseline from there.
 */

const EMPLOYEE = 'Mette Jensen';
const MANAGER = 'Anders Holm';
const SERVICE_DESK: Localized = { en: 'Service desk (Zendesk)', da: 'Servicedesk (Zendesk)' };
// The 12 months before the period: the baseline months of the tracking sheet.
const BASELINE_PERIOD: Localized = { en: 'Jan - Dec 2026', da: 'jan. - dec. 2026' };
const DEADLINE = dateSerial(2027, 12, 31);
const MONTHLY = 'monthly';

const FIRST_REPLY: Localized = { en: 'First reply time (hours)', da: 'Første svartid (timer)' };
const RESOLVED: Localized = { en: 'Resolved cases per month', da: 'Løste sager pr. måned' };
const CSAT: Localized = { en: 'CSAT score', da: 'CSAT-score' };
const FIRST_CONTACT: Localized = { en: 'First contact resolution (%)', da: 'Løst ved første kontakt (%)' };

export const EXAMPLE_KPIS: readonly KpiEntry[] = [
  {
    kpi: FIRST_REPLY,
    definition: { en: 'Median hours from a case arriving to my first reply', da: 'Median antal timer fra en sag kommer ind, til jeg giver det første svar' },
    type: 'leading', focus: 'output', kind: 'quality', scope: 'individual', direction: 'lower',
    // A leading KPI is followed weekly, so there is time to correct course.
    source: SERVICE_DESK, owner: { en: EMPLOYEE, da: EMPLOYEE }, cadence: 'weekly',
    baseline: 6, baselinePeriod: BASELINE_PERIOD, target: 4, deadline: DEADLINE, influence: 0.8,
    link: { en: 'Customer strategy 2027: answers within the working day', da: 'Kundestrategi 2027: svar inden for arbejdsdagen' },
    counter: FIRST_CONTACT, actual: 4.3, impact: 'high', weight: 0.25,
    trigger: { en: 'If case volume rises more than 20 % two months running', da: 'Hvis sagsmængden stiger mere end 20 % to måneder i træk' },
  },
  {
    kpi: RESOLVED,
    definition: { en: 'Cases I closed as resolved in the month', da: 'Sager, jeg har lukket som løst i måneden' },
    type: 'lagging', focus: 'output', kind: 'quantity', scope: 'individual', direction: 'higher',
    source: SERVICE_DESK, owner: { en: EMPLOYEE, da: EMPLOYEE }, cadence: MONTHLY,
    baseline: 180,
    baselinePeriod: { en: 'Jan - Dec 2026, without Black Friday', da: 'jan. - dec. 2026, uden Black Friday' },
    target: 200, deadline: DEADLINE, influence: 0.75,
    link: { en: 'Efficient support: handle growth without extra hires', da: 'Effektiv support: klare væksten uden flere ansatte' },
    counter: CSAT, actual: 205, impact: 'high', weight: 0.3,
    trigger: { en: 'If the team gains or loses a person, or case volume falls more than 10 %', da: 'Hvis teamet får eller mister en person, eller sagsmængden falder mere end 10 %' },
  },
  {
    kpi: CSAT,
    definition: { en: 'Average satisfaction (1-5) in the survey after a closed case, whole team', da: 'Gennemsnitlig tilfredshed (1-5) i undersøgelsen efter en lukket sag, hele teamet' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: { en: 'Post-case survey in the service desk', da: 'Undersøgelse efter sag i servicedesken' },
    owner: { en: `${MANAGER} (team lead)`, da: `${MANAGER} (teamleder)` }, cadence: MONTHLY,
    baseline: 4.1, baselinePeriod: BASELINE_PERIOD, target: 4.4, deadline: DEADLINE, influence: 0.4,
    link: { en: 'Customer strategy 2027: loyal customers', da: 'Kundestrategi 2027: loyale kunder' },
    // A team KPI, only 40 % in Mette's hands: it weighs least in her score.
    counter: RESOLVED, actual: 4.3, impact: 'high', weight: 0.15,
    trigger: { en: 'If the survey’s response rate falls below 15 %', da: 'Hvis svarprocenten i undersøgelsen falder under 15 %' },
  },
  {
    kpi: FIRST_CONTACT,
    definition: { en: 'Share of my cases solved without the customer having to contact us again', da: 'Andel af mine sager løst, uden at kunden skal kontakte os igen' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'individual', direction: 'higher',
    source: SERVICE_DESK, owner: { en: EMPLOYEE, da: EMPLOYEE }, cadence: MONTHLY,
    baseline: 68, baselinePeriod: BASELINE_PERIOD, target: 75, deadline: DEADLINE, influence: 0.75,
    link: { en: 'Fewer repeat contacts lower the cost per case', da: 'Færre gentagne henvendelser sænker prisen pr. sag' },
    counter: FIRST_REPLY, actual: 66, impact: 'high', weight: 0.3,
    trigger: { en: 'If a product launch changes what the cases are about', da: 'Hvis en produktlancering ændrer, hvad sagerne handler om' },
  },
];

type Row = readonly (CellValue | Localized)[];
const localize = (rows: readonly Row[], lang: Lang): CellValue[][] =>
  rows.map((row) => row.map((cell) => (typeof cell === 'object' ? cell[lang] : cell)));

const REVIEW_DATE = dateSerial(2026, 12, 8);
const YES = YES_NO_VALUES[0].label;

const DEVELOPMENT: readonly Row[] = [
  [
    { en: 'Become the team’s expert user of the new knowledge base', da: 'Blive teamets superbruger af den nye vidensbase' },
    { en: 'Write 10 help articles from the most frequent cases', da: 'Skrive 10 hjælpeartikler ud fra de hyppigste sager' },
    { en: '2 hours a week set aside; Anders reviews the articles', da: '2 timer om ugen afsat; Anders gennemlæser artiklerne' },
    dateSerial(2027, 6, 30),
  ],
  [
    { en: 'Coach new colleagues on difficult cases', da: 'Coache nye kolleger i svære sager' },
    { en: 'Mentor one new hire through onboarding', da: 'Være mentor for én nyansat gennem onboarding' },
    { en: 'Coaching course in Q1', da: 'Coachingkursus i 1. kvartal' },
    dateSerial(2027, 9, 30),
  ],
  [
    { en: 'Learn to analyse our case data', da: 'Lære at analysere vores sagsdata' },
    { en: 'Take a BI course and build the team’s monthly case report', da: 'Tage et BI-kursus og bygge teamets månedlige sagsrapport' },
    { en: 'Course budget approved', da: 'Kursusbudget godkendt' },
    dateSerial(2027, 4, 30),
  ],
];

const WELLBEING: readonly Row[] = [
  [
    { en: 'A sustainable workload during campaign peaks', da: 'En holdbar arbejdsbyrde i kampagnetoppe' },
    { en: 'Team pulse survey, and a check-in after each peak', da: 'Pulsmåling i teamet og en snak efter hver top' },
    { en: 'Monthly', da: 'Månedligt' },
  ],
];

const NEXT_STEPS: readonly Row[] = [
  [{ en: 'Share the agreed KPIs and goals with Mette', da: 'Dele de aftalte KPI’er og mål med Mette' }, MANAGER, dateSerial(2026, 12, 8)],
  [{ en: 'Book monthly follow-ups in the calendar', da: 'Booke månedlige opfølgninger i kalenderen' }, MANAGER, dateSerial(2026, 12, 11)],
  [{ en: 'Fill the tracking sheet from the service desk', da: 'Udfylde opfølgningsarket fra servicedesken' }, EMPLOYEE, dateSerial(2026, 12, 15)],
  [{ en: 'Sign up for the coaching course', da: 'Tilmelde mig coachingkurset' }, EMPLOYEE, dateSerial(2027, 1, 15)],
];

const DECISIONS: readonly Row[] = [
  [
    REVIEW_DATE,
    { en: 'CSAT is a team KPI', da: 'CSAT er en team-KPI' },
    {
      en: 'The whole team moves the score; first reply time is Mette’s own driver',
      da: 'Hele teamet flytter scoren; første svartid er Mettes egen driver',
    },
  ],
  [
    REVIEW_DATE,
    { en: 'Black Friday 2026 is left out of the baseline', da: 'Black Friday 2026 holdes ude af baselinen' },
    { en: 'A one-off campaign that does not recur in 2027', da: 'En engangskampagne, der ikke gentages i 2027' },
  ],
];

/** The review as typed at the review: the agreed actuals and baselines, before any tracking. */
function typedReview(lang: Lang): TemplateSpec {
  return reviewSheet(lang, {
    header: {
      employee: EMPLOYEE,
      manager: MANAGER,
      period: '2027',
      reviewDate: REVIEW_DATE,
      framework: 'SMART',
      followUp: CADENCE_VALUES.find((value) => value.id === MONTHLY)?.label[lang],
    },
    kpis: EXAMPLE_KPIS.map((entry) => kpiRow(entry, lang)),
    development: localize(DEVELOPMENT, lang),
    wellbeing: localize(WELLBEING, lang),
    nextSteps: localize(NEXT_STEPS, lang),
    decisions: localize(DECISIONS, lang),
    signOff: { employee: [EMPLOYEE, YES[lang], REVIEW_DATE], manager: [MANAGER, YES[lang], REVIEW_DATE] },
  });
}

/** What "Track this agreement" makes of the typed review, run in the review's month. */
function tracked(review: TemplateSpec, lang: Lang): TrackingPlan {
  const agreement = readAgreement(templateValues(review, 'excel'));
  const plan = planTracking(agreement, { lang, reviewSheetName: review.sheetName, today: monthOfSerial(REVIEW_DATE) });
  if (!plan.ok) throw new Error(plan.message.en);
  return plan;
}

/** Cells of a spec typed over, keeping their look as a host writing only the content does. */
function typedOver(spec: TemplateSpec, changes: ReadonlyMap<string, Pick<TemplateCell, 'value' | 'formula'>>): TemplateSpec {
  return {
    ...spec,
    cells: spec.cells.map((cells, row) => cells.map((cell, column) => {
      const change = changes.get(`${row},${column}`);
      if (!change) return cell;
      const { value: _value, formula: _formula, ...look } = cell ?? {};
      return { ...look, ...change };
    })),
  };
}

/** The review sheet filled with the example, its Actual and Baseline linked to the tracking sheet as Track links them. */
export function exampleReview(lang: Lang): TemplateSpec {
  const review = typedReview(lang);
  const links = tracked(review, lang).reviewLinks;
  return typedOver(review, new Map(links.map((link) => [`${link.row},${link.column}`, { formula: link.formula }])));
}

/** Each KPI's months as typed: the baseline months Jan - Dec 2026, then Jan - Jun 2027. */
interface TypedMonths {
  readonly kpi: Localized;
  readonly baseline: readonly number[];
  readonly period: readonly number[];
  /** Index into the baseline months of the one-off event they leave out. */
  readonly oneOff?: { readonly month: number; readonly text: string };
}

// The baselines' means (one-off event left out) are the agreed baselines; June 2027 is the review's actual.
const TYPED: readonly TypedMonths[] = [
  { kpi: FIRST_REPLY, baseline: [6.6, 6.9, 6.4, 6.2, 6.0, 5.8, 6.3, 5.7, 5.5, 5.3, 5.9, 5.4], period: [5.2, 5.0, 4.8, 4.6, 4.5, 4.3] },
  {
    kpi: RESOLVED,
    baseline: [170, 174, 183, 178, 185, 181, 160, 179, 187, 190, 246, 193],
    period: [188, 192, 198, 196, 203, 205],
    oneOff: { month: 10, text: 'Black Friday' },
  },
  { kpi: CSAT, baseline: [4.0, 4.0, 4.1, 4.1, 4.2, 4.1, 4.0, 4.1, 4.2, 4.2, 4.0, 4.2], period: [4.2, 4.2, 4.3, 4.2, 4.3, 4.3] },
  { kpi: FIRST_CONTACT, baseline: [66, 67, 69, 68, 70, 69, 66, 68, 70, 69, 66, 68], period: [69, 70, 68, 67, 67, 66] },
];

/** The tracking sheet Track makes of the example review, with its months typed up to June 2027. */
export function exampleTracking(lang: Lang): TemplateSpec {
  const { layout } = tracked(typedReview(lang), lang);
  const typed = new Map<string, Pick<TemplateCell, 'value'>>();
  for (const block of layout.blocks) {
    const months = TYPED.find((entry) => entry.kpi[lang] === block.kpiName);
    if (!months || months.baseline.length !== BASELINE_MONTHS) throw new Error(`no baseline year typed for ${block.kpiName}`);
    [...months.baseline, ...months.period].forEach((value, month) => typed.set(`${block.firstMonthRow + month},${block.columns.actual}`, { value }));
    if (months.oneOff) typed.set(`${block.firstMonthRow + months.oneOff.month},${block.columns.oneOff}`, { value: months.oneOff.text });
  }
  return typedOver(layout.spec, typed);
}
