// The grader built from content/, once per process: the shells (CLI, server) grade through this.
import { performance } from 'node:perf_hooks';
import { createGrader, type Grader } from '../engine/index.js';
import { loadEngineContent } from './rubric.js';

let grader: Grader | undefined;

export function contentGrader(): Grader {
  grader ??= createGrader(loadEngineContent(), { clock: () => performance.now() });
  return grader;
}
