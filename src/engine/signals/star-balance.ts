// STAR in proportion: situation or task, action and result all present, and the actions take at
// least as much room as the situation.
import type { Finding } from '../types.js';
import type { Detector } from './signal.js';

export const starBalance: Detector = (ctx, signal) => {
  const count = (id: string) => ctx.found.get(id)?.length ?? 0;
  const setting = count('star_situation') + count('star_task');
  const action = count('star_action');
  const result = count('star_result');
  if (setting === 0 || action < 2 || result === 0 || action < count('star_situation')) return [];
  const first = ctx.found.get('star_action')?.[0];
  if (!first) return [];
  const finding: Finding = {
    ...first,
    signal: signal.id,
    dimension: signal.dimension,
    message: signal.message,
  };
  return [finding];
};
