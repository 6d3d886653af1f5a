import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DASHBOARD_SHEET_NAME } from '../../shared/dashboard/layout';
import { LANGS } from '../../shared/i18n/lang';
import { TRACKING_SHEET_NAME } from '../../shared/tracking/layout';
import { seriousViolations } from './axe';
import { artifact, collectPageErrors, DIST, browserSession, skipBrowserTests } from './harness';
import { cell, openPlayground, paneIdle, showTab, typeInto } from './playground';

/** What the page says in each language, and an actual as typed and shown there. */
const WORDS = {
  en: { rebuilt: /Rebuilt “Dashboard”/, series: 'Actual, Target, Rolling baseline by month', input: '3.9', typed: /^3\.9$/, title: 'KPI dashboard' },
  da: { rebuilt: /Byggede »Overblik« igen/, series: 'Faktisk, Mål, Rullende baseline pr. måned', input: '3,9', typed: /^3,9$/, title: 'KPI-overblik' },
} as const;

/** The points of the first chart's lines of `role`, as drawn. */
const drawn = (page: Page, role: string) =>
  page.locator(`.kpg-chart-box >> nth=0 >> [data-role="${role}"]`).evaluateAll((lines) =>
    lines.map((line) => line.getAttribute('points') ?? `${line.getAttribute('cx')},${line.getAttribute('cy')}`));

describe.skipIf(skipBrowserTests)('the dashboard in the playground', () => {
  const session = browserSession({ '/playground/': join(DIST, 'playground') });

  it.each(LANGS)('draws the example’s charts, and a typed actual flows from tracking to the review and the dashboard (%s)', async (lang) => {
    const words = WORDS[lang];
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = collectPageErrors(page);
    await openPlayground(page, session.origin, lang);
    const review = await page.locator('.kpg-tab[aria-selected="true"]').getAttribute('data-sheet');
    await showTab(page, DASHBOARD_SHEET_NAME[lang]);
    expect(await cell(page, 'A1').textContent()).toBe(words.title);

    const charts = page.locator('svg.kpg-chart[role="img"]');
    const titles = await page.locator('.kpg-chart-box').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-chart')));
    expect(titles).toHaveLength(4);
    expect(await charts.count()).toBe(titles.length);
    expect(await charts.first().getAttribute('aria-label')).toBe(`${titles[0]}: ${words.series}`);
    // The example's months are typed from its baseline year to June of the period: one unbroken line.
    const points = async () => (await drawn(page, 'actual')).map((line) => line.split(' ').length);
    const typedMonths = await points();
    expect(typedMonths).toHaveLength(1);
    expect(await drawn(page, 'target')).toHaveLength(1);
    expect(await drawn(page, 'baseline')).toHaveLength(1);

    // The first KPI's next month on the tracking sheet, right below its last typed one.
    await showTab(page, TRACKING_SHEET_NAME[lang]);
    const nameCell = page.locator('td[data-address^="A"]', { hasText: titles[0]! }).first();
    const firstMonthRow = Number((await nameCell.getAttribute('data-address'))!.slice(1)) + 4;
    await showTab(page, review!);
    expect(await page.locator('td', { hasText: words.typed }).count()).toBe(0);
    await showTab(page, TRACKING_SHEET_NAME[lang]);
    await typeInto(page, `B${firstMonthRow + typedMonths[0]}`, words.input);

    await showTab(page, review!);
    await expect.poll(() => page.locator('td', { hasText: words.typed }).count()).toBeGreaterThan(0);
    await showTab(page, DASHBOARD_SHEET_NAME[lang]);
    const statusRow = page.locator('tr', { has: page.locator('td', { hasText: titles[0]! }) }).first();
    await expect.poll(() => statusRow.locator('td').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(words.typed)]));
    expect(await points()).toEqual([typedMonths[0] + 1]);

    // Building it again rewrites the same sheet.
    await page.click('button[data-action="dashboard"]');
    await paneIdle(page);
    await expect.poll(() => page.locator('.kpr-status').textContent()).toMatch(words.rebuilt);
    expect(await page.locator('.kpg-tab', { hasText: DASHBOARD_SHEET_NAME[lang] }).count()).toBe(1);
    expect(await charts.count()).toBe(titles.length);

    await page.screenshot({ path: artifact(`playground-dashboard-${lang}.png`) });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
