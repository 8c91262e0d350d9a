// Before the end-to-end tests: build the app if any source is newer than the build, then start the real
// server (`npm start`'s entry point) on a free port with a fresh SQLite database, and stop it afterwards.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer, stopServer } from './server.js';

const ROOT = join(import.meta.dirname, '..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function buildIfStale(): void {
  const outputs = [join(ROOT, 'dist/web/index.html'), join(ROOT, 'dist/src/server/server.js')];
  const built = Math.min(...outputs.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
  const sources = Math.max(...['src', 'web', 'content'].map((d) => newestMtime(join(ROOT, d))));
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: test what ships.
  if (built < sources) {
    execFileSync('npm', ['run', '-s', 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  buildIfStale();
  const data = mkdtempSync(join(tmpdir(), 'ladder-e2e-'));
  const { url: baseURL, child: server } = await startServer({
    entry: join(ROOT, 'dist/src/server/server.js'),
    cwd: ROOT,
    data,
    env: { GRADE_RATE_LIMIT: '0' },
    stdout: 'inherit',
  });
  project.provide('baseURL', baseURL);
  return async () => {
    await stopServer(server);
    rmSync(data, { recursive: true, force: true });
  };
}
