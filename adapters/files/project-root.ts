// Where the project's own files are at run time (policies/, the storage migrations, server/assets/, package.json),
// the same from the sources (tsx, vitest: this file is adapters/files/project-root.ts) and from the build (esbuild
// bundles it into dist/server.js and dist/cli.js, so `import.meta.url` is then a file in dist/). Rather than count
// `../` from a place that moves, walk up from here to the folder whose package.json is tanzhong's.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(start: string): string {
  for (let dir = start; ; ) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (pkg.name === 'tanzhong') return dir;
    } catch {
      // no package.json here (or not JSON): keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`tanzhong: no package.json of tanzhong above ${start}`);
    dir = parent;
  }
}

/** The folder of tanzhong's package.json. */
export const PROJECT_ROOT: string = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside the project, e.g. projectPath('adapters/storage/sqlite/migrations'). */
export function projectPath(...segments: string[]): string {
  return resolve(PROJECT_ROOT, ...segments);
}
