// Reading take-homes: real .docx and PDF files made in the test, and every way an upload goes wrong.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../engine/index.js';
import { type DocumentErrorCode, EXTRACT_LIMITS, extractDocument } from './extract.js';
import {
  docxOf,
  passwordPdf,
  pdfOf,
  scannedPdf,
  TAKE_HOME,
  takeHomePdf,
  takeHomeText,
  understatedDocx,
  windowsProgram,
} from './test-documents.js';

async function failure(promise: Promise<unknown>): Promise<{ code: DocumentErrorCode; message: string }> {
  try {
    await promise;
  } catch (error) {
    const { code, message } = error as { code: DocumentErrorCode; message: string };
    return { code, message };
  }
  throw new Error('expected the document to be refused');
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const ACCEPTED = '.md, .txt, .docx or .pdf';

describe('extractDocument', () => {
  it('reads a Word document: headings and paragraphs as lines of plain text', async () => {
    const read = await extractDocument(await docxOf(), 'proposal.docx');
    expect(read.format).toBe('docx');
    expect(read.pages).toBeNull();
    for (const section of TAKE_HOME) {
      expect(read.text).toContain(section.heading);
      for (const paragraph of section.paragraphs) expect(read.text).toContain(paragraph);
    }
    expect(read.text).toMatch(/^The problem\n\nBefore proposing anything/);
    expect(read.words).toBeGreaterThan(150);
  });

  it('reads a PDF with a text layer, page by page, its wrapped lines joined back into paragraphs', async () => {
    const read = await extractDocument(await takeHomePdf(), 'Proposal.PDF');
    expect(read).toMatchObject({ format: 'pdf', pages: 3 });
    // PDFKit wraps every paragraph over two or three lines; each comes back whole.
    expect(read.text).toBe(takeHomeText());
  });

  it('keeps list items and short lines on lines of their own', async () => {
    const pdf = await pdfOf([
      'Options\n- Remind sellers before term\n- Match listings to course codes\n1. Ship the reminder first\nShort line.\nAnother line.',
    ]);
    expect((await extractDocument(pdf, 'list.pdf')).text).toBe(
      'Options\n- Remind sellers before term\n- Match listings to course codes\n1. Ship the reminder first\nShort line.\nAnother line.',
    );
  });

  it('reads Markdown and text as they are, in UTF-8 or UTF-16 with its byte-order mark', async () => {
    const markdown = `# The problem\n\n${takeHomeText()}`;
    expect(await extractDocument(utf8(`\uFEFF${markdown}\n`), 'answer.md')).toMatchObject({
      format: 'md',
      text: markdown,
      pages: null,
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café au lait. Naïve.', 'utf16le')]);
    expect(await extractDocument(utf16, 'notes.txt')).toMatchObject({
      format: 'txt',
      text: 'Café au lait. Naïve.',
      words: 4,
    });
  });

  it('goes by the bytes, not the name: a PDF named .docx is read as a PDF', async () => {
    expect((await extractDocument(await takeHomePdf(), 'proposal.docx')).format).toBe('pdf');
    expect((await extractDocument(await docxOf(), 'proposal')).format).toBe('docx');
  });

  it('keeps line breaks and tabs, turns page breaks into line breaks and drops other control characters', async () => {
    const read = await extractDocument(utf8('Goal first.\fThen\tusers.\u0007\r\nDone.'), 'a.txt');
    expect(read.text).toBe('Goal first.\nThen\tusers.\r\nDone.');
  });

  it('says a scanned PDF has no text layer, and what to do', async () => {
    const refused = await failure(extractDocument(await scannedPdf(), 'scan.pdf'));
    expect(refused.code).toBe('scanned_pdf');
    expect(refused.message).toMatch(/no text to read: it looks scanned/);
    expect(refused.message).toMatch(/Export the document .* or paste the answer/);
    // A stamp or page number on each scanned page is still no text layer.
    const stamped = await pdfOf(['Page 1', 'Page 2']);
    expect((await failure(extractDocument(stamped, 'scan.pdf'))).code).toBe('scanned_pdf');
  });

  it('refuses a renamed program, naming the formats it reads', async () => {
    for (const name of ['take-home.docx', 'take-home.pdf', 'take-home.txt', 'take-home.exe']) {
      const refused = await failure(extractDocument(windowsProgram(), name));
      expect(refused.code, name).toBe('unsupported_format');
      expect(refused.message, name).toContain(ACCEPTED);
    }
  });

  it('refuses other formats by their content or name, saying what to save as', async () => {
    const rtf = await failure(extractDocument(utf8('{\\rtf1\\ansi Hello}'), 'answer.rtf'));
    expect(rtf).toMatchObject({
      code: 'unsupported_format',
      message: expect.stringMatching(/\.rtf.*save it as \.docx/),
    });
    const html = await failure(extractDocument(utf8('<p>An answer</p>'), 'answer.html'));
    expect(html).toMatchObject({ code: 'unsupported_format', message: expect.stringContaining('(.html)') });
    const compound = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(compound);
    expect((await failure(extractDocument(compound, 'old.doc'))).message).toMatch(
      /save it from Word as \.docx/,
    );
    // Word wraps a password-protected .docx in the same container.
    expect((await failure(extractDocument(compound, 'locked.docx'))).code).toBe('encrypted_document');
    const notWord = Buffer.from(
      (await docxOf()).toString('latin1').replaceAll('word/document.xml', 'word/documenx.xml'),
      'latin1',
    );
    const zip = await failure(extractDocument(notWord, 'archive.docx'));
    expect(zip).toMatchObject({
      code: 'unsupported_format',
      message: expect.stringMatching(/zip archive but not a Word document/),
    });
  });

  it('tells damaged and password-protected files apart', async () => {
    const pdf = await takeHomePdf();
    const cut = await failure(extractDocument(pdf.subarray(0, pdf.length / 2), 'cut.pdf'));
    expect(cut).toMatchObject({ code: 'corrupt_document', message: expect.stringMatching(/PDF is damaged/) });
    expect((await failure(extractDocument(utf8(`%PDF-1.7\n${'x'.repeat(500)}`), 'junk.pdf'))).code).toBe(
      'corrupt_document',
    );
    const docx = await docxOf();
    const broken = await failure(extractDocument(docx.subarray(0, docx.length / 2), 'cut.docx'));
    expect(broken).toMatchObject({
      code: 'corrupt_document',
      message: expect.stringMatching(/\.docx is damaged/),
    });
    const locked = await failure(extractDocument(await passwordPdf(), 'locked.pdf'));
    expect(locked).toMatchObject({ code: 'encrypted_document', message: expect.stringMatching(/password/) });
  });

  it('checks what a .docx unpacks to before handing it to mammoth', async () => {
    // Highly compressible text: a small file that unpacks to megabytes, as a zip bomb does.
    const bomb = await docxOf([{ heading: 'Filler', paragraphs: ['a '.repeat(1_500_000)] }]);
    expect(bomb.length).toBeLessThan(100_000);
    const limits = { ...EXTRACT_LIMITS, zip: { ...EXTRACT_LIMITS.zip, maxUnzippedBytes: 1024 * 1024 } };
    const refused = await failure(extractDocument(bomb, 'bomb.docx', limits));
    expect(refused).toMatchObject({
      code: 'document_too_large',
      message: expect.stringMatching(/unpacks to far more/),
    });
    const fewEntries = { ...EXTRACT_LIMITS, zip: { ...EXTRACT_LIMITS.zip, maxEntries: 3 } };
    expect((await failure(extractDocument(await docxOf(), 'many.docx', fewEntries))).code).toBe(
      'document_too_large',
    );
  });

  it('does not trust sizes a .docx understates', async () => {
    const lying = await understatedDocx();
    // mammoth's unzipper notices too, but only once it has inflated the whole entry.
    await expect(mammoth.extractRawText({ buffer: lying })).rejects.toThrow(/size mismatch/);
    expect((await failure(extractDocument(lying, 'lying.docx'))).code).toBe('corrupt_document');
  });

  it('refuses a file over the upload limit, and text over the answer limit, saying what to do', async () => {
    const big = Buffer.alloc(LIMITS.maxUploadBytes + 1, 'a');
    const tooBig = await failure(extractDocument(big, 'big.txt'));
    expect(tooBig).toMatchObject({
      code: 'document_too_large',
      message: expect.stringMatching(/over the limit of 10 MB/),
    });
    const long = await failure(
      extractDocument(utf8('word '.repeat(LIMITS.maxAnswerChars / 5 + 1)), 'long.md'),
    );
    expect(long.code).toBe('document_too_long');
    expect(long.message).toMatch(/over the limit of 200,000: upload the answer alone, without appendices/);
    const longPdf = await pdfOf(['word '.repeat(400), 'word '.repeat(400)]);
    const shortLimit = { ...EXTRACT_LIMITS, maxChars: 1_000 };
    expect((await failure(extractDocument(longPdf, 'long.pdf', shortLimit))).code).toBe('document_too_long');
  });

  it('refuses files with no text', async () => {
    expect((await failure(extractDocument(new Uint8Array(), 'empty.txt'))).message).toMatch(/file is empty/);
    expect((await failure(extractDocument(utf8(' \n\t '), 'blank.md'))).code).toBe('empty_document');
    const blank = await docxOf([{ heading: ' ', paragraphs: ['', ' '] }]);
    expect((await failure(extractDocument(blank, 'blank.docx'))).code).toBe('empty_document');
  });
});
