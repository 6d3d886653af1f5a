import type { Lang, Localized } from '../i18n/lang';
import { YES_NO_VALUES } from './answers';
import { SheetBuilder, cellRange, header, input, label, labelsOf, note, section, text, title } from './grid';
import type { TemplateSpec } from './spec';

export const CHECKLIST_SHEET_NAME: Localized = { en: 'Checklist', da: 'Tjekliste' };

const TEXT = {
  title: { en: 'Preparation checklist', da: 'Tjekliste til forberedelse' },
  note: {
    en: 'Go through it before the conversation; mark Done with Yes or No.',
    da: 'Gå den igennem før samtalen; markér Udført med Ja eller Nej.',
  },
  preparation: { en: 'Before the conversation', da: 'Før samtalen' },
  quickCheck: { en: 'Quick-check before a KPI is locked', da: 'Quick-check før KPI’en låses' },
  quickCheckNote: {
    en: 'If you can answer yes to every point, you have probably found a KPI that motivates, not just measures.',
    da: 'Kan du svare ja til alle punkter, har du sandsynligvis fundet en KPI, der ikke bare måler, men også motiverer.',
  },
  pitfalls: { en: 'Typical pitfalls and how to avoid them', da: 'Typiske faldgruber, og hvordan du undgår dem' },
  item: { en: 'Item', da: 'Punkt' },
  question: { en: 'Question', da: 'Spørgsmål' },
  done: { en: 'Done', da: 'Udført' },
  pitfall: { en: 'Pitfall', da: 'Faldgrube' },
  symptom: { en: 'Symptom', da: 'Symptom' },
  solution: { en: 'Solution', da: 'Løsning' },
} satisfies Record<string, Localized>;


/** The guide's preparation list ("Gode spørgsmål, forberedelse og faldgruber at undgå"). */
export const PREPARATION: readonly Localized[] = [
  {
    en: 'Re-read the strategy, your job description and earlier agreements, so you speak to the company’s direction and your key responsibilities.',
    da: 'Genlæs strategi, jobbeskrivelse og tidligere aftaler, så du taler ind i virksomhedens retning og dine vigtigste ansvarsområder.',
  },
  {
    en: 'Pull the latest data from CRM, finance system, support dashboard etc. and verify the numbers. Note deviations or data problems.',
    da: 'Træk seneste data fra CRM, økonomisystem, support-dashboard mv. og verificér tallene. Notér afvigelser eller dataproblemer.',
  },
  {
    en: 'Identify your most important efforts since the last conversation: which deliveries and projects did you complete, and what was the effect?',
    da: 'Identificér dine vigtigste indsatser siden sidste samtale: Hvilke leverancer og projekter har du gennemført, og hvad blev effekten?',
  },
  {
    en: 'Reflect on learning and well-being: what went well, what could improve, and how has the workload affected you and the team?',
    da: 'Reflektér over læring og trivsel: Hvad gik godt, hvad kunne forbedres, og hvordan har arbejdspresset påvirket dig og teamet?',
  },
  {
    en: 'Prepare 2-3 new development goals (skills, career, collaboration) that complement the hard KPIs.',
    da: 'Forbered 2-3 nye udviklingsmål (kompetencer, karriere, samarbejde), der supplerer de hårde KPI’er.',
  },
  {
    en: 'Propose the next period: possible adjustments of KPIs, resources and processes that raise the chance of success.',
    da: 'Sæt forslag til næste periode: mulige justeringer af KPI’er, ressourcer og processer, som kan øge sandsynligheden for succes.',
  },
];

/** The guide's four questions before a KPI is locked. */
export const QUICK_CHECK: readonly Localized[] = [
  { en: 'Can it be measured objectively every month or more often?', da: 'Kan den måles objektivt hver måned eller oftere?' },
  { en: 'Does reaching the KPI give clear strategic value?', da: 'Giver opnåelsen af KPI’en tydelig strategisk værdi?' },
  { en: 'Can the employee influence at least 70 % of it themselves?', da: 'Har medarbejderen mulighed for at påvirke den mindst 70 % selv?' },
  {
    en: 'Could it drive unwanted behaviour, and have you added a counter-KPI that balances it?',
    da: 'Risikerer den at skabe uønsket adfærd, og har I lagt en counter-KPI ind, der balancerer?',
  },
];

/** The guide's typical pitfalls, each with its symptom and solution. */
export const PITFALLS: readonly { readonly pitfall: Localized; readonly symptom: Localized; readonly solution: Localized }[] = [
  {
    pitfall: { en: 'Too many KPIs', da: 'For mange KPI’er' },
    symptom: { en: 'Focus disappears and everything becomes a "priority".', da: 'Fokus forsvinder, og alt bliver »prioritet«.' },
    solution: { en: 'At most 3-5 core KPIs per person or role.', da: 'Maks. 3-5 kerne-KPI’er pr. person/rolle.' },
  },
  {
    pitfall: { en: 'Unrealistic targets', da: 'Urealistiske mål' },
    symptom: { en: 'Demotivation and "gaming" of the numbers.', da: 'Demotivation og »gaming« af tallene.' },
    solution: {
      en: 'Calibrate with historical data, a capacity assessment and scenarios.',
      da: 'Brug historiske data, kapacitetsvurdering og scenarier til kalibrering.',
    },
  },
  {
    pitfall: { en: 'Measurement that drives unwanted behaviour', da: 'Måling, der skaber uønsket adfærd' },
    symptom: {
      en: 'Narrow KPI hunting, poor customer service or internal competition.',
      da: 'Snæver KPI-jagt, dårlig kundeservice eller intern konkurrence.',
    },
    solution: {
      en: 'Combine leading/lagging, quantity/quality and team/individual KPIs.',
      da: 'Kombinér leading/lagging, kvantitet/kvalitet og team/individ-KPI’er.',
    },
  },
  {
    pitfall: { en: 'Ignored context', da: 'Ignoreret kontekst' },
    symptom: { en: 'Market changes or scarce resources are overlooked.', da: 'Markedsændringer eller ressourceknaphed overses.' },
    solution: {
      en: 'Build in flexibility and a clear process for mid-year adjustment.',
      da: 'Indbyg fleksibilitet og en klar proces for justering midtvejs.',
    },
  },
  {
    pitfall: { en: 'Forgotten well-being and learning', da: 'Glemt trivsel og læring' },
    symptom: { en: 'High turnover or sick leave from stress.', da: 'Høj turnover eller stresssygemeldinger.' },
    solution: {
      en: 'Set soft targets for well-being, feedback culture and development activities.',
      da: 'Sæt bløde mål for trivsel, feedbackkultur og udviklingsaktiviteter.',
    },
  },
];

// Column B holds both the short Done answer and the pitfalls' symptoms, so it is of middle width.
const CHECKLIST_WIDTHS = [420, 280, 360];

/** Preparation checklist, the quick-check and the pitfalls, one section under the other. */
export function checklistSheet(lang: Lang): TemplateSpec {
  const sheet = new SheetBuilder(CHECKLIST_WIDTHS);
  sheet.row(title(TEXT.title[lang]));
  sheet.row(note(TEXT.note[lang]));

  const tickList = (heading: Localized, firstColumn: Localized, items: readonly Localized[]): void => {
    sheet.blankRow();
    sheet.row(section(heading[lang]));
    sheet.row(header(firstColumn[lang]), header(TEXT.done[lang]));
    const first = sheet.nextRow;
    for (const item of items) sheet.row(text(item[lang]), input());
    sheet.list(cellRange(first, 1, items.length), labelsOf(YES_NO_VALUES, lang));
  };
  tickList(TEXT.preparation, TEXT.item, PREPARATION);
  tickList(TEXT.quickCheck, TEXT.question, QUICK_CHECK);
  sheet.row(note(TEXT.quickCheckNote[lang]));

  sheet.blankRow();
  sheet.row(section(TEXT.pitfalls[lang]));
  sheet.row(header(TEXT.pitfall[lang]), header(TEXT.symptom[lang]), header(TEXT.solution[lang]));
  for (const { pitfall, symptom, solution } of PITFALLS) {
    sheet.row(label(pitfall[lang]), text(symptom[lang]), text(solution[lang]));
  }
  return sheet.build({ id: 'checklist', lang, sheetName: CHECKLIST_SHEET_NAME[lang], frozenRows: 0 });
}
