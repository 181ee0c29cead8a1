// Prometheus metrics (GET /metrics, text format): requests by route and status, their latency, evaluations by pack
// and obligation, the decision log's rows and what the retention policy deleted; with the process's own (CPU,
// memory, event loop lag) when the server asks for them. Each app has its own registry, so tests build many apps.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface MetricsOptions {
  /** How many decisions the log holds (a count; the gauge asks at most every `rowsMaxAgeMs`). */
  countDecisions?: () => Promise<number>;
  /** Cache of the count, so a scrape never counts a large table each time (default 30 s). */
  rowsMaxAgeMs?: number;
  /** CPU, memory, event loop lag, garbage collection (prom-client's default metrics). */
  processMetrics?: boolean;
  /** Log lines dropped because stdout could not keep up (server/logger.ts). */
  logLinesDropped?: () => number;
}

export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route (the route pattern, "(unmatched)" for none) and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from the request to the answer (the start of a streamed body), by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly evaluations = new Counter({
    name: 'tanzhong_evaluations_total',
    help: 'Evaluations answered through the API (evaluate, compare, replay), by the pack version that answered and the obligation',
    labelNames: ['pack', 'obligation'] as const,
    registers: [this.registry],
  });
  readonly retained = new Counter({
    name: 'tanzhong_decision_log_deleted_total',
    help: 'Decisions deleted by the retention policy',
    registers: [this.registry],
  });

  constructor(options: MetricsOptions = {}) {
    const { countDecisions, rowsMaxAgeMs = 30_000 } = options;
    if (countDecisions) {
      let cached: { at: number; rows: number } | undefined;
      new Gauge({
        name: 'tanzhong_decision_log_rows',
        help: `Decisions the log holds (counted at most every ${rowsMaxAgeMs / 1000} s)`,
        registers: [this.registry],
        async collect() {
          if (!cached || Date.now() - cached.at >= rowsMaxAgeMs) cached = { at: Date.now(), rows: await countDecisions() };
          this.set(cached.rows);
        },
      });
    }
    const { logLinesDropped } = options;
    if (logLinesDropped) {
      new Counter({
        name: 'tanzhong_log_lines_dropped_total',
        help: 'Log lines dropped because stdout did not keep up',
        registers: [this.registry],
        collect() {
          this.reset();
          this.inc(logLinesDropped());
        },
      });
    }
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** The text a scrape gets, and its content type. */
  async scrape(): Promise<{ text: string; contentType: string }> {
    return { text: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}
