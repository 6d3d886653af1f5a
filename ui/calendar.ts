import type { FollowUpCalendar } from '../shared/followup/calendar';
import { fill } from '../shared/i18n/fill';
import { canDownload } from './bridge';
import { el } from './dom';
import { FOLLOW_UP_DONE, FOLLOW_UP_TEXT as T } from './followup-text';
import type { PaneContext } from './section';

/**
 * The follow-up dates section: exports the agreement's checkpoints as an .ics file, a download where
 * the host allows one, else the text in a field to copy.
 */
export function calendarSection(pane: PaneContext): HTMLElement {
  const { doc, bridge } = pane;
  const exportButton = el(doc, 'button', { type: 'button', 'data-action': 'calendar' }, pane.bind(T.exportCalendar));
  const result = el(doc, 'div', { class: 'kpr-calendar', hidden: '' });
  let made: FollowUpCalendar | undefined;
  let url: string | undefined;

  exportButton.addEventListener('click', () => {
    void pane.run(T.exporting, () => bridge.followUpCalendar(pane.lang()), (calendar) => {
      made = calendar;
      return FOLLOW_UP_DONE.calendar(calendar.events, calendar.first, calendar.last);
    }).then((ok) => ok && draw());
  });
  pane.onLanguage(() => made && !result.hidden && draw());

  function draw(): void {
    if (!made) return;
    const lang = pane.lang();
    if (url) URL.revokeObjectURL(url);
    url = undefined;
    if (canDownload(bridge.host)) {
      url = URL.createObjectURL(new Blob([made.text], { type: 'text/calendar;charset=utf-8' }));
      const link = el(doc, 'a', { href: url, download: made.fileName, 'data-action': 'calendar-download' }, fill(T.download[lang], { file: made.fileName }));
      result.replaceChildren(link);
    } else {
      const text = el(doc, 'textarea', { id: 'kpr-ics', readonly: '', rows: '6', spellcheck: 'false' });
      text.value = made.text;
      const copy = el(doc, 'button', { type: 'button', 'data-action': 'calendar-copy' }, T.copy[lang]);
      copy.addEventListener('click', () => void copyText(text));
      result.replaceChildren(
        el(doc, 'div', { class: 'kpr-field' }, el(doc, 'label', { for: 'kpr-ics' }, fill(T.copyHelp[lang], { file: made.fileName })), text),
        el(doc, 'div', { class: 'kpr-actions' }, copy));
    }
    result.hidden = false;
  }

  async function copyText(area: HTMLTextAreaElement): Promise<void> {
    area.select();
    try {
      await doc.defaultView?.navigator.clipboard.writeText(area.value);
      pane.announce(T.copied);
    } catch {
      // The select() above leaves the text ready for Ctrl+C.
      pane.showError(T.copyFailed[pane.lang()]);
    }
  }

  return el(doc, 'section', { class: 'kpr-section', 'aria-labelledby': 'kpr-h-calendar', id: 'kpr-calendar' },
    el(doc, 'h2', { id: 'kpr-h-calendar' }, pane.bind(T.calendarHeading)),
    el(doc, 'p', { class: 'kpr-help' }, pane.bind(T.calendarHelp)),
    exportButton, result);
}
