/** Ribbon actions: the manifest's `FunctionName`s and `Office.actions.associate` ids, one list. */
export const ACTIONS = {
  showTaskpane: 'showTaskpane',
  insertReviewTemplate: 'insertReviewTemplate',
  checkIn: 'checkIn',
  trackAgreement: 'trackAgreement',
  buildDashboard: 'buildDashboard',
} as const;

export type ActionId = (typeof ACTIONS)[keyof typeof ACTIONS];
