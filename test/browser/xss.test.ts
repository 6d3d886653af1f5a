import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exampleReviewGrid } from '../templates/example-grid';
import { validateAgreement } from '../../shared/validator';
import { fakeOfficeScript, fakeScriptRunScript } from './fakes';
import { artifact, collectPageErrors, DIST, browserSession, skipBrowserTests, XSS_NAME } from './harness';
import { cell, openPlayground, typeInto, validate } from './playground';

/** The example review with its first KPI renamed to markup, and a fifth KPI of the same name. */
function reviewWithMarkupName(): unknown[][] {
  const values: unknown[][] = exampleReviewGrid('en').map((row) => [...row]);
  const header = values.findIndex((row) => row.includes('Definition'));
  const kpi = values[header].indexOf('KPI');
  values[header + 1][kpi] = XSS_NAME;
  values[header + 5][kpi] = XSS_NAME;
  return values;
}

/** Nothing the markup asked for happened: no script ran, no image element exists anywhere. */
async function expectInert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator('img').count()).toBe(0);
  // And the name is there, shown as the text it is.
  expect((await page.locator('.kpr-message').allTextContents()).some((text) => text.includes(XSS_NAME))).toBe(true);
}

describe.skipIf(skipBrowserTests)('a KPI named like markup runs nothing', () => {
  const session = browserSession({ '/playground/': join(DIST, 'playground'), '/excel/': join(DIST, 'excel'), '/sheets/': join(DIST, 'sheets') });


  it('in the playground\'s grid and pane', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 860 } });
    const errors = collectPageErrors(page);
    await openPlayground(page, session.origin);
    const first = await page.locator('td.kpg-cell', { hasText: /^First reply time \(hours\)$/ }).first().getAttribute('data-address');
    const fifth = first!.replace(/\d+$/, (row) => String(Number(row) + 4));
    await typeInto(page, first!, XSS_NAME);
    await typeInto(page, fifth, XSS_NAME);
    expect(await cell(page, first!).textContent()).toBe(XSS_NAME);
    await validate(page);
    await expectInert(page);
    await page.locator('.kpr-finding', { hasText: 'already stands on row' }).click();
    expect(await page.getAttribute('td.kpg-selected', 'data-address')).toBe(fifth);
    await expectInert(page);
    await page.screenshot({ path: artifact('xss-playground.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in the Sheets sidebar (the built Sidebar.html over a stubbed google.script.run)', async () => {
    const sidebar = join(DIST, 'sheets', 'Sidebar.html');
    expect(existsSync(sidebar), `${sidebar} is built by npm run build`).toBe(true);
    const values = reviewWithMarkupName();
    const findings = validateAgreement(values, { lang: 'en' });
    expect(findings.some((finding) => finding.message.includes(XSS_NAME))).toBe(true);
    const page = await session.browser.newPage({ viewport: { width: 300, height: 800 } });
    const errors = collectPageErrors(page);
    await page.addInitScript({ content: fakeScriptRunScript('KPI Review', findings) });
    await page.goto(`${session.origin}/sheets/Sidebar.html`);
    await page.waitForSelector('.kpr-pane[aria-busy="false"]');
    await validate(page);
    await expectInert(page);
    const duplicate = page.locator('.kpr-finding', { hasText: 'already stands on row' });
    await duplicate.click();
    await page.waitForSelector('.kpr-pane[aria-busy="false"]');
    const target = findings.find((finding) => finding.rule === 'duplicate')!;
    expect(await page.evaluate(() => (window as { __selected?: unknown }).__selected)).toEqual([['KPI Review', target.row, target.column]]);
    await page.screenshot({ path: artifact('xss-sheets-sidebar.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in the Excel task pane (the built taskpane.html over stubbed Office.js and Excel)', async () => {
    const page = await session.browser.newPage({ viewport: { width: 350, height: 800 } });
    const errors = collectPageErrors(page);
    // Office.js comes from Microsoft's CDN; the test serves a stand-in and lets nothing else leave.
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: fakeOfficeScript(reviewWithMarkupName(), 'KPI Review') }));
    await page.goto(`${session.origin}/excel/taskpane.html`);
    await page.waitForSelector('.kpr-pane[aria-busy="false"]');
    await validate(page);
    await expectInert(page);
    await page.locator('.kpr-finding', { hasText: 'already stands on row' }).click();
    await page.waitForSelector('.kpr-pane[aria-busy="false"]');
    expect(await page.evaluate(() => (window as { __selected?: unknown }).__selected)).toHaveLength(1);
    await page.screenshot({ path: artifact('xss-excel-taskpane.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
