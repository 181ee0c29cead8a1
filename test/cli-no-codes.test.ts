// No code reaches a person through the CLI: the text of `tanzhong evaluate` for every test case of the shipped packs
// and of the example packs (custom facts, declared modes and duties), in both languages, and of `compare` and `packs`,
// read for vocabulary codes, fact names and paths, rule ids, region codes and (in Chinese) English paragraphs. The
// same answers as JSON keep every code: only the words changed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POLICIES_DIR, readPackTests } from '../adapters/files/pack-files.js';
import type { Determination, Lang } from '../engine/index.js';
import { runCliInProcess } from './support/cli.js';
import { packTests, SHIPPED } from './support/library.js';
import { findCodes } from './support/visible-text.js';

const LANGS: Lang[] = ['zh', 'en'];
/** The example packs (custom facts, declared modes and duties, a removed rule), answered with `--pack-dir`. */
const EXAMPLES_DIR = join(POLICIES_DIR, 'examples');
const EXAMPLE_PACKS = readdirSync(EXAMPLES_DIR);
const packFile = (id: string) => join(SHIPPED.includes(id as never) ? POLICIES_DIR : EXAMPLES_DIR, id, 'pack.json');
const RULE_IDS = [
  ...new Set(
    [...SHIPPED, ...EXAMPLE_PACKS].flatMap((id) => (JSON.parse(readFileSync(packFile(id), 'utf8')) as { rules: { id: string }[] }).rules.map((r) => r.id)),
  ),
];
const EXAMPLES = readdirSync(new URL('../docs/examples', import.meta.url)).map((f) => new URL(`../docs/examples/${f}`, import.meta.url).pathname);

const dir = mkdtempSync(join(tmpdir(), 'tanzhong-no-codes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let written = 0;
function eventFile(event: unknown): string {
  const file = join(dir, `event-${written++}.json`);
  writeFileSync(file, JSON.stringify(event));
  return file;
}

/** Runs the CLI and returns what it printed, failing on a non-zero exit. */
async function text(args: string[]): Promise<string> {
  const r = await runCliInProcess(args);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

function codesIn(out: string, lang: Lang, where: string): string[] {
  return findCodes(out, lang, RULE_IDS).map((f) => `${where}\n    ${f.what}: ${f.found}  …${f.context}…`);
}

describe('the CLI prints no code', () => {
  it('evaluate: every test case of the shipped packs and of the example packs, in Chinese and in English', async () => {
    const found: string[] = [];
    let runs = 0;
    const packs = [
      ...SHIPPED.map((id) => ({ id, tests: packTests(id), dir: [] as string[] })),
      ...EXAMPLE_PACKS.map((id) => ({ id, tests: readPackTests(join(EXAMPLES_DIR, id)), dir: ['--pack-dir', EXAMPLES_DIR] })),
    ];
    for (const { id, tests, dir } of packs) {
      for (const file of tests) {
        for (const c of file.cases) {
          const event = eventFile(c.event);
          const options = [...(c.asOf ? ['--as-of', c.asOf] : []), ...Object.entries(c.readings ?? {}).flatMap(([r, o]) => ['--reading', `${r}=${o}`])];
          for (const lang of LANGS) {
            const out = await text(['evaluate', '--pack', id, '--lang', lang, ...dir, ...options, event]);
            found.push(...codesIn(out, lang, `${id} ${file.file} "${c.name}" (${lang})`));
            runs++;
          }
        }
      }
    }
    expect(runs).toBeGreaterThan(120);
    expect(found, found.slice(0, 40).join('\n')).toEqual([]);
  });

  it('compare: the worked examples under every shipped pack, and packs: the list, in both languages', async () => {
    const found: string[] = [];
    for (const lang of LANGS) {
      for (const example of EXAMPLES) {
        const out = await text(['compare', '--packs', SHIPPED.join(','), '--lang', lang, example]);
        found.push(...codesIn(out, lang, `compare ${example} (${lang})`));
      }
      const list = await text(['packs', '--lang', lang]);
      expect(list).toContain(lang === 'zh' ? '适用地区' : 'Jurisdiction');
      found.push(...codesIn(list, lang, `packs (${lang})`));
    }
    expect(found, found.slice(0, 40).join('\n')).toEqual([]);
  });

  it('keeps the codes in the JSON: fact paths, rule ids and instruments are machine fields, unchanged', async () => {
    const event = eventFile({
      kind: 'meeting',
      startDate: '2026-01-30',
      endDate: '2026-01-31',
      attendees: 250,
      organizer: { type: 'soe', level: 'provincial' },
      emissionsTco2e: '10',
      offsets: [{ instrument: 'carbon-points', quantityTco2e: '5' }, { instrument: 'CQCER', quantityTco2e: '5', vintageStart: '2022-01-01' }],
    });
    const d = JSON.parse(await text(['evaluate', '--pack', 'cn-chongqing', '--lang', 'en', '--json', event])) as Determination;
    expect(d.missingFacts).toEqual(expect.arrayContaining(['offsets[1].projectRegion']));
    expect(d.questions.find((q) => q.fact === 'offsets[1].projectRegion')).toMatchObject({ label: 'the project location of offset plan line 2' });
    expect(d.assumptions).toEqual([expect.objectContaining({ fact: 'chengyuCircle', value: false })]);
    expect(d.reasons.map((r) => r.rule)).toContain('duty.complete-neutralization');
    expect(d.decidedBy).toMatchObject({ rule: 'required.soe-event', level: 'required', origin: 'cn-chongqing' });
    expect(d.offsets.check?.lines[0]).toMatchObject({ instrument: 'carbon-points', verdict: 'ineligible' });

    const words = await text(['evaluate', '--pack', 'cn-chongqing', '--lang', 'en', event]);
    expect(words).toContain('Is it a Chengdu–Chongqing economic circle meeting held in Chongqing: no');
    expect(words).toContain('Offset plan line 1 · Carbon points · 5 tCO2e: Ineligible (not counted)');
    expect(words).toContain('Where is the project of offset plan line 2?');
    expect(words).not.toMatch(/offsets\[|chengyuCircle|carbon-points|duty\.complete-neutralization|500000/);
  });
});
