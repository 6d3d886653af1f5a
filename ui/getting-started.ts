import type { Localized } from '../shared/i18n/lang';
import { GUIDE_IDEAS } from '../shared/help/guide';
import { el } from './dom';
import type { PaneContext } from './section';

export const START_TEXT = {
  heading: { en: 'Getting started', da: 'Kom i gang' },
  // The playground opens on the worked example; a workbook in Excel or Sheets holds the user's own.
  example: {
    en: 'The example review is loaded. Validate it to see what the checks say, or insert a blank review to write your own agreement.',
    da: 'Eksempel-samtalen er indlæst. Valider den for at se, hvad tjekkene siger, eller indsæt en tom medarbejdersamtale for at skrive jeres egen aftale.',
  },
  own: {
    en: 'Open the sheet with your KPI agreement and validate it, or insert a blank review to write one.',
    da: 'Åbn arket med jeres KPI-aftale og valider det, eller indsæt en tom medarbejdersamtale for at skrive en.',
  },
  help: { en: 'Help: the guide’s ideas and the KPI functions (opens a new page)', da: 'Hjælp: guidens tanker og KPI-funktionerne (åbner en ny side)' },
  about: { en: 'The ideas behind the checks', da: 'Tankerne bag tjekkene' },
} satisfies Record<string, Localized>;

/**
 * The pane's first lines: what to do now, a link to the help page where the host serves one, and the
 * guide's ideas in short (shared/help/guide.ts) to unfold in the pane, which the Sheets sidebar
 * cannot link away from. `started()` drops the first step once the user has done one.
 */
export function gettingStarted(pane: PaneContext): { readonly element: HTMLElement; started(): void } {
  const { doc, bridge } = pane;
  const step = el(doc, 'p', { class: 'kpr-start' }, pane.bind(bridge.host === 'playground' ? START_TEXT.example : START_TEXT.own));
  const parts: HTMLElement[] = [step];
  if (bridge.helpUrl) {
    const link = el(doc, 'a', { class: 'kpr-help-link', target: '_blank', rel: 'noopener', 'data-action': 'help' }, pane.bind(START_TEXT.help));
    pane.onLanguage(() => link.setAttribute('href', `${bridge.helpUrl}#${pane.lang()}`));
    parts.push(el(doc, 'p', {}, link));
  }
  const ideas = GUIDE_IDEAS.map((idea) => el(doc, 'div', { class: 'kpr-idea', 'data-idea': idea.id },
    el(doc, 'h3', {}, pane.bind(idea.title)), el(doc, 'p', {}, pane.bind(idea.text))));
  parts.push(el(doc, 'details', { class: 'kpr-about' }, el(doc, 'summary', {}, pane.bind(START_TEXT.about)), ...ideas));
  const element = el(doc, 'section', { class: 'kpr-section kpr-getting-started', 'aria-labelledby': 'kpr-h-start' },
    el(doc, 'h2', { id: 'kpr-h-start' }, pane.bind(START_TEXT.heading)), ...parts);
  return {
    element,
    started: () => {
      step.hidden = true;
    },
  };
}

export const START_CSS = `
.kpr-start { margin: 0 0 8px; }
.kpr-pane a { color: #0f6cbd; }
.kpr-about summary { cursor: pointer; font-weight: 600; color: #0f6cbd; }
.kpr-about .kpr-idea h3 { margin: 8px 0 2px; }
.kpr-about .kpr-idea p { margin: 0; }
`;
