import type { Localized } from '../i18n/lang';
import { dateSerial } from './grid';

/**
 * The worked example's two check-ins through 2027, as Mette and Anders would have written them:
 * one after the first quarter, and the guide's mid-year sanity check once July has begun. Each says
 * how many of the period's months were typed on the tracking sheet by then, so the log holds the
 * numbers as they stood that day. Comments follow the example's KPIs in their order.
 */
export interface ExampleCheckIn {
  readonly day: number;
  /** The period's months typed on the tracking sheet when the check-in was held. */
  readonly monthsTyped: number;
  readonly sanityCheck: boolean;
  readonly comments: readonly Localized[];
  readonly decision: Localized;
}

export const EXAMPLE_CHECK_INS: readonly ExampleCheckIn[] = [
  {
    day: dateSerial(2027, 4, 6),
    monthsTyped: 3,
    sanityCheck: false,
    comments: [
      { en: 'Down from 5.2 to 4.8 hours since the morning shift started; still above 4.', da: 'Faldet fra 5,2 til 4,8 timer, siden morgenvagten startede; stadig over 4.' },
      { en: 'Close to 200 in March, without extra hires.', da: 'Tæt på 200 i marts uden ekstra ansættelser.' },
      { en: 'Steady at 4.2-4.3: the faster replies have not cost quality.', da: 'Stabil på 4,2-4,3: de hurtigere svar er ikke gået ud over kvaliteten.' },
      { en: 'Flat around 69 %: the new help articles are not live yet.', da: 'Fladt omkring 69 %: de nye hjælpeartikler er ikke i luften endnu.' },
    ],
    decision: {
      en: 'Keep all targets. Anders books the review of the help articles in April.',
      da: 'Alle mål fastholdes. Anders booker gennemgangen af hjælpeartiklerne i april.',
    },
  },
  {
    day: dateSerial(2027, 7, 5),
    monthsTyped: 6,
    sanityCheck: true,
    comments: [
      { en: '4.3 hours in June: on course for 4 by December. Case volume is steady, so the trigger has not fired.', da: '4,3 timer i juni: på vej mod 4 inden december. Sagsmængden er stabil, så triggeren er ikke udløst.' },
      { en: 'Above 200 since May.', da: 'Over 200 siden maj.' },
      { en: 'Holding at 4.3; response rate 22 %, above the trigger’s 15 %.', da: 'Holder på 4,3; svarprocent 22 %, over triggerens 15 %.' },
      { en: 'Down to 66 % since the spring release changed the cases: the trigger has fired.', da: 'Faldet til 66 %, siden forårets release ændrede sagerne: triggeren er udløst.' },
    ],
    decision: {
      en: 'All four KPIs are still relevant. First contact resolution keeps its 75 % target, and Mette writes the help articles for the new release first; we look at it again in September and save a new version if the target moves.',
      da: 'Alle fire KPI’er er stadig relevante. Løst ved første kontakt beholder målet på 75 %, og Mette skriver hjælpeartiklerne til den nye release først; vi ser på det igen i september og gemmer en ny version, hvis målet flyttes.',
    },
  },
];
