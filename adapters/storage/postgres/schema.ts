// The PostgreSQL tables behind the Store: the same tables and constraints as the SQLite schema, with jsonb for
// JSON. Timestamps and dates stay ISO text so both stores return exactly the strings they were given.
import { check, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { DecisionOutcome } from '../../../app/decision-record.js';
import { AUDIT_ACTIONS, isLeanOrWhole, isOneOf, VERSION_SOURCES, VERSION_STATUSES } from '../closed-sets.js';
import type { StoredDecision } from '../store.js';

export const packVersions = pgTable(
  'pack_versions',
  {
    packId: text('pack_id').notNull(),
    version: text('version').notNull(),
    jurisdictionCode: text('jurisdiction_code').notNull(),
    status: text('status', { enum: VERSION_STATUSES }).notNull(),
    document: jsonb('document').notNull(),
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

export const decisions = pgTable(
  'decisions',
  {
    id: text('id').primaryKey(),
    createdAt: text('created_at').notNull(),
    packId: text('pack_id').notNull(),
    packVersion: text('pack_version').notNull(),
    contentHash: text('content_hash').notNull(),
    chain: jsonb('chain').$type<StoredDecision['chain']>().notNull(),
    asOf: text('as_of'),
    lang: text('lang').notNull(),
    request: jsonb('request').$type<StoredDecision['request']>().notNull(),
    digest: text('digest'),
    outcome: jsonb('outcome').$type<DecisionOutcome>(),
    engineVersion: text('engine_version'),
    /** Only on rows written before the lean log (migration 0001). */
    determination: jsonb('determination'),
  },
  (table) => [
    index('decisions_pack_idx').on(table.packId, table.packVersion),
    // The retention policy deletes the oldest decisions first (adapters/storage/retention.ts).
    index('decisions_created_idx').on(table.createdAt),
    check('decisions_lean_or_whole_check', isLeanOrWhole(table)),
  ],
);

export const apiKeys = pgTable(
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

export const audit = pgTable(
  'audit',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    at: text('at').notNull(),
    actor: text('actor'),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    packId: text('pack_id'),
    version: text('version'),
    outcome: text('outcome').notNull(),
    detail: jsonb('detail'),
  },
  (table) => [check('audit_action_check', isOneOf(table.action, AUDIT_ACTIONS))],
);

// Cases and the retirement ledger (migration 0004).
export * from './case-schema.js';
