// `ladder serve`: the HTTP API on HOST:PORT (127.0.0.1:3000), as `npm start` runs it.
import type { Command } from 'commander';
import { serveConfigFromEnv } from '../../server/config.js';
import { serve } from '../../server/server.js';

export function register(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the HTTP API (settings from the environment: HOST, PORT, DATABASE_URL, LADDER_DATA...)',
    )
    .option('--host <host>', 'address to listen on (default HOST or 127.0.0.1)')
    .option('--port <port>', 'port to listen on (default PORT or 3000)')
    .option('--workers <n>', 'server processes sharing the port (default LADDER_WORKERS or 1)')
    .action(async (options: { host?: string; port?: string; workers?: string }) => {
      const env = { ...process.env };
      if (options.host !== undefined) env.HOST = options.host;
      if (options.port !== undefined) env.PORT = options.port;
      if (options.workers !== undefined) env.LADDER_WORKERS = options.workers;
      await serve(serveConfigFromEnv(env));
    });
}
