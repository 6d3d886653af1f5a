import { describe, expect, it } from 'vitest';
import { validateAgreement } from '../../shared/validator';
import { PANE_TARGETS } from '../../sheets-addon/entries';
import { sheetsBridge, type ScriptRunner } from '../../sheets-addon/sidebar/bridge';
import { loadCode } from './code';
import { fakeAppsScript, fakeScriptRun } from './fakes';
import { EXAMPLE_KPIS } from '../../shared/templates';
import { filledReview } from './review';
import { trackedReview } from './tracked';

function bridgeTo(server: Record<string, unknown>) {
  const { run, calls } = fakeScriptRun(server);
  return { bridge: sheetsBridge(run as unknown as ScriptRunner), calls };
}

describe('the Sheets bridge of the review pane', () => {
  it('is the HostBridge of host "sheets", one google.script.run target per method', () => {
    const { bridge } = bridgeTo({});
    expect(bridge.host).toBe('sheets');
    expect(Object.keys(bridge).filter((key) => key !== 'host').sort()).toEqual(Object.keys(PANE_TARGETS).sort());
  });

  it('finds each target as a top-level function of Code.js taking the arguments the bridge sends', () => {
    const code = loadCode();
    for (const [name, params] of Object.entries(PANE_TARGETS)) {
      expect(typeof code[name], name).toBe('function');
      expect(code[name].length, name).toBe(params.length);
    }
  });

  it('validates the active sheet through Code.js and resolves with its findings', async () => {
    const { apps, code } = filledReview('en');
    const { bridge, calls } = bridgeTo(code);
    const result = await bridge.validateActiveSheet('en');
    expect(calls).toEqual([{ target: 'validateActiveSheet', args: ['en'] }]);
    expect(result.sheetName).toBe('KPI Review');
    expect(result.findings).toEqual(JSON.parse(JSON.stringify(validateAgreement(apps.spreadsheet.active.stored(), { lang: 'en' }))));
  });

  it('selects a finding\'s cell, inserts templates, saves versions and reads the language', async () => {
    const { apps, code } = filledReview('da');
    const { bridge, calls } = bridgeTo(code);
    await expect(bridge.language()).resolves.toBe('da');
    await expect(bridge.selectCell('Medarbejdersamtale', 2, 1)).resolves.toBeUndefined();
    expect(apps.spreadsheet.activeRange?.a1).toBe('B3:B3');
    await expect(bridge.saveVersion('Mål aftalt', 'da')).resolves.toEqual({ sheetName: 'Aftalehistorik', rows: EXAMPLE_KPIS.length });
    await expect(bridge.insertTemplate('checklist', 'da')).resolves.toEqual({ sheetName: 'Tjekliste' });
    expect(calls.map((call) => call.target)).toEqual(['language', 'selectCell', 'saveVersion', 'insertTemplate']);
  });

  it('builds the dashboard through Code.js and resolves with its sheet and message', async () => {
    const { apps } = trackedReview('en');
    const { bridge, calls } = bridgeTo(loadCode(apps.globals));
    const result = await bridge.buildDashboard('en');
    expect(calls).toEqual([{ target: 'buildDashboard', args: ['en'] }]);
    expect(result).toEqual({ sheetName: 'Dashboard', message: expect.stringMatching(/^Built “Dashboard”/) });
    expect(apps.spreadsheet.sheet('Dashboard').charts).toHaveLength(2);
  });

  it('rejects with the server\'s message, so the pane can show it', async () => {
    const apps = fakeAppsScript({ sheets: { Notes: [['x']] } });
    const { bridge } = bridgeTo(loadCode(apps.globals));
    await expect(bridge.saveVersion('x', 'en')).rejects.toThrow(/^There is no KPI agreement table on this sheet to save\.$/);
    await expect(bridge.selectCell('Gone', 0, 0)).rejects.toThrow('There is no sheet named “Gone” any more.');
  });

  it('rejects rather than hangs when a target is missing', async () => {
    const { bridge } = bridgeTo({});
    await expect(bridge.language()).rejects.toThrow('google.script.run has no language');
  });
});
