// Quote checking: the quoted Chinese words of a pack's citations must be the words of the source texts (seeds).
// Unit tests of the pure core (engine/quote-check.ts), then `tanzhong pack quotes` run for real over the
// fixture pack and source in test/fixtures/quotes/.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkQuotes, citationsIn, normalizeForQuote, quoteParts, seedsOf } from '../engine/quote-check.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MAIN = join(ROOT, 'adapters/cli/main.ts');
const FIXTURES = join(ROOT, 'test/fixtures/quotes');
const FIXTURE_PACK = join(FIXTURES, 'pack');
const SOURCES = join(FIXTURES, 'sources');

const SOURCE = '第三条　参与人数 1000 人及以上的大型活动，应当于活动结束后 6 个月内完成碳中和（含自行抵消）。\n' +
  '第五条　碳信用应当来自本市或者对口支援地区的项目；已注销的碳信用不得重复使用。\n' +
  '本办法自 2021 年 9 月 14 日起施行。';

const citation = (zh: string, extra: Record<string, unknown> = {}) => ({
  document: '测环〔2021〕1号',
  clause: '第三条',
  zh,
  en: 'a note',
  basis: 'text',
  ...extra,
});

const packWith = (citations: unknown[]) => ({
  documents: [
    { number: '测环〔2021〕1号', seed: 'source.txt' },
    { number: '测环〔2020〕2号' },
  ],
  rules: citations.map((c, i) => ({ id: `r${i}`, citation: c })),
});

const sources = new Map([['source.txt', SOURCE]]);

describe('normalizeForQuote', () => {
  it('maps full-width punctuation and digits to half-width, and keeps 、 and 。', () => {
    expect(normalizeForQuote('（含自行抵消）：１０人；是否！？')).toBe('(含自行抵消):10人;是否!?');
    expect(normalizeForQuote('甲、乙。')).toBe('甲、乙。');
    expect(normalizeForQuote('（一）')).toBe(normalizeForQuote('(一)'));
    expect(normalizeForQuote('a，b')).toBe(normalizeForQuote('a,b'));
  });

  it('removes every space, including U+3000, NBSP and line breaks', () => {
    expect(normalizeForQuote('2021 年 9 月 14 日')).toBe(normalizeForQuote('2021年9月14日'));
    expect(normalizeForQuote('第三条\u3000参与\u00a0人数\r\n1000 人')).toBe('第三条参与人数1000人');
  });

  it('unifies the quote marks', () => {
    const expected = normalizeForQuote('"人人参与"');
    for (const text of ['“人人参与”', '「人人参与」', '‘人人参与’', "'人人参与'"]) {
      expect(normalizeForQuote(text)).toBe(expected);
    }
  });
});

describe('quoteParts', () => {
  it('splits a quote at its ellipses and drops empty parts', () => {
    expect(quoteParts('甲乙……丙丁')).toEqual(['甲乙', '丙丁']);
    expect(quoteParts('……甲乙…丙丁...戊⋯⋯')).toEqual(['甲乙', '丙丁', '戊']);
    expect(quoteParts('甲乙 …… 丙丁')).toEqual(['甲乙', '丙丁']);
    expect(quoteParts('不含省略号')).toEqual(['不含省略号']);
  });
});

describe('citationsIn', () => {
  it('finds citations anywhere, with their paths, in document order', () => {
    const pack = {
      rules: [{ citation: citation('甲') }, { id: 'no citation' }, { citation: citation('乙', { wording: 'paraphrase' }) }],
      offsets: {
        accepted: [{ citation: citation('丙'), eligibility: [{ citation: citation('丁') }] }],
        noReuse: { citation: citation('戊') },
      },
      'odd key': { citation: citation('己') },
    };
    expect(citationsIn(pack).map((c) => [c.path, c.zh, c.wording])).toEqual([
      ['rules[0].citation.zh', '甲', undefined],
      ['rules[2].citation.zh', '乙', 'paraphrase'],
      ['offsets.accepted[0].citation.zh', '丙', undefined],
      ['offsets.accepted[0].eligibility[0].citation.zh', '丁', undefined],
      ['offsets.noReuse.citation.zh', '戊', undefined],
      ['["odd key"].citation.zh', '己', undefined],
    ]);
  });

  it('walks very deep JSON without recursion, and cyclic objects without looping', () => {
    let deep: unknown = { citation: citation('深') };
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(citationsIn(deep)).toHaveLength(1);

    const cyclic: Record<string, unknown> = { citation: citation('环') };
    cyclic.self = { back: cyclic };
    expect(citationsIn(cyclic)).toHaveLength(1);
  });

  it('ignores objects missing one of document, clause, zh as strings', () => {
    expect(citationsIn({ a: { document: 'x', clause: 'y' }, b: { document: 'x', clause: 'y', zh: 3 } })).toEqual([]);
  });
});

describe('seedsOf', () => {
  it('lists the documents with a seed, by number', () => {
    expect([...seedsOf(packWith([]))]).toEqual([['测环〔2021〕1号', { seed: 'source.txt', path: 'documents[0].seed' }]]);
    expect(seedsOf(null).size).toBe(0);
  });
});

describe('checkQuotes', () => {
  it('passes a verbatim quote despite spaces and full-width/half-width differences', () => {
    const result = checkQuotes(
      packWith([
        citation('参与人数1000人及以上的大型活动,应当于活动结束后6个月内完成碳中和(含自行抵消)。'),
        citation('本办法自2021年9月14日起施行'),
      ]),
      sources,
    );
    expect(result).toEqual({ checked: 2, failures: [], paraphrases: 0, withoutSource: 0 });
  });

  it('passes a quote with …… whose parts are both in the source, in any order', () => {
    const pack = packWith([
      citation('应当来自本市或者对口支援地区的项目……已注销的碳信用不得重复使用'),
      citation('已注销的碳信用不得重复使用……参与人数 1000 人及以上'),
    ]);
    expect(checkQuotes(pack, sources).failures).toEqual([]);
  });

  it('fails a quote with one altered part, and names that part', () => {
    const pack = packWith([citation('应当来自本市或者周边地区的项目……已注销的碳信用不得重复使用')]);
    const result = checkQuotes(pack, sources);
    expect(result.checked).toBe(1);
    expect(result.failures).toEqual([
      {
        path: 'rules[0].citation.zh',
        document: '测环〔2021〕1号',
        clause: '第三条',
        seed: 'source.txt',
        missing: [{ part: 1, of: 2, text: '应当来自本市或者周边地区的项目', foundStart: '应当来自本市或者' }],
      },
    ]);
  });

  it('fails two excerpts joined by ； instead of ……', () => {
    const result = checkQuotes(packWith([citation('参与人数1000人及以上的大型活动；本办法自2021年9月14日起施行')]), sources);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]!.missing[0]!.foundStart).toBe('参与人数1000人及以上的大型活动');
  });

  it('skips paraphrases and does not check documents without a seed (or not listed)', () => {
    const pack = packWith([
      citation('大型活动须在六个月内实现碳中和', { wording: 'paraphrase' }),
      citation('这句话没有原文', { document: '测环〔2020〕2号' }),
      citation('这份文件不在清单里', { document: '测环〔2099〕9号' }),
      citation('本办法自2021年9月14日起施行', { wording: 'verbatim' }),
    ]);
    expect(checkQuotes(pack, sources)).toEqual({ checked: 1, failures: [], paraphrases: 1, withoutSource: 2 });
  });

  it('fails a quote that is nothing but an ellipsis', () => {
    expect(checkQuotes(packWith([citation('……')]), sources).failures).toHaveLength(1);
  });

  it('throws when the source text of a cited seed is not given', () => {
    expect(() => checkQuotes(packWith([citation('甲')]), new Map())).toThrow(/source\.txt/);
  });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', MAIN, ...args],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const STACK_FRAME = /^\s+at\s/m;

describe('tanzhong pack quotes', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tanzhong-quotes-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** A copy of the fixture pack, changed by `edit`, in its own folder under the temporary folder. */
  const copyPack = (name: string, edit: (pack: any) => void): string => {
    const copy = join(dir, name);
    cpSync(FIXTURE_PACK, copy, { recursive: true });
    const pack = JSON.parse(readFileSync(join(copy, 'pack.json'), 'utf8'));
    edit(pack);
    writeFileSync(join(copy, 'pack.json'), JSON.stringify(pack, null, 2));
    return copy;
  };

  it('prints one line per quote not found, a count, and exits 1', async () => {
    const r = await run(['pack', 'quotes', 'test/fixtures/quotes/pack', '--sources', SOURCES]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'test/fixtures/quotes/pack/pack.json: offsets.accepted[0].eligibility[1].citation.zh: 测环〔2021〕1号 第五条: ' +
        'not in test-source.txt: part 1 of 2 "应当来自本市或者周边地区的项目" (found up to "应当来自本市或者")',
    );
    expect(lines[1]).toBe('4 quotes checked, 1 not found, 1 paraphrases skipped, 1 without a source text');
  });

  it('exits 0 when every quote is found, and checks several packs in one run', async () => {
    const good = copyPack('good', (pack) => pack.offsets.accepted[0].eligibility.pop());
    const alone = await run(['pack', 'quotes', good, '--sources', SOURCES]);
    expect(alone.stderr).toBe('');
    expect(alone.stdout).toBe('3 quotes checked, 0 not found, 1 paraphrases skipped, 1 without a source text\n');
    expect(alone.code).toBe(0);

    const both = await run(['pack', 'quotes', good, FIXTURE_PACK, '--sources', SOURCES]);
    expect(both.code).toBe(1);
    expect(both.stdout.trimEnd().split('\n').at(-1)).toBe(
      '7 quotes checked, 1 not found, 2 paraphrases skipped, 2 without a source text',
    );
  });

  it('reports a missing seed file, a missing --sources and a missing pack clearly, never with a stack trace', async () => {
    const noSeed = copyPack('no-seed', (pack) => {
      pack.documents[0].seed = 'missing.txt';
    });
    const [missingSeed, noSources, badSources, noPack] = await Promise.all([
      run(['pack', 'quotes', noSeed, '--sources', SOURCES]),
      run(['pack', 'quotes', FIXTURE_PACK]),
      run(['pack', 'quotes', FIXTURE_PACK, '--sources', join(dir, 'nowhere')]),
      run(['pack', 'quotes', join(dir, 'nowhere'), '--sources', SOURCES]),
    ]);
    expect(missingSeed.code).toBe(1);
    expect(missingSeed.stdout).toBe('');
    expect(missingSeed.stderr).toContain(join(SOURCES, 'missing.txt'));
    expect(missingSeed.stderr).toMatch(/no such file: the source text of 测环〔2021〕1号/);

    expect(noSources.code).toBe(2);
    expect(noSources.stderr).toMatch(/--sources/);

    expect(badSources.code).toBe(1);
    expect(badSources.stderr).toMatch(/^--sources: no such folder/m);

    expect(noPack.code).toBe(1);
    expect(noPack.stderr).toMatch(/no such file/);
    for (const r of [missingSeed, noSources, badSources, noPack]) expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
