import { hostFunctionName } from '../shared/functions/names';
import { FUNCTIONS } from '../shared/functions/registry';
import type { FunctionSpec } from '../shared/functions/spec';
import { renderFormula } from '../shared/templates/formula';
import { LANGS, type Lang } from '../shared/i18n/lang';

/**
 * help.html, the manifest's support page: the function reference in English and Danish from the
 * registry. Excel's function metadata has room for English only; this page carries the Danish.
 */
const HEADINGS: Record<Lang, { title: string; optional: string; example: string }> = {
  en: { title: 'KPI functions', optional: 'optional', example: 'Example' },
  da: { title: 'KPI-funktioner', optional: 'valgfri', example: 'Eksempel' },
};

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function signature(spec: FunctionSpec): string {
  return `${hostFunctionName(spec.id, 'excel')}(${spec.params.map((param) => (param.optional ? `[${param.name}]` : param.name)).join(', ')})`;
}

function functionEntry(spec: FunctionSpec, lang: Lang): string {
  const text = HEADINGS[lang];
  const params = spec.params
    .map((param) => `<dt><code>${escape(param.name)}</code>${param.optional ? ` (${text.optional})` : ''}</dt><dd>${escape(param.help[lang])}</dd>`)
    .join('');
  return `<section id="${lang}-${spec.id}"><h3><code>${escape(signature(spec))}</code></h3><p>${escape(spec.help[lang])}</p><dl>${params}</dl><p>${text.example}: <code>${escape(renderFormula(spec.example, 'excel'))}</code></p></section>`;
}

export function helpPage(): string {
  const parts = LANGS.map((lang) => `<article lang="${lang}"><h2>${HEADINGS[lang].title}</h2>${FUNCTIONS.map((spec) => functionEntry(spec, lang)).join('\n')}</article>`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>KPI Review</title>
<style>body{font:14px/1.5 "Segoe UI",system-ui,sans-serif;margin:2rem auto;max-width:46rem;padding:0 1rem;color:#222}code{font-family:Consolas,monospace}dt{font-weight:600}</style></head>
<body><h1>KPI Review</h1>
${parts.join('\n')}
</body>
</html>
`;
}
