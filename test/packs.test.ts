// Runs the test cases each pack ships (policies/<id>/tests/*.json) and checks the packs' own hygiene.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES, schemaText } from '../adapters/files/json-schemas.js';
import { POLICIES_DIR } from '../adapters/files/pack-files.js';
import { compareWithExpectation, evaluate, runPackTest } from '../engine/index.js';
import { library, pack, packTests, SHIPPED } from './support/library.js';

describe('shipped packs', () => {
  it('are the four packs, each compiled', () => {
    expect([...library.packs.keys()].sort()).toEqual([...SHIPPED].sort());
  });

  for (const id of SHIPPED) {
    describe(id, () => {
      const files = packTests(id);
      it('ships test cases', () => {
        expect(files.flatMap((f) => f.cases).length).toBeGreaterThan(0);
      });
      for (const file of files) {
        for (const testCase of file.cases) {
          it(`${file.file}: ${testCase.name}`, async () => {
            const result = await runPackTest(pack(id), testCase);
            expect(result.failures).toEqual([]);
          });
        }
      }
      it('cites a listed document, clause, Chinese words and basis in every rule', () => {
        const { pack: resolved } = pack(id);
        const documents = new Set(resolved.documents.map((d) => d.number));
        for (const rule of resolved.rules) {
          expect(documents.has(rule.citation.document), `${rule.id} cites ${rule.citation.document}`).toBe(true);
          expect(rule.citation.clause.length, rule.id).toBeGreaterThan(0);
          expect(rule.citation.zh).toMatch(/[\u4e00-\u9fff]/);
          expect(['text', 'interpretation', 'unconfirmed']).toContain(rule.citation.basis);
        }
      });
    });
  }

  it('marks every provision of the national guideline as unconfirmed, never as text', () => {
    const national = pack('cn-national').pack;
    const bases = national.rules.map((r) => r.citation.basis);
    expect(new Set(bases)).toEqual(new Set(['unconfirmed']));
  });

  it('inherits the national rules that Jining and Sichuan do not override, and says where they came from', () => {
    const sichuan = pack('cn-sichuan').pack;
    const forestry = sichuan.rules.find((r) => r.id === 'duty.forestry-project-application');
    expect(forestry?.origin).toBe('cn-national');
    const register = sichuan.rules.find((r) => r.id === 'duty.register-event');
    expect(register?.origin).toBe('cn-sichuan');
    const jining = pack('cn-shandong-jining').pack;
    expect(jining.rules.find((r) => r.id === 'duty.complete-neutralization')?.citation.document).toBe('济环字〔2023〕40号');
  });
});

describe('the pack test runner', () => {
  it('reports each wrong expectation rather than passing', async () => {
    const event = {
      kind: 'meeting',
      attendees: 200,
      startDate: '2026-01-30',
      endDate: '2026-01-31',
      organizer: { type: 'soe', level: 'provincial' },
    };
    const d = await evaluate(pack('cn-chongqing'), event);
    const failures = compareWithExpectation(d, {
      obligation: 'encouraged',
      reasons: ['required.exhibition'],
      duties: { 'complete-neutralization': '2026-03-01' },
      confirmation: ['third-party'],
    });
    expect(failures).toHaveLength(4);
    expect(failures[0]).toContain('expected encouraged, got required');
    expect(failures[2]).toContain('expected due 2026-03-01, got 2026-02-28');
  });
});

describe('committed JSON Schemas', () => {
  for (const [name, make] of Object.entries(SCHEMA_FILES)) {
    it(`policies/${name} is what the zod schema generates (run npm run schema after changing it)`, () => {
      expect(readFileSync(join(POLICIES_DIR, name), 'utf8')).toBe(schemaText(make));
    });
  }
});

describe('summaries', () => {
  it('never state an unconfirmed national deadline as settled', async () => {
    const event = { kind: 'exhibition', startDate: '2026-03-01', endDate: '2026-03-31' };
    const zh = await evaluate(pack('cn-national'), event, { lang: 'zh' });
    expect(zh.summary).toContain('2026-09-30');
    expect(zh.summary).toContain('未经原文核实');
    const en = await evaluate(pack('cn-national'), event, { lang: 'en' });
    expect(en.summary).toContain('not verified');
    const chongqing = await evaluate(pack('cn-chongqing'), { ...event, organizer: { type: 'soe', level: 'provincial' }, attendees: 300 });
    expect(chongqing.summary).not.toContain('核实');
  });
});
