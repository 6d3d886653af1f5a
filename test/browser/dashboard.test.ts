import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { artifact, collectPageErrors, DIST, browserSession, skipBrowserTests } from './harness';
import { cell, openPlayground, paneIdle, showTab, typeInto } from './playground';

/** The points of the first chart's lines of `role`, as drawn. */
const drawn = (page: Page, role: string) =>
  page.locator(`.kpg-chart-box >> nth=0 >> [data-role="${role}"]`).evaluateAll((lines) =>
    lines.map((line) => line.getAttribute('points') ?? `${line.getAttribute('cx')},${line.getAttribute('cy')}`));

describe.skipIf(skipBrowserTests)('the dashboard in the playground', () => {
  const session = browserSession({ '/playground/': join(DIST, 'playground') });

  it('draws a chart per KPI, and a typed actual flows from tracking to the review and the dashboard', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = collectPageErrors(page);
    await openPlayground(page, session.origin, 'en');
    const review = await page.locator('.kpg-tab[aria-selected="true"]').getAttribute('data-sheet');
    await page.click('button[data-action="track"]');
    await paneIdle(page);
    const tracking = await page.locator('.kpg-tab[aria-selected="true"]').getAttribute('data-sheet');
    await page.click('button[data-action="dashboard"]');
    await paneIdle(page);
    await expect.poll(() => page.locator('.kpg-tab[aria-selected="true"]').textContent()).toBe('Dashboard');
    await expect.poll(() => page.locator('.kpr-status').textContent()).toMatch(/Built “Dashboard”/);

    const charts = page.locator('svg.kpg-chart[role="img"]');
    const titles = await page.locator('.kpg-chart-box').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-chart')));
    expect(titles.length).toBeGreaterThan(1);
    expect(await charts.count()).toBe(titles.length);
    expect(await charts.first().getAttribute('aria-label')).toBe(`${titles[0]}: Actual, Target, Rolling baseline by month`);
    // The agreed target is every month's target until one is typed: a line from the start.
    expect(await drawn(page, 'target')).toHaveLength(1);
    expect(await drawn(page, 'actual')).toEqual([]);

    // The first KPI's first month of the period, on the tracking sheet: below its 12 baseline months.
    await showTab(page, tracking!);
    const nameCell = page.locator('td[data-address^="A"]', { hasText: titles[0]! }).first();
    const nameRow = Number((await nameCell.getAttribute('data-address'))!.slice(1));
    await typeInto(page, `B${nameRow + 4 + 12}`, '123');

    await showTab(page, review!);
    await expect.poll(() => page.locator('td', { hasText: /^123(\.0)?$/ }).count()).toBeGreaterThan(0);
    await showTab(page, 'Dashboard');
    const statusRow = page.locator('tr', { has: page.locator('td', { hasText: titles[0]! }) }).first();
    await expect.poll(() => statusRow.locator('td').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^123(\.0)?$/)]));
    expect(await drawn(page, 'actual')).toHaveLength(1);
    expect(await cell(page, 'A1').textContent()).toBe('KPI dashboard');

    await page.screenshot({ path: artifact('playground-dashboard.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
