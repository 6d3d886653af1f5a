/** Builds dist/excel. */
export async function buildExcel(): Promise<void> {
  throw new Error('buildExcel is not written yet');
}
