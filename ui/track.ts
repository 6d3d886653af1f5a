import type { Localized } from '../shared/i18n/lang';
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
} satisfies Record<string, Localized>;

/** The "Track this agreement" section: one action, and the host's account of what it did. */
export function trackSection(pane: PaneContext): HTMLElement {
  const { doc, bridge } = pane;
  const button = el(doc, 'button', { type: 'button', 'data-action': 'track' }, pane.bind(T.track));
  button.addEventListener('click', () => {
    const lang = pane.lang();
    // The host words its message in the language asked for; it stays as said.
    void pane.run(T.tracking, () => bridge.trackAgreement(lang), (result) => ({ en: result.message, da: result.message }));
  });
  return el(doc, 'section', { class: 'kpr-section', 'aria-labelledby': 'kpr-h-track', id: 'kpr-track' },
    el(doc, 'h2', { id: 'kpr-h-track' }, pane.bind(T.heading)),
    el(doc, 'p', { class: 'kpr-help' }, pane.bind(T.help)),
    button);
}
