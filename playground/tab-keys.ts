/**
 * The sheet tabs as a WAI-ARIA tablist: Left / Right move to the neighbouring tab (wrapping), Home
 * and End to the first and last. Gives the index to show, or undefined for any other key.
 */
export function tabIndexFor(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight': return (current + 1) % count;
    case 'ArrowLeft': return (current - 1 + count) % count;
    case 'Home': return 0;
    case 'End': return count - 1;
    default: return undefined;
  }
}
