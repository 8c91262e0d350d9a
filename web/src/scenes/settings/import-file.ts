// Reading an export file back before it is sent: a file that is not JSON, or JSON that is not a Ladder
// export, is refused here with words that say which, before anything reaches the server.

import { localDay } from '../plan/plan-day.js';

export const EXPORT_FORMAT = 'ladder-export';
export const EXPORT_VERSION = 1;

export interface ExportSummary {
  attempts: number;
  revisions: number;
  hasProfile: boolean;
  exportedAt: string | null;
}

export type ReadExport =
  | { ok: true; body: Record<string, unknown>; summary: ExportSummary }
  | { ok: false; message: string };

const NOTHING_CHANGED = 'Nothing you have in Ladder was changed.';
const CHOOSE =
  'Choose the .json file that “Download your data” saved (named like ladder-export-2025-03-14.json).';

export function readExportFile(name: string, text: string): ReadExport {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: `“${name}” is not a Ladder export: it is not valid JSON, so it is damaged or another kind of file. ${CHOOSE} ${NOTHING_CHANGED}`,
    };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, message: `“${name}” is JSON but not a Ladder export. ${CHOOSE} ${NOTHING_CHANGED}` };
  }
  const record = body as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT) {
    return {
      ok: false,
      message: `“${name}” is JSON but not a Ladder export (it does not say "format": "${EXPORT_FORMAT}"). ${CHOOSE} ${NOTHING_CHANGED}`,
    };
  }
  if (record.version !== EXPORT_VERSION) {
    return {
      ok: false,
      message: `“${name}” is a Ladder export of version ${String(record.version)}, and this Ladder reads version ${EXPORT_VERSION}. Export again from the Ladder that made it, or update this one. ${NOTHING_CHANGED}`,
    };
  }
  if (!Array.isArray(record.attempts)) {
    return {
      ok: false,
      message: `“${name}” looks like a Ladder export but its list of attempts is missing, so it was probably edited or cut short. ${CHOOSE} ${NOTHING_CHANGED}`,
    };
  }
  const attempts = record.attempts as unknown[];
  const revisions = attempts.reduce<number>((sum, attempt) => {
    const list = (attempt as { revisions?: unknown } | null)?.revisions;
    return sum + (Array.isArray(list) ? list.length : 0);
  }, 0);
  return {
    ok: true,
    body: record,
    summary: {
      attempts: attempts.length,
      revisions,
      hasProfile: typeof record.profile === 'object' && record.profile !== null,
      exportedAt: typeof record.exportedAt === 'string' ? record.exportedAt : null,
    },
  };
}

/** The file name an export is saved under, with the user's local date. */
export function exportFileName(now = new Date()): string {
  return `ladder-export-${localDay(now)}.json`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
