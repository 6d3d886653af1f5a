import type { Localized } from '../i18n/lang';

/** The help page's file name, beside the pane's page in the playground and in the Excel add-in. */
export const HELP_PAGE = 'help.html';

/** One idea of the KPI guide, told shortly: what the validator's rules stand on. */
export interface GuideIdea {
  readonly id: string;
  readonly title: Localized;
  readonly text: Localized;
}

/**
 * The guide's ideas in a few lines each, for the help page and the pane's "About the guide": not
 * the guide itself, but what a team lead needs to know to read the findings.
 */
export const GUIDE_IDEAS: readonly GuideIdea[] = [
  {
    id: 'goal-kpi-activity',
    title: { en: 'Goal, KPI, activity', da: 'Mål, KPI og aktivitet' },
    text: {
      en: 'A goal is what you want to achieve, an activity is what you do to get there, and a KPI is the number that tells whether you are getting there. Calling 20 customers a day is an activity; a hit rate of 25 % on held demos is a KPI.',
      da: 'Et mål er det, du vil opnå, en aktivitet er det, du gør for at nå det, og en KPI er tallet, der viser, om du er på vej. At ringe til 20 kunder om dagen er en aktivitet; en hit rate på 25 % af de gennemførte demoer er en KPI.',
    },
  },
  {
    id: 'few',
    title: { en: 'Few, but important', da: 'Få, men vigtige' },
    text: {
      en: 'Three to five KPIs per person. More than that and everything becomes a priority, so nothing is. Each KPI ties to a goal of the business.',
      da: 'Tre til fem KPI’er pr. person. Flere end det, og alt bliver vigtigt, så intet er. Hver KPI hænger sammen med et mål for forretningen.',
    },
  },
  {
    id: 'leading-lagging',
    title: { en: 'Leading and lagging', da: 'Leading og lagging' },
    text: {
      en: 'A lagging KPI shows the result afterwards (revenue, churn); a leading KPI moves first and can be steered now (demos held, first reply time). A sound set has at least one of each.',
      da: 'En lagging-KPI viser resultatet bagefter (omsætning, churn); en leading-KPI bevæger sig først og kan styres nu (afholdte demoer, første svartid). En sund pakke har mindst én af hver.',
    },
  },
  {
    id: 'outcome-quality',
    title: { en: 'Outcome before output, quality beside volume', da: 'Effekt før aktivitet, kvalitet ved siden af mængde' },
    text: {
      en: 'Measure what changed for the customer or the business, not only how much was done. A volume KPI gets a counter-KPI on quality, so nobody wins by doing more of it worse.',
      da: 'Mål det, der ændrede sig for kunden eller forretningen, ikke kun hvor meget der blev lavet. En mængde-KPI får en modvægt på kvalitet, så ingen vinder ved at lave mere og dårligere.',
    },
  },
  {
    id: 'influence',
    title: { en: 'Within the person’s influence', da: 'Inden for medarbejderens indflydelse' },
    text: {
      en: 'A KPI is fair when the person can move it: at least 70 % of the outcome is in their own hands. What a team achieves together is a team goal, agreed as such.',
      da: 'En KPI er fair, når medarbejderen kan flytte den: mindst 70 % af resultatet ligger i egne hænder. Det, et team når sammen, er et teammål og aftales som sådan.',
    },
  },
  {
    id: 'baseline-rhythm',
    title: { en: 'Baseline, data and a rhythm', da: 'Baseline, data og en fast rytme' },
    text: {
      en: 'Start from where the number stands today, name where its data comes from and who owns it, and agree how often you follow up. A target without a baseline is a guess.',
      da: 'Start fra der, hvor tallet står i dag, skriv hvor data kommer fra og hvem der ejer dem, og aftal hvor tit I følger op. Et mål uden baseline er et gæt.',
    },
  },
  {
    id: 'people',
    title: { en: 'People, not only numbers', da: 'Mennesker, ikke kun tal' },
    text: {
      en: 'The review also holds development goals, well-being and learning. When the conditions change (market, budget, people), adjust the agreement and save a version with the reason.',
      da: 'Samtalen rummer også udviklingsmål, trivsel og læring. Når forudsætningerne ændrer sig (marked, budget, bemanding), så justér aftalen og gem en version med årsagen.',
    },
  },
];
