import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DASHBOARD_SHEET_NAME } from '../../shared/dashboard/layout';
import { LANGS } from '../../shared/i18n/lang';
import { seriousViolations } from './axe';
import { artifact, collectPageErrors, DIST, browserSession, skipBrowserTests } from './harness';
import { cell, openPlayground, paneIdle, showTab, typeInto } from './playground';

/** What the page says in each language; the typed 123 shows with one decimal, by the status table's number format. */
const WORDS = {
  en: { built: /Built “Dashboard”/, series: 'Actual, Target, Rolling baseline by month', typed: /^123\.0$/, title: 'KPI dashboard' },
  da: { built: /Byggede »Overblik«/, series: 'Faktisk, Mål, Rullende baseline pr. måned', typed: /^123,0$/, title: 'KPI-overblik' },
} as const;

/** The points of the first chart's lines of `role`, as drawn. */
const drawn = (page: Page, role: string) =>
  page.locator(`.kpg-chart-box >> nth=0 >> [data-role="${role}"]`).evaluateAll((lines) =>
    lines.map((line) => line.getAttribute('points') ?? `${line.getAttribute('cx')},${line.getAttribute('cy')}`));

describe.skipIf(skipBrowserTests)('the dashboard in the playground', () => {
  const session = browserSession({ '/playground/': join(DIST, 'playground') });

  it.each(LANGS)('draws a chart per KPI, and a typed actual flows from tracking to the review and the dashboard (%s)', async (lang) => {
    const words = WORDS[lang];
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = collectPageErrors(page);
    await openPlayground(page, session.origin, lang);
    const review = await page.locator('.kpg-tab[aria-selected="true"]').getAttribute('data-sheet');
    await page.click('button[data-action="track"]');
    await paneIdle(page);
    const tracking = await page.locator('.kpg-tab[aria-selected="true"]').getAttribute('data-sheet');
    await page.click('button[data-action="dashboard"]');
    await paneIdle(page);
    await expect.poll(() => page.locator('.kpg-tab[aria-selected="true"]').textContent()).toBe(DASHBOARD_SHEET_NAME[lang]);
    await expect.poll(() => page.locator('.kpr-status').textContent()).toMatch(words.built);

    const charts = page.locator('svg.kpg-chart[role="img"]');
    const titles = await page.locator('.kpg-chart-box').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-chart')));
    expect(titles.length).toBeGreaterThan(1);
    expect(await charts.count()).toBe(titles.length);
    expect(await charts.first().getAttribute('aria-label')).toBe(`${titles[0]}: ${words.series}`);
    // The agreed target is every month's target until one is typed: a line from the start.
    expect(await drawn(page, 'target')).toHaveLength(1);
    expect(await drawn(page, 'actual')).toEqual([]);

    // The first KPI's first month of the period, on the tracking sheet: below its 12 baseline months.
    await showTab(page, tracking!);
    const nameCell = page.locator('td[data-address^="A"]', { hasText: titles[0]! }).first();
    const nameRow = Number((await nameCell.getAttribute('data-address'))!.slice(1));
    await typeInto(page, `B${nameRow + 4 + 12}`, '123');

    await showTab(page, review!);
    await expect.poll(() => page.locator('td', { hasText: words.typed }).count()).toBeGreaterThan(0);
    await showTab(page, DASHBOARD_SHEET_NAME[lang]);
    const statusRow = page.locator('tr', { has: page.locator('td', { hasText: titles[0]! }) }).first();
    await expect.poll(() => statusRow.locator('td').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(words.typed)]));
    expect(await drawn(page, 'actual')).toHaveLength(1);
    expect(await cell(page, 'A1').textContent()).toBe(words.title);

    await page.screenshot({ path: artifact(`playground-dashboard-${lang}.png`) });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
