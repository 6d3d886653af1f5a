import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostBridge } from '../../ui/bridge';
import { checkedText, sheetWatcher } from '../../ui/freshness';

/** A bridge whose host reports changes: `change()` stands for an edit of the watched sheet. */
function watchingBridge() {
  let listener: (() => void) | undefined;
  const bridge = { watchSheet: async (_: string, onChange: () => void) => { listener = onChange; } } as unknown as HostBridge;
  return { bridge, change: () => listener?.() };
}

describe('fresh findings', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('name their sheet and time, and say plainly when they are outdated', () => {
    const at = new Date(2026, 11, 2, 9, 5);
    expect(checkedText('KPI Review', at, 'fresh', 'en')).toBe('Findings for “KPI Review”, checked at 09:05.');
    expect(checkedText('KPI-gennemgang', at, 'fresh', 'da')).toBe('Fund for »KPI-gennemgang«, tjekket kl. 09.05.');
    expect(checkedText('KPI Review', at, 'stale-manual', 'en')).toMatch(/^Outdated: .*Re-validate/);
  });

  it('go stale at each edit and are validated once after a burst of edits', async () => {
    vi.useFakeTimers();
    const { bridge, change } = watchingBridge();
    const stale = vi.fn();
    const revalidate = vi.fn(async () => true);
    const watcher = sheetWatcher(bridge, { stale, revalidate }, 500);
    expect(watcher.automatic).toBe(true);
    await watcher.watch('KPI Review');
    change();
    await vi.advanceTimersByTimeAsync(300);
    change();
    change();
    expect(stale).toHaveBeenCalledTimes(3);
    expect(revalidate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(revalidate).toHaveBeenCalledTimes(1);
  });

  it('try again later when the pane was busy', async () => {
    vi.useFakeTimers();
    const { bridge, change } = watchingBridge();
    const revalidate = vi.fn().mockResolvedValueOnce(false).mockResolvedValue(true);
    const watcher = sheetWatcher(bridge, { stale: () => {}, revalidate }, 500);
    await watcher.watch('KPI Review');
    change();
    await vi.advanceTimersByTimeAsync(1000);
    expect(revalidate).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(revalidate).toHaveBeenCalledTimes(2);
  });

  it('are not automatic where the host hears of no edits', () => {
    expect(sheetWatcher({} as HostBridge, { stale: () => {}, revalidate: async () => true }).automatic).toBe(false);
  });
});
