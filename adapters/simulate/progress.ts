// How far a simulation has got, on stderr: a bar redrawn in place on a terminal, else (a log, a pipe, CI) a plain
// line at each tenth of the file, so a log shows progress without a screenful of carriage returns.
import { type Lang, simulationWord } from '../../engine/index.js';

export interface ProgressOutput {
  write(text: string): unknown;
}

const BAR_WIDTH = 30;
/** A terminal's bar is redrawn at most this often. */
const REDRAW_MS = 100;

export class Progress {
  private done = 0;
  private events = 0;
  private shownStep = 0;
  private drawnAt = 0;
  private readonly started = Date.now();

  constructor(
    private readonly output: ProgressOutput,
    private readonly options: { tty: boolean; lang: Lang; totalBytes: number },
  ) {}

  /** A block is done: `bytesRead` of the file had been read when it was cut, and it held `events`. */
  block(bytesRead: number, events: number): void {
    this.done = Math.max(this.done, bytesRead);
    this.events += events;
    const percent = this.options.totalBytes > 0 ? Math.min(100, Math.floor((100 * this.done) / this.options.totalBytes)) : 100;
    const text = simulationWord('progress', this.options.lang, { percent, n: this.events });
    if (this.options.tty) {
      const now = Date.now();
      if (now - this.drawnAt < REDRAW_MS && percent < 100) return;
      this.drawnAt = now;
      const filled = Math.round((percent / 100) * BAR_WIDTH);
      this.output.write(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${text}`);
      return;
    }
    const step = Math.floor(percent / 10);
    if (step <= this.shownStep) return;
    this.shownStep = step;
    this.output.write(`${text}\n`);
  }

  finish(events: number): void {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    this.output.write(`${this.options.tty ? '\r\x1b[K' : ''}${simulationWord('progressDone', this.options.lang, { n: events, seconds })}\n`);
  }
}
