// Reads a V8 CPU profile (node --cpu-prof) and prints where the time went: the functions with the most self time,
// and the self time summed by file (dependencies by package). Used by `npm run bench:profile`; any .cpuprofile will do:
//   tsx bench/top-frames.ts <file.cpuprofile> [count]
import { readFileSync } from 'node:fs';
import { projectPath } from '../adapters/files/project-root.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** A frame's place: a file of the project relative to its root, a dependency by its package, node's own by name. */
export function placeOf(url: string): string {
  if (!url) return '(native)';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const root = `${projectPath()}/`;
  return path.startsWith(root) ? path.slice(root.length) : path;
}

export function topFrames(file: string, count = 15): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  for (const [id, us] of self) {
    const f = byId.get(id)!.callFrame;
    const place = placeOf(f.url);
    const name = `${f.functionName || '(anonymous)'}  ${place}${f.url && f.lineNumber > 0 ? `:${f.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byPlace.set(place, (byPlace.get(place) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([k, us]) => `${pct(us)}  ${k}`)
      .join('\n');
  return [
    `${(total / 1000).toFixed(0)} ms sampled`,
    'self time by function:',
    top(byFunction),
    '',
    'self time by file or package:',
    top(byPlace),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx bench/top-frames.ts <file.cpuprofile> [count]');
  console.log(topFrames(file, Number(process.argv[3] ?? 15)));
}
