// An events file read as a stream of bytes, in blocks of complete events (JSON lines, or CSV records whose quoted
// fields may span lines), each with the line it starts on: never the whole file at once. A block is cut at a line
// feed outside quotes (a byte that never occurs inside a UTF-8 sequence), so it is whole text; the threads decode it
// themselves, and the bytes are handed to a worker without a copy. A CSV file's header is read first.
import { createReadStream } from 'node:fs';
import type { EventFormat } from './block-processor.js';
import { parseCsvRecords } from './csv-events.js';

export interface ReadBlock {
  /** The line of the file the block starts on (1 for the first). */
  firstLine: number;
  /** UTF-8, complete events only; its own ArrayBuffer (transferable). */
  bytes: Uint8Array;
  /** Bytes of the file read when the block was cut (for progress). */
  bytesRead: number;
}

/** About how many bytes a block holds (a block always ends with an event). */
export const DEFAULT_BLOCK_BYTES = 512 * 1024;

const LF = 10;
const QUOTE = 34;

function countLines(bytes: Uint8Array, end = bytes.length): number {
  let n = 0;
  for (let i = bytes.indexOf(LF); i !== -1 && i < end; i = bytes.indexOf(LF, i + 1)) n++;
  return n;
}

/** Where the last complete CSV record ends (just after its line feed), tracking quotes from the block's start; with
 * `first`, where the first one ends. 0 when no record is complete. */
function recordEnd(bytes: Uint8Array, first = false): number {
  let quoted = false;
  let end = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === QUOTE) quoted = !quoted;
    else if (b === LF && !quoted) {
      end = i + 1;
      if (first) return end;
    }
  }
  return end;
}

export interface EventFile {
  /** The CSV header's columns (empty for JSON lines). */
  columns: string[];
  blocks: AsyncGenerator<ReadBlock>;
}

/**
 * Opens `file`. For CSV, the header record is read before the first block (an empty file has none: no columns).
 * The stream is closed when the blocks are not read to their end.
 */
export async function openEventFile(file: string, format: EventFormat, blockBytes = DEFAULT_BLOCK_BYTES): Promise<EventFile> {
  const stream = createReadStream(file, { highWaterMark: Math.max(1024, blockBytes) });
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let pending: Buffer = Buffer.alloc(0);
  let line = 1;
  let first = true;
  let ended = false;

  /** More bytes into `pending`; false at the end of the file. */
  const more = async () => {
    const next = await chunks.next();
    if (next.done) return false;
    let bytes = next.value;
    if (first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    first = false;
    pending = pending.length ? Buffer.concat([pending, bytes]) : bytes;
    return true;
  };
  const cut = (bytes: Uint8Array) => (format === 'csv' ? recordEnd(bytes) : bytes.lastIndexOf(LF) + 1);
  /** The first `end` bytes of `pending`, copied into a buffer of their own. */
  const take = (end: number) => {
    const own = new Uint8Array(end);
    own.set(pending.subarray(0, end));
    pending = pending.subarray(end);
    return own;
  };

  let columns: string[] = [];
  if (format === 'csv') {
    let end = recordEnd(pending, true);
    while (end <= 0 && (await more())) end = recordEnd(pending, true);
    if (end <= 0) end = pending.length;
    const header = take(end);
    const record = parseCsvRecords(Buffer.from(header.buffer).toString('utf8'), 1)[0];
    columns = record && !record.problem ? record.cells.map((c) => c.trim()) : [];
    line += countLines(header);
  }

  async function* blocks(): AsyncGenerator<ReadBlock> {
    try {
      for (;;) {
        while (pending.length < blockBytes && !ended) if (!(await more())) ended = true;
        let end = ended ? pending.length : cut(pending);
        // An event longer than a block: read on until it ends.
        while (end <= 0 && !ended) {
          if (await more()) end = cut(pending);
          else {
            ended = true;
            end = pending.length;
          }
        }
        if (end > 0) {
          const bytes = take(end);
          const firstLine = line;
          // Counted before the block is handed over: a worker takes its bytes away.
          line += countLines(bytes);
          yield { firstLine, bytes, bytesRead: stream.bytesRead };
        }
        if (ended && !pending.length) return;
      }
    } finally {
      stream.destroy();
    }
  }
  return { columns, blocks: blocks() };
}

/** A block's text. */
export function blockText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
