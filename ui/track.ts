import type { Lang, Localized } from '../shared/i18n/lang';
import { el } from './dom';
import type { PaneContext } from './section';

const T = {
  heading: { en: 'Through the year', da: 'Året igennem' },
  help: {
    en: 'Make a tracking sheet with one block per KPI of this agreement: type each month’s actual there once, and the review reads it. Running it again adds blocks for new KPIs and keeps what you typed.',
    da: 'Lav et opfølgningsark med én blok pr. KPI i aftalen: skriv hver måneds faktiske tal der én gang, så henter samtalearket dem. Kører du den igen, tilføjes blokke for nye KPI’er, og det, du har skrevet, bevares.',
  },
  track: { en: 'Track this agreement', da: 'Følg op på denne aftale' },
  tracking: { en: 'Making the tracking sheet…', da: 'Laver opfølgningsarket…' },
  dashboardHelp: {
    en: 'The dashboard shows the weighted score, a status table of every tracked KPI and a chart per KPI of actual, target and rolling baseline. Build it again after adding KPIs; it updates in place.',
    da: 'Overblikket viser den vægtede score, en statustabel over alle KPI’er, der følges, og et diagram pr. KPI med faktisk, mål og rullende baseline. Byg det igen, når der kommer KPI’er til; det opdateres på stedet.',
  },
  dashboard: { en: 'Build the dashboard', da: 'Byg overblikket' },
  building: { en: 'Building the dashboard…', da: 'Bygger overblikket…' },
} satisfies Record<string, Localized>;

/** The year's two actions, "Track this agreement" and "Build the dashboard", and the host's account of what each did. */
export function trackSection(pane: PaneContext): HTMLElement {
  const { doc, bridge } = pane;
  const action = (name: string, text: Localized, busy: Localized, call: (lang: Lang) => Promise<{ message: string }>) => {
    const button = el(doc, 'button', { type: 'button', 'data-action': name }, pane.bind(text));
    button.addEventListener('click', () => {
      const lang = pane.lang();
      // The host words its message in the language asked for; it stays as said.
      void pane.run(busy, () => call(lang), (result) => ({ en: result.message, da: result.message }));
    });
    return button;
  };
  return el(doc, 'section', { class: 'kpr-section', 'aria-labelledby': 'kpr-h-track', id: 'kpr-track' },
    el(doc, 'h2', { id: 'kpr-h-track' }, pane.bind(T.heading)),
    el(doc, 'p', { class: 'kpr-help' }, pane.bind(T.help)),
    action('track', T.track, T.tracking, (lang) => bridge.trackAgreement(lang)),
    el(doc, 'p', { class: 'kpr-help' }, pane.bind(T.dashboardHelp)),
    action('dashboard', T.dashboard, T.building, (lang) => bridge.buildDashboard(lang)));
}
