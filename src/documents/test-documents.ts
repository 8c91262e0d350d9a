// Real documents made in the test, as Word and PDF programs make them: .docx with the `docx` package,
// PDF with PDFKit (text, a scanned page that is only a picture, a password), and broken files.
import { crc32, deflateSync } from 'node:zlib';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';

export const TAKE_HOME_QUESTION =
  'Take-home: most textbooks listed on our student book-exchange app never sell. Propose how to fix it.';

/** A short take-home proposal, as sections of a heading and its paragraphs. */
export const TAKE_HOME: Array<{ heading: string; paragraphs: string[] }> = [
  {
    heading: 'The problem',
    paragraphs: [
      'Before proposing anything, I asked what goal matters most: books sold per term, because sellers leave when listings sit unsold.',
      'The data shows the real problem is timing, not supply: 62% of listings arrive after week 3, when demand is gone, and 13,600 of 31,000 searches find nothing.',
    ],
  },
  {
    heading: 'Users',
    paragraphs: [
      'Buyers are first-year students who need the course book in week 1 and buy new when they cannot find it. Sellers are students who remember to list only when they move out.',
    ],
  },
  {
    heading: 'Recommendation',
    paragraphs: [
      'I would prioritise a reminder to list before term starts, matched to course codes with unmet searches, over a new search design, because it moves supply to when demand is.',
      'The trade-off is fewer listings in the slow weeks versus faster sales in the busy ones; I would accept it. Success is the share of listings sold within 14 days, with a guardrail on unsubscribe rate.',
    ],
  },
];

export function takeHomeText(): string {
  return TAKE_HOME.map((s) => [s.heading, ...s.paragraphs].join('\n\n')).join('\n\n');
}

export async function docxOf(sections = TAKE_HOME): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: sections.flatMap((section) => [
          new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }),
          ...section.paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })),
        ]),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A PDF with one page per entry of `pages`, each holding that text. */
export function pdfOf(pages: string[], options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return pdf(options, (doc) => {
    pages.forEach((text, i) => {
      if (i > 0) doc.addPage();
      doc.fontSize(11).text(text);
    });
  });
}

export function takeHomePdf(): Promise<Buffer> {
  return pdfOf(TAKE_HOME.map((s) => [s.heading, ...s.paragraphs].join('\n\n')));
}

/** What a scanner makes: pages that are pictures, with no text layer. */
export function scannedPdf(pages = 2): Promise<Buffer> {
  const scan = greyPng(240, 320);
  return pdf({}, (doc) => {
    for (let i = 0; i < pages; i++) {
      if (i > 0) doc.addPage();
      doc.image(scan, 50, 50, { width: 480 });
    }
  });
}

export function passwordPdf(): Promise<Buffer> {
  return pdfOf([takeHomeText()], { userPassword: 'secret', ownerPassword: 'owner' });
}

/** The first bytes of a Windows program: what a renamed .exe holds. */
export function windowsProgram(): Buffer {
  const bytes = Buffer.alloc(4096);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

/**
 * A .docx whose table of contents understates how big document.xml unpacks: the trick zip bombs
 * play on readers that trust it.
 */
export async function understatedDocx(): Promise<Buffer> {
  const bytes = Buffer.from(await docxOf());
  const name = Buffer.from('word/document.xml');
  for (let at = bytes.length - 46; at >= 0; at--) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) continue;
    const length = bytes.readUInt16LE(at + 28);
    if (bytes.subarray(at + 46, at + 46 + length).equals(name)) {
      bytes.writeUInt32LE(16, at + 24);
      return bytes;
    }
  }
  throw new Error('no word/document.xml in the central directory');
}

function pdf(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(options);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** A greyscale PNG with a pattern in it, like a photographed page. */
function greyPng(width: number, height: number): Buffer {
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = (x * 7 + y * 13) % 256;
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
