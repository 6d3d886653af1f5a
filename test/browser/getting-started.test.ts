import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_IDEAS } from '../../shared/help/guide';
import { seriousViolations } from './axe';
import { fakeScriptRunScript } from './fakes';
import { artifact, browserSession, DIST, skipBrowserTests } from './harness';
import { openPlayground, paneIdle, validate } from './playground';

describe.skipIf(skipBrowserTests)('getting started', () => {
  const session = browserSession({ '/playground/': join(DIST, 'playground'), '/excel/': join(DIST, 'excel'), '/sheets/': join(DIST, 'sheets') });

  it('in the playground the first view says what to do and links the help page, in the pane\'s language', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 860 } });
    await openPlayground(page, session.origin);
    await paneIdle(page);
    expect(await page.textContent('.kpr-start')).toBe('The example review is loaded. Validate it to see what the checks say, or insert a blank review to write your own agreement.');
    expect(await page.getAttribute('a[data-action="help"]', 'href')).toBe('help.html#en');
    await page.locator('.kpg-pane').screenshot({ path: artifact('start-playground.png') });
    await page.click('.kpg-lang button[data-lang="da"]');
    await paneIdle(page);
    expect(await page.getAttribute('a[data-action="help"]', 'href')).toBe('help.html#da');
    expect(await page.textContent('.kpr-start')).toMatch(/^Eksempel-samtalen er indlæst/);
    await page.click('.kpg-lang button[data-lang="en"]');
    await paneIdle(page);
    // Once the user has taken a step the instruction gives way; help stays.
    await validate(page);
    expect(await page.isHidden('.kpr-start')).toBe(true);
    expect(await page.isVisible('a[data-action="help"]')).toBe(true);
    await page.close();
  });

  it('serves a help page that explains the guide\'s ideas before the function reference, in both languages', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1024, height: 700 } });
    await page.goto(`${session.origin}/playground/help.html#da`);
    expect(await page.locator('#da-guide h3').allTextContents()).toEqual(GUIDE_IDEAS.map((idea) => idea.title.da));
    expect(await page.locator('#en-guide h3').allTextContents()).toEqual(GUIDE_IDEAS.map((idea) => idea.title.en));
    expect(await page.locator('#en-functions h3').count()).toBeGreaterThan(5);
    expect(await page.getAttribute('article#da', 'lang')).toBe('da');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('help-page.png') });
    // The Excel add-in serves the same page, its manifest's support page.
    const excel = await page.request.get(`${session.origin}/excel/help.html`);
    expect(await excel.text()).toBe(await (await page.request.get(`${session.origin}/playground/help.html`)).text());
    await page.close();
  });

  it('in the Sheets sidebar, which cannot link away, the guide\'s ideas unfold in the pane', async () => {
    const page = await session.browser.newPage({ viewport: { width: 300, height: 800 } });
    await page.addInitScript({ content: fakeScriptRunScript('KPI Review', []) });
    await page.goto(`${session.origin}/sheets/Sidebar.html`);
    await paneIdle(page);
    expect(await page.textContent('.kpr-start')).toMatch(/^Open the sheet with your KPI agreement/);
    expect(await page.locator('a[data-action="help"]').count()).toBe(0);
    await page.click('.kpr-about summary');
    expect(await page.locator('.kpr-about .kpr-idea h3').allTextContents()).toEqual(GUIDE_IDEAS.map((idea) => idea.title.en));
    await page.screenshot({ path: artifact('start-sheets-about.png'), fullPage: true });
    await page.close();
  });
});
