/// <reference types="custom-functions-runtime" />
/// <reference types="office-js" />
import { FUNCTIONS } from '../../shared/functions/registry';
import { runFunction } from '../../shared/functions/run';
import { spills } from '../../shared/functions/spec';
import { langFromLocale, type Lang } from '../../shared/i18n/lang';
import { excelArgument } from './inputs';
import { excelResult } from './results';

/**
 * functions.js: registers every KPI function with Excel. Loading it touches neither the DOM nor
 * Office; the language is looked up per call, because Office may not be ready at load time and
 * `displayLanguage` may be missing in a custom functions runtime (English then).
 */
function displayLanguage(): Lang {
  try {
    return langFromLocale(typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage);
  } catch {
    return 'en';
  }
}

/** Excel's error cells as the core's; asked only of calls the core's fast path does not take. */
const excelArguments = (args: readonly unknown[]) => args.map(excelArgument);

for (const spec of FUNCTIONS) {
  const matrix = spills(spec);
  // Excel passes omitted optional arguments as null; the core reads null as blank.
  CustomFunctions.associate(spec.id, (...args: unknown[]) => excelResult(runFunction(spec, args, excelArguments), matrix, displayLanguage()));
}
