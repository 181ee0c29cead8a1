// tanzhong pack lint <dir>: the findings in words (no code, fact path or rule id reaches the text), `--json` with the
// codes and the words, exit code 1 when a finding is an error the pack does not explain and 0 otherwise, and an
// invalid pack refused with its problems.
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../engine/analysis/index.js';
import { runCliInProcess } from './support/cli.js';
import { findCodes } from './support/visible-text.js';
import { fixtureDocument, LINT_FIXTURES } from './fixtures/lint/lint-fixtures.js';

const FIXTURES = readdirSync(LINT_FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const RULE_IDS = FIXTURES.flatMap((name) => (fixtureDocument(name).rules as { id: string }[]).map((r) => r.id));
const dir = (name: string) => join(LINT_FIXTURES, name);

const scratch = mkdtempSync(join(tmpdir(), 'tanzhong-lint-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('tanzhong pack lint', () => {
  it('says each planted defect in words, in Chinese and English, with no code, and exits 1 on an error', async () => {
    for (const name of ['gap', 'conflict', 'non-monotonic', 'loosening', 'due-before-end', 'unknown-instrument']) {
      for (const lang of ['zh', 'en'] as const) {
        const r = await runCliInProcess(['pack', 'lint', dir(name), '--lang', lang]);
        expect(r.code, `${name} ${lang}\n${r.stderr}`).toBe(1);
        expect(findCodes(r.stdout, lang, RULE_IDS), `${name} ${lang}\n${r.stdout}`).toEqual([]);
        expect(r.stdout).toContain(lang === 'zh' ? '1 项错误' : '1 errors');
      }
    }
    const gap = await runCliInProcess(['pack', 'lint', dir('gap')]);
    expect(gap.stdout).toContain('错误 · 规则缺口');
    expect(gap.stdout).toContain('参与人数：199 人');
    expect(gap.stdout).toContain('“1000人及以上应当实施碳中和”');
  });

  it('exits 0 when the findings are warnings only, and when the pack explains them', async () => {
    const warned = await runCliInProcess(['pack', 'lint', dir('unread-fact'), '--lang', 'en']);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('Warning · Fact no rule reads');
    expect(warned.stdout).toContain('“scale of the event”');
    const jining = await runCliInProcess(['pack', 'lint', 'policies/cn-shandong-jining']);
    expect(jining.code).toBe(0);
    expect(jining.stdout).toContain('已说明 · 放宽上级要求');
    expect(jining.stdout).toContain('济环字〔2023〕40号 三（二）');
  });

  it('exits 0 with "no findings" for a clean pack', async () => {
    const r = await runCliInProcess(['pack', 'lint', 'policies/cn-chongqing', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No findings.');
  });

  it('--json gives the codes, the rules, the counterexample and the words', async () => {
    const r = await runCliInProcess(['pack', 'lint', dir('non-monotonic'), '--json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { lang: string; counts: unknown; findings: (Finding & { words: { title: string; message: string } })[] };
    expect(out.lang).toBe('en');
    expect(out.counts).toEqual({ errors: 1, warnings: 0, acknowledged: 0 });
    expect(out.findings[0]).toMatchObject({
      code: 'non-monotonic',
      rules: ['required.mid', 'encouraged.all'],
      counterexample: { event: { attendees: 2000 } },
      compareWith: { event: { attendees: 500 } },
      words: { title: 'Non-monotonic thresholds' },
    });
    expect(out.findings[0]?.words.message).toContain('with attendees 500 people the answer is “Required to neutralize”');
  });

  it('refuses an invalid pack with its problems, and a language it does not speak', async () => {
    mkdirSync(join(scratch, 'broken'));
    writeFileSync(join(scratch, 'broken', 'pack.json'), JSON.stringify({ ...fixtureDocument('gap'), rules: [{ id: 'Bad Id' }] }));
    const broken = await runCliInProcess(['pack', 'lint', join(scratch, 'broken')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('rules[0]');
    const lang = await runCliInProcess(['pack', 'lint', dir('gap'), '--lang', 'fr']);
    expect(lang.code).toBe(1);
    expect(lang.stderr).toContain('--lang');
  });
});
