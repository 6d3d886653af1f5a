import type { Lang, Localized } from '../shared/i18n/lang';
import type { HostBridge } from './bridge';

/** How long the sheet must rest after an edit before the pane validates it again. */
export const REVALIDATE_DELAY_MS = 700;

const LOCALES: Record<Lang, string> = { en: 'en-GB', da: 'da-DK' };

/** `14:05` in the pane's language; the findings say when they were made. */
export function clockTime(at: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit' }).format(at);
}

/** The line above the findings: which sheet they are for and when, and whether the sheet has moved on. */
export function checkedText(sheetName: string, at: Date, state: 'fresh' | 'stale' | 'stale-manual', lang: Lang): string {
  const time = clockTime(at, lang);
  const lines: Record<typeof state, Localized> = {
    fresh: { en: `Findings for “${sheetName}”, checked at ${time}.`, da: `Fund for »${sheetName}«, tjekket kl. ${time}.` },
    stale: {
      en: `Outdated: “${sheetName}” changed after the check at ${time}. Checking it again…`,
      da: `Forældet: »${sheetName}« er ændret efter tjekket kl. ${time}. Tjekker igen…`,
    },
    'stale-manual': {
      en: `Outdated: “${sheetName}” may have changed since the check at ${time}. Re-validate to check it again.`,
      da: `Forældet: »${sheetName}« kan være ændret siden tjekket kl. ${time}. Valider igen for at tjekke det.`,
    },
  };
  return lines[state][lang];
}

/**
 * Keeps findings honest about their sheet: once the host reports a change to the sheet they were
 * made for, `stale` runs at once and `revalidate` after the sheet has rested (edits in a burst give
 * one validation). `revalidate` answers false when the pane was busy, and is tried again later.
 */
export function sheetWatcher(bridge: HostBridge, events: { stale(): void; revalidate(): Promise<boolean> }, delay = REVALIDATE_DELAY_MS) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void events.revalidate().then((ran) => {
        if (!ran) schedule();
      });
    }, delay);
  };
  return {
    /** Whether the host reports changes, so findings are refreshed without asking. */
    automatic: Boolean(bridge.watchSheet),
    async watch(sheetName: string): Promise<void> {
      await bridge.watchSheet?.(sheetName, () => {
        events.stale();
        schedule();
      });
    },
    /** Nothing is pending any more: the findings were just made or cleared. */
    settle(): void {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
