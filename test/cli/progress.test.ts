import { describe, expect, it } from 'vitest';
import { Progress } from '../../cli/progress';

/** Progress of a long check on stderr: a count and a rate, never a line per file. */

function recorder(isTTY: boolean) {
  const written: string[] = [];
  let now = 0;
  return { stream: { isTTY, write: (text: string) => written.push(text) }, written, clock: () => now, advance: (ms: number) => (now += ms) };
}

describe('progress on stderr', () => {
  it('rewrites one terminal line with the count and the rate, then clears it', () => {
    const { stream, written, clock, advance } = recorder(true);
    const progress = new Progress(1000, 'en', stream, clock);
    for (let i = 0; i < 600; i++) {
      advance(5);
      progress.tick();
    }
    expect(written.length).toBeGreaterThan(1);
    expect(written.length).toBeLessThan(20);
    expect(written.at(-1)).toMatch(/^\rChecked \d+ of 1000 files \(200 files\/s\)\x1b\[K$/);
    progress.finish();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('says nothing about a short run when stderr is no terminal', () => {
    const { stream, written, clock, advance } = recorder(false);
    const progress = new Progress(100, 'da', stream, clock);
    for (let i = 0; i < 99; i++) {
      advance(20);
      progress.tick();
    }
    progress.finish();
    expect(written).toEqual([]);
  });

  it('writes a line every few seconds of a long run to a log, in the language asked', () => {
    const { stream, written, clock, advance } = recorder(false);
    const progress = new Progress(1000, 'da', stream, clock);
    for (let i = 0; i < 999; i++) {
      advance(20);
      progress.tick();
    }
    expect(written).toEqual(['Tjekket 250 af 1000 filer (50 filer/s)\n', 'Tjekket 500 af 1000 filer (50 filer/s)\n', 'Tjekket 750 af 1000 filer (50 filer/s)\n']);
  });
});
