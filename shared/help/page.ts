import { hostFunctionName } from '../functions/names';
import { FUNCTIONS } from '../functions/registry';
import type { FunctionSpec } from '../functions/spec';
import { renderFormula } from '../templates/formula';
import { LANGS, type Lang } from '../i18n/lang';
import { GUIDE_IDEAS } from './guide';

/**
 * help.html, the Excel manifest's support page and the playground's help: the guide's ideas
 * (shared/help/guide.ts) and the function reference from the registry, in English and Danish.
 * Excel's function metadata has room for English only; this page carries the Danish.
 */
const HEADINGS: Record<Lang, { language: string; guide: string; title: string; optional: string; example: string }> = {
  en: { language: 'English', guide: 'The ideas behind the checks', title: 'KPI functions', optional: 'optional', example: 'Example' },
  da: { language: 'Dansk', guide: 'Tankerne bag tjekkene', title: 'KPI-funktioner', optional: 'valgfri', example: 'Eksempel' },
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

function guideSection(lang: Lang): string {
  const ideas = GUIDE_IDEAS.map((idea) => `<h3>${escape(idea.title[lang])}</h3><p>${escape(idea.text[lang])}</p>`).join('');
  return `<section id="${lang}-guide"><h2>${HEADINGS[lang].guide}</h2>${ideas}</section>`;
}

export function helpPage(): string {
  const nav = `<nav aria-label="Language / Sprog">${LANGS.map((lang) => `<a href="#${lang}" lang="${lang}">${HEADINGS[lang].language}</a>`).join(' · ')}</nav>`;
  const parts = LANGS.map((lang) =>
    `<article id="${lang}" lang="${lang}">${guideSection(lang)}<section id="${lang}-functions"><h2>${HEADINGS[lang].title}</h2>${FUNCTIONS.map((spec) => functionEntry(spec, lang)).join('\n')}</section></article>`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>KPI Review</title>
<style>body{font:14px/1.5 "Segoe UI",system-ui,sans-serif;margin:2rem auto;max-width:46rem;padding:0 1rem;color:#222}code{font-family:Consolas,monospace}dt{font-weight:600}</style></head>
<body><header><h1>KPI Review</h1>${nav}</header>
<main>
${parts.join('\n')}
</main>
</body>
</html>
`;
}
