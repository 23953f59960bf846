/**
 * Child process of the share-card integration: renders SVG files to PNG with sharp. It runs on
 * its own so that FONTCONFIG_FILE (the site's fonts only, no system fonts) is set before
 * fontconfig starts. Argument: a JSON file of [{ svg, out }].
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';

const jobs = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { svg: string; out: string }[];
sharp.concurrency(1);
for (const { svg, out } of jobs) {
  await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toFile(out);
}
