// The tanzhong CLI run in this process (runCli with captured output): as fast as a function call, and the same
// commands, options and output as the bin launcher.
import { runCli } from '../../adapters/cli/program.js';
import { POLICIES_DIR } from '../../adapters/files/pack-files.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliInProcess(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    policiesDir: POLICIES_DIR,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    color: false,
    exitCode: 0,
  });
  return { code, stdout, stderr };
}
