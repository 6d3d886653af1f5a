/**
 * The bundle behind Code.js, exposed as the global `KpiReview`. Every top-level function in
 * Code.js (custom functions, triggers, menu handlers, sidebar targets) is one call into this.
 */
export { runCustomFunction } from './custom-functions';
export { onOpen, insertTemplateFromMenu, showReviewPane, showCheckInPane, promptSaveVersion, trackAgreementFromMenu, buildDashboardFromMenu } from './menu';
export { language, insertTemplate, validateActiveSheet, selectCell, saveVersion, checkInDraft, checkIn, followUpCalendar, trackAgreement, buildDashboard } from './pane';
