import type { Lang } from '../shared/i18n/lang';
import { say } from './strings';

/** After this long a run counts as long, and a stderr that is no terminal gets a line too. */
const LONG_RUN_MS = 5_000;
const TERMINAL_EVERY_MS = 250;
const LOG_EVERY_MS = 5_000;

interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A count of files done and their rate on stderr, never a line per file: on a terminal one line
 * rewritten in place (from the first second on), elsewhere a line every few seconds once the run
 * is long, so logs of short runs stay clean.
 */
export class Progress {
  private done = 0;
  private shown = false;
  private lastShown: number;
  private readonly started: number;

  constructor(
    private readonly total: number,
    private readonly lang: Lang,
    private readonly stream: ProgressStream = process.stderr,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.started = now();
    this.lastShown = this.started;
  }

  tick(): void {
    this.done++;
    const now = this.now();
    const elapsed = now - this.started;
    const terminal = this.stream.isTTY === true;
    const due = terminal
      ? elapsed >= 1_000 && now - this.lastShown >= TERMINAL_EVERY_MS
      : elapsed >= LONG_RUN_MS && now - this.lastShown >= LOG_EVERY_MS;
    if (!due || this.done === this.total) return;
    this.lastShown = now;
    this.shown = true;
    const line = say('progress', this.lang, { done: this.done, total: this.total, rate: Math.round(this.done / (elapsed / 1000)) });
    this.stream.write(terminal ? `\r${line}\x1b[K` : `${line}\n`);
  }

  /** Clears the terminal line, so the report that follows starts on a clean one. */
  finish(): void {
    if (this.shown && this.stream.isTTY) this.stream.write('\r\x1b[K');
  }
}
