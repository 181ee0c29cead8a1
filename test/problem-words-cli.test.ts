// Bad input in words in the Chinese CLI: each field of an event file named in words (its path beside it, for the
// file's author), each problem in Chinese; in English the path and the engine's message, codes and all.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POLICIES_DIR } from '../adapters/files/pack-files.js';
import { runCliInProcess } from './support/cli.js';

describe('the CLI in Chinese says an event\'s problems in Chinese', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tanzhong-problem-words-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(content));
    return path;
  };

  it('names each field in words (its path beside it, for the file\'s author) and gives the reason in Chinese', async () => {
    const event = file('bad.json', {
      kind: 'gala',
      attendees: -5,
      startDate: '2026-13-01',
      attendee: 3,
      offsets: [{ instrument: 'CCER', quantityTco2e: 'abc', vintageStart: '2025-02-01', vintageEnd: '2025-01-01' }],
    });
    const r = await runCliInProcess(['evaluate', '--pack', 'cn-chongqing', '--lang', 'zh', event]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      '活动类型（kind）：应为会议、论坛、展览、演出、体育赛事、其他活动之一',
      '活动开始日期（startDate）：不是有效的日期：请按“年-月-日”填写，如 2026-01-31',
      '参与人数（attendees）：不能为负数',
      expect.stringMatching(/^抵消计划第 1 行的数量（offsets\[0\]\.quantityTco2e）：应为不小于 0 的数，整数部分最多 \d+ 位，小数部分最多 \d+ 位$/),
      `${event}：有无法识别的项目“attendee”：请删除或更正名称`,
      '抵消计划第 1 行的减排量产生的截止日期（offsets[0].vintageEnd）：不能早于减排量产生的起始日期',
    ]);
    expect(r.stderr).not.toMatch(/must be|must not|meeting, forum|unknown field/);
  });

  it('a custom fact by the label its pack declares; a reading by its question and its options\' labels', async () => {
    const packDir = ['--pack-dir', join(POLICIES_DIR, 'examples')];
    const shanghai = await runCliInProcess(['evaluate', '--pack', 'cn-shanghai', ...packDir, file('custom.json', { kind: 'meeting', extra: { onSiteAttendees: '三百' } })]);
    expect(shanghai.stderr.trimEnd()).toMatch(/^现场参会人数.*（extra\.onSiteAttendees）：应为整数$/);
    const reading = await runCliInProcess(['evaluate', '--pack', 'cn-chongqing', '--reading', 'in-force-date=nope', file('ok.json', { kind: 'meeting', attendees: 300, startDate: '2026-03-01' })]);
    expect(reading.stderr.trimEnd()).toMatch(/^解读的选择（readings\.in-force-date）：所选的不是“方案自何日起约束实施主体.*”的选项；可选：“自公开发布日（2025-03-18）起”、“自印发日（2025-03-04）起”$/);
  });

  it('in English keeps the path and the engine\'s message, codes and all', async () => {
    const r = await runCliInProcess(['evaluate', '--pack', 'cn-chongqing', '--lang', 'en', file('en.json', { kind: 'gala' })]);
    expect(r.stderr.trimEnd()).toBe('kind: must be one of: meeting, forum, exhibition, performance, sports, other');
  });
});
