// Reads YAML content files and validates them with zod, so that a broken file fails with a message
// naming the file, the key and what to write instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './errors.js';

/** A path inside content/, which sits beside src/ in the repository and beside dist/src/ once built. */
export function contentPath(...parts: string[]): string {
  return join(resolveContentRoot(), ...parts);
}

function resolveContentRoot(): string {
  // src/content/yaml-file.ts and dist/src/content/yaml-file.js sit at different depths.
  for (const up of ['../../content/', '../../../content/']) {
    const candidate = new URL(up, import.meta.url).pathname;
    try {
      if (statSync(join(candidate, 'rubric')).isDirectory()) return candidate;
    } catch {
      // not this depth
    }
  }
  throw new ContentError('content/', '', 'the content folder was not found beside the program');
}

export function displayPath(file: string): string {
  return relative(process.cwd(), file) || file;
}

/** Parse one YAML file and validate it; errors name the file and the first bad key. */
export function readYaml<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'), { prettyErrors: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ContentError(displayPath(file), '', `not valid YAML: ${message}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue?.path.length ? issue.path.join('.') : '(top level)';
    throw new ContentError(displayPath(file), key, issue?.message ?? 'invalid');
  }
  return result.data;
}

/** Every .yaml file below a folder, sorted so that loading is deterministic. */
export function yamlFilesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.yaml') || name.endsWith('.yml')) out.push(full);
    }
  };
  walk(dir);
  return out;
}
