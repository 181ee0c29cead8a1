// The pack folder named on the command line, compiled; its problems become a CliError, one line each.
import type { CompiledPack } from '../../engine/index.js';
import { packFile } from '../files/pack-files.js';
import { compilePackFolder } from '../files/pack-folder.js';
import { CliError } from './cli-error.js';
import { requireFile } from './input-file.js';

export function compileTargetPack(dir: string, policiesDir: string): { file: string; compiled: CompiledPack } {
  requireFile(packFile(dir), 'a pack folder (with a pack.json) or a pack.json file');
  const result = compilePackFolder(dir, policiesDir);
  if (!result.ok) throw new CliError(result.problems);
  return { file: result.file, compiled: result.compiled };
}
