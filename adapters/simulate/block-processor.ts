// A block of an events file (complete lines of JSON, or complete CSV records) read into events and handed to the
// simulation: the same code in a worker thread and in the main thread, so both give the same tally.
import type { SimulationRun } from '../../app/simulation/simulation-run.js';
import { eventOfRecord, parseCsvRecords } from './csv-events.js';

export const EVENT_FORMATS = ['jsonl', 'csv'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export interface Block {
  /** The line of the file the block starts on (1 for the first). */
  firstLine: number;
  text: string;
}

export class BlockProcessor {
  constructor(
    private readonly run: SimulationRun,
    private readonly format: EventFormat,
    /** The CSV header's columns (CSV only). */
    private readonly columns: readonly string[] = [],
  ) {}

  /** Reads and simulates every event of the block; resolves to how many events it held. */
  async process(block: Block): Promise<number> {
    return this.format === 'csv' ? this.csv(block) : this.jsonl(block);
  }

  private async jsonl({ firstLine, text }: Block): Promise<number> {
    let events = 0;
    let line = firstLine;
    let from = 0;
    while (from < text.length) {
      let to = text.indexOf('\n', from);
      if (to === -1) to = text.length;
      const content = text.slice(from, text.charCodeAt(to - 1) === 13 ? to - 1 : to);
      from = to + 1;
      const here = line++;
      // A blank line (the file's last line feed, a gap) holds no event. (An event's line starts with its brace.)
      if (content.charCodeAt(0) !== 123 && content.trim() === '') continue;
      events++;
      let raw: unknown;
      try {
        raw = JSON.parse(content);
      } catch (error) {
        this.run.unreadable(here, [{ path: 'event', message: `is not JSON: ${(error as Error).message}` }]);
        continue;
      }
      const pending = this.run.add(here, raw);
      if (pending) await pending;
    }
    return events;
  }

  private async csv({ firstLine, text }: Block): Promise<number> {
    let events = 0;
    for (const record of parseCsvRecords(text, firstLine)) {
      events++;
      if (record.problem) {
        this.run.unreadable(record.line, [{ path: 'record', message: record.problem }]);
        continue;
      }
      const read = eventOfRecord(this.columns, record.cells);
      if ('problems' in read) {
        this.run.unreadable(record.line, read.problems);
        continue;
      }
      const pending = this.run.add(record.line, read.event);
      if (pending) await pending;
    }
    return events;
  }
}
