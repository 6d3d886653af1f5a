import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { artifact, collectPageErrors, DIST, browserSession, skipBrowserTests } from './harness';
import { openPlayground, paneIdle } from './playground';

describe.skipIf(skipBrowserTests)('Track this agreement in the playground', () => {
  const session = browserSession({ '/playground/': join(DIST, 'playground') });

  it('makes a tracking sheet with a block per KPI of the example, shows it and says what it did', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1400, height: 860 } });
    const errors = collectPageErrors(page);
    await openPlayground(page, session.origin, 'en');
    await page.click('button[data-action="track"]');
    await paneIdle(page);
    await expect.poll(() => page.locator('.kpg-tab').allTextContents()).toHaveLength(3);
    const tabs = await page.locator('.kpg-tab').allTextContents();
    expect(tabs[2]).toMatch(/^KPI tracking/);
    expect(await page.locator('.kpg-tab').nth(2).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#kpr-track').isVisible()).toBe(true);
    await expect.poll(() => page.locator('[role="status"], .kpr-status').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/Created “KPI tracking.*KPI blocks/)]));
    await page.screenshot({ path: artifact('playground-track.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
