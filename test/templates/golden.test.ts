import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../shared/i18n/lang';
import { TEMPLATE_IDS, buildTemplate } from '../../shared/templates';
import { templateValues } from '../../shared/templates/grid';
import { TEMPLATE_MONTH } from './specs';

/**
 * The Excel values of every template, kept as files beside this test: a change to a template
 * shows up as a diff to review. `UPDATE_GOLDEN=1 npx vitest run test/templates` rewrites them.
 */
const GOLDEN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');
const updating = process.env.UPDATE_GOLDEN === '1';

describe.each(TEMPLATE_IDS.flatMap((id) => LANGS.map((lang) => ({ id, lang }))))('$id.$lang', ({ id, lang }) => {
  it('writes the values of its golden file', () => {
    const file = path.join(GOLDEN_DIR, `${id}.${lang}.json`);
    const values = templateValues(buildTemplate(id, lang, TEMPLATE_MONTH), 'excel');
    if (updating) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      // A row a line: a changed cell shows as a one-line diff.
      writeFileSync(file, `[\n${values.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
    }
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(values).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
