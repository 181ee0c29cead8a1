// The engine version a decision is recorded with: package.json's version and a fingerprint of the code that
// derives a Determination, e.g. "0.1.0+src.3f2a9c1b7d6e".
//
// The version alone does not say which engine answered: it stayed 0.1.0 while issues 1 to 8 changed answers. With
// the fingerprint, a decision whose Determination no longer derives the same says whether the engine changed
// since (different fingerprints) or not (the same fingerprint: the log or the versions are not what they were).
//
// Run from the sources (tsx, vitest), the fingerprint is sha256 of engine/ and of the app/ files on the way from
// a question to the engine (`src.`): the same in every door for the same code. Run from the build (dist/, bundled
// from the sources by `npm ci`), it is sha256 of the bundle that runs (`build.`): whatever was built, the
// fingerprint is of the code that answered, never of sources that may have changed since. It does not cover
// node_modules (decimal.js, date-fns), which package-lock.json pins.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectPath } from '../files/project-root.js';

/** The app/ files between a question and the engine: what is evaluated, on which date, under which versions. */
const APP_FILES = ['app/answer.ts', 'app/evaluation-date.ts', 'app/compile-chain.ts', 'app/decision-record.ts'];
const FINGERPRINT_LENGTH = 12;

function sourceFiles(): string[] {
  const engine = projectPath('engine');
  const files = readdirSync(engine, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(projectPath(), join(e.parentPath, e.name)));
  return [...files, ...APP_FILES].sort();
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
  if (here.endsWith('.ts')) return `${version}+src.${fingerprint(sourceFiles())}`;
  return `${version}+build.${fingerprint([relative(projectPath(), here)])}`;
}

let memo: string | undefined;

/** The engine version of this process (computed once). */
export function engineVersion(): string {
  memo ??= compute();
  return memo;
}
