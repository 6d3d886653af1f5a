import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifact, collectPageErrors, DIST, browserSession, skipBrowserTests } from './harness';
import { cell, openPlayground, paneIdle } from './playground';

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 30): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached with ${limit} Tab presses`);
}

const focusedOutline = (page: Page) => page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);

describe.skipIf(skipBrowserTests)('keyboard only', () => {
  const session = browserSession({ '/playground/': join(DIST, 'playground') });
  let page: Page;


  it('inserts a template, validates and selects a finding\'s cell from the pane', async () => {
    page = await session.browser.newPage({ viewport: { width: 1400, height: 860 } });
    const errors = collectPageErrors(page);
    await openPlayground(page, session.origin);

    await tabTo(page, '.kpr-pane button[data-action="insert"]');
    await page.keyboard.press('Enter');
    await paneIdle(page);
    expect(await page.getAttribute('.kpg-tab[aria-selected="true"]', 'data-sheet')).toBe('KPI Review (2)');

    await tabTo(page, '.kpr-pane button[data-action="validate"]');
    expect(await focusedOutline(page)).not.toBe('none');
    await page.keyboard.press('Enter');
    await paneIdle(page);
    expect(await page.isVisible('.kpr-summary')).toBe(true);
    // Focus stayed on the button through the busy state, so the next Tab reaches the link to Save,
    // and the one after it the first finding.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.action)).toBe('to-save');
    await page.keyboard.press('Tab');
    const address = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.address);
    expect(address).toMatch(/^[A-Z]+\d+$/);
    expect(await focusedOutline(page)).not.toBe('none');
    await page.keyboard.press('Enter');
    await paneIdle(page);
    expect(await page.getAttribute('td.kpg-selected', 'data-address')).toBe(address);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.address)).toBe(address);
    await page.locator('.kpg-pane').screenshot({ path: artifact('pane-keyboard.png') });

    // Space works on a finding as on any button.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.address);
    await page.keyboard.press('Space');
    await paneIdle(page);
    expect(await page.getAttribute('td.kpg-selected', 'data-address')).toBe(next);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves, types, edits with F2 and cancels with Escape in the grid', async () => {
    page = await session.browser.newPage({ viewport: { width: 1400, height: 860 } });
    await openPlayground(page, session.origin);
    await page.locator('.kpg-tab[data-sheet="KPI tracking"]').click();
    await cell(page, 'J1').click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('.kpg-name')).toBe('K3');
    await page.keyboard.type('Hello');
    await page.keyboard.press('Enter');
    expect(await cell(page, 'K3').textContent()).toBe('Hello');
    expect(await page.textContent('.kpg-name')).toBe('K4');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('F2');
    await page.keyboard.type(' world');
    await page.keyboard.press('Enter');
    expect(await cell(page, 'K3').textContent()).toBe('Hello world');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('gone');
    await page.keyboard.press('Escape');
    expect(await cell(page, 'K3').textContent()).toBe('Hello world');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.textContent('.kpg-name')).toBe('L3');
    await page.keyboard.press('Delete');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Delete');
    expect(await cell(page, 'K3').textContent()).toBe('');
    await page.close();
  });
});
