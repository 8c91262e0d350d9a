// Every signal in content/signals/ has a table of texts that must and must not fire.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { signalIds } from './test-support.js';

it('has a signal table for every signal', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const tabled = new Set<string>();
  for (const file of readdirSync(here).filter((f) => f.endsWith('.test.ts'))) {
    for (const m of readFileSync(join(here, file), 'utf8').matchAll(/signalTable\(\s*['"](\w+)['"]/g)) {
      if (m[1]) tabled.add(m[1]);
    }
  }
  expect(signalIds().filter((id) => !tabled.has(id))).toEqual([]);
});
