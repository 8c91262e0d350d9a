import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../src/engine/limits.js';
import { ApiError } from '../../api/client.js';
import { checkTakeHomeFile, formatBytes } from './file-check.js';
import { briefTitle, uploadProblem } from './index.js';

describe('checkTakeHomeFile', () => {
  it('accepts the four formats, whatever the case of the extension', () => {
    for (const name of ['answer.md', 'answer.TXT', 'My Take-Home.docx', 'final.v2.Pdf']) {
      expect(checkTakeHomeFile({ name, size: 2048 })).toMatchObject({ ok: true });
    }
    expect(checkTakeHomeFile({ name: 'final.v2.Pdf', size: 1 })).toEqual({ ok: true, extension: '.pdf' });
  });

  it('names the format it cannot read and says how to convert it', () => {
    const doc = checkTakeHomeFile({ name: 'answer.doc', size: 2048 });
    expect(doc.ok).toBe(false);
    if (!doc.ok) expect(doc.message).toMatch(/“answer\.doc”.*save it as \.docx/);
    const pages = checkTakeHomeFile({ name: 'answer.pages', size: 2048 });
    if (!pages.ok) expect(pages.message).toMatch(/export it from Pages/);
    const other = checkTakeHomeFile({ name: 'answer.xyz', size: 2048 });
    if (!other.ok) expect(other.message).toMatch(/reads \.md, \.txt, \.docx and \.pdf, not \.xyz/);
    const none = checkTakeHomeFile({ name: 'README', size: 2048 });
    if (!none.ok) expect(none.message).toMatch(/no extension/);
  });

  it('refuses an empty file', () => {
    expect(checkTakeHomeFile({ name: 'a.md', size: 0 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/empty/),
    });
  });

  it('refuses a file over the shared upload limit, with both sizes', () => {
    expect(checkTakeHomeFile({ name: 'a.pdf', size: LIMITS.maxUploadBytes })).toMatchObject({ ok: true });
    const big = checkTakeHomeFile({ name: 'a.pdf', size: LIMITS.maxUploadBytes + 1 });
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.message).toContain('“a.pdf” is just over the limit of 10 MB.');
    const huge = checkTakeHomeFile({ name: 'a.pdf', size: 14.2 * 1024 * 1024 });
    if (!huge.ok) expect(huge.message).toContain('is 14 MB, over the limit of 10 MB');
  });
});

describe('formatBytes', () => {
  it('says sizes as people read them', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(250 * 1024)).toBe('250 KB');
  });
});

describe('uploadProblem', () => {
  it('names a scanned PDF for what it is, before the server says how to fix it', () => {
    expect(uploadProblem(new ApiError(422, 'scanned_pdf', 'Export it as .docx.'))).toEqual({
      title: 'This PDF has no text layer.',
      message: 'Export it as .docx.',
    });
  });

  it("passes the server's own words on", () => {
    expect(uploadProblem(new ApiError(415, 'unsupported_format', 'Save it as .docx.'))).toEqual({
      title: 'The document was not graded.',
      message: 'Save it as .docx.',
    });
  });

  it('explains a size refusal that came without words, from a proxy', () => {
    expect(uploadProblem(new ApiError(413, 'unavailable', 'The upload failed (413).')).message).toMatch(
      /over the limit of 10 MB/,
    );
  });
});

describe('briefTitle', () => {
  it('drops the "Take-home:" every brief starts with and starts with a capital', () => {
    expect(briefTitle('Take-home: most textbooks never sell.')).toBe('Most textbooks never sell.');
  });
});
