import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../shared/functions/registry';
import { REVIEW_SHEET_NAME } from '../../shared/templates/review';
import { PAGES } from '../../excel-addin/manifest';
import { CHECK_IN_EVENT } from '../../ui/checkin';
import { DIST, runBuilt } from './bundle';
import { FakeExcel, FakeSheet, type Scalar } from './fakes';
import { TRACKING_SHEET_NAME } from '../../shared/tracking/layout';
import { reviewBook } from '../tracking/helpers';

type Action = (event: { completed(): void }) => Promise<void>;

/**
 * Loads the built taskpane.js, the shared runtime's one script, with an Office stub whose Excel.run
 * works on a fake workbook; the pane itself waits for an #app element this document does not have.
 */
function loadCommands(excel: FakeExcel, displayLanguage = 'en-US') {
  const actions = new Map<string, Action>();
  const shown: string[] = [];
  // The task pane page's notice line, as the ribbon actions find it in the shared runtime's document.
  const notice = { id: 'kpr-notice', textContent: '', hidden: true };
  const events: string[] = [];
  const document = {
    getElementById: (id: string) => (id === notice.id ? notice : null),
    documentElement: { dataset: {} as Record<string, string> },
    dispatchEvent: (event: Event) => events.push(event.type),
  };
  const functions = new Set<string>();
  runBuilt(PAGES.runtimeScript, {
    document,
    window: {},
    CustomFunctions: { associate: (id: string) => functions.add(id) },
    Office: {
      onReady: () => Promise.resolve({ host: 'Excel' }),
      actions: { associate: (id: string, action: Action) => actions.set(id, action) },
      addin: { showAsTaskpane: async () => { shown.push('pane'); } },
      context: { displayLanguage },
    },
    Excel: { run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => batch(excel.context) },
    Event,
    console,
  });
  return { actions, functions, shown, notice, events, document };
}

async function perform(action: Action | undefined): Promise<number> {
  let completed = 0;
  await action!({ completed: () => completed++ });
  return completed;
}

const manifestFunctionNames = () =>
  [...readFileSync(fileURLToPath(new URL('../../manifest.xml', import.meta.url)), 'utf8').matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);

describe('ribbon commands (in taskpane.js)', () => {
  it('associates every FunctionName of the manifest, and the pane action', () => {
    const { actions } = loadCommands(new FakeExcel());
    for (const name of manifestFunctionNames()) expect(actions.has(name), name).toBe(true);
    expect([...actions.keys()].sort()).toEqual(['buildDashboard', 'checkIn', 'insertReviewTemplate', 'showTaskpane', 'trackAgreement']);
  });

  it('tracks the agreement on the active sheet and says what it did in the task pane', async () => {
    const { book, review } = reviewBook('en');
    const excel = new FakeExcel(new FakeSheet(review).seed(book.values(review) as Scalar[][]));
    book.destroy();
    const { actions, notice, shown } = loadCommands(excel);
    expect(await perform(actions.get('trackAgreement'))).toBe(1);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([review, TRACKING_SHEET_NAME.en]);
    expect(notice.textContent).toContain(`Created “${TRACKING_SHEET_NAME.en}” with 2 KPI blocks`);
    expect(shown).toEqual(['pane']);
  });

  it('registers every custom function from the same script, so the page parses the core once', () => {
    const { functions } = loadCommands(new FakeExcel());
    expect([...functions].sort()).toEqual(FUNCTIONS.map((spec) => spec.id).sort());
  });

  it('says in the task pane why there is no dashboard to build before the agreement is tracked', async () => {
    const excel = new FakeExcel();
    const { actions, notice } = loadCommands(excel);
    expect(await perform(actions.get('buildDashboard'))).toBe(1);
    expect(notice.textContent).toMatch(/^The dashboard could not be built: .*run Track this agreement/);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
  });

  it('opens the pane on a check-in, leaving the request for a pane not mounted yet', async () => {
    const { actions, shown, events, document } = loadCommands(new FakeExcel());
    expect(await perform(actions.get('checkIn'))).toBe(1);
    expect(shown).toEqual(['pane']);
    expect(events).toEqual([CHECK_IN_EVENT]);
    expect(document.documentElement.dataset).toEqual({ kprCheckIn: 'true' });
  });

  it('inserts the review template in the display language and completes the event', async () => {
    const english = new FakeExcel();
    expect(await perform(loadCommands(english).actions.get('insertReviewTemplate'))).toBe(1);
    expect(english.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', REVIEW_SHEET_NAME.en]);
    expect(english.active.name).toBe(REVIEW_SHEET_NAME.en);

    const danish = new FakeExcel();
    await perform(loadCommands(danish, 'da-DK').actions.get('insertReviewTemplate'));
    expect(danish.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', REVIEW_SHEET_NAME.da]);
  });

  it('never overwrites: a second insert makes "KPI Review (2)"', async () => {
    const excel = new FakeExcel(new FakeSheet('KPI Review').seed([['mine']]));
    await perform(loadCommands(excel).actions.get('insertReviewTemplate'));
    expect(excel.sheet('KPI Review').value(0, 0)).toBe('mine');
    expect(excel.active.name).toBe('KPI Review (2)');
  });

  it.each([['en-US', 'The review template could not be inserted: '], ['da-DK', 'Skabelonen til samtalen kunne ikke indsættes: ']])(
    'completes the event when Excel fails and shows the user why in the task pane (%s)', async (language, prefix) => {
      const excel = new FakeExcel();
      (excel.context as unknown as { sync: () => Promise<void> }).sync = async () => {
        throw Object.assign(new Error('The sheet is protected.'), { code: 'AccessDenied' });
      };
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...logged: unknown[]) => { errors.push(logged[0]); };
      try {
        const { actions, shown, notice } = loadCommands(excel, language);
        expect(await perform(actions.get('insertReviewTemplate'))).toBe(1);
        expect(notice).toMatchObject({ textContent: `${prefix}The sheet is protected.`, hidden: false });
        expect(shown).toEqual(['pane']);
      } finally {
        console.error = original;
      }
      expect(errors).toHaveLength(1);
    });

  it('says something useful when Office gives no reason, and clears the notice after a success', async () => {
    const failing = new FakeExcel();
    (failing.context as unknown as { sync: () => Promise<void> }).sync = async () => { throw new Error(''); };
    const original = console.error;
    console.error = () => undefined;
    try {
      const { actions, notice } = loadCommands(failing);
      await perform(actions.get('insertReviewTemplate'));
      expect(notice.textContent).toMatch(/Excel gave no reason\. If the workbook is protected/);
      (failing.context as unknown as { sync: () => Promise<void> }).sync = async () => undefined;
      await perform(actions.get('showTaskpane'));
      expect(notice).toMatchObject({ textContent: '', hidden: true });
    } finally {
      console.error = original;
    }
  });

  it('opens the task pane', async () => {
    const { actions, shown } = loadCommands(new FakeExcel());
    expect(await perform(actions.get('showTaskpane'))).toBe(1);
    expect(shown).toEqual(['pane']);
  });
});

describe('taskpane.html', () => {
  const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);

  it('loads Office.js from the Microsoft CDN and one script of its own, the shared runtime', () => {
    expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js', PAGES.runtimeScript]);
    for (const local of scripts.slice(1)) expect(readFileSync(join(DIST, local), 'utf8').length).toBeGreaterThan(0);
  });

  it('reaches no other site', () => {
    const sites = [...html.matchAll(/https?:\/\/[^"'\s<>]+/g)].map((m) => new URL(m[0]).host);
    expect(new Set(sites)).toEqual(new Set(['appsforoffice.microsoft.com']));
    for (const bundle of [PAGES.runtimeScript, PAGES.functionsScript]) {
      expect(readFileSync(join(DIST, bundle), 'utf8'), bundle).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon/);
    }
  });
});
