// The folders are the layers, engine → app → adapters → doors (server/, the CLI in adapters/cli): a module imports
// only from its own layer and those below it, so the one path every door takes cannot grow a second copy.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** The top folders (or node: modules) a file imports from. */
function importedLayers(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)].map((m) => m[1] as string);
  return specifiers.map((s) => (s.startsWith('.') ? relative(ROOT, resolve(ROOT, file, '..', s)).split('/')[0] as string : s));
}

const ALLOWED: Record<string, (layer: string) => boolean> = {
  engine: (l) => l === 'engine' || !['app', 'adapters', 'server'].includes(l),
  app: (l) => l === 'engine' || l === 'app' || l === 'node:crypto',
  adapters: (l) => l !== 'server',
};

describe('layers', () => {
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`${layer}/ imports only what is below it`, () => {
      const wrong = sources(layer).flatMap((file) => importedLayers(file).filter((l) => !allowed(l)).map((l) => `${file} -> ${l}`));
      expect(wrong).toEqual([]);
    });
  }

  it('engine/ reads no files and opens no connections', () => {
    const io = sources('engine').filter((file) => importedLayers(file).some((l) => /^node:(fs|net|http|child_process)/.test(l)));
    expect(io).toEqual([]);
  });
});
