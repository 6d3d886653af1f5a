import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Finding } from '../../shared/validator';
import { fakeScriptRunScript } from './fakes';
import { artifact, collectPageErrors, DIST, browserSession, skipBrowserTests } from './harness';

/** The pane's busy, failure and language states, seen in the built Sheets sidebar over a controllable google.script.run. */
const FINDINGS: Finding[] = [
  { rule: 'owner', severity: 'error', message: 'No owner', row: 11, column: 9 },
  { rule: 'baseline', severity: 'warning', message: 'No baseline', row: 12, column: 11 },
  { rule: 'ambition', severity: 'info', message: 'Target below baseline', row: 13, column: 12 },
  { rule: 'framework', severity: 'warning', message: 'No framework chosen' },
];

type Window = { __hold?: boolean; __release(): void; __calls: unknown[][]; __server: Record<string, () => unknown> };

describe.skipIf(skipBrowserTests)('the pane\'s states', () => {
  const session = browserSession({ '/sheets/': join(DIST, 'sheets') });
  let page: Page;
  let errors: string[];


  async function sidebar(): Promise<void> {
    page = await session.browser.newPage({ viewport: { width: 300, height: 900 } });
    errors = collectPageErrors(page);
    await page.addInitScript({ content: fakeScriptRunScript('KPI Review', FINDINGS) });
    await page.goto(`${session.origin}/sheets/Sidebar.html`);
    await page.waitForSelector('.kpr-pane[aria-busy="false"]');
  }

  it('shows progress during a call: busy, every control disabled, the status saying what happens', async () => {
    await sidebar();
    await page.evaluate(() => ((window as unknown as Window).__hold = true));
    await page.click('button[data-action="validate"]');
    expect(await page.getAttribute('.kpr-pane', 'aria-busy')).toBe('true');
    expect(await page.textContent('.kpr-status')).toBe('Validating the active sheet…');
    // Every control but the alert's Dismiss, which must stay usable.
    const enabled = '.kpr-pane :is(button, select, input):not(:disabled):not(.kpr-alert button)';
    expect(await page.locator('.kpr-pane :is(button, select, input)').count()).toBeGreaterThan(5);
    expect(await page.locator(enabled).count()).toBe(0);
    expect(await page.getAttribute('.kpr-status', 'aria-live')).toBe('polite');
    await page.screenshot({ path: artifact('pane-busy.png') });
    await page.evaluate(() => (window as unknown as Window).__release());
    await page.waitForSelector('.kpr-pane[aria-busy="false"]');
    expect(await page.locator('.kpr-pane :is(button, select, input):disabled').count()).toBe(0);
    await page.close();
  });

  it('groups findings by severity with addresses and a summary; a finding without a cell is no button', async () => {
    await sidebar();
    await page.click('button[data-action="validate"]');
    await page.waitForSelector('.kpr-summary:not([hidden])');
    expect(await page.textContent('.kpr-summary')).toBe('1 error, 2 warnings, 1 note');
    expect(await page.locator('.kpr-group h3').allTextContents()).toEqual(['Errors (1)', 'Warnings (2)', 'Notes (1)']);
    expect(await page.locator('.kpr-group[data-severity="warning"] .kpr-address').allTextContents()).toEqual(['L13', '']);
    expect(await page.locator('.kpr-finding[data-rule="framework"]').evaluate((node) => node.tagName)).toBe('DIV');
    expect(await page.textContent('button[data-action="validate"]')).toBe('Re-validate');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a failing call\'s message to the user, and can be dismissed', async () => {
    await sidebar();
    await page.evaluate(() => {
      (window as unknown as Window).__server.saveVersion = () => {
        throw new Error('Exception: The sheet is protected.');
      };
    });
    await page.fill('#kpr-reason', 'Targets agreed');
    await page.click('button[data-action="save"]');
    await page.waitForSelector('.kpr-alert:not([hidden])');
    expect(await page.textContent('.kpr-alert p')).toBe('Something went wrong: The sheet is protected.');
    expect(await page.getAttribute('.kpr-alert', 'role')).toBe('alert');
    await page.screenshot({ path: artifact('pane-error.png') });
    await page.click('.kpr-alert button');
    expect(await page.isHidden('.kpr-alert')).toBe(true);
    await page.close();
  });

  it('asks for a reason at the field before saving a version, without calling the host or raising an alert', async () => {
    await sidebar();
    await page.click('button[data-action="save"]');
    expect(await page.isVisible('#kpr-reason-prompt')).toBe(true);
    expect(await page.textContent('#kpr-reason-prompt')).toBe('Write a reason before saving a version.');
    expect(await page.getAttribute('#kpr-reason', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#kpr-reason', 'aria-describedby')).toBe('kpr-reason-prompt');
    expect(await page.isHidden('.kpr-alert')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kpr-reason');
    expect(await page.evaluate(() => (window as unknown as Window).__calls.map(([target]) => target))).toEqual(['language']);
    await page.screenshot({ path: artifact('pane-reason-prompt.png') });
    await page.keyboard.type('Targets agreed');
    expect(await page.isHidden('#kpr-reason-prompt')).toBe(true);
    expect(await page.getAttribute('#kpr-reason', 'aria-invalid')).toBeNull();
    await page.close();
  });

  it('offers to insert a review where the sheet has no KPI table', async () => {
    await sidebar();
    await page.evaluate(() => {
      (window as unknown as Window).__server.validateActiveSheet = () => ({
        sheetName: 'Sheet1',
        findings: [{ rule: 'no-table', severity: 'error', message: 'This sheet has no KPI table.' }],
      });
    });
    await page.click('button[data-action="validate"]');
    await page.waitForSelector('.kpr-summary:not([hidden])');
    const offer = page.locator('.kpr-finding[data-rule="no-table"] button[data-action="insert-review"]');
    expect(await offer.textContent()).toBe('Insert a blank review');
    await page.screenshot({ path: artifact('pane-no-table.png') });
    await offer.click();
    await page.waitForSelector('.kpr-pane[aria-busy="false"]');
    expect(await page.evaluate(() => (window as unknown as Window).__calls.filter(([target]) => target === 'insertTemplate'))).toEqual([['insertTemplate', 'review', 'en']]);
    expect(await page.textContent('.kpr-status')).toBe('Inserted the sheet “KPI Review (2)”.');
    expect(await page.isHidden('.kpr-summary')).toBe(true);
    await page.close();
  });

  it('switches to Danish and asks for the findings again in Danish', async () => {
    await sidebar();
    await page.click('button[data-action="validate"]');
    await page.waitForSelector('.kpr-summary:not([hidden])');
    await page.click('.kpr-lang button[data-lang="da"]');
    await page.waitForSelector('.kpr-pane[aria-busy="false"]');
    expect(await page.getAttribute('.kpr-pane', 'lang')).toBe('da');
    expect(await page.textContent('button[data-action="validate"]')).toBe('Valider igen');
    expect(await page.textContent('.kpr-summary')).toBe('1 fejl, 2 advarsler, 1 bemærkning');
    expect(await page.locator('#kpr-template option').allTextContents()).toContain('Medarbejdersamtale');
    expect(await page.evaluate(() => (window as unknown as Window).__calls.filter(([target]) => target === 'validateActiveSheet'))).toEqual([
      ['validateActiveSheet', 'en'],
      ['validateActiveSheet', 'da'],
    ]);
    await page.close();
  });
});
