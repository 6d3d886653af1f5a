import { ragFormula } from '../functions/rag';
import { cellAddress } from '../workbook';
import type { Lang, Localized } from '../i18n/lang';
import { DIRECTION_VALUES, column } from '../agreement/columns';
import { SECTION_COLUMNS } from '../agreement/sections';
import { FORMATS, SheetBuilder, cellRange, computed, header, input, label, labelsOf, note, section, text, title } from './grid';
import type { TemplateSpec } from './spec';

export const POST_MORTEM_SHEET_NAME: Localized = { en: 'KPI post-mortem', da: 'KPI-post-mortem' };

const TEXT = {
  title: { en: 'Post-mortem of a missed KPI', da: 'Post-mortem for en KPI, der ikke blev nået' },
  note: {
    en: 'Fill it in together when a KPI missed its target: what happened, why, and what the next baseline and target learn from it.',
    da: 'Udfyld den sammen, når en KPI ikke nåede sit mål: hvad skete der, hvorfor, og hvad næste baseline og mål kan lære af det.',
  },
  kpi: { en: 'The KPI', da: 'KPI’en' },
  period: { en: 'Period', da: 'Periode' },
  gap: { en: 'Gap to target', da: 'Afvigelse fra mål' },
  cause: { en: 'What happened and why', da: 'Hvad skete der, og hvorfor' },
  learning: { en: 'Learning for the next period', da: 'Læring til næste periode' },
  actions: { en: 'Actions', da: 'Handlinger' },
  question: { en: 'Question', da: 'Spørgsmål' },
  answer: { en: 'Answer', da: 'Svar' },
} satisfies Record<string, Localized>;

/** The questions of a root-cause review, from the guide's validity and fairness table and its gap analysis. */
export const POST_MORTEM_QUESTIONS: readonly Localized[] = [
  {
    en: 'When did the KPI start to fall behind, and what happened then?',
    da: 'Hvornår begyndte KPI’en at halte bagefter, og hvad skete der på det tidspunkt?',
  },
  {
    en: 'Did the leading KPIs warn in time, and did we act on the warning?',
    da: 'Advarede de leading KPI’er i tide, og handlede vi på advarslen?',
  },
  {
    en: 'Were the numbers right: complete data, the same registration practice, the agreed data source?',
    da: 'Var tallene rigtige: komplette data, ens registreringspraksis og den aftalte datakilde?',
  },
  {
    en: 'Did the preconditions change (market, budget, resources, scope), and should the KPI have been revisited?',
    da: 'Ændrede forudsætningerne sig (marked, budget, ressourcer, scope), og burde KPI’en have været revurderet?',
  },
  {
    en: 'Could the employee influence at least 70 % of the result, or is it a team KPI?',
    da: 'Kunne medarbejderen selv påvirke mindst 70 % af resultatet, eller er det en team-KPI?',
  },
  {
    en: 'Was the target realistic against the baseline, the history and the capacity?',
    da: 'Var målet realistisk set i forhold til baselinen, historikken og kapaciteten?',
  },
  {
    en: 'Which skills or process improvements does the gap point to?',
    da: 'Hvilke kompetencebehov eller procesforbedringer peger afvigelsen på?',
  },
];

/** What the review takes into the next agreement: the guide's learning for future baselines. */
export const POST_MORTEM_LEARNING: readonly Localized[] = [
  { en: 'What do we keep doing?', da: 'Hvad fortsætter vi med?' },
  { en: 'What do we change?', da: 'Hvad ændrer vi?' },
  { en: 'New baseline, and the months it rests on', da: 'Ny baseline og de måneder, den bygger på' },
  { en: 'New target, or a changed or dropped KPI', da: 'Nyt mål eller en ændret eller droppet KPI' },
  { en: 'Revisit if (the if-then trigger for next time)', da: 'Revurderes hvis (if-then-trigger til næste gang)' },
];

const ACTION_ROWS = 3;
const POST_MORTEM_WIDTHS = [300, 420, 160];

/**
 * The post-mortem sheet: the missed KPI with its status and gap, the root-cause questions, the
 * learning for the next baseline and target, and the actions that follow.
 */
export function postMortemSheet(lang: Lang): TemplateSpec {
  const sheet = new SheetBuilder(POST_MORTEM_WIDTHS);
  sheet.row(title(TEXT.title[lang]));
  sheet.row(note(TEXT.note[lang]));

  sheet.blankRow();
  sheet.row(section(TEXT.kpi[lang]));
  const field = (name: string, numberFormat?: string) => sheet.row(label(name), input(undefined, numberFormat));
  field(column('kpi').header[lang]);
  field(TEXT.period[lang]);
  const direction = field(column('direction').header[lang]);
  sheet.list(cellRange(direction, 1), labelsOf(DIRECTION_VALUES, lang));
  field(column('baseline').header[lang], FORMATS.number);
  const target = field(column('target').header[lang], FORMATS.number);
  const actual = field(column('actual').header[lang], FORMATS.number);
  const [at, targetAt, directionAt] = [actual, target, direction].map((row) => cellAddress(row, 1));
  // Both blank while actual or target is: RAG gives "", and the gap waits for two numbers.
  const status = sheet.row(label(column('status').header[lang]), computed(ragFormula(at, targetAt, directionAt, lang)));
  sheet.ragFills(cellRange(status, 1));
  sheet.row(label(TEXT.gap[lang]), computed(`=IF(COUNT(${at},${targetAt})<2,"",${at}-${targetAt})`, FORMATS.number));

  const questions = (heading: Localized, asked: readonly Localized[]): void => {
    sheet.blankRow();
    sheet.row(section(heading[lang]));
    sheet.row(header(TEXT.question[lang]), header(TEXT.answer[lang]));
    for (const question of asked) sheet.row(text(question[lang]), input());
  };
  questions(TEXT.cause, POST_MORTEM_QUESTIONS);
  questions(TEXT.learning, POST_MORTEM_LEARNING);

  sheet.blankRow();
  sheet.row(section(TEXT.actions[lang]));
  const [what, who, when] = SECTION_COLUMNS.nextSteps;
  sheet.row(header(what[lang]), header(who[lang]), header(when[lang]));
  for (let index = 0; index < ACTION_ROWS; index++) sheet.row(input(), input(), input(undefined, FORMATS.date));

  return sheet.build({ id: 'postMortem', lang, sheetName: POST_MORTEM_SHEET_NAME[lang], frozenRows: 0 });
}
