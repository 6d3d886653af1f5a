import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/validator';
import { fakeScriptRunScript } from './fakes';
import { artifact, collectPageErrors, DIST, browserSession, skipBrowserTests } from './harness';

/** The verdict above the findings, in the built Sheets sidebar over a stubbed google.script.run. */
const FINDINGS: Finding[] = [
  { rule: 'owner', severity: 'error', message: 'No owner', row: 11, column: 9 },
  { rule: 'owner', severity: 'error', message: 'No owner', row: 12, column: 9 },
  { rule: 'baseline', severity: 'warning', message: 'No baseline', row: 12, column: 11 },
  { rule: 'ambition', severity: 'info', message: 'Target below baseline', row: 13, column: 12 },
];

type Window = { __server: Record<string, () => unknown> };

describe.skipIf(skipBrowserTests)('the pane\'s verdict', () => {
  const session = browserSession({ '/sheets/': join(DIST, 'sheets') });

  it('lists what is left above the findings, then, once both have signed, says Ready and proposes Agreed', async () => {
    const page = await session.browser.newPage({ viewport: { width: 300, height: 900 } });
    const errors = collectPageErrors(page);
    await page.addInitScript({ content: fakeScriptRunScript('KPI Review', FINDINGS) });
    await page.goto(`${session.origin}/sheets/Sidebar.html`);
    await page.waitForSelector('.kpr-pane[aria-busy="false"]');

    await page.click('button[data-action="validate"]');
    await page.waitForSelector('.kpr-verdict:not([hidden])');
    expect(await page.getAttribute('.kpr-verdict', 'data-ready')).toBe('false');
    expect(await page.textContent('.kpr-verdict-head')).toBe('Not ready to agree yet. Left to do:');
    expect(await page.locator('.kpr-verdict li').allTextContents()).toEqual(['Every KPI has an owner. (2)', expect.stringMatching(/baseline/i)]);
    // Above the findings, so it is read first.
    const [verdictTop, findingsTop] = await Promise.all(['.kpr-verdict', '.kpr-findings'].map((selector) =>
      page.locator(selector).evaluate((node) => node.getBoundingClientRect().top)));
    expect(verdictTop).toBeLessThan(findingsTop);

    await page.evaluate(() => {
      (window as unknown as Window).__server.validateActiveSheet = () =>
        ({ sheetName: 'KPI Review', findings: [], signOff: { employee: true, manager: true } });
    });
    await page.click('button[data-action="validate"]');
    await page.waitForSelector('.kpr-verdict[data-ready="true"]');
    expect(await page.textContent('.kpr-verdict-head')).toBe('Ready to agree');
    expect(await page.textContent('.kpr-signoff')).toBe('Signed off by the employee and the manager.');
    expect(await page.inputValue('#kpr-reason')).toBe('Agreed');
    await page.screenshot({ path: artifact('pane-verdict.png') });

    await page.click('button[data-lang="da"]');
    await expect.poll(() => page.textContent('.kpr-verdict-head')).toBe('Klar til aftale');
    expect(await page.inputValue('#kpr-reason')).toBe('Aftalt');
    expect(errors).toEqual([]);
    await page.close();
  });
});
