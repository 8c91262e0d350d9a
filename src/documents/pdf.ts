// The text of a PDF, page by page, with unpdf (PDF.js built for servers). A PDF of scanned pages has
// no text layer: that is told apart from a damaged or password-protected file, since the fix differs.
import { getDocumentProxy } from 'unpdf';
import { DocumentError } from './errors.js';

export interface PdfText {
  text: string;
  pages: number;
}

/**
 * Fewer letters or digits than this per page, on average, is no text layer: a scanner or a picture
 * export leaves at most a page number or a stamp, while a page of a written answer holds hundreds.
 */
export const MIN_CHARACTERS_PER_PAGE = 20;

/** Pages are read until the text passes `maxChars`, which is already too long to grade. */
export async function pdfText(bytes: Uint8Array, maxChars: number): Promise<PdfText> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: PDF.js may take ownership of the buffer it is given. Verbosity 0 keeps its warnings
    // about odd but readable files out of the server's log.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    if ((error as Error).name === 'PasswordException') {
      throw new DocumentError(
        'encrypted_document',
        'This PDF is protected by a password: save or print it to a PDF without one, or paste the text.',
      );
    }
    throw damaged();
  }
  try {
    const pages: string[] = [];
    let length = 0;
    for (let number = 1; number <= pdf.numPages && length <= maxChars; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const text = reflow(
        content.items.flatMap((item) =>
          'str' in item
            ? [
                {
                  str: item.str,
                  x: Number(item.transform[4]),
                  y: Number(item.transform[5]),
                  width: item.width,
                  height: item.height,
                  hasEOL: item.hasEOL,
                },
              ]
            : [],
        ),
      );
      pages.push(text);
      length += text.length;
    }
    const text = pages.join('\n\n');
    const characters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
    if (characters < MIN_CHARACTERS_PER_PAGE * pages.length) {
      throw new DocumentError(
        'scanned_pdf',
        'This PDF has no text to read: it looks scanned, or made of pictures of text. Export the document from its editor as a PDF with text, a .docx or a .txt file, or paste the answer.',
      );
    }
    return { text, pages: pdf.numPages };
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw damaged();
  } finally {
    await pdf.destroy();
  }
}

interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  height: number;
}

const BULLET = /^\s*(?:[-*•▪◦‣–]|\d{1,2}[.)])\s/;

/**
 * A page's text with its paragraphs put back together. A PDF holds lines, not paragraphs: a sentence
 * wrapped over three lines would reach the engine cut in three. A line runs on into the next when it
 * is full width, the next follows at the usual spacing in the same size of type and is no list item;
 * anything else ends the paragraph (a wider gap leaves a blank line, as between paragraphs).
 */
export function reflow(items: TextItem[]): string {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    if (item.str !== '') {
      if (!current) current = { text: '', left: item.x, right: item.x, y: item.y, height: item.height };
      current.text += item.str;
      current.left = Math.min(current.left, item.x);
      current.right = Math.max(current.right, item.x + item.width);
      current.height = Math.max(current.height, item.height);
    }
    if (item.hasEOL && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  const fullWidth = Math.max(0, ...lines.map((l) => l.right));
  let text = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous) {
      const gap = previous.y - line.y;
      const sameSize = Math.abs(previous.height - line.height) <= 0.1 * line.height;
      const full = previous.right >= 0.85 * fullWidth;
      if (full && sameSize && gap > 0 && gap <= 1.6 * line.height && !BULLET.test(line.text)) {
        text += previous.text.endsWith('-') || previous.text.endsWith(' ') ? '' : ' ';
      } else {
        text += gap > 1.6 * line.height ? '\n\n' : '\n';
      }
    }
    text += line.text.trimEnd();
  });
  return text;
}

function damaged(): DocumentError {
  return new DocumentError(
    'corrupt_document',
    'This PDF is damaged and cannot be read: export it again from the program that made it, or paste the text.',
  );
}
