import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exampleReviewGrid } from '../templates/example-grid';
import { validateAgreement } from '../../shared/validator';
import { fakeOfficeScript } from './fakes';
import { artifact, browserSession, DIST, skipBrowserTests } from './harness';
import { openPlayground, paneIdle, validate } from './playground';

/** The example with its KPI rows' owners, sources and baselines blanked: a long list of findings. */
function sparseReview(): unknown[][] {
  const values: unknown[][] = exampleReviewGrid('en').map((row) => [...row]);
  const header = values.findIndex((row) => row.includes('Definition'));
  const blank = ['Owner', 'Data source', 'Baseline'].map((name) => values[header].indexOf(name)).filter((column) => column >= 0);
  for (let row = header + 1; row <= header + 5; row++) for (const column of blank) values[row][column] = '';
  return values;
}

/** Whether the element is inside the viewport and is what a click at its centre would hit. */
const clickable = (page: Page, selector: string) => page.locator(selector).evaluate((node) => {
  const box = node.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return box.width > 0 && box.right <= innerWidth && box.bottom <= innerHeight && box.top >= 0 && (hit === node || node.contains(hit));
});

describe.skipIf(skipBrowserTests)('narrow panes', () => {
  const session = browserSession({ '/playground/': join(DIST, 'playground'), '/excel/': join(DIST, 'excel') });

  it('at 320 px in the Excel task pane: after validating, Save is one step away and fits the width', async () => {
    const values = sparseReview();
    expect(validateAgreement(values, { lang: 'en' }).length).toBeGreaterThan(8);
    const page = await session.browser.newPage({ viewport: { width: 320, height: 700 } });
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: fakeOfficeScript(values, 'KPI Review') }));
    await page.goto(`${session.origin}/excel/taskpane.html`);
    await paneIdle(page);
    await validate(page);
    await page.screenshot({ path: artifact('narrow-320-validated.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await clickable(page, 'a[data-action="to-save"]')).toBe(true);
    await page.click('a[data-action="to-save"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kpr-reason');
    expect(await clickable(page, 'button[data-action="save"]')).toBe(true);
    await page.screenshot({ path: artifact('narrow-320-save.png') });
    await page.close();
  });

  it('in a 1024x700 window: the playground\'s Save is reachable after validating, the active tab in view', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1024, height: 700 } });
    await openPlayground(page, session.origin);
    await validate(page);
    await page.click('a[data-action="to-save"]');
    expect(await clickable(page, 'button[data-action="save"]')).toBe(true);
    await page.screenshot({ path: artifact('narrow-1024-save.png') });
    // Many sheets: the tab strip scrolls, and the active one is kept on show.
    for (let i = 0; i < 8; i++) {
      await page.click('.kpr-pane button[data-action="insert"]');
      await paneIdle(page);
    }
    const active = '.kpg-tab[aria-selected="true"]';
    expect(await page.getAttribute(active, 'data-sheet')).toBe('KPI Review (9)');
    const inStrip = () => page.locator(active).evaluate((tab) => {
      const strip = tab.parentElement!.getBoundingClientRect();
      const box = tab.getBoundingClientRect();
      return box.left >= strip.left - 1 && box.right <= strip.right + 1;
    });
    expect(await page.locator('.kpg-tabs').evaluate((strip) => strip.scrollWidth > strip.clientWidth)).toBe(true);
    expect(await inStrip()).toBe(true);
    await page.locator('.kpg-tab').first().focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    expect(await page.getAttribute(active, 'data-sheet')).toBe('KPI Review');
    expect(await inStrip()).toBe(true);
    await page.screenshot({ path: artifact('narrow-1024-tabs.png') });
    await page.close();
  }, 60_000);
});
