import { LANGS, type Lang } from '../../shared/i18n/lang';
import { TEMPLATE_IDS, buildTemplate, exampleReview, exampleTracking } from '../../shared/templates';
import type { TemplateSpec } from '../../shared/templates/spec';
import type { YearMonth } from '../../shared/tracking/months';

/** The month templates are built in, so what they write (the tracking sheet's months) is the same in every run. */
export const TEMPLATE_MONTH: YearMonth = { year: 2026, month: 11 };

/** Every sheet the templates module makes: each template and each example, in both languages. */
export const ALL_SPECS: readonly { readonly name: string; readonly lang: Lang; readonly spec: TemplateSpec }[] = LANGS.flatMap((lang) => [
  ...TEMPLATE_IDS.map((id) => ({ name: `${id}.${lang}`, lang, spec: buildTemplate(id, lang, TEMPLATE_MONTH) })),
  { name: `example-review.${lang}`, lang, spec: exampleReview(lang) },
  { name: `example-tracking.${lang}`, lang, spec: exampleTracking(lang) },
]);

export const cellAt = (spec: TemplateSpec, row: number, column: number) => spec.cells[row]?.[column] ?? null;

/** The rows whose first cell holds `text`. */
export function rowsStartingWith(spec: TemplateSpec, text: string): number[] {
  return spec.cells.flatMap((row, index) => (row[0]?.value === text ? [index] : []));
}
