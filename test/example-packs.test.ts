// The example packs of policies/examples/, written from docs/pack-format.md alone: Shanghai (custom facts and
// thresholds) and Guangdong (its own confirmation mode and duty, a removed national rule). Both extend the shipped
// national pack; they are compiled and their shipped cases run through the engine directly, with no adapter between.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compilePack, evaluate, type PackDocument, PackTestFileSchema, runPackTest } from '../engine/index.js';

const POLICIES = fileURLToPath(new URL('../policies', import.meta.url));
const EXAMPLES = join(POLICIES, 'examples');
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

function compileExample(id: string) {
  const national = compilePack(read(join(POLICIES, 'cn-national', 'pack.json')), () => undefined);
  if (!national.ok) throw new Error('cn-national does not compile');
  const lookup = (base: string): PackDocument | undefined => (base === 'cn-national' ? national.doc : undefined);
  const result = compilePack(read(join(EXAMPLES, id, 'pack.json')), lookup);
  if (!result.ok) throw new Error(`${id}:\n${result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  return result.compiled;
}

function casesOf(id: string) {
  const dir = join(EXAMPLES, id, 'tests');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((file) => PackTestFileSchema.parse(read(join(dir, file))).cases.map((c) => ({ file, c })));
}

describe('example packs', () => {
  it('are cn-shanghai and cn-guangdong, both of format 2 over the national pack', () => {
    expect(readdirSync(EXAMPLES).sort()).toEqual(['cn-guangdong', 'cn-shanghai']);
    for (const id of ['cn-shanghai', 'cn-guangdong']) {
      const { pack } = compileExample(id);
      expect(pack.format).toBe(2);
      expect(pack.chain.map((p) => p.id)).toEqual(['cn-national', id]);
    }
  });

  for (const id of ['cn-shanghai', 'cn-guangdong']) {
    describe(id, () => {
      const compiled = compileExample(id);
      for (const { file, c } of casesOf(id)) {
        it(`${file}: ${c.name}`, async () => {
          expect((await runPackTest(compiled, c)).failures).toEqual([]);
        });
      }

      it('cites only unconfirmed paraphrases of its own document, which has no seed', () => {
        const own = compiled.pack.documents.filter((d) => !d.number.includes('生态环境部'));
        expect(own).toHaveLength(1);
        expect(own[0]?.seed).toBeUndefined();
        const citations = [
          ...compiled.pack.rules.filter((r) => r.origin === id).map((r) => r.citation),
          ...compiled.pack.vocabulary.duties.map((t) => t.citation),
          ...compiled.pack.vocabulary.modes.map((t) => t.citation),
          ...compiled.pack.removed.map((r) => r.citation),
        ];
        for (const c of citations) expect(c).toMatchObject({ document: own[0]?.number, basis: 'unconfirmed', wording: 'paraphrase' });
      });
    });
  }

  it('Shanghai counts a meeting\'s on-site attendees only, and never asks a performance for its floor area', async () => {
    const shanghai = compileExample('cn-shanghai');
    const below = await evaluate(shanghai, { kind: 'meeting', startDate: '2026-05-12', extra: { onSiteAttendees: 300, onlineAttendees: 200 } });
    expect(below.reasons.map((r) => r.rule)).not.toContain('large.meeting');
    const performance = await evaluate(shanghai, { kind: 'performance', startDate: '2026-05-12' });
    expect(performance.missingFacts).not.toContain('floorAreaM2');
    await expect(evaluate(shanghai, { kind: 'meeting', extra: { onSiteAttendees: '400' } })).rejects.toThrow(/extra\.onSiteAttendees: must be a whole number/);
  });

  it('Guangdong names its own mode and duty, and says the national self-commitment was removed and why', async () => {
    const d = await evaluate(compileExample('cn-guangdong'), { kind: 'exhibition', startDate: '2026-05-10', endDate: '2026-05-12' }, { lang: 'zh' });
    expect(d.confirmation.routes.map((r) => r.label)).toEqual(['委托第三方机构评价', '自我声明（保存完整证据文件）']);
    expect(d.duties.find((x) => x.duty === 'keep-evidence')?.title).toBe('留存证据（数据、文件材料及注销证明）');
    expect(d.removed).toMatchObject([{ rule: 'confirmation.self-commitment', origin: 'cn-national', removedBy: 'cn-guangdong' }]);
  });
});
