// `tanzhong report`, run for real in child processes (about a second each, so the two run side by side): the matrix
// as CSV parses back to the library's report, and bad input gets one line per problem, exit 1, no stack trace.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citationLine } from '../adapters/reports/cited-item.js';
import { buildReport, type MatrixReport } from '../adapters/reports/index.js';
import { pack } from './support/library.js';
import { csvObjects } from './support/rfc4180.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MAIN = join(ROOT, 'adapters/cli/main.ts');
const PACKS = ['cn-chongqing', 'cn-shandong-jining', 'cn-sichuan'];

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('tanzhong report', () => {
  it('prints the matrix as CSV with the cells of the report; bad input is one line per problem', async () => {
    const [ok, bad] = await Promise.all([
      run(['report', 'matrix', '--packs', PACKS.join(','), '--format', 'csv', '--lang', 'en', '--as-of', '2026-06-01']),
      run(['report', 'matrix', 'event.json', '--packs', 'cn-chongqing', '--format', 'pdf', '--lang', 'fr']),
    ]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    // The CSV speaks the report's language: its headers, and each row by its label.
    const records = csvObjects(ok.stdout).map((r) => ({ row: r.Row, pack: r.Pack, item: r.Item, citations: r.Citations }));
    const report = (await buildReport('matrix', PACKS.map(pack), { lang: 'en', asOf: '2026-06-01' })) as MatrixReport;
    const expected = report.rows.flatMap((row) =>
      PACKS.flatMap((id) => {
        const items = row.cells[id] ?? [];
        if (!items.length) return [{ row: row.label, pack: id, item: '', citations: '' }];
        return items.map((i) => ({ row: row.label, pack: id, item: i.text, citations: i.citations.map((c) => citationLine(c)).join('\n') }));
      }),
    );
    expect(records).toEqual(expected);
    expect(records.some((r) => r.pack === 'cn-chongqing' && r.item?.includes('within 1 month after the event ends') && r.citations?.includes('四（三）'))).toBe(true);

    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).not.toMatch(/^\s+at\s/m);
    expect(bad.stderr.trimEnd().split('\n')).toEqual([
      '--format: must be one of: json, md, csv, html, got "pdf"',
      'event.json: only the compare report reads an event; the matrix report takes none',
      '--lang: must be one of: zh, en, got "fr"',
    ]);
  });
});
