/**
 * The last guard of a confidential service's location (src/schemas/service.ts): after the whole
 * site is written, every text output under dist/ (pages, feeds, sitemaps, calendar, scripts,
 * redirects, the search index's fragments once decompressed) is searched for each confidential
 * address (src/collections/confidential.ts says how text is compared). The schema drops the
 * address and the content check refuses content that repeats it, so this catches what slips past
 * both, e.g. a page template or an integration that writes text of its own.
 */
import { readFileSync } from 'node:fs';
import { extname, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Leak, PublishedText } from '../collections/confidential.ts';
import { readerText } from '../search/excerpt.ts';
import { filesUnder } from './dist-files.ts';

/** Files that hold no text: images, fonts, audio, video, documents, WebAssembly, compressed copies. */
const BINARY = new Set([
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.avif',
  '.gif',
  '.ico',
  '.woff',
  '.woff2',
  '.ttf',
  '.otf',
  '.mp3',
  '.m4a',
  '.ogg',
  '.opus',
  '.wav',
  '.mp4',
  '.webm',
  '.pdf',
  '.wasm',
  '.gz',
  '.br',
  '.zip',
]);

const GZIP = (bytes: Buffer) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/** A built file as an editor names it: `/tai-lieu/x/` for a page, the search index's page for a fragment, else the file. */
function placeOf(rel: string, text: string): string {
  if (rel.endsWith('index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  if (text.startsWith('pagefind_dcd')) {
    const url = /"url":"([^"]*)"/.exec(text)?.[1];
    if (url) return `${url} (chỉ mục tìm kiếm, ${rel})`;
  }
  return rel;
}

/** The text outputs under `dir`; the search index's files (gzip, see https://pagefind.app) are decompressed. */
export function* distTexts(dir: string): Generator<PublishedText> {
  for (const file of filesUnder(dir, (name) => !BINARY.has(extname(name).toLowerCase()))) {
    const rel = relative(dir, file).split(sep).join('/');
    let bytes = readFileSync(file);
    if (GZIP(bytes)) {
      try {
        bytes = gunzipSync(bytes);
      } catch {
        // Not gzip after all: read as it is.
      }
    }
    const text = bytes.toString('utf8');
    // The search index holds each page's text with words added for search ("đường duong"): read it as the reader's text too.
    yield { where: placeOf(rel, text), text: text.startsWith('pagefind_dcd') ? `${text}\n${readerText(text)}` : text };
  }
}

/** The report an editor reads (Vietnamese): the service's file, and each place the address appeared. */
export function formatLeaks(leaks: readonly Leak[]): string {
  const lines = leaks.map(
    ({ service, where }) =>
      `  • ${service.path} — trường "address" (Địa chỉ): địa chỉ giữ kín của "${service.name}" xuất hiện ở ${where}. Hãy xóa địa chỉ này khỏi nội dung đó (bài, trang, tiêu đề, ghi chú…): nơi tạm lánh phải giữ kín để bảo vệ người đang lánh nạn.`,
  );
  return [`Dừng xuất bản: ${leaks.length} chỗ để lộ địa chỉ của dịch vụ phải giữ kín địa chỉ.`, ...lines].join('\n');
}
