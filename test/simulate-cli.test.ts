// `tanzhong simulate` on the command line: the report in the comparison reports' four formats (JSON with the counts
// as codes, Markdown, CSV in words, one HTML page with its chart and no code a person would read), the built CLI
// (dist/cli.js with its worker threads, dist/simulate-worker.js) giving the sources' counts, and bad options refused
// one line each.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SimulationReport } from '../adapters/simulate/simulation-report.js';
import { runCliInProcess } from './support/cli.js';
import { parseCsv } from './support/rfc4180.js';
import { tempDir, tightenedJining, writePopulation } from './support/simulation.js';
import { findCodes, htmlText, markdownText } from './support/visible-text.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dir = tempDir();
const packs = join(dir, 'packs');
let file = '';
let changedLines: number[] = [];

beforeAll(() => {
  mkdirSync(join(packs, 'cn-shandong-jining-tight'), { recursive: true });
  writeFileSync(join(packs, 'cn-shandong-jining-tight', 'pack.json'), JSON.stringify(tightenedJining('cn-shandong-jining-tight', '1.0.0')));
  const written = writePopulation(dir, 1200, { seed: 4, region: '370800' });
  file = written.file;
  changedLines = written.events.flatMap((e, i) => (e.attendees !== undefined && e.attendees >= 200 && e.attendees < 300 ? [i + 1] : []));
});

const args = (format: string, lang = 'en', more: string[] = []) => [
  'simulate',
  file,
  '--pack',
  'cn-shandong-jining-tight',
  '--pack-dir',
  packs,
  '--baseline',
  'cn-shandong-jining',
  '--format',
  format,
  '--lang',
  lang,
  '--workers',
  '0',
  ...more,
];

const RULE_IDS = (JSON.parse(readFileSync(join(ROOT, 'policies/cn-shandong-jining/pack.json'), 'utf8')) as { rules: { id: string }[] }).rules.map((r) => r.id);

describe('tanzhong simulate', () => {
  it('reports as JSON the counts, the changed answers and their examples', async () => {
    const run = await runCliInProcess(args('json', 'en', ['--examples', '3']));
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as SimulationReport;
    expect(report.events).toBe(1200);
    expect(report.tally.changed).toBe(changedLines.length);
    expect(report.changes?.examples.map((x) => x.line)).toEqual(changedLines.slice(0, 3));
    expect(report.sides.map((s) => `${s.pack.id} ${s.role}`)).toEqual(['cn-shandong-jining-tight new', 'cn-shandong-jining baseline']);
    // Progress went to stderr, as plain lines (no terminal here), ending with the count.
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^simulated 1200 events in [\d.]+ s$/);
  });

  it('reports as Markdown, CSV and HTML in words, the HTML with its chart, with no code a person would read', async () => {
    const [md, csv, html, zh] = await Promise.all([
      runCliInProcess(args('md')),
      runCliInProcess(args('csv', 'en', ['--bom'])),
      runCliInProcess(args('html')),
      runCliInProcess(args('html', 'zh')),
    ]);
    for (const r of [md, csv, html, zh]) expect(r.code).toBe(0);
    expect(md.stdout).toContain(`Answer changes for ${changedLines.length} events`);
    expect(md.stdout).toContain('Events of 200 or more participants are encouraged to neutralize');
    expect(md.stdout).toMatch(/济环字〔2023〕40号 三 \[\d+\]/);
    expect(csv.stdout.startsWith('\uFEFF')).toBe(true);
    const records = parseCsv(csv.stdout.slice(1));
    expect(records[0]).toEqual(['Section', 'Pack', 'Item', 'Events', 'Share', 'Events with emissions', 'Emissions (tCO2e)', 'Citations']);
    expect(records.some((r) => r[0] === 'Events whose answer changes' && r[3] === String(changedLines.length))).toBe(true);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('<svg');
    expect(findCodes(htmlText(html.stdout), 'en', RULE_IDS)).toEqual([]);
    expect(findCodes(htmlText(zh.stdout), 'zh', RULE_IDS)).toEqual([]);
    expect(findCodes(markdownText(md.stdout), 'en', RULE_IDS)).toEqual([]);
  });

  it('writes the report to --out', async () => {
    const out = join(dir, 'report.md');
    const run = await runCliInProcess(args('md', 'zh', ['--out', out]));
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('结论发生变化的活动');
  });

  it('gives from the build, on its worker threads, the counts of the sources', async () => {
    const built = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [join(ROOT, 'bin/tanzhong.js'), ...args('json').filter((a, i, all) => a !== '--workers' && all[i - 1] !== '--workers')], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) =>
        done({ code: error ? 1 : 0, stdout, stderr }),
      );
    });
    expect(built.stderr).toMatch(/simulated 1200 events/);
    expect(built.code).toBe(0);
    const fromBuild = JSON.parse(built.stdout) as SimulationReport;
    const fromSources = JSON.parse((await runCliInProcess(args('json'))).stdout) as SimulationReport;
    expect(fromBuild.threads).toBe(2);
    expect(fromSources.threads).toBe(0);
    expect(fromBuild.tally).toEqual(fromSources.tally);
  });

  it('refuses bad options and unknown packs, one line each', async () => {
    const bad = await runCliInProcess(['simulate', file, '--pack', 'cn-sichuan', '--format', 'pdf', '--lang', 'fr', '--workers', 'many', '--as-of', '2026-02-30']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    const lines = bad.stderr.trimEnd().split('\n');
    for (const option of ['--format', '--lang', '--workers', '--as-of']) expect(lines.some((l) => l.startsWith(`${option}: `))).toBe(true);
    const unknown = await runCliInProcess(['simulate', file, '--pack', 'cn-atlantis', '--baseline', 'cn-sichuan']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^--pack: unknown pack "cn-atlantis"/);
    const missing = await runCliInProcess(['simulate', join(dir, 'nothing.jsonl'), '--pack', 'cn-sichuan']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nothing\.jsonl: no such file/);
  });
});
