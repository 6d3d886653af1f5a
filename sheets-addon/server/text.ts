import type { Localized } from '../../shared/i18n/lang';

export { fill } from '../../shared/i18n/fill';

/** The add-on's own words in Sheets: menu labels, prompts and the errors it raises itself. */
export const TEXT = {
  insert: { en: 'Insert: {title}', da: 'Indsæt: {title}' },
  showPane: { en: 'Check agreement…', da: 'Tjek aftale…' },
  saveVersion: { en: 'Save agreement version…', da: 'Gem aftaleversion…' },
  checkIn: { en: 'Check in…', da: 'Hold opfølgning…' },
  track: { en: 'Track this agreement', da: 'Følg op på denne aftale' },
  dashboard: { en: 'Build the dashboard', da: 'Byg overblikket' },
  paneTitle: { en: 'KPI Review', da: 'KPI Review' },
  promptTitle: { en: 'Save agreement version', da: 'Gem aftaleversion' },
  promptMessage: {
    en: 'Why are you saving this version (e.g. “Targets agreed”, “Q3 adjustment”)?',
    da: 'Hvorfor gemmer du denne version (fx »Mål aftalt«, »Justering i 3. kvartal«)?',
  },
  saved: { en: 'Saved {rows} KPI rows to “{sheet}”.', da: '{rows} KPI-rækker er gemt i »{sheet}«.' },
  badTemplate: { en: 'Unknown template “{id}”.', da: 'Ukendt skabelon »{id}«.' },
} satisfies Record<string, Localized>;
