// `ladder serve` starts the API with the settings of the environment and its options.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer } from '../../server/test-server.js';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
let server: ServerProcess | undefined;
let data: string | undefined;

afterEach(async () => {
  if (server && server.process.exitCode === null) {
    server.process.kill('SIGTERM');
    await server.exited;
  }
  if (data) rmSync(data, { recursive: true, force: true });
});

describe('ladder serve', () => {
  it('serves the API on the port it is given, with its data in LADDER_DATA, and stops on SIGTERM', {
    timeout: 60_000,
  }, async () => {
    data = mkdtempSync(join(tmpdir(), 'ladder-serve-'));
    const entry = `import(${JSON.stringify(MAIN)}).then(async (m) => { process.exitCode = await m.main(['node', 'ladder', ...process.argv.slice(1)]); })`;
    server = await startServer({ LADDER_DATA: data, DATABASE_URL: '', PORT: '1' }, [
      '--input-type=module',
      '-e',
      entry,
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
    ]);
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const levels = await (await fetch(`${server.url}/api/levels`)).json();
    expect(levels.levels).toHaveLength(4);
    server.process.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
  });
});
