// npm run build (and `prepare`, so `npm ci` builds once): bundles the two entry points with esbuild into dist/:
// dist/server.js (server/main.ts, run by `npm start`) and dist/cli.js (adapters/cli/main.ts, run by
// bin/tanzhong.js), ESM for node 20, with source maps, and the code they share in dist/chunks/. Plain node runs
// them: no TypeScript is transpiled at run time. The tests keep running the sources.
//
// Dependencies stay in node_modules (external), all but date-fns: its package index loads some 250 modules (about
// 100 ms at every start) while the engine uses three functions, which the bundle keeps alone. The project's run-time
// files (policies/, the storage migrations, server/assets/) are read from the project folder
// (adapters/files/project-root.ts), so dist/ holds code only. Code split into chunks lets a module imported
// with import() (the database drivers, for `tanzhong keys` only) load when it is used, not at every start.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** Dependencies bundled rather than imported from node_modules at run time. */
const INLINE = new Set(['date-fns']);

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

/** A bare import (`zod`, `@hono/node-server`, `drizzle-orm/sqlite-core`) stays an import, unless INLINE names its package. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      const parts = args.path.split('/');
      const name = args.path.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
      return INLINE.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

await build({
  absWorkingDir: root,
  // The simulation's worker threads run their own entry (adapters/simulate/worker-entry.ts starts them).
  entryPoints: { server: 'server/main.ts', cli: 'adapters/cli/main.ts', 'simulate-worker': 'adapters/simulate/worker.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  plugins: [externalPackages],
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: '// Built by scripts/build.mjs from the TypeScript sources: do not edit; run `npm run build`.' },
});
console.log(`tanzhong: built dist/server.js, dist/cli.js and dist/simulate-worker.js in ${Math.round(performance.now() - started)} ms`);
