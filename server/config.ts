// The server's settings, read from the environment once at start and checked with zod: a wrong value stops the
// start with what is wrong and what to write instead (server/main.ts prints it and exits 1, with no stack).
import { z } from 'zod';
import type { DecisionLogMode } from '../adapters/storage/decision-log.js';

export interface ServerConfig {
  port: number;
  /** The address to listen on; undefined: every interface. */
  host: string | undefined;
  databaseUrl: string | undefined;
  packDirs: string[];
  bodyLimitBytes: number | undefined;
  batchBodyLimitBytes: number | undefined;
  /** undefined: no rate limit (RATE_LIMIT_PER_MINUTE=0). */
  rateLimit: { perMinute: number; burst: number } | undefined;
  trustProxy: boolean;
  decisionLog: DecisionLogMode;
  retention: { maxAgeDays: number | undefined; maxRows: number | undefined; intervalSeconds: number };
  maxDraftsPerJurisdiction: number;
  registryRefreshSeconds: number;
  shutdownTimeoutSeconds: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  metrics: boolean;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];

/** An unset or empty variable is its default. */
const unset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value);

const whole = (min: number, max: number, what: string) =>
  z.preprocess(
    unset,
    z
      .string()
      .regex(/^\d+$/, { message: `must be a whole number from ${min} to ${max} (${what})` })
      .transform(Number)
      .refine((n) => n >= min && n <= max, { message: `must be a whole number from ${min} to ${max} (${what})` })
      .optional(),
  );

const flag = (what: string) =>
  z.preprocess(
    unset,
    z
      .string()
      .transform((v) => v.toLowerCase())
      .refine((v) => TRUE.includes(v) || FALSE.includes(v), { message: `must be on or off (also true/false, 1/0, yes/no): ${what}` })
      .transform((v) => TRUE.includes(v))
      .optional(),
  );

const decisionLogMode = z.preprocess(
  unset,
  z
    .string()
    .transform((v, ctx): DecisionLogMode => {
      const value = v.toLowerCase();
      if (value === 'on' || value === 'off') return { mode: value };
      const sample = /^sample:(0?\.\d+|0|1(?:\.0+)?)$/.exec(value);
      const rate = sample ? Number(sample[1]) : NaN;
      if (rate > 0 && rate < 1) return { mode: 'sample', rate };
      if (rate === 1) return { mode: 'on' };
      if (rate === 0) return { mode: 'off' };
      ctx.addIssue({ code: 'custom', message: 'must be on, off or sample:<share between 0 and 1>, e.g. sample:0.1 to keep one answer in ten' });
      return z.NEVER;
    })
    .optional(),
);

/** Each variable, its check, and what it is for (the words of a refusal). */
const Environment = z.object({
  PORT: whole(0, 65535, 'the port to listen on; 0 picks a free one'),
  HOST: z.preprocess(unset, z.string().max(255).optional()),
  DATABASE_URL: z.preprocess(unset, z.string().optional()),
  PACK_DIRS: z.preprocess(unset, z.string().optional()),
  BODY_LIMIT_BYTES: whole(1024, 1024 ** 3, 'the largest request body, in bytes'),
  BATCH_BODY_LIMIT_BYTES: whole(1024, 1024 ** 3, 'the largest batch body, in bytes'),
  RATE_LIMIT_PER_MINUTE: whole(0, 1_000_000, 'requests a client may make per minute to the routes that evaluate or validate; 0 turns the limit off'),
  RATE_LIMIT_BURST: whole(1, 1_000_000, 'requests a client may make at once before the per-minute rate applies'),
  TRUST_PROXY: flag('on only behind a proxy that sets X-Forwarded-For itself'),
  DECISION_LOG: decisionLogMode,
  DECISION_RETENTION_DAYS: whole(0, 36_500, 'days a decision is kept; 0 keeps decisions whatever their age'),
  DECISION_MAX_ROWS: whole(0, 1_000_000_000, 'the most decisions kept, the oldest deleted first; 0 means no cap'),
  RETENTION_INTERVAL_SECONDS: whole(1, 86_400, 'seconds between two runs of the retention policy'),
  MAX_DRAFTS_PER_JURISDICTION: whole(1, 10_000, 'unpublished drafts a jurisdiction may hold'),
  REGISTRY_REFRESH_SECONDS: whole(1, 3600, 'how old the loaded pack versions may get before they are checked again'),
  SHUTDOWN_TIMEOUT_SECONDS: whole(1, 600, 'seconds a stopping server waits for requests under way before it closes their connections'),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof unset(v) === 'string' ? (unset(v) as string).toLowerCase() : unset(v)),
    z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).optional(),
  ),
  METRICS: flag('serve Prometheus metrics at /metrics'),
});

export const DEFAULTS = {
  port: 8787,
  ratePerMinute: 60,
  rateBurst: 20,
  retentionDays: 180,
  retentionIntervalSeconds: 600,
  maxDraftsPerJurisdiction: 20,
  registryRefreshSeconds: 5,
  shutdownTimeoutSeconds: 10,
} as const;

/** An example of a good value for each variable, for the refusal's "e.g.". */
const EXAMPLES: Record<string, string> = {
  PORT: '8787',
  BODY_LIMIT_BYTES: '1048576',
  BATCH_BODY_LIMIT_BYTES: '8388608',
  RATE_LIMIT_PER_MINUTE: '60',
  RATE_LIMIT_BURST: '20',
  TRUST_PROXY: 'off',
  DECISION_LOG: 'on',
  DECISION_RETENTION_DAYS: '180',
  DECISION_MAX_ROWS: '1000000',
  RETENTION_INTERVAL_SECONDS: '600',
  MAX_DRAFTS_PER_JURISDICTION: '20',
  REGISTRY_REFRESH_SECONDS: '5',
  SHUTDOWN_TIMEOUT_SECONDS: '10',
  LOG_LEVEL: 'info',
  METRICS: 'on',
};

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; problems: string[] };

/** Reads the settings from `env`; every wrong variable is one line: its name, its value, what it must be, an example. */
export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      const value = env[name];
      const shown = value === undefined ? '' : `=${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)}`;
      const example = EXAMPLES[name] ? `; e.g. ${name}=${EXAMPLES[name]}, or leave it unset for the default` : '';
      return `${name}${shown}: ${issue.message}${example}`;
    });
    return { ok: false, problems };
  }
  const e = parsed.data;
  const perMinute = e.RATE_LIMIT_PER_MINUTE ?? DEFAULTS.ratePerMinute;
  const retentionDays = e.DECISION_RETENTION_DAYS ?? DEFAULTS.retentionDays;
  return {
    ok: true,
    config: {
      port: e.PORT ?? DEFAULTS.port,
      host: e.HOST,
      databaseUrl: e.DATABASE_URL,
      packDirs: (e.PACK_DIRS ?? '')
        .split(',')
        .map((dir) => dir.trim())
        .filter(Boolean),
      bodyLimitBytes: e.BODY_LIMIT_BYTES,
      batchBodyLimitBytes: e.BATCH_BODY_LIMIT_BYTES,
      rateLimit: perMinute === 0 ? undefined : { perMinute, burst: e.RATE_LIMIT_BURST ?? DEFAULTS.rateBurst },
      trustProxy: e.TRUST_PROXY ?? false,
      decisionLog: e.DECISION_LOG ?? { mode: 'on' },
      retention: {
        maxAgeDays: retentionDays === 0 ? undefined : retentionDays,
        maxRows: e.DECISION_MAX_ROWS ? e.DECISION_MAX_ROWS : undefined,
        intervalSeconds: e.RETENTION_INTERVAL_SECONDS ?? DEFAULTS.retentionIntervalSeconds,
      },
      maxDraftsPerJurisdiction: e.MAX_DRAFTS_PER_JURISDICTION ?? DEFAULTS.maxDraftsPerJurisdiction,
      registryRefreshSeconds: e.REGISTRY_REFRESH_SECONDS ?? DEFAULTS.registryRefreshSeconds,
      shutdownTimeoutSeconds: e.SHUTDOWN_TIMEOUT_SECONDS ?? DEFAULTS.shutdownTimeoutSeconds,
      logLevel: e.LOG_LEVEL ?? 'info',
      metrics: e.METRICS ?? true,
    },
  };
}
