// Part b of `npm run bench`: POST /v1/evaluate of one small event, against the app (bench/servers/tanzhong-server.ts)
// and against a bare node:http server answering by hand (bench/servers/bare-server.ts). Each server runs in a child
// process, so the load generator (autocannon, in this process) and the server do not share an event loop; both
// stop when the measurement ends.
import { type ChildProcess, spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { SMALL_EVENT } from './events.js';

export interface HttpFigure {
  server: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  requests: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  /** requestsPerSecond / the bare server's. */
  ofBare?: number;
}

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Starts a server script in a child node process (TypeScript through tsx) and waits for the port it listens on. */
async function startServer(script: string, args: string[]): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL(script, import.meta.url).pathname, ...args], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench: ${script} did not start within 60 s`)), 60_000);
    child.once('message', (message: { port?: number }) => {
      clearTimeout(timer);
      if (message.port) resolve(message.port);
      else reject(new Error(`bench: ${script} sent no port`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bench: ${script} exited with ${code} before it listened`));
    });
  });
  return { port, child };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
  children.delete(child);
}

export async function measureHttp(options: {
  databaseFile: string;
  connections: number;
  warmupSeconds: number;
  seconds: number;
  log: (line: string) => void;
}): Promise<HttpFigure[]> {
  const body = JSON.stringify({ pack: 'cn-chongqing', lang: 'en', event: SMALL_EVENT });
  const servers = [
    { name: 'tanzhong POST /v1/evaluate', script: './servers/tanzhong-server.ts', args: [options.databaseFile] },
    { name: 'bare node:http + hand-written', script: './servers/bare-server.ts', args: [] },
  ];
  const figures: HttpFigure[] = [];
  for (const s of servers) {
    const { port, child } = await startServer(s.script, s.args);
    try {
      const load = (duration: number) =>
        autocannon({
          url: `http://127.0.0.1:${port}/v1/evaluate`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          connections: options.connections,
          duration,
          timeout: 10,
        });
      // One request first: the server answers at all, with 200.
      const probe = await fetch(`http://127.0.0.1:${port}/v1/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (probe.status !== 200) throw new Error(`bench: ${s.name} answered ${probe.status}: ${(await probe.text()).slice(0, 300)}`);
      await load(options.warmupSeconds);
      const r = await load(options.seconds);
      figures.push({
        server: s.name,
        requestsPerSecond: r.requests.total / r.duration,
        latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
        requests: r.requests.total,
        errors: r.errors,
        non2xx: r.non2xx,
        timeouts: r.timeouts,
      });
      options.log(`  ${s.name}: measured (${options.connections} connections, ${options.warmupSeconds} s warm-up, ${options.seconds} s)`);
    } finally {
      await stopServer(child);
    }
  }
  const bare = figures[1]!.requestsPerSecond;
  for (const f of figures) f.ofBare = f.requestsPerSecond / bare;
  return figures;
}
