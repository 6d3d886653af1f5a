import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSession, skipBrowserTests } from '../browser/harness';
import { FUNCTION_IDS } from '../../shared/functions/names';
import { REVIEW_SHEET_NAME } from '../../shared/templates/review';
import { DIST } from './bundle';
import type { FakeExcel } from './fakes';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The Office stub for the page, bundled for the browser; office-addin-mock stays out (Node only). */
async function officeStub(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./browser/office-stub.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent',
    plugins: [{
      name: 'no-office-addin-mock',
      setup(plugin) {
        plugin.onResolve({ filter: /^office-addin-mock$/ }, () => ({ path: 'office-addin-mock', namespace: 'stub' }));
        plugin.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export class OfficeMockObject {}', loader: 'js' }));
      },
    }],
  });
  return result.outputFiles[0].text;
}

type TestWindow = { kpiTest: { excel: FakeExcel; functions: string[]; actions: string[] } };

let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

const sheetNames = () => page.evaluate(() => (window as unknown as TestWindow).kpiTest.excel.sheets.map((sheet) => sheet.name));

describe.skipIf(skipBrowserTests)('the task pane page in a browser, with Office stubbed', () => {
  const session = browserSession({ '/': DIST });

  beforeAll(async () => {
    const stub = await officeStub();
    page = await session.browser.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Every request leaves the page through here: the stub answers for Office.js, nothing else goes out.
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ contentType: 'text/javascript', body: stub });
      if (new URL(url).origin === session.origin) return route.continue();
      return route.abort();
    });
    await page.goto(`${session.origin}/taskpane.html`);
    await page.waitForSelector('[data-action="insert"]');
  });

  it('registers the custom functions and the ribbon actions in the same page (shared runtime)', async () => {
    const { functions, actions } = await page.evaluate(() => {
      const { functions, actions } = (window as unknown as TestWindow).kpiTest;
      return { functions, actions };
    });
    expect([...functions].sort()).toEqual([...FUNCTION_IDS].sort());
    expect([...actions].sort()).toEqual(['buildDashboard', 'checkIn', 'insertReviewTemplate', 'showTaskpane', 'trackAgreement']);
  });

  it('shows the pane in the Office display language', async () => {
    await expect.poll(() => page.textContent('[data-action="insert"]')).toBe('Indsæt');
    expect(await page.getAttribute('html', 'lang')).toBe('da');
  });

  it('inserts the picked template into a new Danish sheet through Excel', async () => {
    await page.selectOption('#kpr-template', 'review');
    await page.click('[data-action="insert"]');
    await expect.poll(sheetNames).toContain(REVIEW_SHEET_NAME.da);
  });

  it('validates the active sheet and selects a finding’s cell when it is clicked', async () => {
    await page.evaluate(() => {
      const { excel } = (window as unknown as TestWindow).kpiTest;
      excel.active = excel.sheets[0];
    });
    await page.click('[data-action="validate"]');
    const owner = page.locator('button[data-rule="owner"]').first();
    await owner.waitFor();
    const address = await owner.getAttribute('data-address');
    await owner.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as TestWindow).kpiTest.excel.selection)).toEqual({ sheet: 'Aftale', address });
    // The agreement starts at B3 on the sheet; the blank owner of its second KPI is on row 6.
    expect(address).toMatch(/6$/);
  });

  it('saves a version into the history sheet', async () => {
    await page.fill('#kpr-reason', 'Mål aftalt');
    await page.click('[data-action="save"]');
    await expect.poll(sheetNames).toContain('Aftalehistorik');
  });

  it('loads nothing from any other site than Office.js, and throws no error', () => {
    const foreign = requests.filter((url) => !url.startsWith('http://127.0.0.1:') && url !== OFFICE_JS);
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
  // Office.js blocked (a proxy, a plain browser offline), Office's old IE webview, an Excel too old.
  const contexts: BrowserContext[] = [];
  afterAll(async () => { for (const context of contexts) await context.close(); });

  /** The page with Office.js blocked (a proxy, or a plain browser offline), in `locale`, after `init`. */
  async function blocked(locale: string, init = ''): Promise<Page> {
    const context = await session.browser.newContext({ locale });
    contexts.push(context);
    const blockedPage = await context.newPage();
    if (init) await blockedPage.addInitScript({ content: init });
    await blockedPage.route('**/*', (route) => {
      const url = route.request().url();
      return new URL(url).origin === session.origin ? route.continue() : route.abort();
    });
    await blockedPage.goto(`${session.origin}/taskpane.html`);
    await blockedPage.waitForLoadState('load');
    return blockedPage;
  }

  const visibleText = (target: Page) => target.evaluate(() => document.body.innerText.trim());

  it('says what to do instead of showing a blank page, in the browser\'s language', async () => {
    const english = await blocked('en-US');
    await expect.poll(() => visibleText(english)).toMatch(/^KPI Review could not load Office\.js from appsforoffice\.microsoft\.com\./);
    expect(await visibleText(english)).not.toMatch(/Internet Explorer|KPI Review kunne/);
    const danish = await blocked('da-DK');
    await expect.poll(() => visibleText(danish)).toMatch(/^KPI Review kunne ikke hente Office\.js/);
    expect(await danish.getAttribute('html', 'lang')).toBe('da');
  });

  it('says that Office\'s old Internet Explorer webview is not supported', async () => {
    const ie = await blocked('en-US', 'Object.defineProperty(document, "documentMode", { value: 11 });');
    await expect.poll(() => visibleText(ie)).toMatch(/old Internet Explorer, which KPI Review does not support/);
  });

  it('says plainly which requirement sets this Excel lacks, instead of failing later', async () => {
    const stub = await officeStub();
    const context = await session.browser.newContext();
    contexts.push(context);
    const old = await context.newPage();
    await old.addInitScript({ content: 'window.kpiTestMissingSets = ["ExcelApi"];' });
    await old.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ contentType: 'text/javascript', body: stub });
      return new URL(url).origin === session.origin ? route.continue() : route.abort();
    });
    await old.goto(`${session.origin}/taskpane.html`);
    await expect.poll(() => visibleText(old)).toBe('Denne version af Excel mangler det, KPI Review skal bruge (ExcelApi 1.8). Opdatér Office, eller brug Excel på nettet.');
    expect(await old.locator('[data-action="insert"]').count()).toBe(0);
  });
});
