/** Builds dist/sheets. */
export async function buildSheets(): Promise<void> {
  throw new Error('buildSheets is not written yet');
}
