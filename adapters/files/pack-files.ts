// Reading packs and their test cases from folders: policies/<id>/pack.json and policies/<id>/tests/*.json.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type PackTestCase, PackTestFileSchema, type Problem } from '../../engine/index.js';
import { problemsFromZod } from '../../engine/problems.js';
import { projectPath } from './project-root.js';

export const POLICIES_DIR = projectPath('policies');

export class FileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(`${file}:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'FileError';
  }
}

export function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new FileError(file, [
      { path: '(file)', message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FileError(file, [{ path: '(file)', message: `is not valid JSON: ${(error as Error).message}` }]);
  }
}

/** The pack.json of a pack folder (or a pack file given directly). */
export function packFile(dirOrFile: string): string {
  return statSync(dirOrFile, { throwIfNoEntry: false })?.isDirectory() ? join(dirOrFile, 'pack.json') : dirOrFile;
}

/** The test cases of a pack folder, each with the file it came from. */
export function readPackTests(packDir: string): { file: string; cases: PackTestCase[] }[] {
  const dir = join(packDir, 'tests');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const parsed = PackTestFileSchema.safeParse(readJson(file));
      if (!parsed.success) throw new FileError(file, problemsFromZod(parsed.error));
      return { file: basename(file), cases: parsed.data.cases };
    });
}
