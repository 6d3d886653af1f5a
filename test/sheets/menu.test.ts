import { describe, expect, it } from 'vitest';
import { TEMPLATE_IDS, TEMPLATE_TITLES } from '../../shared/templates';
import { checkInRequestScript } from '../../ui/checkin';
import { loadCode } from './code';
import { fakeAppsScript } from './fakes';

const NONE = { authMode: 'NONE' };

describe('onOpen', () => {
  it('in AuthMode.NONE touches nothing but the add-on menu (and the locale for its labels)', () => {
    const apps = fakeAppsScript({ sheets: { Data: [['KPI']] } });
    loadCode(apps.globals).onOpen(NONE);
    expect(apps.recorder.names()).toEqual([
      'Session.getActiveUserLocale',
      'SpreadsheetApp.getUi',
      'Ui.createAddonMenu',
      ...TEMPLATE_IDS.map(() => 'Menu.addItem'),
      'Menu.addSeparator',
      'Menu.addItem',
      'Menu.addItem',
      'Menu.addItem',
      'Menu.addItem',
      'Menu.addItem',
      'Menu.addToUi',
    ]);
  });

  it('offers each template, the validator sidebar, check-in, tracking, the dashboard and saving a version, each naming a top-level handler', () => {
    const apps = fakeAppsScript();
    const code = loadCode(apps.globals);
    code.onOpen(NONE);
    const [menu] = apps.ui.menus;
    expect(menu.added).toBe(true);
    expect(menu.items.map(([caption]) => caption)).toEqual([
      ...TEMPLATE_IDS.map((id) => `Insert: ${TEMPLATE_TITLES[id].en}`),
      'Check agreement…',
      'Check in…',
      'Track this agreement',
      'Build the dashboard',
      'Save agreement version…',
    ]);
    for (const [, handler] of menu.items) expect(typeof code[handler], handler).toBe('function');
  });

  it('labels the menu in Danish for a Danish user', () => {
    const apps = fakeAppsScript({ locale: 'da_DK' });
    loadCode(apps.globals).onOpen(NONE);
    expect(apps.ui.menus[0].items.map(([caption]) => caption)).toEqual([
      ...TEMPLATE_IDS.map((id) => `Indsæt: ${TEMPLATE_TITLES[id].da}`),
      'Tjek aftale…',
      'Hold opfølgning…',
      'Følg op på denne aftale',
      'Byg overblikket',
      'Gem aftaleversion…',
    ]);
  });

  it('still builds an English menu when the locale cannot be read', () => {
    const apps = fakeAppsScript({ locale: 'da', sessionThrows: true });
    loadCode(apps.globals).onOpen(NONE);
    expect(apps.ui.menus[0].items[0][0]).toBe(`Insert: ${TEMPLATE_TITLES[TEMPLATE_IDS[0]].en}`);
  });

  it('onInstall builds the same menu', () => {
    const opened = fakeAppsScript();
    loadCode(opened.globals).onOpen(NONE);
    const installed = fakeAppsScript();
    loadCode(installed.globals).onInstall({ authMode: 'FULL' });
    expect(installed.ui.menus).toEqual(opened.ui.menus);
  });
});

describe('the validator sidebar', () => {
  it('opens Sidebar.html with a title in the user\'s language', () => {
    const apps = fakeAppsScript({ locale: 'da' });
    loadCode(apps.globals).showReviewPane();
    expect(apps.ui.sidebar).toEqual({ file: 'Sidebar', title: 'KPI Review' });
    expect(apps.recorder.names()).not.toContain('SpreadsheetApp.getActiveSpreadsheet');
  });

  it('opens on a check-in from the menu: the page ends with the request, which the mounted pane takes', () => {
    const apps = fakeAppsScript();
    loadCode(apps.globals).showCheckInPane();
    expect(apps.ui.sidebar).toEqual({ file: 'Sidebar', title: 'KPI Review', appended: checkInRequestScript() });
    expect(checkInRequestScript()).toMatch(/^<script>[^<]*<\/script>$/);
  });
});
