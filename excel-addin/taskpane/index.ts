/// <reference types="office-js" />
import { langFromLocale } from '../../shared/i18n/lang';
import { mountReviewPane } from '../../ui';
import { unsupportedSets } from '../requirements';
import { EXCEL_TEXT, fill } from '../text';
import { excelBridge } from './bridge';

/**
 * The task pane, last in taskpane.js: mounts the shared review pane on the Excel bridge once
 * Office is ready. Where Office.js did not load (a proxy blocks it, the page is opened in a plain browser) this script
 * marks nothing, and the page's own fallback (taskpane.html) says what to do; the same fallback
 * speaks for Office's old Internet Explorer webview, which cannot run this script at all.
 */
if (typeof Office !== 'undefined') {
  (window as unknown as { kpiReviewStarted?: boolean }).kpiReviewStarted = true;
  Office.onReady((info) => {
    const root = document.getElementById('app');
    if (!root) return;
    const lang = langFromLocale(Office.context?.displayLanguage);
    document.documentElement.lang = lang;
    if (info.host !== Office.HostType.Excel) {
      root.textContent = EXCEL_TEXT.outsideExcel[lang];
      return;
    }
    // An Office that cannot answer (no requirements object) is taken at the manifest's word.
    const requirements = Office.context.requirements as Office.RequirementSetSupport | undefined;
    const missing = requirements ? unsupportedSets((name, version) => requirements.isSetSupported(name, version)) : [];
    if (missing.length > 0) {
      root.textContent = fill(EXCEL_TEXT.unsupported[lang], { sets: missing.join(', ') });
      return;
    }
    mountReviewPane(root, excelBridge());
  });
}
