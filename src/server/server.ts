// Boots the API: migrates the store, then serves from this process or from a node:cluster of
// LADDER_WORKERS processes on one port. SIGTERM (or SIGINT) drains in-flight requests before exit.
import cluster from 'node:cluster';
import { pathToFileURL } from 'node:url';
import { openStore } from '../store/database.js';
import { buildApp } from './app.js';
import { type ServeConfig, serveConfigFromEnv } from './config.js';

/** Longest a drain may take before the process exits anyway. */
const DRAIN_TIMEOUT_MS = 30_000;

export async function serve(config: ServeConfig): Promise<void> {
  if (config.workers > 1 && cluster.isPrimary) return supervise(config);
  return serveHere(config);
}

async function serveHere(config: ServeConfig): Promise<void> {
  const db = await openStore(config.store);
  const app = await buildApp({
    db,
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    trustProxy: config.trustProxy,
    allowedOrigins: config.allowedOrigins,
    gradeRateLimit: config.gradeRateLimit,
    signupRateLimit: config.signupRateLimit,
    webRoot: config.webRoot,
  });
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'draining in-flight requests');
    setTimeout(() => {
      app.log.error('drain timed out; exiting');
      process.exit(1);
    }, DRAIN_TIMEOUT_MS).unref();
    app
      .close()
      .then(() => db.destroy())
      .then(() => {
        app.log.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        app.log.error({ err: error }, 'error while stopping');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  await app.listen({ host: config.host, port: config.port });
}

/** The cluster's primary: migrates once, forks the workers, replaces any that die, stops them on SIGTERM. */
async function supervise(config: ServeConfig): Promise<void> {
  const log = (level: 'info' | 'error', msg: string, extra: Record<string, unknown> = {}) =>
    process.stdout.write(
      `${JSON.stringify({ level: level === 'info' ? 30 : 50, time: Date.now(), pid: process.pid, ...extra, msg })}\n`,
    );
  const db = await openStore(config.store);
  await db.destroy();
  let stopping = false;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        log('info', 'stopped');
        process.exit(0);
      }
      return;
    }
    log('error', 'worker died; starting another', { worker: worker.process.pid, code, signal });
    setTimeout(() => cluster.fork(), 500);
  });
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('info', 'stopping workers', { signal });
    setTimeout(() => process.exit(1), DRAIN_TIMEOUT_MS + 5_000).unref();
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  for (let i = 0; i < config.workers; i++) cluster.fork();
  log('info', `started ${config.workers} workers`, { workers: config.workers });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  serve(serveConfigFromEnv()).catch((error: unknown) => {
    process.stderr.write(`ladder: ${(error as Error).message}\n`);
    process.exit(2);
  });
}
