#!/usr/bin/env node
// The tanzhong CLI: runs the build (dist/cli.js, bundled from adapters/cli/main.ts by scripts/build.mjs, which
// `npm ci` runs through `prepare`) in this very node process: no tsx, no child process, so it starts at once and
// its exit code and signals are the CLI's own. Stack traces point into the TypeScript sources with
// NODE_OPTIONS=--enable-source-maps.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('tanzhong: the build is missing (dist/cli.js): run `npm run build` (npm ci runs it too)\n');
  process.exit(1);
}
await import(cli.href);
