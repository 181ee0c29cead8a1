// The engine version a decision is recorded with: package.json's version and a fingerprint of the code that
// derives a Determination, e.g. "0.1.0+src.3f2a9c1b7d6e".
//
// The version alone does not say which engine answered: it stayed 0.1.0 while issues 1 to 8 changed answers. With
// the fingerprint, a decision whose Determination no longer derives the same says whether the engine changed
// since (different fingerprints) or not (the same fingerprint: the log or the versions are not what they were).
//
// Run from the sources (tsx, vitest), the fingerprint is sha256 of engine/ and of the app/ files on the way from
// a question to the engine (`src.`): the same in every door for the same code. Run from the build (dist/, bundled
// from the sources by `npm ci`), it is sha256 of the built JavaScript (`build.`): the code that answered, never
// sources that may have changed since it was built; any change to the build changes it. It does not cover
// node_modules (decimal.js), which package-lock.json pins.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectPath } from '../files/project-root.js';

/** The app/ files between a question and the engine: what is evaluated, on which date, under which versions. */
const APP_FILES = ['app/answer.ts', 'app/evaluation-date.ts', 'app/compile-chain.ts', 'app/decision-record.ts'];
const FINGERPRINT_LENGTH = 12;

/** The files under a folder of the project, relative to the project, that `keep` keeps. */
function filesUnder(folder: string, keep: (name: string) => boolean = () => true): string[] {
  return readdirSync(projectPath(folder), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => relative(projectPath(), join(e.parentPath, e.name)));
}

/** sha256 of the files' names (relative to the project) and contents. */
function fingerprint(files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(projectPath(file))).update('\0');
  return hash.digest('hex').slice(0, FINGERPRINT_LENGTH);
}

function compute(): string {
  const { version } = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string };
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return `${version}+src.${fingerprint([...filesUnder('engine'), ...APP_FILES].sort())}`;
  // The build splits the code into entry points and shared chunks, the engine perhaps in a chunk: every .js file
  // of the build folder (dist/) is hashed.
  const buildFolder = relative(projectPath(), here).split(sep)[0] as string;
  if (buildFolder === '..') throw new Error(`tanzhong: the build (${here}) is not inside the project (${projectPath()})`);
  return `${version}+build.${fingerprint(filesUnder(buildFolder, (name) => name.endsWith('.js')).sort())}`;
}

let memo: string | undefined;

/** The engine version of this process (computed once). */
export function engineVersion(): string {
  memo ??= compute();
  return memo;
}
