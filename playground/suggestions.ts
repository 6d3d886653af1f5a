import type { Lang } from '../shared/i18n/lang';
import { hostFunctionName } from '../shared/functions/names';
import { FUNCTIONS } from '../shared/functions/registry';
import { signature, type FunctionSpec } from '../shared/functions/spec';
import { el } from '../ui/dom';
import { argumentSeparator } from './formula-syntax';

/**
 * The KPI functions offered while a formula is typed: after `=KPI.` (or `KPI.R`…) a list of the
 * functions with their arguments, in the language's separator, and their help. The input is an
 * ARIA combobox (WAI-ARIA APG, list autocomplete): arrows move through the list, Enter or Tab
 * takes a function, Escape closes the list, and typing goes on in the input throughout.
 */

export interface Suggestion {
  readonly name: string;
  readonly spec: FunctionSpec;
}

const name = (spec: FunctionSpec) => hostFunctionName(spec.id, 'excel');

/** The function name being typed at `caret` in a formula, and the functions it may begin. */
export function suggestionsAt(text: string, caret: number): { start: number; matches: Suggestion[] } | undefined {
  if (!text.startsWith('=')) return undefined;
  const typed = /(?:^|[^\w.$"'])(KPI\.[A-Z]*)$/i.exec(text.slice(0, caret));
  if (!typed) return undefined;
  const prefix = typed[1].toUpperCase();
  const matches = FUNCTIONS.filter((spec) => name(spec).startsWith(prefix)).map((spec) => ({ name: name(spec), spec }));
  return matches.length > 0 ? { start: caret - typed[1].length, matches } : undefined;
}

/** How a function's call reads in the help: `KPI.RAG(actual; target; [tolerance]; …)` in Danish. */
export function callSignature(spec: FunctionSpec, lang: Lang): string {
  return `${name(spec)}(${signature(spec, argumentSeparator(lang))})`;
}

let lists = 0;

/** Makes `input` a combobox offering the KPI functions; returns a function that takes it away again. */
export function offerKpiFunctions(input: HTMLInputElement, lang: Lang): () => void {
  const doc = input.ownerDocument;
  const id = `kpg-suggest-${++lists}`;
  const list = el(doc, 'ul', { class: 'kpg-suggest', role: 'listbox', id, hidden: '' });
  // Inside the input's landmark, so the list belongs to the part of the page it serves.
  (input.closest('section, main') ?? doc.body).append(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', id);
  let shown: { start: number; matches: Suggestion[] } | undefined;
  let active = 0;

  function close(): void {
    shown = undefined;
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function draw(): void {
    if (!shown) return close();
    list.replaceChildren(...shown.matches.map((match, index) => {
      const option = el(doc, 'li', { role: 'option', id: `${id}-${index}`, 'aria-selected': String(index === active), 'data-function': match.name },
        el(doc, 'span', { class: 'kpg-suggest-call' }, callSignature(match.spec, lang)),
        el(doc, 'span', { class: 'kpg-suggest-help' }, match.spec.help[lang]));
      // mousedown, not click: the input keeps its focus and its edit.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        take(index);
      });
      return option;
    }));
    const box = input.getBoundingClientRect();
    list.style.left = `${Math.round(box.left)}px`;
    list.style.top = `${Math.round(box.bottom + 2)}px`;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-activedescendant', `${id}-${active}`);
    list.children[active]?.scrollIntoView({ block: 'nearest' });
  }

  function update(): void {
    const found = suggestionsAt(input.value, input.selectionStart ?? input.value.length);
    if (!found) return close();
    const before = shown?.matches[active]?.name;
    shown = found;
    active = Math.max(0, found.matches.findIndex((match) => match.name === before));
    draw();
  }

  function take(index: number): void {
    const match = shown?.matches[index];
    if (!shown || !match) return;
    const caret = input.selectionStart ?? input.value.length;
    const call = `${match.name}(`;
    input.value = input.value.slice(0, shown.start) + call + input.value.slice(caret);
    const at = shown.start + call.length;
    input.setSelectionRange(at, at);
    close();
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  // Registered before the grid's own keys: a key the open list uses goes no further.
  const keydown = (event: KeyboardEvent) => {
    if (!shown) return;
    const count = shown.matches.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      active = (active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
      draw();
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      take(active);
    } else if (event.key === 'Escape') {
      close();
    } else {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  input.addEventListener('keydown', keydown);
  input.addEventListener('input', update);
  input.addEventListener('click', update);
  input.addEventListener('blur', close);
  return () => {
    input.removeEventListener('keydown', keydown);
    input.removeEventListener('input', update);
    input.removeEventListener('click', update);
    input.removeEventListener('blur', close);
    list.remove();
  };
}
