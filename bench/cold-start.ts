// Part c of `npm run bench`: the wall time of one `tanzhong evaluate` from a fresh node process, as a person
// types it: `node bin/tanzhong.js ...` runs the build (dist/cli.js). For comparison, the same from the
// TypeScript sources through tsx (how bin/tanzhong.js ran before the build; tsx keeps a transpile cache in the
// temp folder, so these are its warm-cache figures).
import { spawnSync } from 'node:child_process';
import { projectPath } from '../adapters/files/project-root.js';

export interface ColdStartFigure {
  command: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export const ARGS = ['evaluate', '--pack', 'cn-chongqing', 'docs/examples/chongqing-soe-meeting.json'];

function timeRuns(label: string, nodeArgs: string[], runs: number): ColdStartFigure {
  const once = () => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [...nodeArgs, ...ARGS], { cwd: projectPath(), stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`bench: ${label} exited with ${r.status}: ${r.stderr}`);
    return ms;
  };
  once(); // the files in the page cache, as for anyone's second command
  const times = Array.from({ length: runs }, once).sort((a, b) => a - b);
  return { command: label, runs, medianMs: times[Math.floor(runs / 2)]!, minMs: times[0]!, maxMs: times[runs - 1]! };
}

export function measureColdStart(runs: number): ColdStartFigure[] {
  return [
    timeRuns('node bin/tanzhong.js (the build)', [projectPath('bin/tanzhong.js')], runs),
    timeRuns('node --import tsx adapters/cli/main.ts (sources)', ['--import', 'tsx', projectPath('adapters/cli/main.ts')], Math.max(3, Math.ceil(runs / 2))),
  ];
}
