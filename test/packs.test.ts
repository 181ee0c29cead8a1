// Runs the test cases each pack ships (policies/<id>/tests/*.json) and checks the packs' own hygiene.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES, schemaText } from '../adapters/files/json-schemas.js';
import { POLICIES_DIR } from '../adapters/files/pack-files.js';
import { runPackCase } from '../app/pack-test-case.js';
import { compareWithExpectation, evaluate } from '../engine/index.js';
import { library, pack, packTests, registry, SHIPPED } from './support/library.js';

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
            // Through the one `answer` path, as `tanzhong pack test` and the API answer it.
            const result = await runPackCase(registry, id, testCase);
            expect(result.answer.kind).toBe('answered');
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

  it('quotes the national guideline as text only where its words are known verbatim; all else is unconfirmed paraphrase', () => {
    const national = pack('cn-national').pack;
    // The words known verbatim, from a repost of chapters 1–2 of the guideline (articles 3, 5 and 6).
    const known = [
      '本指南所称碳中和，是指通过购买碳配额、碳信用的方式或通过新建林业项目产生碳汇量的方式抵消大型活动的温室气体排放量。',
      '鼓励大型活动组织者依据本指南对大型活动实施碳中和，并主动公开相关信息，接受政府主管部门指导和社会监督。鼓励大型活动参与者参加碳中和活动。',
      '做出碳中和承诺或宣传的大型活动，其组织者应…优先实施控制温室气体排放行动，再通过碳抵消等手段中和大型活动实际产生的温室气体排放量',
    ].join('');
    const verbatim = (zh: string) => zh.split('……').every((part) => known.includes(part));
    const cited = [...national.rules.map((r) => r.citation), ...(national.offsets.accepted ?? []).map((a) => a.citation)];
    for (const c of cited) {
      if (c.basis === 'text') expect(verbatim(c.zh), c.zh).toBe(true);
      else if (c.basis === 'unconfirmed' && !c.zh.startsWith('如通过')) expect(c.wording, c.zh).toBe('paraphrase');
    }
    expect(national.rules.filter((r) => r.decides.type === 'duty').every((r) => r.citation.basis === 'unconfirmed')).toBe(true);
  });

  it('inherits from the national pack what Jining and Sichuan do not override, and says where each rule came from', () => {
    const sichuan = pack('cn-sichuan').pack;
    // Sichuan states no bar on carbon points itself: the national one (第三条) carries over.
    expect(sichuan.offsets.excluded?.map((x) => [x.instrument, x.citation.document])).toEqual([['carbon-points', '生态环境部公告2019年第19号']]);
    expect(sichuan.rules.find((r) => r.id === 'duty.register-event')?.origin).toBe('cn-sichuan');
    const jining = pack('cn-shandong-jining').pack;
    expect(jining.rules.find((r) => r.id === 'duty.plan')?.origin).toBe('cn-shandong-jining');
    expect(jining.rules.find((r) => r.id === 'duty.complete-neutralization')?.citation.document).toBe('济环字〔2023〕40号');
    // The national forestry dates are gone, so neither child inherits one.
    for (const child of [sichuan, jining]) expect(child.rules.filter((r) => r.origin === 'cn-national' && r.decides.type === 'duty')).toEqual([]);
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
  it('never state an unverified national deadline as a date', async () => {
    const event = { kind: 'exhibition', startDate: '2026-03-01', endDate: '2026-03-31' };
    const zh = await evaluate(pack('cn-national'), event, { lang: 'zh' });
    expect(zh.summary).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(zh.duties.find((d) => d.duty === 'complete-neutralization')?.due).toBeNull();
    expect(zh.duties.find((d) => d.duty === 'complete-neutralization')?.note).toContain('6个月');
    const en = await evaluate(pack('cn-national'), event, { lang: 'en' });
    expect(en.summary).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const chongqing = await evaluate(pack('cn-chongqing'), { ...event, organizer: { type: 'soe', level: 'provincial' }, attendees: 300 });
    expect(chongqing.summary).not.toContain('核实');
  });
});
