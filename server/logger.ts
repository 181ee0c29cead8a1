// Structured logs: one JSON line per event on stdout (pino), with the request id (`reqId`, the X-Request-Id header)
// on every line a request writes. Levels: info for each request answered, warn for what an operator should look
// at, error for internal errors (with their stack), fatal for a start that cannot go on.
import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** The most log text held while stdout is slower than the server (a flood of requests): beyond it, lines are dropped. */
const MAX_BUFFERED = 16 * 1024 * 1024;

const options = (level: string) => ({
  level,
  base: { service: 'tanzhong' },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label: string, number: number) => ({ level: number, levelName: label }) },
});

/** A logger writing synchronously to stdout (tests, and apps built without one: warnings and errors). */
export function createLogger(level: string = 'info'): Logger {
  return pino(options(level));
}

export interface ServerLogger {
  logger: Logger;
  /** Writes what is buffered, before the process exits. */
  flush(): void;
  /** Lines dropped because stdout could not keep up. */
  dropped(): number;
}

/**
 * The server's logger: stdout written asynchronously, so a slow reader of the logs (a pipe, a container's log
 * driver) never stalls answers; up to 16 MiB wait, and lines beyond are dropped and counted
 * (tanzhong_log_lines_dropped_total) rather than held without bound.
 */
export function createServerLogger(level: string): ServerLogger {
  const destination = pino.destination({ dest: 1, sync: false, maxLength: MAX_BUFFERED });
  let dropped = 0;
  destination.on('drop', () => dropped++);
  return {
    logger: pino(options(level), destination),
    flush: () => {
      try {
        destination.flushSync();
      } catch {
        // not open yet, or closed: nothing to write
      }
    },
    dropped: () => dropped,
  };
}
