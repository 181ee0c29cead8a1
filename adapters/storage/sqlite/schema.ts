// The SQLite tables behind the Store. JSON is kept as TEXT (drizzle's json mode stringifies on write and parses on
// read); timestamps and dates are ISO text.
// SQLite does not enforce enums, so every closed set of values has a CHECK constraint.
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { DecisionOutcome } from '../../../app/decision-record.js';
import { AUDIT_ACTIONS, isLeanOrWhole, isOneOf, VERSION_SOURCES, VERSION_STATUSES } from '../closed-sets.js';
import type { StoredDecision } from '../store.js';

export const packVersions = sqliteTable(
  'pack_versions',
  {
    packId: text('pack_id').notNull(),
    version: text('version').notNull(),
    jurisdictionCode: text('jurisdiction_code').notNull(),
    status: text('status', { enum: VERSION_STATUSES }).notNull(),
    document: text('document', { mode: 'json' }).notNull(),
    contentHash: text('content_hash').notNull(),
    effectiveFrom: text('effective_from'),
    createdAt: text('created_at').notNull(),
    publishedAt: text('published_at'),
    source: text('source', { enum: VERSION_SOURCES }).notNull(),
    createdBy: text('created_by'),
  },
  (table) => [
    primaryKey({ columns: [table.packId, table.version] }),
    // Every column but the document: the registry's list of versions (what changed) reads this index alone, never
    // the documents (app/registry.ts).
    index('pack_versions_heads_idx').on(
      table.packId,
      table.version,
      table.status,
      table.contentHash,
      table.effectiveFrom,
      table.publishedAt,
      table.createdAt,
      table.jurisdictionCode,
      table.source,
      table.createdBy,
    ),
    check('pack_versions_status_check', isOneOf(table.status, VERSION_STATUSES)),
    check('pack_versions_source_check', isOneOf(table.source, VERSION_SOURCES)),
  ],
);

export const decisions = sqliteTable(
  'decisions',
  {
    id: text('id').primaryKey(),
    createdAt: text('created_at').notNull(),
    packId: text('pack_id').notNull(),
    packVersion: text('pack_version').notNull(),
    contentHash: text('content_hash').notNull(),
    chain: text('chain', { mode: 'json' }).$type<StoredDecision['chain']>().notNull(),
    asOf: text('as_of'),
    lang: text('lang').notNull(),
    request: text('request', { mode: 'json' }).$type<StoredDecision['request']>().notNull(),
    digest: text('digest'),
    outcome: text('outcome', { mode: 'json' }).$type<DecisionOutcome>(),
    engineVersion: text('engine_version'),
    /** Only on rows written before the lean log (migration 0001). */
    determination: text('determination', { mode: 'json' }),
  },
  (table) => [
    index('decisions_pack_idx').on(table.packId, table.packVersion),
    // The retention policy deletes the oldest decisions first (adapters/storage/retention.ts).
    index('decisions_created_idx').on(table.createdAt),
    check('decisions_lean_or_whole_check', isLeanOrWhole(table)),
  ],
);

export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    jurisdictionCode: text('jurisdiction_code').notNull(),
    keyHash: text('key_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdAt: text('created_at').notNull(),
    revokedAt: text('revoked_at'),
    /** When the key stops working (migration 0002); null: it does not expire. */
    expiresAt: text('expires_at'),
    /** When its secret was last replaced (migration 0002); null: never. */
    rotatedAt: text('rotated_at'),
  },
  (table) => [uniqueIndex('api_keys_key_hash_unique').on(table.keyHash)],
);

export const audit = sqliteTable(
  'audit',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor'),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    packId: text('pack_id'),
    version: text('version'),
    outcome: text('outcome').notNull(),
    detail: text('detail', { mode: 'json' }),
  },
  (table) => [check('audit_action_check', isOneOf(table.action, AUDIT_ACTIONS))],
);

// Cases and the retirement ledger (migration 0004).
export * from './case-schema.js';
