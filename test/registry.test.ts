// The registry's typed results over a folder source read from memory: which version answers on a date, the base
// pack answering (as data) before a pack takes effect, and every way a pack can fail to answer, never a status code.
import { describe, expect, it } from 'vitest';
import { FolderSource, type PackFileReader } from '../app/folder-source.js';
import { PackRegistry } from '../app/registry.js';
import { StoreSource } from '../app/store-source.js';
import type { PackVersion } from '../app/pack-source.js';

const citation = { document: '示例〔2020〕1号', clause: '一', zh: '示例', en: 'example', basis: 'text' };

function pack(id: string, from: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    version: '1.0.0',
    title: { zh: `${id}（示例）`, en: `${id} (example)` },
    jurisdiction: { code: '510000', name: { zh: '四川省', en: 'Sichuan' } },
    documents: [{ number: '示例〔2020〕1号', title: { zh: '示例', en: 'example' }, issuers: ['示例局'], issued: from }],
    inForce: { from },
    rules: [
      {
        id: 'obligation.encouraged',
        title: { zh: '鼓励', en: 'encouraged' },
        conditions: { all: [{ fact: 'attendees', operator: 'greaterThanInclusive', value: 1 }] },
        decides: { type: 'obligation', level: 'encouraged' },
        citation,
      },
    ],
    facts: [{ name: 'attendees', type: 'integer', question: { zh: '人数？', en: 'How many?' } }],
    ...extra,
  };
}

/** A reader over files held in memory: root -> folder -> content (a string is a file that cannot be parsed). */
function memory(files: Record<string, Record<string, unknown>>): PackFileReader {
  return {
    list: (root) => Object.keys(files[root] ?? {}).map((folder) => ({ file: `${root}/${folder}/pack.json`, folder })),
    read: (file) => {
      const [root, folder] = file.split('/');
      const content = files[root as string]?.[folder as string];
      return typeof content === 'string' ? { ok: false, problems: [{ path: '(file)', message: content }] } : { ok: true, raw: content };
    },
  };
}

async function registryOf(files: Record<string, Record<string, unknown>>, roots = Object.keys(files)) {
  const registry = new PackRegistry(new FolderSource(memory(files), roots));
  await registry.refresh();
  return registry;
}

describe('the registry', () => {
  it('answers with the version in effect, and with the base pack (as data) before a pack takes effect', async () => {
    const registry = await registryOf({ shipped: { province: pack('province', '2021-01-01'), city: pack('city', '2027-01-01', { extends: 'province', rules: [] }) } });
    const inEffect = registry.resolve('city', '2027-02-01');
    expect(inEffect.kind === 'ok' && [inEffect.resolved.compiled.pack.id, inEffect.resolved.chain.map((l) => l.id), inEffect.fallback]).toEqual(['city', ['province', 'city'], undefined]);
    const before = registry.resolve('city', '2026-06-01');
    expect(before.kind === 'ok' && before.fallback).toEqual({ requested: 'city', answeredBy: 'province', date: '2026-06-01', firstEffective: '2027-01-01' });
  });

  it('a pack that extends none answers itself before its period (the engine says it was not in force)', async () => {
    const registry = await registryOf({ shipped: { province: pack('province', '2021-01-01') } });
    const before = registry.resolve('province', '2020-01-01');
    expect(before.kind === 'ok' && [before.resolved.version.packId, before.fallback]).toEqual(['province', undefined]);
  });

  it('a later root wins over an earlier one for the same pack id; a file that cannot be read is a problem, not a crash', async () => {
    const registry = await registryOf({
      shipped: { province: pack('province', '2021-01-01'), broken: 'is not valid JSON' },
      beside: { province: { ...pack('province', '2021-01-01'), version: '2.0.0' } },
    });
    const resolved = registry.resolve('province', '2026-01-01');
    expect(resolved.kind === 'ok' && resolved.resolved.version.version).toBe('2.0.0');
    expect(registry.resolve('broken', '2026-01-01')).toMatchObject({ kind: 'invalid', packId: 'broken', problems: [{ path: '(file)', message: 'is not valid JSON' }] });
  });

  it('names an unknown pack with the known ones, and an invalid pack with its problems', async () => {
    const registry = await registryOf({ shipped: { province: pack('province', '2021-01-01'), bad: pack('bad', '2021-01-01', { extends: 'nowhere' }) } });
    expect(registry.resolve('atlantis', '2026-01-01')).toEqual({ kind: 'unknown-pack', packId: 'atlantis', known: ['bad', 'province'] });
    const bad = registry.resolve('bad', '2026-01-01');
    expect(bad.kind).toBe('invalid');
    expect(bad.kind === 'invalid' && bad.problems.map((p) => p.path)).toEqual(['extends']);
  });

  it('a pack only drafted is unknown but to whom may see its drafts (then not in effect); one published later than its period begins is not in effect', async () => {
    const version = (overrides: Partial<PackVersion>): PackVersion => ({
      packId: 'city', version: '1.0.0', jurisdictionCode: '510100', status: 'published', document: pack('city', '2026-01-01'),
      contentHash: 'h', effectiveFrom: '2026-06-01', createdAt: '2026-01-01T00:00:00Z', publishedAt: '2026-01-01T00:00:00Z',
      source: 'api', createdBy: null, ...overrides,
    });
    const drafted = new PackRegistry(new StoreSource({ listVersions: async () => [version({ status: 'draft', effectiveFrom: null, publishedAt: null })] }));
    await drafted.refresh();
    expect(drafted.resolve('city', '2026-07-01')).toEqual({ kind: 'unknown-pack', packId: 'city', known: [] });
    expect(drafted.resolve('city', '2026-07-01', undefined, { drafts: () => true })).toEqual({ kind: 'not-in-effect', packId: 'city', date: '2026-07-01' });
    const later = new PackRegistry(new StoreSource({ listVersions: async () => [version({})] }));
    await later.refresh();
    expect(later.resolve('city', '2026-03-01')).toEqual({ kind: 'not-in-effect', packId: 'city', date: '2026-03-01', firstEffective: '2026-06-01' });
  });

  it('refuses a cycle of base packs instead of looping', async () => {
    const registry = await registryOf({ shipped: { a: pack('a', '2027-01-01', { extends: 'b' }), b: pack('b', '2027-01-01', { extends: 'a' }) } });
    expect(registry.resolve('a', '2026-01-01')).toMatchObject({ kind: 'invalid', problems: [{ path: 'extends', message: expect.stringContaining('cycle') }] });
    // In effect, the chain is compiled: the base whose own base closes the cycle is named.
    expect(registry.resolve('a', '2027-06-01')).toMatchObject({ kind: 'invalid', problems: [{ path: 'extends', message: expect.stringContaining('base pack "b"') }] });
  });
});
