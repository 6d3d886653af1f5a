/// <reference types="office-js" />
import { langFromLocale } from '../../shared/i18n/lang';
import { mountReviewPane } from '../../ui';
import { excelBridge } from './bridge';

const OUTSIDE_EXCEL = {
  en: 'Open this page from the KPI Review button in Excel.',
  da: 'Åbn denne side fra knappen KPI Review i Excel.',
};

/** taskpane.js: mounts the shared review pane on the Excel bridge once Office is ready. */
Office.onReady((info) => {
  const root = document.getElementById('app');
  if (!root) return;
  const lang = langFromLocale(Office.context?.displayLanguage);
  document.documentElement.lang = lang;
  if (info.host !== Office.HostType.Excel) {
    root.textContent = OUTSIDE_EXCEL[lang];
    return;
  }
  mountReviewPane(root, excelBridge());
});
