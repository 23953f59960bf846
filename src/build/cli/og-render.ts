/**
 * Child process of the share-card integrations: renders SVG files to JPEG (or PNG, for an `out`
 * ending in .png: the social-media pack's images, whose QR code must stay sharp) with sharp. It runs on
 * its own so that FONTCONFIG_FILE (the site's fonts only, no system fonts) is set before
 * fontconfig starts. Argument: a JSON file of [{ svg, out }]. Each file is written under a
 * temporary name and renamed, so a reader never sees half a card.
 */
import { readFileSync, renameSync } from 'node:fs';
import sharp from 'sharp';

const jobs = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { svg: string; out: string }[];
// A few at a time: sharp renders on libuv's thread pool, so the cores share the work.
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const { svg, out } = jobs[next++]!;
    // No optimised Huffman tables: a third less time per card for about a tenth more bytes, and
    // cards are fetched by link previews, not by readers of the page.
    const partial = `${out}.${process.pid}.part`;
    const drawn = sharp(Buffer.from(svg));
    await (out.endsWith('.png') ? drawn.png({ compressionLevel: 9 }) : drawn.jpeg({ quality: 80, optimiseCoding: false })).toFile(partial);
    renameSync(partial, out);
  }
}
await Promise.all(Array.from({ length: 4 }, worker));
