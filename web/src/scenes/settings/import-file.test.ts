import { describe, expect, it } from 'vitest';
import { exportFileName, plural, readExportFile } from './import-file.js';

const exportOf = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'ladder-export',
    version: 1,
    exportedAt: '2026-03-14T09:30:00.000Z',
    profile: { targetLevel: 'pm2' },
    attempts: [{ revisions: [{}, {}] }, { revisions: [{}] }],
    ...extra,
  });

describe('readExportFile', () => {
  it('reads an export and counts what it holds', () => {
    const read = readExportFile('ladder-export-2026-03-14.json', exportOf());
    expect(read).toMatchObject({
      ok: true,
      summary: { attempts: 2, revisions: 3, hasProfile: true, exportedAt: '2026-03-14T09:30:00.000Z' },
    });
  });

  it('reads an export made before profiles existed', () => {
    expect(readExportFile('old.json', exportOf({ profile: null }))).toMatchObject({
      ok: true,
      summary: { hasProfile: false },
    });
  });

  it('refuses a file that is not JSON, naming it and saying nothing changed', () => {
    const read = readExportFile('notes.json', '{"format": "ladder-export", "attem');
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toContain('“notes.json” is not a Ladder export: it is not valid JSON');
      expect(read.message).toContain('Nothing you have in Ladder was changed.');
    }
  });

  it('refuses JSON that is not an export', () => {
    for (const text of ['[1, 2]', '"text"', 'null', '{"attempts": []}']) {
      const read = readExportFile('other.json', text);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toMatch(/not a Ladder export/);
    }
  });

  it('refuses another version of the format and an export cut short', () => {
    const newer = readExportFile('new.json', exportOf({ version: 2 }));
    if (!newer.ok) expect(newer.message).toMatch(/version 2.*reads version 1/);
    expect(newer.ok).toBe(false);
    const cut = readExportFile('cut.json', exportOf({ attempts: undefined }));
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.message).toMatch(/attempts is missing/);
  });
});

describe('exportFileName', () => {
  it('names the file with the local date', () => {
    expect(exportFileName(new Date(2026, 2, 4, 23, 59))).toBe('ladder-export-2026-03-04.json');
  });
});

describe('plural', () => {
  it('counts in words', () => {
    expect(plural(1, 'attempt')).toBe('1 attempt');
    expect(plural(0, 'attempt')).toBe('0 attempts');
    expect(plural(2, 'new attempt')).toBe('2 new attempts');
  });
});
