// The real server (server/main.ts through tsx) in a child process on a free port, for the tests that need a
// socket: rate limits by remote address, shutdown, start-up refusals. Every child is killed by stop().
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  port: number;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<number | null>;
}

/** Spawns server/main.ts with `env` added to this process's environment; does not wait for it to listen. */
export function spawnServer(env: Record<string, string>, port?: number): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, LOG_LEVEL: 'info', ...env, ...(port === undefined ? {} : { PORT: String(port) }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The last 256 KB only: a flood writes a log line per request.
  let output = '';
  const keep = (d: Buffer) => {
    output += d;
    if (output.length > 512 * 1024) output = output.slice(-256 * 1024);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const effectivePort = port ?? Number(env.PORT);
  return {
    child,
    port: effectivePort,
    base: `http://127.0.0.1:${effectivePort}`,
    output: () => output,
    exited,
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Starts the server on a free port and waits until `path` answers 200. */
export async function startServer(env: Record<string, string>, path = '/health'): Promise<ServerProcess> {
  const server = spawnServer(env, await freePort());
  for (let i = 0; i < 300; i++) {
    if (server.child.exitCode !== null) throw new Error(`server exited with ${server.child.exitCode}:\n${server.output()}`);
    try {
      if ((await fetch(`${server.base}${path}`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await server.stop();
  throw new Error(`server did not answer ${path}:\n${server.output()}`);
}
