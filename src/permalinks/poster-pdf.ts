/**
 * The print-shop file of a poster: a vector PDF in A4 or A3 with the site's own fonts embedded,
 * the cover photo, the QR code at a stated size in millimetres, the short URL in text, the
 * featured hotlines and the agency name. Needs no browser, so it is made at build time anywhere.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { QR_OPTIONS } from './qr.ts';

export const POSTER_SIZES = {
  a4: { label: 'A4', width: 210, height: 297, qrMm: 50 },
  a3: { label: 'A3', width: 297, height: 420, qrMm: 70 },
} as const;
export type PosterSize = keyof typeof POSTER_SIZES;

export const mmToPt = (mm: number) => (mm * 72) / 25.4;

export interface PosterContent {
  lang: string;
  title: string;
  summary: string;
  agencyName: string;
  /** The short URL as people read it, e.g. binhdanggioi.example.org/q/7K2P */
  shortUrlText: string;
  /** The QR text; the code is drawn as vector squares at qrMm, quiet zone included. */
  qrText: string;
  /** JPEG or PNG of the cover, already reduced for print. */
  cover?: Buffer | undefined;
  /** Featured lines; `caveat` ("có thể mất cước, không phải tổng đài Nhà nước") is empty for a free state line. */
  hotlines: { number: string; name: string; caveat: string }[];
  /** Labels in the reader's language (UI strings). */
  labels: { scan: string; or: string; hotlines: string };
  /** TrueType fonts (subset to the poster's text): Latin with Vietnamese, and the title's script if different. */
  fonts: { regular: Buffer; bold: Buffer; titleRegular?: Buffer | undefined; titleBold?: Buffer | undefined };
}

export function posterPdf(content: PosterContent, size: PosterSize): Promise<Buffer> {
  const format = POSTER_SIZES[size];
  const scale = format.width / 210;
  const doc = new PDFDocument({
    size: [mmToPt(format.width), mmToPt(format.height)],
    margin: 0,
    info: { Title: content.title, Author: content.agencyName },
    lang: content.lang,
    compress: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.registerFont('regular', content.fonts.regular);
  doc.registerFont('bold', content.fonts.bold);
  doc.registerFont('title', content.fonts.titleBold ?? content.fonts.bold);
  doc.registerFont('text', content.fonts.titleRegular ?? content.fonts.regular);

  const margin = mmToPt(15 * scale);
  const width = mmToPt(format.width) - 2 * margin;
  let y = margin;
  doc
    .font('bold')
    .fontSize(12 * scale)
    .fillColor('#1d1d1b')
    .text(content.agencyName, margin, y, { width });
  y = doc.y + mmToPt(6 * scale);
  doc
    .font('title')
    .fontSize(30 * scale)
    .fillColor('#6b1f5a')
    .text(content.title, margin, y, { width });
  y = doc.y + mmToPt(5 * scale);
  if (content.cover) {
    const height = mmToPt(90 * scale);
    doc.image(content.cover, margin, y, { fit: [width, height], align: 'center', valign: 'center' });
    y += height + mmToPt(5 * scale);
  }
  // Bottom band: QR on the left at its stated size, the short URL and hotlines beside it.
  const qr = mmToPt(format.qrMm);
  const bottom = mmToPt(format.height) - margin;
  const qrTop = bottom - qr;
  const room = qrTop - mmToPt(6 * scale) - y;
  if (room > 20)
    doc
      .font('text')
      .fontSize(15 * scale)
      .fillColor('#1d1d1b')
      .text(content.summary, margin, y, { width, height: room, ellipsis: true });
  const { modules } = QRCode.create(content.qrText, QR_OPTIONS);
  const cell = qr / (modules.size + 2 * QR_OPTIONS.margin);
  doc.rect(margin, qrTop, qr, qr).fill('#ffffff');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(margin + (col + QR_OPTIONS.margin) * cell, qrTop + (row + QR_OPTIONS.margin) * cell, cell, cell);
    }
  }
  doc.fill('#000000');
  const textLeft = margin + qr + mmToPt(8 * scale);
  const textWidth = width - qr - mmToPt(8 * scale);
  doc
    .font('bold')
    .fontSize(16 * scale)
    .text(content.labels.scan, textLeft, qrTop, { width: textWidth });
  doc
    .font('regular')
    .fontSize(11 * scale)
    .text(content.labels.or, { width: textWidth });
  doc
    .font('bold')
    .fontSize(15 * scale)
    .text(content.shortUrlText, { width: textWidth });
  doc.moveDown(0.6);
  doc
    .font('bold')
    .fontSize(11 * scale)
    .text(content.labels.hotlines, { width: textWidth });
  for (const hotline of content.hotlines) {
    doc
      .font('bold')
      .fontSize(13 * scale)
      .text(hotline.number, { width: textWidth, continued: true })
      .font('regular')
      .fontSize(10 * scale)
      .text(`  ${hotline.name}${hotline.caveat ? ` (${hotline.caveat})` : ''}`);
  }
  doc.end();
  return done;
}
