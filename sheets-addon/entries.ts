import type { HostBridge } from '../ui/bridge';
import type { TemplateId } from '../shared/templates/spec';

/**
 * The top-level functions Code.js declares besides the custom functions. Apps Script finds menu
 * handlers, triggers and `google.script.run` targets only as top-level `function` declarations, and
 * esbuild neither keeps names nor emits such declarations, so the build writes each one as text: a
 * one-line call into the bundled `KpiReview` object. Everything here is plain data.
 */
export interface EntryPoint {
  /** The global function name Apps Script calls. */
  readonly name: string;
  readonly params: readonly string[];
  /** The member of the bundle it calls, with `fixed` arguments before its own parameters. */
  readonly calls: string;
  readonly fixed?: readonly string[];
  readonly doc: string;
}

/**
 * The pane's bridge methods that cross `google.script.run`: one top-level target each, same name.
 * The sidebar owns its language, so the page-language hook stays out; `watchSheet` is not one (a
 * server function cannot call the sidebar back), nor the data `helpUrl`.
 */
export type PaneTarget = Exclude<keyof HostBridge, 'host' | 'onLanguageChange' | 'helpUrl' | 'watchSheet'>;

export const PANE_TARGETS: Readonly<Record<PaneTarget, readonly string[]>> = {
  language: [],
  insertTemplate: ['id', 'lang'],
  validateActiveSheet: ['lang'],
  selectCell: ['sheetName', 'row', 'column'],
  saveVersion: ['reason', 'lang'],
  checkInDraft: ['lang'],
  checkIn: ['sheetName', 'entry', 'lang'],
  followUpCalendar: ['lang'],
  trackAgreement: ['lang'],
  buildDashboard: ['lang'],
};

/** Menu handler names: a menu item names its handler as a string, so both sides read them here. */
export const MENU_HANDLERS = {
  insert: (id: TemplateId): string => `insert${id[0].toUpperCase()}${id.slice(1)}Template`,
  showPane: 'showReviewPane',
  checkIn: 'showCheckInPane',
  track: 'trackAgreementFromMenu',
  dashboard: 'buildDashboardFromMenu',
  saveVersion: 'promptSaveVersion',
} as const;

export function entryPoints(templateIds: readonly TemplateId[]): EntryPoint[] {
  return [
    { name: 'onOpen', params: ['e'], calls: 'onOpen', doc: 'Adds the KPI Review menu. Runs in AuthMode.NONE on first use: it builds the menu and nothing else.' },
    { name: 'onInstall', params: ['e'], calls: 'onOpen', doc: 'Builds the menu right after installation, as onOpen does.' },
    ...templateIds.map((id): EntryPoint => ({
      name: MENU_HANDLERS.insert(id),
      params: [],
      calls: 'insertTemplateFromMenu',
      fixed: [JSON.stringify(id)],
      doc: `Menu: inserts the ${id} template into a new sheet.`,
    })),
    { name: MENU_HANDLERS.showPane, params: [], calls: 'showReviewPane', doc: 'Menu: opens the review sidebar (templates, validator, versions).' },
    { name: MENU_HANDLERS.checkIn, params: [], calls: 'showCheckInPane', doc: 'Menu: opens the sidebar on a check-in of the active agreement.' },
    { name: MENU_HANDLERS.track, params: [], calls: 'trackAgreementFromMenu', doc: 'Menu: creates or extends the tracking sheet of the active agreement and says what it did.' },
    { name: MENU_HANDLERS.dashboard, params: [], calls: 'buildDashboardFromMenu', doc: 'Menu: builds the dashboard from the tracking sheets, or rebuilds the one built before, and says what it did.' },
    { name: MENU_HANDLERS.saveVersion, params: [], calls: 'promptSaveVersion', doc: 'Menu: asks for a reason and saves the active agreement to the history sheet.' },
    ...(Object.entries(PANE_TARGETS) as [PaneTarget, readonly string[]][]).map(([name, params]): EntryPoint => ({
      name,
      params,
      calls: name,
      doc: `Sidebar (google.script.run): ${name}. Plain JSON in and out.`,
    })),
  ];
}
