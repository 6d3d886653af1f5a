import type { Lang, Localized } from '../i18n/lang';
import { column, type ColumnKey } from '../agreement/columns';
import { SheetBuilder, header, label, note, text, title } from './grid';
import { kpiRow, type KpiEntry } from './review';
import type { TemplateSpec } from './spec';

export const LIBRARY_SHEET_NAME: Localized = { en: 'KPI library', da: 'KPI-bibliotek' };

const TEXT = {
  title: { en: 'KPI library by function', da: 'KPI-bibliotek efter funktion' },
  note: {
    en: 'Ideas to start from: pick 3-5, at least one Leading and one Lagging, and copy them into the agreement.',
    da: 'Idéer at starte fra: vælg 3-5, mindst én Leading og én Lagging, og kopiér dem ind i aftalen.',
  },
  function: { en: 'Function', da: 'Funktion' },
  source: { en: 'Typical data source', da: 'Typisk datakilde' },
} satisfies Record<string, Localized>;

/** A library row: an agreement KPI, the function it suits, and where its numbers usually come from. */
export interface LibraryEntry extends KpiEntry {
  readonly function: Localized;
  readonly kpi: Localized;
  readonly definition: Localized;
  readonly source: Localized;
  readonly counter: Localized;
}

const SALES = { en: 'Sales', da: 'Salg' };
const MARKETING = { en: 'Marketing', da: 'Marketing' };
const SERVICE = { en: 'Customer service', da: 'Kundeservice' };
const OPERATIONS = { en: 'Operations', da: 'Drift' };
const HR = { en: 'Support functions: HR', da: 'Støttefunktioner: HR' };
const FINANCE = { en: 'Support functions: Finance', da: 'Støttefunktioner: Økonomi' };
const IT = { en: 'Support functions: IT', da: 'Støttefunktioner: IT' };
const LEARNING = { en: 'All roles: learning and well-being', da: 'Alle roller: læring og trivsel' };

const CRM = { en: 'CRM', da: 'CRM' };
const ERP = { en: 'ERP', da: 'ERP' };
const SERVICE_DESK = { en: 'Service desk platform', da: 'Servicedesk-platform' };
const MARKETING_AUTOMATION = { en: 'Marketing automation', da: 'Marketing automation-værktøj' };
const RESPONSE_RATE = { en: 'Survey response rate (%)', da: 'Svarprocent i undersøgelsen (%)' };
const WEB_ANALYTICS = { en: 'Web analytics (e.g. Google Analytics)', da: 'Webanalyse (fx Google Analytics)' };
const ATS = { en: 'Recruitment system (ATS)', da: 'Rekrutteringssystem (ATS)' };
const HR_SYSTEM = { en: 'HR system', da: 'HR-system' };

// KPI names used again as counter-KPIs: one spelling per name, so a counter always matches its KPI.
const DEMO_MEETINGS = { en: 'Booked demo meetings', da: 'Bookede demo-møder' };
const HIT_RATE = { en: 'Hit rate', da: 'Hit rate' };
const MRR = { en: 'Monthly recurring revenue (MRR)', da: 'Månedlig tilbagevendende omsætning (MRR)' };
const CHURN = { en: 'Customer churn (%)', da: 'Kundeafgang (churn, %)' };
const MQL = { en: 'Marketing qualified leads (MQL)', da: 'Marketingkvalificerede leads (MQL)' };
const MQL_TO_SQL = { en: 'MQL-to-SQL conversion', da: 'MQL-til-SQL-konvertering' };
const ARTICLES = { en: 'Published articles', da: 'Publicerede artikler' };
const READING_TIME = { en: 'Average reading time (minutes)', da: 'Gennemsnitlig læsetid (minutter)' };
const FIRST_REPLY = { en: 'First reply time (hours)', da: 'Første svartid (timer)' };
const FIRST_CONTACT = { en: 'First contact resolution (%)', da: 'Løst ved første kontakt (%)' };
const RESOLVED = { en: 'Resolved cases', da: 'Løste sager' };
const CSAT = { en: 'CSAT score', da: 'CSAT-score' };
const FAULT_RESOLUTION = { en: 'Fault resolution time (hours)', da: 'Fejlretningstid (timer)' };
const REOPENED = { en: 'Reopened incidents (%)', da: 'Genåbnede hændelser (%)' };
const FIRST_INTERVIEWS = { en: 'First interviews held per week', da: 'Første samtaler afholdt pr. uge' };
const TIME_TO_HIRE = { en: 'Time to hire (days)', da: 'Tid til ansættelse (dage)' };
const RETAINED_HIRES = { en: 'New hires still employed after 12 months (%)', da: 'Nyansatte, der stadig er ansat efter 12 måneder (%)' };
const RECONCILED = { en: 'Accounts reconciled by working day 3 (%)', da: 'Konti afstemt senest 3. arbejdsdag (%)' };
const DAYS_TO_CLOSE = { en: 'Days to close the month', da: 'Dage til månedsafslutning' };
const CORRECTIONS = { en: 'Corrections after close', da: 'Rettelser efter lukning' };
const IT_CASES_CLOSED = { en: 'IT cases closed per week', da: 'IT-sager lukket pr. uge' };
const WITHIN_SLA = { en: 'IT cases resolved within SLA (%)', da: 'IT-sager løst inden for SLA (%)' };
const IT_SATISFACTION = { en: 'User satisfaction with IT', da: 'Brugertilfredshed med IT' };
const COURSES = { en: 'Completed courses', da: 'Antal gennemførte kurser' };
const NEW_TECH = { en: 'Projects with new technology', da: 'Projekter med ny teknologi' };
const PULSE = { en: 'Team well-being (pulse survey)', da: 'Trivsel i teamet (pulsmåling)' };

/**
 * The guide's patterns per function (its example table: Sales L/Lg/Lg, Marketing mostly team,
 * Customer service L/Lg/Lg, Operations team with personal fault-resolution times, support
 * functions mostly team, HR also per recruitment consultant), written out as KPIs with their
 * counter-KPI. Every function offers at least one Leading and one Lagging KPI, an Outcome and a
 * Quality KPI, and an individual leading driver beside its team KPIs, so an agreement picked from
 * one function alone can follow the guide's rules.
 */
export const LIBRARY: readonly LibraryEntry[] = [
  {
    function: SALES,
    kpi: DEMO_MEETINGS,
    definition: { en: 'Demo meetings booked with qualified prospects per week', da: 'Demo-møder booket med kvalificerede emner pr. uge' },
    type: 'leading', focus: 'output', kind: 'quantity', scope: 'individual', direction: 'higher',
    source: CRM,
    counter: HIT_RATE,
  },
  {
    function: SALES,
    kpi: { en: 'Offer volume (DKK)', da: 'Tilbudsvolumen (kr.)' },
    definition: { en: 'Total value of the offers sent to customers per week', da: 'Samlet værdi af de tilbud, der er sendt til kunder, pr. uge' },
    type: 'leading', focus: 'output', kind: 'quantity', scope: 'individual', direction: 'higher',
    source: CRM,
    counter: HIT_RATE,
  },
  {
    function: SALES,
    kpi: HIT_RATE,
    definition: { en: 'Won deals as a share of completed demo meetings', da: 'Vundne aftaler i procent af gennemførte demo-møder' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'individual', direction: 'higher',
    source: CRM,
    counter: DEMO_MEETINGS,
  },
  {
    function: SALES,
    kpi: MRR,
    definition: { en: 'Contracted recurring revenue per month at month end (12 × MRR is ARR); team-based for larger deals', da: 'Kontraktlig tilbagevendende omsætning pr. måned ved månedens udgang (12 × MRR er ARR); team-baseret for større aftaler' },
    type: 'lagging', focus: 'outcome', kind: 'quantity', scope: 'team', direction: 'higher',
    source: { en: 'CRM and billing (ERP)', da: 'CRM og fakturering (ERP)' },
    counter: CHURN,
  },
  {
    function: SALES,
    kpi: CHURN,
    definition: { en: 'Share of the customers at the start of the month who cancelled during it', da: 'Andel af kunderne ved månedens start, der har opsagt i løbet af måneden' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'lower',
    source: { en: 'CRM and billing (ERP)', da: 'CRM og fakturering (ERP)' },
    counter: MRR,
  },
  {
    function: MARKETING,
    kpi: MQL,
    definition: { en: 'Leads meeting the agreed MQL criteria per week, in the channels one owns', da: 'Leads, der opfylder de aftalte MQL-kriterier, pr. uge i de kanaler, man selv er ansvarlig for' },
    type: 'leading', focus: 'output', kind: 'quantity', scope: 'individual', direction: 'higher',
    source: MARKETING_AUTOMATION,
    counter: MQL_TO_SQL,
  },
  {
    function: MARKETING,
    kpi: MQL_TO_SQL,
    definition: { en: 'Share of MQLs that sales accepts as sales qualified leads', da: 'Andel af MQL’er, som salg accepterer som salgskvalificerede leads' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: CRM,
    counter: MQL,
  },
  {
    function: MARKETING,
    kpi: ARTICLES,
    definition: { en: 'Articles published on the website per week', da: 'Artikler publiceret på hjemmesiden pr. uge' },
    type: 'leading', focus: 'output', kind: 'quantity', scope: 'individual', direction: 'higher',
    source: { en: 'Content management system (CMS)', da: 'Publiceringssystem (CMS)' },
    counter: READING_TIME,
  },
  {
    function: MARKETING,
    kpi: READING_TIME,
    definition: { en: 'Average time readers spend on the month’s new articles', da: 'Gennemsnitlig tid, læserne bruger på månedens nye artikler' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: WEB_ANALYTICS,
    counter: ARTICLES,
  },
  {
    function: MARKETING,
    kpi: { en: 'Organic traffic', da: 'Organisk trafik' },
    definition: { en: 'Visits from unpaid search results per month', da: 'Besøg fra ubetalte søgeresultater pr. måned' },
    type: 'lagging', focus: 'outcome', kind: 'quantity', scope: 'team', direction: 'higher',
    source: WEB_ANALYTICS,
    counter: READING_TIME,
  },
  {
    function: MARKETING,
    kpi: { en: 'Revenue from newsletter campaigns', da: 'Omsætning fra nyhedsbrevskampagner' },
    definition: { en: 'Revenue attributed to newsletter campaigns in the month', da: 'Omsætning henført til nyhedsbrevskampagner i måneden' },
    type: 'lagging', focus: 'outcome', kind: 'quantity', scope: 'team', direction: 'higher',
    source: { en: 'Marketing automation and CRM', da: 'Marketing automation-værktøj og CRM' },
    counter: { en: 'Unsubscribe rate', da: 'Andel afmeldinger' },
  },
  {
    function: SERVICE,
    kpi: FIRST_REPLY,
    definition: { en: 'Median hours from a case arriving to its first reply', da: 'Median antal timer fra en sag kommer ind, til den får første svar' },
    type: 'leading', focus: 'output', kind: 'quality', scope: 'individual', direction: 'lower',
    source: SERVICE_DESK,
    counter: FIRST_CONTACT,
  },
  {
    function: SERVICE,
    kpi: FIRST_CONTACT,
    definition: { en: 'Share of cases solved without the customer having to contact us again', da: 'Andel af sager løst, uden at kunden skal kontakte os igen' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'individual', direction: 'higher',
    source: SERVICE_DESK,
    counter: FIRST_REPLY,
  },
  {
    function: SERVICE,
    kpi: RESOLVED,
    definition: { en: 'Cases closed as resolved per month', da: 'Sager lukket som løst pr. måned' },
    type: 'lagging', focus: 'output', kind: 'quantity', scope: 'individual', direction: 'higher',
    source: SERVICE_DESK,
    counter: CSAT,
  },
  {
    function: SERVICE,
    kpi: CSAT,
    definition: { en: 'Average customer satisfaction (1-5) in the survey after a closed case', da: 'Gennemsnitlig kundetilfredshed (1-5) i undersøgelsen efter en lukket sag' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: { en: 'Customer survey in the service desk', da: 'Kundeundersøgelse i servicedesken' },
    counter: RESOLVED,
  },
  {
    function: SERVICE,
    kpi: { en: 'Net Promoter Score (NPS)', da: 'Net Promoter Score (NPS)' },
    definition: { en: 'Promoters minus detractors, in % of the quarter’s answers to “would you recommend us?”', da: 'Promotorer minus kritikere i % af kvartalets svar på »Vil du anbefale os?«' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: { en: 'Customer survey (NPS)', da: 'Kundeundersøgelse (NPS)' },
    counter: RESOLVED,
  },
  {
    function: OPERATIONS,
    kpi: FAULT_RESOLUTION,
    definition: { en: 'Median hours from an incident being reported to it being fixed', da: 'Median antal timer fra en fejl meldes, til den er rettet' },
    type: 'leading', focus: 'output', kind: 'quality', scope: 'individual', direction: 'lower',
    source: { en: 'Incident system', da: 'Hændelsessystem' },
    counter: REOPENED,
  },
  {
    function: OPERATIONS,
    kpi: REOPENED,
    definition: { en: 'Share of the month’s fixed incidents that were reopened', da: 'Andel af månedens rettede fejl, der er blevet genåbnet' },
    type: 'lagging', focus: 'output', kind: 'quality', scope: 'team', direction: 'lower',
    source: { en: 'Incident system', da: 'Hændelsessystem' },
    counter: FAULT_RESOLUTION,
  },
  {
    function: OPERATIONS,
    kpi: { en: 'Uptime (%)', da: 'Oppetid (%)' },
    definition: { en: 'Share of the month the service is available to customers', da: 'Andel af måneden, hvor tjenesten er tilgængelig for kunderne' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: { en: 'Monitoring', da: 'Overvågning' },
    counter: FAULT_RESOLUTION,
  },
  {
    function: OPERATIONS,
    kpi: { en: 'On-time delivery (%)', da: 'Leveringspræcision (%)' },
    definition: { en: 'Orders delivered on or before the promised date', da: 'Ordrer leveret senest på den lovede dato' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: ERP,
    counter: { en: 'Cost per order', da: 'Omkostning pr. ordre' },
  },
  {
    function: HR,
    kpi: FIRST_INTERVIEWS,
    definition: { en: 'First interviews with qualified candidates held per week, per recruitment consultant', da: 'Første samtaler med kvalificerede kandidater afholdt pr. uge, pr. rekrutteringskonsulent' },
    type: 'leading', focus: 'output', kind: 'quantity', scope: 'individual', direction: 'higher',
    source: ATS,
    counter: RETAINED_HIRES,
  },
  {
    function: HR,
    kpi: TIME_TO_HIRE,
    definition: { en: 'Days from a job posting to an accepted offer, per recruitment consultant', da: 'Dage fra stillingsopslag til accepteret tilbud, pr. rekrutteringskonsulent' },
    type: 'lagging', focus: 'output', kind: 'quantity', scope: 'individual', direction: 'lower',
    source: ATS,
    counter: RETAINED_HIRES,
  },
  {
    function: HR,
    kpi: RETAINED_HIRES,
    definition: { en: 'Share of the year’s hires still employed 12 months later', da: 'Andel af årets nyansatte, der stadig er ansat 12 måneder efter' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: HR_SYSTEM,
    counter: TIME_TO_HIRE,
  },
  {
    function: HR,
    kpi: { en: 'Employee Net Promoter Score (eNPS)', da: 'Employee Net Promoter Score (eNPS)' },
    definition: { en: 'Promoters minus detractors, in % of the answers to “would you recommend us as a workplace?”', da: 'Promotorer minus kritikere i % af svarene på »Vil du anbefale os som arbejdsplads?«' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: { en: 'Employee survey (eNPS)', da: 'Medarbejderundersøgelse (eNPS)' },
    counter: RESPONSE_RATE,
  },
  {
    function: FINANCE,
    kpi: RECONCILED,
    definition: { en: 'Share of one’s balance sheet accounts reconciled by the third working day of the month', da: 'Andel af ens balancekonti, der er afstemt senest den 3. arbejdsdag i måneden' },
    type: 'leading', focus: 'output', kind: 'quality', scope: 'individual', direction: 'higher',
    source: ERP,
    counter: CORRECTIONS,
  },
  {
    function: FINANCE,
    kpi: DAYS_TO_CLOSE,
    definition: { en: 'Working days from month end until the books are closed', da: 'Arbejdsdage fra månedens udgang, til regnskabet er lukket' },
    type: 'lagging', focus: 'output', kind: 'quantity', scope: 'team', direction: 'lower',
    source: ERP,
    counter: CORRECTIONS,
  },
  {
    function: FINANCE,
    kpi: CORRECTIONS,
    definition: { en: 'Postings corrected after the month was closed', da: 'Posteringer rettet, efter måneden er lukket' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'lower',
    source: ERP,
    counter: DAYS_TO_CLOSE,
  },
  {
    function: FINANCE,
    kpi: { en: 'EBIT (DKK million)', da: 'EBIT (mio. kr.)' },
    definition: { en: 'Earnings before interest and taxes, year to date, against budget', da: 'Resultat før renter og skat, år til dato, holdt op mod budgettet' },
    type: 'lagging', focus: 'outcome', kind: 'quantity', scope: 'team', direction: 'higher',
    source: ERP,
    counter: CHURN,
  },
  {
    function: IT,
    kpi: IT_CASES_CLOSED,
    definition: { en: 'IT cases one closed as resolved per week', da: 'IT-sager, man selv har lukket som løst, pr. uge' },
    type: 'leading', focus: 'output', kind: 'quantity', scope: 'individual', direction: 'higher',
    source: SERVICE_DESK,
    counter: IT_SATISFACTION,
  },
  {
    function: IT,
    kpi: WITHIN_SLA,
    definition: { en: 'Share of the month’s IT cases resolved within the agreed SLA', da: 'Andel af månedens IT-sager løst inden for den aftalte SLA' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: SERVICE_DESK,
    counter: IT_SATISFACTION,
  },
  {
    function: IT,
    kpi: IT_SATISFACTION,
    definition: { en: 'Average user rating (1-5) in the survey after a closed IT case', da: 'Gennemsnitlig vurdering (1-5) fra brugerne i undersøgelsen efter en lukket IT-sag' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: { en: 'Survey in the service desk', da: 'Undersøgelse i servicedesken' },
    counter: IT_CASES_CLOSED,
  },
  {
    function: LEARNING,
    kpi: COURSES,
    definition: { en: 'Courses and certifications completed in the period, as agreed in the development plan', da: 'Kurser og certificeringer gennemført i perioden, som aftalt i udviklingsplanen' },
    type: 'leading', focus: 'output', kind: 'quantity', scope: 'individual', direction: 'higher',
    source: { en: 'HR system (course records)', da: 'HR-system (kursusoversigt)' },
    counter: NEW_TECH,
  },
  {
    function: LEARNING,
    kpi: NEW_TECH,
    definition: { en: 'Projects in which one has put a new technology or method to use', da: 'Projekter, hvor man har taget en ny teknologi eller metode i brug' },
    type: 'lagging', focus: 'outcome', kind: 'quantity', scope: 'individual', direction: 'higher',
    source: { en: 'Project log', da: 'Projektoversigt' },
    counter: COURSES,
  },
  {
    function: LEARNING,
    kpi: PULSE,
    definition: { en: 'Average answer (1-5) in the team’s monthly pulse survey', da: 'Gennemsnitligt svar (1-5) i teamets månedlige pulsmåling' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: { en: 'Pulse survey', da: 'Pulsmåling' },
    counter: RESPONSE_RATE,
  },
];

/** Agreement columns the library shows, in the agreement's order; `source` gets its own header. */
const LIBRARY_COLUMNS: readonly ColumnKey[] = ['kpi', 'definition', 'type', 'focus', 'kind', 'scope', 'direction', 'source', 'counter'];
const LIBRARY_WIDTHS = [190, 230, 320, 90, 90, 90, 90, 90, 200, 230];

/** The KPI library: a table to browse and copy from. Title, note and header stay frozen. */
export function librarySheet(lang: Lang): TemplateSpec {
  const sheet = new SheetBuilder(LIBRARY_WIDTHS);
  sheet.row(title(TEXT.title[lang]));
  sheet.row(note(TEXT.note[lang]));
  const headings = LIBRARY_COLUMNS.map((key) => (key === 'source' ? TEXT.source[lang] : column(key).header[lang]));
  sheet.row(header(TEXT.function[lang]), ...headings.map(header));
  for (const entry of LIBRARY) {
    const row = kpiRow(entry, lang);
    // Reference text, not a form: input style only for its wrapping, so long definitions stay readable.
    sheet.row(label(entry.function[lang]), ...LIBRARY_COLUMNS.map((key) => text(row[key])));
  }
  return sheet.build({ id: 'library', lang, sheetName: LIBRARY_SHEET_NAME[lang], frozenRows: 3 });
}
