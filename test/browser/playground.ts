import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Driving the playground's grid and pane as a user does: by clicks and keys, read back from the page. */

export const cell = (page: Page, address: string): Locator => page.locator(`td[data-address="${address}"]`);

export async function openPlayground(page: Page, origin: string, lang: 'en' | 'da' = 'en'): Promise<number> {
  await page.goto(`${origin}/playground/?lang=${lang}`);
  await page.waitForSelector('html[data-ready]');
  return Number(await page.getAttribute('html', 'data-ready'));
}

/** Selects a cell by clicking it, types text and presses Enter, as into Excel. */
export async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await cell(page, address).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

export async function showTab(page: Page, name: string): Promise<void> {
  await page.locator(`.kpg-tab[data-sheet="${name}"]`).click();
  await expect.poll(() => page.getAttribute(`.kpg-tab[data-sheet="${name}"]`, 'aria-selected')).toBe('true');
}

/** Waits until the pane's current bridge call has finished. */
export async function paneIdle(page: Page): Promise<void> {
  await page.waitForSelector('.kpr-pane[aria-busy="false"]');
}

export async function validate(page: Page): Promise<void> {
  await page.click('.kpr-pane button[data-action="validate"]');
  await paneIdle(page);
  await page.waitForSelector('.kpr-summary:not([hidden])');
}

export const backgroundOf = (locator: Locator): Promise<string> => locator.evaluate((node) => getComputedStyle(node).backgroundColor);

/** Inserts a template from the pane, as a user picks it, and waits for its sheet to show. */
export async function insertTemplate(page: Page, id: string): Promise<void> {
  const before = await page.locator('.kpg-tab').count();
  await page.selectOption('#kpr-template', id);
  await page.click('.kpr-pane button[data-action="insert"]');
  await paneIdle(page);
  await expect.poll(() => page.locator('.kpg-tab').count()).toBe(before + 1);
}
