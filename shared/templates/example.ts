import type { Lang, Localized } from '../i18n/lang';
import { CADENCE_VALUES, DIRECTION_VALUES } from '../agreement/columns';
import { YES_NO_VALUES } from './answers';
import { dateSerial, type CellValue } from './grid';
import { kpiRow, reviewSheet, type KpiEntry } from './review';
import { trackingSheet, type TrackedKpi } from './tracking';
import type { TemplateSpec } from './spec';

/**
 * A worked example for a customer-service employee, as the guide would have it: 4 KPIs, leading
 * and lagging, outcomes first, a quality KPI beside the volume KPI, a team CSAT driven by an
 * individual leading KPI, targets within 50 % of their baselines, and counter-KPIs that balance.
 * Both have signed it at the review. The playground shows it and the tests hold it to the
 * validator: no error, no warning. Weights follow influence and impact; each KPI has the if-then
 * trigger that reopens it.
 */

const EMPLOYEE = 'Mette Jensen';
const MANAGER = 'Anders Holm';
const SERVICE_DESK: Localized = { en: 'Service desk (Zendesk)', da: 'Servicedesk (Zendesk)' };
const BASELINE_PERIOD: Localized = { en: 'Nov 2025 - Oct 2026', da: 'nov. 2025 - okt. 2026' };
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
    baselinePeriod: { en: 'Nov 2025 - Oct 2026, without Black Friday', da: 'nov. 2025 - okt. 2026, uden Black Friday' },
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
    { en: 'Black Friday 2025 is left out of the baseline', da: 'Black Friday 2025 holdes ude af baselinen' },
    { en: 'A one-off campaign that does not recur in 2027', da: 'En engangskampagne, der ikke gentages i 2027' },
  ],
];

/** The review sheet filled with the example. */
export function exampleReview(lang: Lang): TemplateSpec {
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

/** Twelve months, November to October, one value each. */
const year = (...months: number[]): number[] => {
  if (months.length !== 12) throw new Error(`a year has 12 months, not ${months.length}`);
  return months;
};
const flat = (target: number): number[] => Array<number>(12).fill(target);

// Nov 2024 - Oct 2026: two years up to the review, so the second has its same period last year.
const TRACKED: readonly (Omit<TrackedKpi, 'name' | 'direction'> & { name: Localized; direction: 'higher' | 'lower' })[] = [
  {
    name: FIRST_REPLY,
    direction: 'lower',
    actual: [...year(7.8, 8.4, 7.9, 7.6, 7.4, 7.5, 7.2, 7.0, 7.6, 7.1, 6.9, 6.8), ...year(7.2, 7.4, 6.6, 6.3, 6.1, 6.0, 5.8, 5.6, 6.2, 5.4, 4.9, 4.3)],
    target: [...flat(7), ...flat(6)],
  },
  {
    name: RESOLVED,
    direction: 'higher',
    actual: [...year(150, 138, 162, 165, 170, 160, 168, 172, 140, 175, 178, 176), ...year(246, 158, 178, 182, 185, 176, 183, 186, 150, 190, 192, 205)],
    target: [...flat(160), ...flat(180)],
    // Black Friday 2025: the campaign month the baseline leaves out.
    oneOff: [...Array<undefined>(12).fill(undefined), 'Black Friday'],
  },
  {
    name: CSAT,
    direction: 'higher',
    actual: [...year(3.9, 3.8, 4.0, 4.0, 4.1, 4.0, 4.1, 4.1, 3.9, 4.0, 4.1, 4.1), ...year(3.9, 4.0, 4.1, 4.1, 4.2, 4.1, 4.2, 4.2, 4.0, 4.2, 4.2, 4.3)],
    target: [...flat(4), ...flat(4.2)],
  },
];

/** The tracking sheet filled with two years of the example's months. */
export function exampleTracking(lang: Lang): TemplateSpec {
  return trackingSheet(lang, {
    firstMonth: dateSerial(2024, 11),
    kpis: TRACKED.map((kpi) => ({
      ...kpi,
      name: kpi.name[lang],
      direction: DIRECTION_VALUES.find((value) => value.id === kpi.direction)?.label[lang],
    })),
  });
}
