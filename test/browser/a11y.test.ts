import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { exampleReviewGrid } from '../templates/example-grid';
import { validateAgreement } from '../../shared/validator';
import { seriousViolations } from './axe';
import { fakeOfficeScript, fakeScriptRunScript } from './fakes';
import { artifact, browserSession, DIST, skipBrowserTests } from './harness';
import { cell, openPlayground, paneIdle, typeInto, validate } from './playground';

const EXAMPLE = exampleReviewGrid('en').map((row) => [...row]);

describe.skipIf(skipBrowserTests)('accessibility (axe-core, no serious or critical violation)', () => {
  const session = browserSession({ '/playground/': join(DIST, 'playground'), '/excel/': join(DIST, 'excel'), '/sheets/': join(DIST, 'sheets') });

  async function check(page: Page, name: string): Promise<void> {
    const violations = await seriousViolations(page);
    artifact(`axe-${name}.json`, JSON.stringify(violations, null, 2));
    await page.screenshot({ path: artifact(`axe-${name}.png`), fullPage: true });
    expect(violations).toEqual([]);
  }

  it('in the playground, before and after validating', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 860 } });
    await openPlayground(page, session.origin);
    await check(page, 'playground');
    await validate(page);
    await check(page, 'playground-validated');
    await page.close();
  }, 60_000);

  it('in the Excel task pane page', async () => {
    const page = await session.browser.newPage({ viewport: { width: 350, height: 800 } });
    await page.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: fakeOfficeScript(EXAMPLE, 'KPI Review') }));
    await page.goto(`${session.origin}/excel/taskpane.html`);
    await paneIdle(page);
    await check(page, 'excel-taskpane');
    await validate(page);
    await check(page, 'excel-taskpane-validated');
    await page.close();
  });

  it('in the Sheets sidebar', async () => {
    const page = await session.browser.newPage({ viewport: { width: 300, height: 800 } });
    const findings = validateAgreement(EXAMPLE.map((row, r) => (r > 12 ? row.map(() => '') : row)), { lang: 'en' });
    await page.addInitScript({ content: fakeScriptRunScript('KPI Review', findings) });
    await page.goto(`${session.origin}/sheets/Sidebar.html`);
    await paneIdle(page);
    await check(page, 'sheets-sidebar');
    await validate(page);
    await check(page, 'sheets-sidebar-validated');
    await page.close();
  });

  it('names the language buttons by their visible text, and rings them visibly inside their group on focus', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 860 } });
    await openPlayground(page, session.origin);
    // The playground's one language control is the page's; the pane follows it and hides its own.
    expect(await page.locator('.kpr-lang').isHidden()).toBe(true);
    for (const code of ['en', 'da']) {
      const button = page.locator(`.kpg-lang button[data-lang="${code}"]`);
      const text = (await button.textContent()) ?? '';
      expect(text).not.toBe('');
      expect((await button.getAttribute('aria-label')) ?? text).toContain(text);
    }
    await page.focus('.kpg-lang button[data-lang="da"]');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), offset: parseFloat(style.outlineOffset) };
    });
    expect(ring.style).toBe('solid');
    // The group clips at the button's edge: a ring drawn outside it would not be seen.
    expect(ring.width + ring.offset).toBeLessThanOrEqual(0);
    await page.locator('.kpg-lang').screenshot({ path: artifact('a11y-lang-focus.png') });
    await page.close();
  });

  it('moves between sheet tabs with the arrow keys, keeping one tab stop', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 860 } });
    await openPlayground(page, session.origin);
    await page.focus('.kpg-tab[aria-selected="true"]');
    expect(await page.locator('.kpg-tab[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getAttribute('.kpg-tab[aria-selected="true"]', 'data-sheet')).toBe('KPI tracking');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.sheet)).toBe('KPI tracking');
    // The last sheet wraps round to the first.
    await page.keyboard.press('End');
    await expect.poll(() => page.getAttribute('.kpg-tab[aria-selected="true"]', 'data-sheet')).toBe('Dashboard');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getAttribute('.kpg-tab[aria-selected="true"]', 'data-sheet')).toBe('KPI Review');
    await page.keyboard.press('End');
    await expect.poll(() => page.getAttribute('.kpg-tab[aria-selected="true"]', 'data-sheet')).toBe('Dashboard');
    await page.keyboard.press('Home');
    await expect.poll(() => page.getAttribute('.kpg-tab[aria-selected="true"]', 'data-sheet')).toBe('KPI Review');
    expect(await page.locator('.kpg-tab[tabindex="0"]').getAttribute('data-sheet')).toBe('KPI Review');
    await page.close();
  });

  it('reads a cell error\'s explanation out under the grid when the cell is reached by keyboard', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 860 } });
    await openPlayground(page, session.origin);
    await typeInto(page, 'A2', '=KPI.RAG("x",100)');
    const tooltip = await cell(page, 'A2').getAttribute('title');
    expect(tooltip).toBeTruthy();
    // Enter moved the selection down: back up by keyboard, no pointer over the cell.
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.textContent('.kpg-hint')).toBe(tooltip);
    expect(await page.getAttribute('.kpg-hint', 'aria-live')).toBe('polite');
    await page.close();
  });
});
