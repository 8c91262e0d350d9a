// The baseline of the HTTP benchmark: a bare Fastify route serving the same questions payload as
// GET /api/questions, with no plugins, hooks or logging, in the same number of processes.
import cluster from 'node:cluster';
import Fastify from 'fastify';
import { filterQuestions, loadBank } from '../src/content/bank.js';

const port = Number(process.env.PORT ?? 3001);
const workers = Number(process.env.LADDER_WORKERS ?? 1);

if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  process.once('SIGTERM', () => {
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  });
} else {
  const questions = loadBank().questions;
  const app = Fastify();
  app.get('/api/questions', async () => {
    const matching = filterQuestions(questions, {});
    return {
      questions: matching.slice(0, 50).map(({ guidance, brief, ...summary }) => summary),
      total: matching.length,
    };
  });
  app.get('/healthz', async () => ({ status: 'ok' }));
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
  await app.listen({ host: '127.0.0.1', port });
}
