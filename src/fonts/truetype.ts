/**
 * TrueType copies of the site's WOFF2 fonts, for the tools that draw with them at build time (share
 * cards, poster PDFs). fontverter's WOFF2 decoder is not safe to run twice at once in one process:
 * two decodings in flight gave a broken font ("Unrecognized font signature"), so every decoding
 * goes through one queue, and each file is decoded once per process.
 */
import { readFileSync } from 'node:fs';
import fontverter from 'fontverter';

let queue: Promise<unknown> = Promise.resolve();
const decoded = new Map<string, Promise<Buffer>>();

/** The TrueType bytes of the font file at `path` (WOFF2 or already TrueType). */
export function truetypeOf(path: string): Promise<Buffer> {
  let font = decoded.get(path);
  if (!font) {
    font = queue.then(() => fontverter.convert(readFileSync(path), 'truetype'));
    // A failed decoding does not stop the ones queued after it.
    queue = font.catch(() => undefined);
    decoded.set(path, font);
  }
  return font;
}
