import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { artifact, collectPageErrors, DIST, browserSession, skipBrowserTests } from './harness';
import { insertTemplate, openPlayground, paneIdle, typeInto } from './playground';

describe.skipIf(skipBrowserTests)('Track this agreement in the playground', () => {
  const session = browserSession({ '/playground/': join(DIST, 'playground') });

  it('makes a tracking sheet with a block per KPI of a new agreement, shows it and says what it did', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 860 } });
    const errors = collectPageErrors(page);
    await openPlayground(page, session.origin, 'en');
    await insertTemplate(page, 'review');
    // The first KPI row of the new review's agreement table, by its header's columns.
    const headerRow = page.locator('tr', { has: page.locator('td', { hasText: /^Status$/ }) });
    const columns = await headerRow.locator('td').allTextContents();
    const row = Number(await headerRow.locator('th').textContent()) + 1;
    const letter = (name: string) => String.fromCharCode(65 + columns.indexOf(name));
    await typeInto(page, `${letter('KPI')}${row}`, 'Booked meetings');
    await typeInto(page, `${letter('Target')}${row}`, '40');
    const before = await page.locator('.kpg-tab').count();
    await page.click('button[data-action="track"]');
    await paneIdle(page);
    await expect.poll(() => page.locator('.kpg-tab').count()).toBe(before + 1);
    const tab = page.locator('.kpg-tab').nth(before);
    // The example's own tracking sheet keeps its name: this agreement gets the next one.
    expect(await tab.textContent()).toBe('KPI tracking (2)');
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('td[data-address="A5"]').textContent()).toBe('Booked meetings');
    await expect.poll(() => page.locator('.kpr-status').textContent()).toMatch(/Created “KPI tracking \(2\)” with 1 KPI block/);
    await page.screenshot({ path: artifact('playground-track.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('adds nothing to the example, whose agreement is tracked already, and says so', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 860 } });
    await openPlayground(page, session.origin, 'en');
    const tabs = await page.locator('.kpg-tab').allTextContents();
    await page.click('button[data-action="track"]');
    await paneIdle(page);
    await expect.poll(() => page.locator('.kpr-status').textContent()).toMatch(/nothing was changed/);
    expect(await page.locator('.kpg-tab').allTextContents()).toEqual(tabs);
    await page.close();
  });
});
