/** Builds dist/playground. */
export async function buildPlayground(): Promise<void> {
  throw new Error('buildPlayground is not written yet');
}
