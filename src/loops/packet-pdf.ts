// The hiring-committee packet as a PDF (pdfkit), laid out like the Markdown: recommendation, rounds,
// strengths and concerns with the candidate's words.
import PDFDocument from 'pdfkit';
import type { Packet, PacketNote } from './packet.js';
import type { PacketHeader } from './packet-markdown.js';

export interface PdfOptions extends PacketHeader {
  /** Written into the document's metadata; injected so that the same packet makes the same file. */
  createdAt: Date;
}

export function packetPdf(packet: Packet, options: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: {
      Title: `Hiring-committee packet: ${packet.targetLabel} mock loop`,
      Creator: 'Ladder',
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string, size: number) => {
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).text(latin(text)).moveDown(0.3);
    doc.font('Helvetica').fontSize(10);
  };
  const para = (text: string, bold = false) => {
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(10)
      .text(latin(text), { paragraphGap: 4 });
  };
  const quote = (text: string) => {
    doc
      .font('Helvetica-Oblique')
      .fontSize(9.5)
      .fillColor('#444444')
      .text(latin(`“${text}”`), { indent: 14, paragraphGap: 4 })
      .fillColor('black');
  };

  heading(`Hiring-committee packet: ${packet.targetLabel} mock loop`, 18);
  const meta = [
    options.candidate ? `Candidate: ${options.candidate}` : null,
    options.finishedAt ? `Finished: ${options.finishedAt.slice(0, 10)}` : null,
    `Target level: ${packet.targetLabel}`,
  ].filter((x) => x !== null);
  para(meta.join('    '));

  heading('Recommendation', 14);
  para(`Supported level: ${packet.supported.label}. ${packet.supported.summary}`, true);
  para(`Down-level risk: ${packet.downLevel.risk}.`, true);
  for (const reason of packet.downLevel.reasons) para(`•  ${reason}`);

  heading('Rounds', 14);
  for (const r of packet.rounds) {
    const score =
      r.overall === null ? 'no answer' : `${r.overall.toFixed(2)}, shows ${r.demonstrated}, ${r.verdict}`;
    const time =
      r.durationSec === null
        ? ''
        : ` · ${minutes(r.durationSec)} of ${minutes(r.limitSec)}${r.overtime ? ' (overtime)' : ''}`;
    para(`Round ${r.position}: ${r.name} (${score}${time})`, true);
    quote(r.question);
    for (const s of r.signals)
      para(`${s.shown ? '[x]' : '[  ]'}  ${s.label}${s.quote ? `  “${s.quote}”` : ''}`);
    if (r.gaps.length) para(`Short of the ${packet.targetLabel} bar on: ${r.gaps.join('; ')}.`);
    doc.moveDown(0.4);
  }

  const notes = (items: PacketNote[], none: string) => {
    if (items.length === 0) para(none);
    for (const n of items) {
      para(`Round ${n.position} (${n.round}). ${n.text}`);
      if (n.quote) quote(n.quote);
    }
  };
  heading('Strengths', 14);
  notes(packet.strengths, 'No dimension rises above the bar.');
  heading('Concerns', 14);
  notes(packet.concerns, 'No dimension falls below the bar.');

  doc.end();
  return done;
}

function minutes(seconds: number): string {
  return seconds < 60 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

/**
 * The PDF's standard fonts cover Windows-1252 only; other characters (an answer may hold any) become
 * "?" rather than garbage glyphs.
 */
function latin(text: string): string {
  return text.replace(/[^\n\r\t\u0020-\u007e\u00a0-\u00ff‘’“”•–—…€™]/gu, '?');
}
