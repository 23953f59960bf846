/**
 * The print-shop file of a poster: a vector PDF in A4 or A3 with the site's own fonts embedded,
 * the cover photo, the QR code at a stated size in millimetres, the short URL in text, the
 * featured hotlines and the agency name. Needs no browser, so it is made at build time anywhere.
 */
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { FontFamily } from '../fonts/fonts.ts';
import { QR_OPTIONS } from './qr.ts';

export const POSTER_SIZES = {
  a4: { label: 'A4', width: 210, height: 297, qrMm: 50 },
  a3: { label: 'A3', width: 297, height: 420, qrMm: 70 },
} as const;
export type PosterSize = keyof typeof POSTER_SIZES;

export const mmToPt = (mm: number) => (mm * 72) / 25.4;

/** The font family of each text a poster prints: the first font of the script of the language it is in. */
export interface PosterFamilies {
  agencyName: FontFamily;
  title: FontFamily;
  summary: FontFamily;
  scan: FontFamily;
  or: FontFamily;
  shortUrlText: FontFamily;
  hotlines: FontFamily;
  hotlineNumber: FontFamily;
  hotlineName: FontFamily;
}

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
  /**
   * Featured lines; `caveat` ("có thể mất cước, không phải tổng đài Nhà nước") is empty for a free
   * state line, and set in `caveatFamily` (a UI string, in the language `t()` found it in).
   */
  hotlines: { number: string; name: string; caveat: string; caveatFamily: FontFamily }[];
  /** Labels in the reader's language (UI strings). */
  labels: { scan: string; or: string; hotlines: string };
  /** The family each text is set in (posters.ts `posterFamilies`). */
  families: PosterFamilies;
  /** TrueType fonts of every family the texts use, each subset to the poster's text in it (`posterTexts`). */
  fonts: Partial<Record<FontFamily, { regular: Buffer; bold: Buffer }>>;
}

/** One run of text in one family and size, as pdfkit sets it. */
interface Run {
  family: FontFamily;
  weight: 'regular' | 'bold';
  size: number;
  text: string;
}

/** A featured line as printed: the number, then its name and caveat, smaller. */
function hotlineRuns(hotline: PosterContent['hotlines'][number], families: PosterFamilies, scale: number): Run[] {
  return [
    { family: families.hotlineNumber, weight: 'bold', size: 13 * scale, text: hotline.number },
    { family: families.hotlineName, weight: 'regular', size: 10 * scale, text: `  ${hotline.name}` },
    ...(hotline.caveat ? [{ family: hotline.caveatFamily, weight: 'regular' as const, size: 10 * scale, text: ` (${hotline.caveat})` }] : []),
  ];
}

/** Every text the poster prints, with its family: what each family's font must be subset to. */
export function posterTexts(content: Omit<PosterContent, 'fonts'>): { family: FontFamily; text: string }[] {
  const { families } = content;
  return [
    { family: families.agencyName, text: content.agencyName },
    { family: families.title, text: content.title },
    { family: families.summary, text: `${content.summary}…` }, // cut with an ellipsis when it does not fit
    { family: families.scan, text: content.labels.scan },
    { family: families.or, text: content.labels.or },
    { family: families.shortUrlText, text: content.shortUrlText },
    { family: families.hotlines, text: content.labels.hotlines },
    ...content.hotlines.flatMap((hotline) => hotlineRuns(hotline, families, 1)),
  ];
}

/** The text of each family, for subsetting its font. */
export function textByFamily(texts: readonly { family: FontFamily; text: string }[]): Map<FontFamily, string> {
  const byFamily = new Map<FontFamily, string>();
  for (const { family, text } of texts) byFamily.set(family, (byFamily.get(family) ?? '') + text);
  return byFamily;
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

  const face = (family: FontFamily, weight: Run['weight']) => `${family} ${weight}`;
  for (const [family, faces] of Object.entries(content.fonts) as [FontFamily, { regular: Buffer; bold: Buffer }][]) {
    doc.registerFont(face(family, 'regular'), faces.regular);
    doc.registerFont(face(family, 'bold'), faces.bold);
  }
  const { families } = content;

  const margin = mmToPt(15 * scale);
  const width = mmToPt(format.width) - 2 * margin;
  let y = margin;
  doc
    .font(face(families.agencyName, 'bold'))
    .fontSize(12 * scale)
    .fillColor('#1d1d1b')
    .text(content.agencyName, margin, y, { width });
  y = doc.y + mmToPt(6 * scale);
  doc
    .font(face(families.title, 'bold'))
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
      .font(face(families.summary, 'regular'))
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
    .font(face(families.scan, 'bold'))
    .fontSize(16 * scale)
    .text(content.labels.scan, textLeft, qrTop, { width: textWidth });
  doc
    .font(face(families.or, 'regular'))
    .fontSize(11 * scale)
    .text(content.labels.or, { width: textWidth });
  doc
    .font(face(families.shortUrlText, 'bold'))
    .fontSize(15 * scale)
    .text(content.shortUrlText, { width: textWidth });
  doc.moveDown(0.6);
  doc
    .font(face(families.hotlines, 'bold'))
    .fontSize(11 * scale)
    .text(content.labels.hotlines, { width: textWidth });
  for (const hotline of content.hotlines) {
    // Runs in the same face and size are set as one, as pdfkit would set a single text.
    const runs = hotlineRuns(hotline, families, scale).reduce<Run[]>((merged, run) => {
      const last = merged.at(-1);
      if (last && last.family === run.family && last.weight === run.weight && last.size === run.size) last.text += run.text;
      else merged.push({ ...run });
      return merged;
    }, []);
    runs.forEach((run, i) =>
      doc
        .font(face(run.family, run.weight))
        .fontSize(run.size)
        .text(run.text, { ...(i === 0 ? { width: textWidth } : {}), continued: i < runs.length - 1 }),
    );
  }
  doc.end();
  return done;
}
