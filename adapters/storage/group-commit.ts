// Group commit: the rows added in one turn of the event loop are written together, in one transaction (one
// fsync on SQLite, one round trip and one commit on PostgreSQL), and each caller is answered only once that
// transaction is committed. While a write is under way the next rows queue, and go together in the next one.
// A batch that fails is written again row by row, so a bad row fails its own caller only.

export interface GroupCommit<Row> {
  /** Resolves when the row is committed; rejects with the reason it could not be. */
  add(row: Row): Promise<void>;
  /** Resolves once every row added so far is committed or has failed (before closing the connection). */
  drain(): Promise<void>;
}

interface Pending<Row> {
  row: Row;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** At most this many rows in one transaction (a PostgreSQL statement takes at most 65535 parameters). */
const MAX_BATCH = 256;

/** `write` commits all its rows in one transaction, or none of them (throwing). */
export function groupCommit<Row>(write: (rows: Row[]) => void | Promise<void>, maxBatch = MAX_BATCH): GroupCommit<Row> {
  let queue: Pending<Row>[] = [];
  let scheduled = false;
  let running: Promise<void> | undefined;

  async function commit(batch: Pending<Row>[]): Promise<void> {
    try {
      await write(batch.map((p) => p.row));
      for (const p of batch) p.resolve();
    } catch (error) {
      if (batch.length === 1) return batch[0]?.reject(error);
      for (const p of batch) {
        try {
          await write([p.row]);
          p.resolve();
        } catch (own) {
          p.reject(own);
        }
      }
    }
  }

  async function run(): Promise<void> {
    while (queue.length) {
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      await commit(batch);
    }
  }

  function schedule(): void {
    if (scheduled || running) return;
    scheduled = true;
    // After the I/O callbacks of this turn: every request read in it has queued its row by then.
    setImmediate(() => {
      scheduled = false;
      running = run().finally(() => {
        running = undefined;
        if (queue.length) schedule();
      });
    });
  }

  return {
    add(row) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ row, resolve, reject });
        schedule();
      });
    },
    async drain() {
      while (queue.length || scheduled || running) await (running ?? new Promise((resolve) => setImmediate(resolve)));
    },
  };
}
