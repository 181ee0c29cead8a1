// The decision log's retention policy: decisions older than an age (DECISION_RETENTION_DAYS, default 180) and those
// beyond a row cap (DECISION_MAX_ROWS) are deleted, the oldest first. Each run does bounded work (at most
// `maxPerRun` rows, in statements of `batch` rows, yielding to the event loop between them), so answers never wait
// long behind it; a run that stopped at its bound is followed by another soon, otherwise by the next interval.
// Every server runs it (at start, then periodically): on PostgreSQL two servers deleting the same old rows is
// harmless, each statement deletes what is still there.
import type { StoreMaintenance } from './maintenance.js';

export interface RetentionPolicy {
  /** Decisions older than this many days are deleted; undefined: whatever their age. */
  maxAgeDays?: number;
  /** At most this many decisions are kept, the newest; undefined: no cap. */
  maxRows?: number;
}

export interface RetentionRun {
  deleted: number;
  /** The run stopped at its bound with rows left to delete. */
  more: boolean;
}

export interface RunOptions {
  now?: number;
  /** Rows deleted by one statement (default 1000). */
  batch?: number;
  /** Rows deleted by one run at most (default 20,000). */
  maxPerRun?: number;
}

const DAY_MS = 86_400_000;
const DEFAULT_BATCH = 1000;
const DEFAULT_MAX_PER_RUN = 20_000;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One run of the policy. */
export async function runRetention(store: StoreMaintenance, policy: RetentionPolicy, options: RunOptions = {}): Promise<RetentionRun> {
  const { now = Date.now(), batch = DEFAULT_BATCH, maxPerRun = DEFAULT_MAX_PER_RUN } = options;
  const cutoffs: string[] = [];
  if (policy.maxAgeDays !== undefined) cutoffs.push(new Date(now - policy.maxAgeDays * DAY_MS).toISOString());
  if (policy.maxRows !== undefined) {
    const beyond = await store.decisionCreatedBeyond(policy.maxRows);
    if (beyond !== undefined) cutoffs.push(beyond);
  }
  // ISO times order as text: the later cutoff deletes what both policies would.
  const cutoff = cutoffs.sort().at(-1);
  if (cutoff === undefined) return { deleted: 0, more: false };
  let deleted = 0;
  while (deleted < maxPerRun) {
    const limit = Math.min(batch, maxPerRun - deleted);
    const n = await store.deleteDecisionsThrough(cutoff, limit);
    deleted += n;
    if (n < limit) return { deleted, more: false };
    await yieldToEventLoop();
  }
  return { deleted, more: true };
}

export interface ScheduleOptions extends Omit<RunOptions, 'now'> {
  /** Pause before the next run when one stopped at its bound (default 1 s). */
  backlogDelayMs?: number;
  onRun?: (run: RetentionRun) => void;
  onError?: (error: unknown) => void;
}

/**
 * Runs the policy now, then every `intervalSeconds` (sooner while a backlog is left). Resolves nothing; the
 * returned stop() cancels the next run and waits for the one under way. Its timers never keep the process alive.
 */
export function startRetention(store: StoreMaintenance, policy: RetentionPolicy & { intervalSeconds: number }, options: ScheduleOptions = {}): () => Promise<void> {
  const { backlogDelayMs = 1000, onRun, onError, ...runOptions } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  if (policy.maxAgeDays === undefined && policy.maxRows === undefined) return async () => {};

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(run, ms);
    timer.unref();
  };
  function run() {
    running = (async () => {
      let next = policy.intervalSeconds * 1000;
      try {
        const result = await runRetention(store, policy, runOptions);
        onRun?.(result);
        if (result.more) next = backlogDelayMs;
      } catch (error) {
        onError?.(error);
      }
      running = undefined;
      schedule(next);
    })();
  }
  run();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
