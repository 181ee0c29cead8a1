// The sweep report: every pack over the grid of kinds, sizes and organizers, and the line where each obligation is
// first reached.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport, type SweepReport } from '../adapters/reports/index.js';
import { buildReports } from './support/reports.js';

let sweep: SweepReport;
beforeAll(async () => {
  ({ sweep } = await buildReports('sweep'));
});

describe('sweep', () => {
  const lineOf = (packId: string, kind: string, organizer: string) =>
    sweep.lines.find((l) => l.pack === packId && l.kind === kind && l.organizer === organizer)?.reached.map((r) => [r.obligation, r.size]);

  it('evaluates the whole grid: 3 packs × 5 kinds × 12 sizes × 4 organizers', () => {
    expect(sweep.cells).toHaveLength(3 * 5 * 12 * 4);
    expect(sweep.lines).toHaveLength(3 * 5 * 4);
  });

  it("draws Chongqing's line for a municipal SOE's meeting at 200: required from there", () => {
    expect(lineOf('cn-chongqing', 'meeting', 'soe/provincial')).toEqual([
      ['encouraged', 50],
      ['required', 200],
    ]);
    const at200 = sweep.cells.find((c) => c.pack === 'cn-chongqing' && c.kind === 'meeting' && c.organizer === 'soe/provincial' && c.size === 200);
    expect(at200?.rules).toEqual(['required.soe-event']);
    expect(sweep.rules['cn-chongqing']?.['required.soe-event']?.citations[0]?.clause).toBe('三（一）');
  });

  it("draws Jining's forum line: not covered below 200, encouraged from 200", () => {
    for (const organizer of ['enterprise', 'soe/provincial']) {
      expect(lineOf('cn-shandong-jining', 'forum', organizer)).toEqual([
        ['not-covered', 50],
        ['encouraged', 200],
      ]);
    }
    expect(lineOf('cn-shandong-jining', 'forum', 'party-government/provincial')).toEqual([
      ['not-covered', 50],
      ['expected', 200],
    ]);
    const at199 = sweep.cells.find((c) => c.pack === 'cn-shandong-jining' && c.kind === 'forum' && c.organizer === 'enterprise' && c.size === 199);
    expect(at199?.obligation).toBe('not-covered');
  });

  it('takes the floor area of an exhibition as its size', () => {
    expect(lineOf('cn-chongqing', 'exhibition', 'party-government/provincial')).toEqual([
      ['encouraged', 50],
      ['required', 10000],
    ]);
  });

  it('renders the grid and the lines in Markdown', () => {
    const md = renderReport(sweep, 'md');
    expect(md).toContain('Required to neutralize from 200 — 三（一）');
    expect(md).toContain('Not covered by this policy from 50 — 三');
  });
});
