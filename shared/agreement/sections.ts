import type { Localized } from '../i18n/lang';

/**
 * The titles of the review sheet's sections and header fields. The template writes them and the
 * section rules find them again by these titles, in either language.
 */
export type SectionKey = 'agreement' | 'development' | 'wellbeing' | 'questions' | 'nextSteps' | 'decisions';

export const SECTION_TITLES: Record<SectionKey, Localized> = {
  agreement: { en: 'KPI agreement', da: 'KPI-aftale' },
  development: { en: 'Development goals', da: 'Udviklingsmål' },
  wellbeing: { en: 'Well-being and learning', da: 'Trivsel og læring' },
  questions: { en: 'Questions for the conversation', da: 'Spørgsmål til samtalen' },
  nextSteps: { en: 'Next steps', da: 'Næste skridt' },
  decisions: { en: 'Decisions log', da: 'Beslutningslog' },
};

export type HeaderFieldKey = 'employee' | 'manager' | 'period' | 'reviewDate' | 'framework' | 'followUp';

/** Label cells of the header block; the value stands in the cell to the label's right. */
export const HEADER_FIELDS: Record<HeaderFieldKey, Localized> = {
  employee: { en: 'Employee', da: 'Medarbejder' },
  manager: { en: 'Manager', da: 'Leder' },
  period: { en: 'Period', da: 'Periode' },
  reviewDate: { en: 'Review date', da: 'Samtaledato' },
  framework: { en: 'Framework', da: 'Ramme' },
  followUp: { en: 'Follow-up cadence', da: 'Opfølgningsfrekvens' },
};

export const FRAMEWORKS = ['SMART', 'FAST'] as const;

/**
 * Column headers under each section title, from the sheet's first column. A section's entries are
 * the rows under this header row, up to the next section title, whose first cell is not blank.
 */
export const SECTION_COLUMNS: Record<Exclude<SectionKey, 'agreement'>, readonly Localized[]> = {
  development: [
    { en: 'Goal', da: 'Mål' },
    { en: 'Action', da: 'Handling' },
    { en: 'Support', da: 'Støtte' },
    { en: 'Deadline', da: 'Deadline' },
  ],
  wellbeing: [
    { en: 'Goal', da: 'Mål' },
    { en: 'How we follow it', da: 'Sådan følger vi op' },
    { en: 'When', da: 'Hvornår' },
  ],
  questions: [
    { en: 'Category', da: 'Kategori' },
    { en: 'Question', da: 'Spørgsmål' },
    { en: 'Answer', da: 'Svar' },
  ],
  nextSteps: [
    { en: 'What', da: 'Hvad' },
    { en: 'Who', da: 'Hvem' },
    { en: 'When', da: 'Hvornår' },
  ],
  decisions: [
    { en: 'Date', da: 'Dato' },
    { en: 'Decision', da: 'Beslutning' },
    { en: 'Reason', da: 'Begrundelse' },
  ],
};
