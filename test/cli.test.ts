// The tanzhong CLI, run for real in child processes against the shipped packs: what it prints, what it
// exits with, and that bad input gets one clear line per problem and never a stack trace. Each child
// takes about a second, so the assertions are grouped and the error cases run side by side.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Determination } from '../engine/index.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MAIN = join(ROOT, 'adapters/cli/main.ts');
const BIN = join(ROOT, 'bin/tanzhong.js');
const SHIPPED = ['cn-national', 'cn-chongqing', 'cn-shandong-jining', 'cn-sichuan'];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node [--import tsx main.ts | bin/tanzhong.js] ...args` and collects its outcome. */
function run(args: string[], options: { bin?: boolean; cwd?: string } = {}): Promise<Run> {
  const command = options.bin ? [BIN, ...args] : ['--import', 'tsx', MAIN, ...args];
  return new Promise((done) => {
    execFile(
      process.execPath,
      command,
      { cwd: options.cwd ?? ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

/** A stack frame looks like "    at fn (file:line:col)". */
const STACK_FRAME = /^\s+at\s/m;

// A city-level SOE exhibition in Chongqing with an offset plan: enough facts for a full answer.
const EVENT = {
  name: '西部博览会',
  kind: 'exhibition',
  startDate: '2026-05-20',
  endDate: '2026-05-23',
  attendees: 5000,
  organizer: { type: 'soe', level: 'provincial' },
  emissionsTco2e: '300',
  offsets: [
    {
      instrument: 'CQCER',
      quantityTco2e: '150',
      projectRegion: '500101',
      vintageStart: '2022-01-01',
      projectStartDate: '2020-05-01',
    },
  ],
};

let dir: string;
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tanzhong-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('tanzhong packs', () => {
  it('lists the four shipped packs, through the bin launcher from another folder', async () => {
    const r = await run(['packs'], { bin: true, cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const id of SHIPPED) expect(r.stdout).toContain(id);
    // The jurisdiction by its name, never its GB/T 2260 code (`packs --json` keeps the code).
    expect(r.stdout).toContain('山东省济宁市');
    expect(r.stdout).not.toContain('370800');
    expect(r.stdout).toContain('cn-national');
  });
});

describe('tanzhong evaluate and compare', () => {
  it('prints the determination as JSON, and the same answer as readable text', async () => {
    const event = file('expo.json', EVENT);
    const [json, text] = await Promise.all([
      run(['evaluate', '--pack', 'cn-chongqing', '--json', event]),
      run(['evaluate', '--pack', 'cn-chongqing', event]),
    ]);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const d = JSON.parse(json.stdout) as Determination;
    expect(d.pack.id).toBe('cn-chongqing');
    expect(d.lang).toBe('zh');
    expect(d.asOf).toBe('2026-05-20');
    expect(['required', 'expected', 'encouraged', 'not-covered', 'undetermined']).toContain(d.obligation);
    expect(d.offsets.check?.lines).toHaveLength(1);
    expect(json.stdout).toBe(`${JSON.stringify(d, null, 2)}\n`);

    expect(text.code).toBe(0);
    expect(text.stdout).toContain(d.summary);
    for (const duty of d.duties) {
      expect(text.stdout).toContain(duty.title);
      if (duty.due) expect(text.stdout).toContain(duty.due);
    }
    expect(text.stdout).toContain('抵消计划核查');
    expect(text.stdout).toContain('引用');
    expect(text.stdout).not.toContain('\u001b[');
  });

  it('compares one event under every shipped pack and lists the fields that differ', async () => {
    const r = await run(['compare', '--packs', SHIPPED.join(','), '--lang', 'en', '--json', file('compare.json', EVENT)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      determinations: Record<string, Determination>;
      differences: { field: string; values: Record<string, unknown> }[];
    };
    expect(Object.keys(out.determinations)).toEqual(SHIPPED);
    for (const id of SHIPPED) {
      expect(out.determinations[id]?.pack.id).toBe(id);
      expect(out.determinations[id]?.lang).toBe('en');
    }
    expect(out.differences.length).toBeGreaterThan(0);
    for (const diff of out.differences) {
      expect(Object.keys(diff.values)).toEqual(SHIPPED);
      expect(new Set(Object.values(diff.values).map((v) => JSON.stringify(v))).size).toBeGreaterThan(1);
    }
    const obligations = new Set(SHIPPED.map((id) => out.determinations[id]?.obligation));
    expect(out.differences.some((x) => x.field === 'obligation')).toBe(obligations.size > 1);
  });
});

describe('bad input', () => {
  it('exits non-zero with one line per problem naming the field or file, never a stack trace', async () => {
    const event = file('ok.json', EVENT);
    const cases: { args: string[]; expected: RegExp[] }[] = [
      {
        // In English the path and the engine's message, codes and all, for the file's author (Chinese: problem-words.test.ts).
        args: [
          'evaluate',
          '--pack',
          'cn-chongqing',
          '--lang',
          'en',
          file('bad-fields.json', {
            ...EVENT,
            attendees: -3,
            kind: 'banquet',
            offsets: [{ instrument: 'CCER', quantityTco2e: 'abc' }],
          }),
        ],
        expected: [/^attendees: must not be negative$/m, /^kind: must be one of: meeting, /m, /^offsets\[0\]\.quantityTco2e: /m],
      },
      {
        args: [
          'evaluate',
          '--pack',
          'cn-chongqing',
          '--lang',
          'en',
          file('reversed.json', { ...EVENT, startDate: '2026-05-23', endDate: '2026-05-20' }),
        ],
        expected: [/^endDate: must not be before startDate$/m],
      },
      {
        args: ['evaluate', '--pack', 'cn-atlantis', event],
        expected: [
          /^--pack: unknown pack "cn-atlantis" \(known packs: cn-chongqing, cn-national, cn-shandong-jining, cn-sichuan\)$/m,
        ],
      },
      {
        args: ['evaluate', '--pack', 'cn-chongqing', '--as-of', '2026-02-30', '--lang', 'fr', event],
        expected: [/^--as-of: must be a calendar date/m, /^--lang: must be one of: zh, en/m],
      },
      { args: ['evaluate', '--pack', 'cn-chongqing', join(dir, 'missing.json')], expected: [/missing\.json: no such file/] },
      {
        args: ['compare', '--packs', 'cn-national,cn-chongqing', file('broken.json', '{ "attendees": ')],
        expected: [/broken\.json: is not valid JSON/],
      },
    ];
    const runs = await Promise.all(cases.map((c) => run(c.args)));
    runs.forEach((r, i) => {
      const c = cases[i];
      if (!c) return;
      expect(r.code, c.args.join(' ')).not.toBe(0);
      expect(r.stdout, c.args.join(' ')).toBe('');
      for (const pattern of c.expected) expect(r.stderr, c.args.join(' ')).toMatch(pattern);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(c.expected.length);
    });
  });
});

describe('tanzhong pack', () => {
  it('validate lists every problem of a broken copy of a pack, one per line, and exits 1', async () => {
    const copy = join(dir, 'packs', 'cn-sichuan');
    cpSync(join(ROOT, 'policies', 'cn-sichuan'), copy, { recursive: true });
    const pack = JSON.parse(readFileSync(join(copy, 'pack.json'), 'utf8'));
    pack.version = '1.0';
    pack.jurisdiction.code = '51';
    pack.rules[0].citation.document = '川环发〔2099〕99号';
    pack.rules[0].conditions = { all: [{ fact: 'attendee', operator: 'greaterThan', value: 100 }] };
    writeFileSync(join(copy, 'pack.json'), JSON.stringify(pack, null, 2));

    const r = await run(['pack', 'validate', copy]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) expect(line).toMatch(/^[\w$.[\]-]+: \S/);
    expect(r.stderr).toMatch(/^version: /m);
    expect(r.stderr).toMatch(/^jurisdiction\.code: /m);
    expect(r.stderr).toMatch(/^rules\[0\]\.citation\.document: .*川环发〔2099〕99号/m);
    expect(r.stderr).toMatch(/^rules\[0\]\.conditions\.all\[0\]\.fact: unknown fact "attendee"/m);
  });

  it('validate accepts a shipped pack, and test runs its cases to a closing "N passed, 0 failed" line', async () => {
    const [validate, test] = await Promise.all([
      run(['pack', 'validate', 'policies/cn-sichuan']),
      run(['pack', 'test', 'policies/cn-chongqing']),
    ]);
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toMatch(/^ok: cn-sichuan \d+\.\d+\.\d+ \(\d+ rules\)\n$/);
    expect(validate.code).toBe(0);

    expect(test.stderr).toBe('');
    expect(test.code).toBe(0);
    expect(test.stdout).toMatch(/^✓ /m);
    expect(test.stdout).not.toMatch(/^✗ /m);
    expect(lastLine(test.stdout)).toMatch(/^\d+ passed, 0 failed$/);
  });
});
