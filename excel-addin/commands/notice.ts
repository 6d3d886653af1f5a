/** The id of the task pane's notice line (taskpane.html), where ribbon commands report a failure. */
export const NOTICE_ID = 'kpr-notice';

/** Shows `message` in the notice line, or hides the line for an empty message. */
export function showNotice(doc: Document, message: string): void {
  const notice = doc.getElementById(NOTICE_ID);
  if (!notice) return;
  notice.textContent = message;
  notice.hidden = message === '';
}
