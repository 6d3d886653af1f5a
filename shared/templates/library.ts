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

const CRM = { en: 'CRM', da: 'CRM' };
const SERVICE_DESK = { en: 'Service desk platform', da: 'Servicedesk-platform' };
const MARKETING_AUTOMATION = { en: 'Marketing automation', da: 'Marketing automation' };

/**
 * The guide's patterns per function (its example table: Sales L/Lg/Lg, Marketing mostly team and
 * lagging, Customer service L/Lg/Lg, Operations team with personal fault-resolution times, support
 * functions mostly team), written out as KPIs with their counter-KPI.
 */
export const LIBRARY: readonly LibraryEntry[] = [
  {
    function: SALES,
    kpi: { en: 'Booked demo meetings', da: 'Bookede demo-møder' },
    definition: { en: 'Demo meetings booked with qualified prospects per month', da: 'Demo-møder booket med kvalificerede emner pr. måned' },
    type: 'leading', focus: 'output', kind: 'quantity', scope: 'individual', direction: 'higher',
    source: CRM,
    counter: { en: 'Hit rate', da: 'Hit rate' },
  },
  {
    function: SALES,
    kpi: { en: 'Hit rate', da: 'Hit rate' },
    definition: { en: 'Won deals as a share of completed demo meetings', da: 'Vundne aftaler i procent af gennemførte demo-møder' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'individual', direction: 'higher',
    source: CRM,
    counter: { en: 'Booked demo meetings', da: 'Bookede demo-møder' },
  },
  {
    function: SALES,
    kpi: { en: 'Annual recurring revenue (ARR)', da: 'Årlig tilbagevendende omsætning (ARR)' },
    definition: { en: 'Contracted recurring revenue per year at month end; team-based for larger deals', da: 'Kontraktlig tilbagevendende omsætning pr. år ved månedens udgang; team-baseret for større aftaler' },
    type: 'lagging', focus: 'outcome', kind: 'quantity', scope: 'team', direction: 'higher',
    source: { en: 'CRM and billing (ERP)', da: 'CRM og fakturering (ERP)' },
    counter: { en: 'Average discount', da: 'Gennemsnitlig rabat' },
  },
  {
    function: SALES,
    kpi: { en: 'Average discount', da: 'Gennemsnitlig rabat' },
    definition: { en: 'Average discount off list price on deals won in the month', da: 'Gennemsnitlig rabat i forhold til listepris på vundne aftaler i måneden' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'individual', direction: 'lower',
    source: CRM,
    counter: { en: 'Annual recurring revenue (ARR)', da: 'Årlig tilbagevendende omsætning (ARR)' },
  },
  {
    function: MARKETING,
    kpi: { en: 'Marketing qualified leads (MQL)', da: 'Marketingkvalificerede leads (MQL)' },
    definition: { en: 'Leads meeting the agreed MQL criteria per month; can be split per channel owner', da: 'Leads, der opfylder de aftalte MQL-kriterier, pr. måned; kan deles pr. kanalansvarlig' },
    type: 'lagging', focus: 'output', kind: 'quantity', scope: 'team', direction: 'higher',
    source: MARKETING_AUTOMATION,
    counter: { en: 'MQL-to-SQL conversion', da: 'MQL-til-SQL-konvertering' },
  },
  {
    function: MARKETING,
    kpi: { en: 'MQL-to-SQL conversion', da: 'MQL-til-SQL-konvertering' },
    definition: { en: 'Share of MQLs that sales accepts as sales qualified leads', da: 'Andel af MQL’er, som salg accepterer som salgskvalificerede leads' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: CRM,
    counter: { en: 'Marketing qualified leads (MQL)', da: 'Marketingkvalificerede leads (MQL)' },
  },
  {
    function: MARKETING,
    kpi: { en: 'Revenue from newsletter campaigns', da: 'Omsætning fra nyhedsbrevskampagner' },
    definition: { en: 'Revenue attributed to newsletter campaigns in the month', da: 'Omsætning henført til nyhedsbrevskampagner i måneden' },
    type: 'lagging', focus: 'outcome', kind: 'quantity', scope: 'team', direction: 'higher',
    source: { en: 'Marketing automation and CRM', da: 'Marketing automation og CRM' },
    counter: { en: 'Unsubscribe rate', da: 'Afmeldingsrate' },
  },
  {
    function: SERVICE,
    kpi: { en: 'First reply time (hours)', da: 'Første svartid (timer)' },
    definition: { en: 'Median hours from a case arriving to its first reply', da: 'Median timer fra en sag kommer ind til første svar' },
    type: 'leading', focus: 'output', kind: 'quality', scope: 'individual', direction: 'lower',
    source: SERVICE_DESK,
    counter: { en: 'First contact resolution (%)', da: 'Løst ved første kontakt (%)' },
  },
  {
    function: SERVICE,
    kpi: { en: 'CSAT score', da: 'CSAT-score' },
    definition: { en: 'Average customer satisfaction (1-5) in the survey after a closed case', da: 'Gennemsnitlig kundetilfredshed (1-5) i undersøgelsen efter en lukket sag' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: { en: 'Customer survey in the service desk', da: 'Kundeundersøgelse i servicedesken' },
    counter: { en: 'Resolved cases', da: 'Løste sager' },
  },
  {
    function: SERVICE,
    kpi: { en: 'Resolved cases', da: 'Løste sager' },
    definition: { en: 'Cases closed as resolved per month', da: 'Sager lukket som løst pr. måned' },
    type: 'lagging', focus: 'output', kind: 'quantity', scope: 'individual', direction: 'higher',
    source: SERVICE_DESK,
    counter: { en: 'CSAT score', da: 'CSAT-score' },
  },
  {
    function: OPERATIONS,
    kpi: { en: 'Uptime (%)', da: 'Oppetid (%)' },
    definition: { en: 'Share of the month the service is available to customers', da: 'Andel af måneden, hvor tjenesten er tilgængelig for kunderne' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: { en: 'Monitoring', da: 'Overvågning (monitorering)' },
    counter: { en: 'Releases per month', da: 'Udrulninger pr. måned' },
  },
  {
    function: OPERATIONS,
    kpi: { en: 'Fault resolution time (hours)', da: 'Fejlretningstid (timer)' },
    definition: { en: 'Median hours from an incident being reported to it being fixed', da: 'Median timer fra en fejl meldes til den er rettet' },
    type: 'leading', focus: 'output', kind: 'quality', scope: 'individual', direction: 'lower',
    source: { en: 'Incident system', da: 'Hændelsessystem' },
    counter: { en: 'Reopened incidents (%)', da: 'Genåbnede hændelser (%)' },
  },
  {
    function: OPERATIONS,
    kpi: { en: 'On-time delivery (%)', da: 'Leveringspræcision (%)' },
    definition: { en: 'Orders delivered on or before the promised date', da: 'Ordrer leveret senest på den lovede dato' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: { en: 'ERP', da: 'ERP' },
    counter: { en: 'Cost per order', da: 'Omkostning pr. ordre' },
  },
  {
    function: HR,
    kpi: { en: 'Time to hire (days)', da: 'Tid til ansættelse (dage)' },
    definition: { en: 'Days from a job posting to an accepted offer, per recruitment consultant', da: 'Dage fra stillingsopslag til accepteret tilbud, pr. rekrutteringskonsulent' },
    type: 'lagging', focus: 'output', kind: 'quantity', scope: 'individual', direction: 'lower',
    source: { en: 'Recruitment system (ATS)', da: 'Rekrutteringssystem (ATS)' },
    counter: { en: 'New hires still employed after 12 months (%)', da: 'Nyansatte ansat efter 12 måneder (%)' },
  },
  {
    function: HR,
    kpi: { en: 'New hires still employed after 12 months (%)', da: 'Nyansatte ansat efter 12 måneder (%)' },
    definition: { en: 'Share of the year’s hires still employed 12 months later', da: 'Andel af årets nyansatte, der stadig er ansat 12 måneder efter' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: { en: 'HR system', da: 'HR-system' },
    counter: { en: 'Time to hire (days)', da: 'Tid til ansættelse (dage)' },
  },
  {
    function: FINANCE,
    kpi: { en: 'Days to close the month', da: 'Dage til månedsafslutning' },
    definition: { en: 'Working days from month end until the books are closed', da: 'Arbejdsdage fra månedens udgang til regnskabet er lukket' },
    type: 'lagging', focus: 'output', kind: 'quantity', scope: 'team', direction: 'lower',
    source: { en: 'ERP', da: 'ERP' },
    counter: { en: 'Corrections after close', da: 'Rettelser efter lukning' },
  },
  {
    function: IT,
    kpi: { en: 'IT cases resolved within SLA (%)', da: 'IT-sager løst inden for SLA (%)' },
    definition: { en: 'Share of the month’s IT cases resolved within the agreed SLA', da: 'Andel af månedens IT-sager løst inden for den aftalte SLA' },
    type: 'lagging', focus: 'outcome', kind: 'quality', scope: 'team', direction: 'higher',
    source: SERVICE_DESK,
    counter: { en: 'User satisfaction with IT', da: 'Brugertilfredshed med IT' },
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
