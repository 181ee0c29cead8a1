// Entry point of the tanzhong CLI (bin/tanzhong.js runs it through tsx).
import { POLICIES_DIR } from '../files/pack-files.js';
import { runCli } from './program.js';

// A reader that stops early (`tanzhong ... | head`) closes the pipe: stop quietly, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  policiesDir: POLICIES_DIR,
  stdout: process.stdout,
  stderr: process.stderr,
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  exitCode: 0,
});
