import type { CheckInDraft, CheckInKpi } from '../shared/followup/checkin';
import { SANITY_QUESTIONS } from '../shared/followup/checkin';
import { fill } from '../shared/i18n/fill';
import type { Lang } from '../shared/i18n/lang';
import { el } from './dom';
import { FOLLOW_UP_DONE, FOLLOW_UP_TEXT as T, formatNumber } from './followup-text';
import type { PaneContext } from './section';

/** The event a host command (the Excel ribbon, the Sheets menu) sends the pane to start a check-in. */
export const CHECK_IN_EVENT = 'kpr-check-in';
const PENDING = 'kprCheckIn';

/**
 * Asks the pane on this page for a check-in: at once when it is mounted, or as soon as it is (the
 * flag stays on the document until a pane takes it).
 */
export function requestCheckIn(doc: Document): void {
  doc.documentElement.dataset[PENDING] = 'true';
  doc.dispatchEvent(new Event(CHECK_IN_EVENT));
}

/** `requestCheckIn` as a script of its own, for a page the host serves (the Sheets sidebar) to end with. */
export function checkInRequestScript(): string {
  return `<script>document.documentElement.dataset.${PENDING}='true';document.dispatchEvent(new Event('${CHECK_IN_EVENT}'));</script>`;
}

/**
 * The check-in section: "Check in" reads the agreement, shows each KPI's numbers beside its if-then
 * trigger with a comment field, the decision, and the mid-year sanity check when it is due; recording
 * appends one row per KPI to the check-in sheet.
 */
export function checkInSection(pane: PaneContext): HTMLElement {
  const { doc, bridge } = pane;
  let draft: CheckInDraft | undefined;

  const startButton = el(doc, 'button', { type: 'button', 'data-action': 'check-in' }, pane.bind(T.start));
  const form = el(doc, 'form', { class: 'kpr-checkin', hidden: '', novalidate: '' });
  const section = el(doc, 'section', { class: 'kpr-section', 'aria-labelledby': 'kpr-h-checkin', id: 'kpr-checkin' },
    el(doc, 'h2', { id: 'kpr-h-checkin' }, pane.bind(T.checkInHeading)),
    el(doc, 'p', { class: 'kpr-help' }, pane.bind(T.checkInHelp)),
    startButton, form);

  async function start(): Promise<void> {
    delete doc.documentElement.dataset[PENDING];
    section.scrollIntoView?.({ block: 'start' });
    const ok = await pane.run(T.loading, () => bridge.checkInDraft(pane.lang()), (found) => {
      draft = found;
      return FOLLOW_UP_DONE.drafted(found.sheetName, found.kpis.length);
    });
    if (!ok || !draft) return;
    drawForm(draft);
    form.querySelector<HTMLElement>('textarea, input')?.focus();
  }

  startButton.addEventListener('click', () => void start());
  doc.addEventListener(CHECK_IN_EVENT, () => void start());
  if (doc.documentElement.dataset[PENDING]) queueMicrotask(() => void start());

  // The form is drawn in the language of its time; a switch redraws it, keeping what was typed.
  pane.onLanguage(() => {
    if (draft && !form.hidden) drawForm(draft, typed());
  });

  function typed(): { comments: string[]; decision: string; sanityCheck?: boolean } {
    const comments = [...form.querySelectorAll<HTMLTextAreaElement>('textarea[data-kpi]')].map((area) => area.value);
    const decision = form.querySelector<HTMLTextAreaElement>('#kpr-ci-decision')?.value ?? '';
    const sanity = form.querySelector<HTMLInputElement>('#kpr-ci-sanity');
    return { comments, decision, ...(sanity ? { sanityCheck: sanity.checked } : {}) };
  }

  function drawForm(shown: CheckInDraft, kept?: ReturnType<typeof typed>): void {
    const lang = pane.lang();
    const say = (text: Record<Lang, string>) => text[lang];
    const parts: HTMLElement[] = [];
    if (shown.sanityCheck) {
      const { from, done } = shown.sanityCheck;
      const choice = el(doc, 'input', { type: 'checkbox', id: 'kpr-ci-sanity' });
      choice.checked = kept?.sanityCheck ?? done === undefined;
      parts.push(el(doc, 'div', { class: 'kpr-note', role: 'note', 'data-sanity': done ? 'done' : 'due' },
        el(doc, 'p', {}, fill(say(T.sanityDue), { from })),
        el(doc, 'ul', {}, ...SANITY_QUESTIONS.map((question) => el(doc, 'li', {}, question[lang]))),
        ...(done ? [el(doc, 'p', {}, fill(say(T.sanityDone), { done }))] : []),
        el(doc, 'label', { class: 'kpr-check', for: 'kpr-ci-sanity' }, choice, say(T.sanityChoice))));
    }
    shown.kpis.forEach((kpi, index) => parts.push(kpiFieldset(kpi, index, lang, kept?.comments[index] ?? '')));
    const decision = el(doc, 'textarea', { id: 'kpr-ci-decision', rows: '2', placeholder: say(T.decisionPlaceholder) });
    decision.value = kept?.decision ?? '';
    const cancel = el(doc, 'button', { type: 'button', 'data-action': 'check-in-cancel' }, say(T.cancel));
    cancel.addEventListener('click', () => close());
    parts.push(
      el(doc, 'div', { class: 'kpr-field' }, el(doc, 'label', { for: 'kpr-ci-decision' }, say(T.decision)), decision),
      el(doc, 'div', { class: 'kpr-actions' },
        el(doc, 'button', { type: 'submit', class: 'kpr-primary', 'data-action': 'check-in-record' }, say(T.record)), cancel));
    form.replaceChildren(...parts);
    form.hidden = false;
  }

  function kpiFieldset(kpi: CheckInKpi, index: number, lang: Lang, comment: string): HTMLElement {
    const id = `kpr-ci-comment-${index}`;
    const numbers: [Record<Lang, string>, string][] = [
      [T.actual, kpi.actual === null ? '–' : formatNumber(kpi.actual, lang)],
      [T.target, kpi.target === null ? '–' : formatNumber(kpi.target, lang)],
      [T.status, kpi.status || '–'],
      ...(kpi.pace === null ? [] : [[T.pace, formatNumber(kpi.pace, lang, 'percent')] as [Record<Lang, string>, string]]),
    ];
    const area = el(doc, 'textarea', { id, rows: '2', 'data-kpi': kpi.kpi });
    area.value = comment;
    return el(doc, 'fieldset', { 'data-kpi': kpi.kpi },
      el(doc, 'legend', {}, kpi.kpi),
      el(doc, 'dl', { class: 'kpr-numbers' }, ...numbers.flatMap(([term, value]) => [el(doc, 'dt', {}, term[lang]), el(doc, 'dd', {}, value)])),
      kpi.trigger
        ? el(doc, 'p', { class: 'kpr-trigger' }, el(doc, 'strong', {}, T.revisitIf[lang]), ' ', kpi.trigger)
        : el(doc, 'p', { class: 'kpr-help' }, T.noTrigger[lang]),
      el(doc, 'div', { class: 'kpr-field' }, el(doc, 'label', { for: id }, `${T.comment[lang]}: ${kpi.kpi}`), area));
  }

  function close(): void {
    draft = undefined;
    form.hidden = true;
    form.replaceChildren();
    startButton.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!draft) return;
    const { sheetName, kpis } = draft;
    const { comments, decision, sanityCheck } = typed();
    const entry = { comments: kpis.map((kpi, index) => ({ kpi: kpi.kpi, comment: comments[index] ?? '' })), decision, sanityCheck: sanityCheck === true };
    void pane.run(T.recording, () => bridge.checkIn(sheetName, entry, pane.lang()), (saved) => FOLLOW_UP_DONE.recorded(saved.sheetName, saved.rows))
      .then((ok) => ok && close());
  });

  return section;
}
