import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckInDraft } from '../../shared/followup/checkin';
import { FOLLOW_UP_TEXT, formatNumber } from '../../ui/followup-text';
import { fakeScriptRunScript } from './fakes';
import { collectPageErrors, DIST, browserSession, skipBrowserTests } from './harness';

/** A draft as a host hands it over: one KPI with a pace from its tracking block, one without. */
const DRAFT: CheckInDraft = {
  sheetName: 'KPI Review',
  day: '2027-03-01',
  kpis: [
    { kpi: 'Resolved cases', actual: 480, target: 2400, status: 'Amber', pace: 0.8, trigger: '' },
    { kpi: 'First reply (hours)', actual: 4.3, target: 4, status: 'Green', pace: null, trigger: '' },
  ],
};

/** Spaces as one kind: the percent sign's space differs between ICU builds. */
const spaced = (text: string | null | undefined) => text?.replace(/\s/g, ' ');

describe.skipIf(skipBrowserTests)('the check-in form’s pace, in the built Sheets sidebar', () => {
  const session = browserSession({ '/sheets/': join(DIST, 'sheets') });

  it('shows a KPI’s pace as a percent in either language, and no pace for a KPI without one', async () => {
    const page = await session.browser.newPage({ viewport: { width: 300, height: 900 } });
    const errors = collectPageErrors(page);
    await page.addInitScript({ content: `${fakeScriptRunScript('KPI Review', [])}\nwindow.__server.checkInDraft = () => (${JSON.stringify(DRAFT)});` });
    await page.goto(`${session.origin}/sheets/Sidebar.html`);
    await page.waitForSelector('.kpr-pane[aria-busy="false"]');
    await page.click('button[data-action="check-in"]');
    await page.waitForSelector('.kpr-checkin fieldset');
    /** Each KPI's shown numbers by their terms. */
    const numbers = () => page.locator('.kpr-checkin fieldset').evaluateAll((fieldsets) => fieldsets.map((fieldset) =>
      Object.fromEntries([...fieldset.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling?.textContent]))));
    for (const lang of ['en', 'da'] as const) {
      if (lang === 'da') {
        await page.click('.kpr-lang button[data-lang="da"]');
        await page.waitForSelector('.kpr-pane[lang="da"][aria-busy="false"]');
      }
      const [quantity, quality] = await numbers();
      expect(spaced(quantity[FOLLOW_UP_TEXT.pace[lang]]), lang).toBe(spaced(formatNumber(DRAFT.kpis[0].pace!, lang, 'percent')));
      expect(quality[FOLLOW_UP_TEXT.actual[lang]], lang).toBe(formatNumber(DRAFT.kpis[1].actual!, lang));
      expect(Object.keys(quality), lang).not.toContain(FOLLOW_UP_TEXT.pace[lang]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
