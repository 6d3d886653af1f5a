/**
 * The Office requirement sets the add-in's code needs, each with what needs it (checked against
 * Microsoft's requirement-set pages: "Excel JavaScript API requirement sets", "Custom Functions
 * requirement sets", "Shared runtime requirement sets"). The manifest declares them, so Office
 * offers the add-in only where they exist, and the task pane checks them with `isSetSupported`
 * where a manifest's declaration is not enforced. test/excel/requirements.test.ts holds the code
 * to this list.
 */
export interface Requirement {
  readonly name: string;
  readonly minVersion: string;
  /** The APIs that need this version, as they are spelled in the code. */
  readonly uses: readonly { readonly api: string; readonly since: string }[];
}

export const REQUIREMENTS: readonly Requirement[] = [
  { name: 'SharedRuntime', minVersion: '1.1', uses: [{ api: 'Office.addin.showAsTaskpane', since: '1.1' }] },
  {
    name: 'ExcelApi',
    minVersion: '1.8',
    uses: [
      { api: 'getItemOrNullObject', since: '1.4' },
      { api: 'getUsedRangeOrNullObject', since: '1.4' },
      { api: 'conditionalFormats', since: '1.6' },
      { api: 'freezePanes', since: '1.7' },
      { api: 'setXAxisValues', since: '1.7' },
      { api: 'lineStyle', since: '1.7' },
      { api: 'onChanged', since: '1.7' },
      { api: 'dataValidation', since: '1.8' },
    ],
  },
  { name: 'CustomFunctionsRuntime', minVersion: '1.2', uses: [{ api: 'CustomFunctions.Error', since: '1.2' }] },
];

/**
 * Sets the add-in uses only where `isSetSupported` says they exist, so the manifest does not
 * require them: without one, its feature is left out and nothing else changes.
 */
export const OPTIONAL_REQUIREMENTS: readonly (Requirement & { readonly feature: string })[] = [
  { name: 'ExcelApi', minVersion: '1.9', feature: 'the review fitted to one printed page', uses: [{ api: 'pageLayout', since: '1.9' }] },
];

/** The requirement sets this Office lacks, by name and version; none where Office answers for all. */
export function unsupportedSets(isSetSupported: (name: string, minVersion: string) => boolean): string[] {
  return REQUIREMENTS.filter(({ name, minVersion }) => !isSetSupported(name, minVersion)).map(({ name, minVersion }) => `${name} ${minVersion}`);
}
