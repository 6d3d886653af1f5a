import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exampleReviewGrid } from '../templates/example-grid';
import { fakeOfficeScript, fakeScriptRunScript } from './fakes';
import { artifact, collectPageErrors, DIST, browserSession, skipBrowserTests } from './harness';
import { openPlayground, paneIdle, validate } from './playground';

/** Every value `.kpr-results[data-stale]` takes from now on, so a brief "outdated" is seen too. */
async function recordStaleness(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __stale: string[] }).__stale = seen;
    const results = document.querySelector('.kpr-results')!;
    new MutationObserver(() => seen.push(results.getAttribute('data-stale') ?? '')).observe(results, { attributes: true, attributeFilter: ['data-stale'] });
  });
}
const staleness = (page: Page) => page.evaluate(() => (window as unknown as { __stale: string[] }).__stale);

describe.skipIf(skipBrowserTests)('findings are never stale unseen', () => {
  const session = browserSession({ '/playground/': join(DIST, 'playground'), '/excel/': join(DIST, 'excel'), '/sheets/': join(DIST, 'sheets') });

  it('in the playground: they name their sheet and time, go outdated on an edit and are made again without asking', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 860 } });
    const errors = collectPageErrors(page);
    await openPlayground(page, session.origin);
    await validate(page);
    expect(await page.textContent('.kpr-checked')).toMatch(/^Findings for “KPI Review”, checked at \d\d:\d\d\.$/);
    const clean = await page.textContent('.kpr-summary');
    await recordStaleness(page);
    const owner = page.locator('td.kpg-cell', { hasText: /^Mette Jensen$/ }).nth(1);
    await owner.click();
    await page.keyboard.press('Delete');
    // No click on Validate: the pane checks the changed sheet again once the edits rest.
    await expect.poll(() => page.textContent('.kpr-summary')).toMatch(/^1 error/);
    await paneIdle(page);
    expect(clean).not.toMatch(/error/);
    expect(await staleness(page)).toEqual(['true', 'false']);
    expect(await page.getAttribute('.kpr-results', 'data-stale')).toBe('false');
    await page.locator('.kpg-pane').screenshot({ path: artifact('fresh-playground-revalidated.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in the playground: inserting a blank review clears the example\'s findings', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 860 } });
    await openPlayground(page, session.origin);
    await validate(page);
    expect(await page.isVisible('.kpr-verdict')).toBe(true);
    await page.click('.kpr-pane button[data-action="insert"]');
    await paneIdle(page);
    expect(await page.getAttribute('.kpg-tab[aria-selected="true"]', 'data-sheet')).toBe('KPI Review (2)');
    expect(await page.isHidden('.kpr-summary')).toBe(true);
    expect(await page.isHidden('.kpr-verdict')).toBe(true);
    expect(await page.isHidden('.kpr-checked')).toBe(true);
    expect(await page.textContent('button[data-action="validate"]')).toBe('Validate');
    await page.locator('.kpg-pane').screenshot({ path: artifact('fresh-playground-inserted.png') });
    await page.close();
  });

  it('in the Excel task pane: a change the worksheet reports is validated again', async () => {
    const page = await session.browser.newPage({ viewport: { width: 350, height: 800 } });
    const errors = collectPageErrors(page);
    const values = exampleReviewGrid('en').map((row) => [...row]);
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: fakeOfficeScript(values, 'KPI Review') }));
    await page.goto(`${session.origin}/excel/taskpane.html`);
    await paneIdle(page);
    await validate(page);
    const before = await page.textContent('.kpr-summary');
    await recordStaleness(page);
    const owner = values.findIndex((row) => row.includes('Mette Jensen') && row.indexOf('Mette Jensen') > 2);
    const edited = values.map((row, r) => (r === owner ? row.map((value) => (value === 'Mette Jensen' ? '' : value)) : row));
    await page.evaluate((next) => (window as unknown as { __edit(values: unknown[][]): void }).__edit(next), edited);
    await expect.poll(() => page.textContent('.kpr-summary')).not.toBe(before);
    await paneIdle(page);
    expect(await page.textContent('.kpr-summary')).toMatch(/error/);
    expect(await staleness(page)).toEqual(['true', 'false']);
    await page.screenshot({ path: artifact('fresh-excel-revalidated.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in the Sheets sidebar: they say which sheet and when, for the user to re-validate', async () => {
    const page = await session.browser.newPage({ viewport: { width: 300, height: 800 } });
    await page.addInitScript({ content: fakeScriptRunScript('KPI Review', []) });
    await page.goto(`${session.origin}/sheets/Sidebar.html`);
    await paneIdle(page);
    await validate(page);
    expect(await page.textContent('.kpr-checked')).toMatch(/^Findings for “KPI Review”, checked at \d\d:\d\d\.$/);
    expect(await page.textContent('button[data-action="validate"]')).toBe('Re-validate');
    await page.close();
  });
});
