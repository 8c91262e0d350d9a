// The built server (`npm start`'s entry point) started as a child process on a free port with a data folder
// of its own, for the end-to-end tests and the web benchmark. Compiled into dist with the benchmark, so the
// caller says where the entry point is: the paths differ between the sources and dist.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

const HEALTH_TIMEOUT_MS = 30_000;

export interface StartedServer {
  url: string;
  child: ChildProcess;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with status ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not answer ${url}/healthz within 30 s`);
}

export async function startServer(options: {
  /** The compiled `server.js`. */
  entry: string;
  cwd: string;
  /** LADDER_DATA: a fresh folder, so the SQLite database starts empty. */
  data: string;
  /** Settings on top of the common ones (rate limits, for instance). */
  env?: Record<string, string>;
  stdout: 'inherit' | 'ignore';
}): Promise<StartedServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [options.entry], {
    cwd: options.cwd,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      LADDER_DATA: options.data,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      SIGNUP_RATE_LIMIT: '0',
      ...options.env,
    },
    stdio: ['ignore', options.stdout, 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child);
  } catch (error) {
    // A server that never answered would otherwise outlive the run that gave up on it.
    child.kill('SIGKILL');
    throw error;
  }
  return { url, child };
}

/** SIGTERM, and resolves once the server has shut down. */
export async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
