// Issue 14, the law beside the rule: a page per source document of a pack, its clauses (those the pack cites) in
// the document's order, each beside the rules that encode it or marked as encoded by none; only the words the pack
// already quotes; a rule page links to its clause there.
import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chineseNumber, clausePlace, clausesOf, inDocumentOrder } from '../server/pages/clause-order.js';
import { clauseAnchor } from '../server/pages/document-clauses.js';
import { makeApp } from './support/api.js';
import { pack } from './support/library.js';
import { findCodes, htmlText } from './support/visible-text.js';

let api: Awaited<ReturnType<typeof makeApp>>;
beforeAll(async () => {
  api = await makeApp();
});
afterAll(async () => {
  await api?.store.close();
});

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
const docPath = (packId: string, doc: string, lang = 'zh') => `/packs/${packId}/documents/${encodeURIComponent(doc)}?lang=${lang}`;

/** The clauses of a page in order, each with its rule links and whether it is marked as encoded by none. */
function clausesOfPage(html: string) {
  return [...html.matchAll(/<li id="([^"]+)" data-encoded="(yes|no)">([\s\S]*?)<\/li>\s*(?=<li id="clause-|<\/ol>)/g)].map((m) => ({
    id: m[1] as string,
    encoded: m[2] === 'yes',
    rules: [...(m[3] as string).matchAll(/href="\/packs\/[^/]+\/rules\/([^"?]+)/g)].map((r) => r[1] as string),
    text: m[3] as string,
  }));
}

const CN_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** The Chinese numeral of 1..999, as documents write it (十五, 四十二, 一百零三). */
function chinese(n: number): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let out = hundreds ? `${CN_DIGITS[hundreds]}百` : '';
  if (tens) out += `${hundreds || tens > 1 ? CN_DIGITS[tens] : ''}十`;
  else if (hundreds && ones) out += '零';
  return out + (CN_DIGITS[ones] ?? '');
}

describe('the order of clauses', () => {
  it("puts Chongqing's clauses in the document's order: the opening, the body's outline, then the annexes", () => {
    const cited = ['附件1', '四（三）', '三（一）', '文首', '四（二）1（2）', '一', '四（二）1', '二（二）', '附件2 一', '四（二）1（1）', '四（四）', '二（一）', '四（二）2'];
    expect(inDocumentOrder(cited)).toEqual(['文首', '一', '二（一）', '二（二）', '三（一）', '四（二）1', '四（二）1（1）', '四（二）1（2）', '四（二）2', '四（三）', '四（四）', '附件1', '附件2 一']);
    expect(inDocumentOrder(['第四十三条', '第十五条', '第四十二条（四）', '第二十条', '第十六条'])).toEqual(['第十五条', '第十六条', '第二十条', '第四十二条（四）', '第四十三条']);
  });

  it('reads a note in brackets as no number, and lists clauses known only by a name last, in the order cited', () => {
    expect(clausePlace('第三条（其列举未核实）')).toEqual({ part: 1, numbers: [3] });
    expect(clausePlace('完成时间（未核实）')).toBeUndefined();
    expect(clausePlace('（积极推动大型活动实现碳中和）')).toBeUndefined();
    expect(inDocumentOrder(['实施流程（未核实）', '附1（未核实）', '第六条', '完成时间（未核实）', '第三条'])).toEqual(['第三条', '第六条', '附1（未核实）', '实施流程（未核实）', '完成时间（未核实）']);
    expect(clausesOf('附件1；附件2 二')).toEqual(['附件1', '附件2 二']);
  });

  test.prop([fc.integer({ min: 1, max: 999 })], { numRuns: 300 })('reads every Chinese numeral up to 999', (n) => {
    expect(chineseNumber(chinese(n))).toBe(n);
  });

  const clause = fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }), fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }))
    .map(([a, b, c]) => ({ text: `${chinese(a)}${b ? `（${chinese(b)}）` : ''}${b && c ? String(c) : ''}`, key: [a, b ?? 0, b && c ? c : 0] }));

  test.prop([fc.array(clause, { maxLength: 25 })], { numRuns: 200 })('sorts any outline by its numbers, a section before its parts, each clause once', (clauses) => {
    const ordered = inDocumentOrder(clauses.map((c) => c.text));
    expect(new Set(ordered)).toEqual(new Set(clauses.map((c) => c.text)));
    expect(ordered).toHaveLength(new Set(clauses.map((c) => c.text)).size);
    const keyOf = (text: string) => (clauses.find((c) => c.text === text) as { key: number[] }).key;
    for (let i = 1; i < ordered.length; i++) {
      const [a, b] = [keyOf(ordered[i - 1] as string), keyOf(ordered[i] as string)];
      const cmp = (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number) || (a[2] as number) - (b[2] as number);
      expect(cmp, `${ordered[i - 1]} before ${ordered[i]}`).toBeLessThan(0);
    }
  });
});

describe('a document of a pack, beside its rules', () => {
  it("lists 渝环〔2025〕21号's clauses in order, each with the rules that encode it, and marks those none encodes", async () => {
    const res = await api.call('GET', docPath('cn-chongqing', '渝环〔2025〕21号'));
    expect(res.status).toBe(200);
    const clauses = clausesOfPage(res.text);
    const ids = clauses.map((c) => c.id);
    expect(ids.indexOf(clauseAnchor('三（一）'))).toBeLessThan(ids.indexOf(clauseAnchor('四（三）')));
    expect(ids[0]).toBe(clauseAnchor('文首'));
    // 四（三） is the one-month deadline: the rule that encodes it is beside it.
    expect(clauses.find((c) => c.id === clauseAnchor('四（三）'))?.rules).toEqual(['duty.complete-neutralization']);
    // 四（二）1（1） is cited only by the offset ranking: no rule encodes it, and the page says so.
    const ranking = clauses.find((c) => c.id === clauseAnchor('四（二）1（1）'));
    expect(ranking?.encoded).toBe(false);
    expect(ranking?.text).toContain('无规则编码此条款');
    expect(ranking?.text).toContain('认可的抵消产品');
    // Every clause a rule of the pack cites is on the page, with that rule beside it (computed from the pack).
    const chongqing = pack('cn-chongqing').pack;
    for (const rule of chongqing.rules.filter((r) => r.citation.document === '渝环〔2025〕21号')) {
      for (const c of clausesOf(rule.citation.clause)) {
        expect(clauses.find((x) => x.id === clauseAnchor(c))?.rules, `${rule.id} → ${c}`).toContain(rule.id);
      }
    }
    expect(res.text).toContain(`共 ${clauses.length} 个条款，其中 ${clauses.filter((c) => c.encoded).length} 个由规则编码`);
  });

  it('quotes only the words the pack already quotes, never more', async () => {
    const words = new Set(
      ['cn-chongqing', 'cn-shandong-jining', 'cn-sichuan', 'cn-national'].flatMap((id) => {
        const p = pack(id).pack;
        return JSON.stringify(p).match(/"zh":"[^"]*"/g) ?? [];
      }).map((m) => squeeze(JSON.parse(`{${m}}`).zh as string)),
    );
    for (const [id, doc] of [['cn-chongqing', '渝环规〔2024〕7号'], ['cn-shandong-jining', '济环字〔2023〕40号'], ['cn-sichuan', '川环发〔2021〕5号']]) {
      const res = await api.call('GET', docPath(id as string, doc as string));
      const quotes = [...res.text.matchAll(/<blockquote lang="zh-CN">([\s\S]*?)<\/blockquote>/g)].map((m) => squeeze(htmlText(m[1] as string)));
      expect(quotes.length, doc).toBeGreaterThan(0);
      for (const q of quotes) expect(words.has(q), `${doc}: ${q}`).toBe(true);
    }
  });

  it("lists the national guideline's numbered articles before the clauses known only by a name", async () => {
    const res = await api.call('GET', docPath('cn-national', '生态环境部公告2019年第19号', 'en'));
    expect(res.status).toBe(200);
    const clauses = clausesOfPage(res.text);
    const named = clauses.findIndex((c) => !/第|附/.test(c.id));
    expect(named).toBeGreaterThan(2);
    expect(clauses.slice(0, named).every((c) => /第|附/.test(c.id))).toBe(true);
    expect(clauses.slice(named).every((c) => !/第|附/.test(c.id))).toBe(true);
  });

  it("shows an inherited document with what the pack keeps of it: the guideline on Jining's and Sichuan's pages", async () => {
    const jining = await api.call('GET', docPath('cn-shandong-jining', '生态环境部公告2019年第19号', 'en'));
    expect(jining.status).toBe(200);
    // Jining keeps no rule of the guideline; its bar on carbon points still rests on 第三条, encoded by no rule.
    const [third] = clausesOfPage(jining.text);
    expect(third).toMatchObject({ id: clauseAnchor('第三条'), encoded: false, rules: [] });
    expect(third?.text).toContain('Not accepted: Carbon points');
  });

  it("shows a base's document on a city pack's page, each rule saying which pack it was written in", async () => {
    const city = await makeApp(':memory:', undefined, ['test/fixtures/city-packs']);
    try {
      const res = await city.call('GET', `${docPath('cn-sichuan-chengdu', '川环发〔2021〕5号', 'en')}&asOf=2027-06-01`);
      expect(res.status).toBe(200);
      const listed = clausesOfPage(res.text).flatMap((c) => c.rules);
      for (const rule of pack('cn-sichuan').pack.rules.filter((r) => r.id !== 'duty.register-event')) expect(listed).toContain(rule.id);
      expect(res.text).toContain('Written in');
    } finally {
      await city.store.close();
    }
  });

  it('a rule page links to each of its clauses on its document’s page, and the anchor is there', async () => {
    const rule = await api.call('GET', '/packs/cn-chongqing/rules/required.soe-event?lang=zh');
    const links = [...rule.text.matchAll(/class="clause-link" href="([^"]+)"/g)].map((m) => (m[1] as string).replace(/&amp;/g, '&'));
    expect(links.length).toBeGreaterThanOrEqual(2); // 三（一） and 一 (the dated versions cite both)
    for (const link of links) {
      const [path, fragment] = link.split('#') as [string, string];
      const page = await api.call('GET', path);
      expect(page.status, path).toBe(200);
      expect(page.text, link).toContain(`id="${decodeURIComponent(fragment)}"`);
    }
  });

  it('an unknown document or pack is a 404 page in words', async () => {
    const res = await api.call('GET', docPath('cn-chongqing', '渝环〔2099〕1号'));
    expect(res.status).toBe(404);
    expect(res.text).toContain('找不到');
    expect((await api.call('GET', docPath('cn-nowhere', 'x'))).status).toBe(404);
  });

  it('shows no code, fact path or rule id to a person, in either language', async () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const id of ['cn-national', 'cn-chongqing', 'cn-shandong-jining', 'cn-sichuan']) {
        for (const doc of pack(id).pack.documents) {
          const res = await api.call('GET', docPath(id, doc.number, lang));
          expect(res.status).toBe(200);
          const ruleIds = pack(id).pack.rules.map((r) => r.id);
          expect(findCodes(htmlText(res.text), lang, ruleIds), `${id} ${doc.number} ${lang}`).toEqual([]);
        }
      }
    }
  });
});
