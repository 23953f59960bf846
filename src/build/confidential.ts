/**
 * The last guard of a confidential service's location (src/schemas/service.ts): after the whole
 * site is written, every text output under dist/ (pages, feeds, sitemaps, calendar, scripts,
 * redirects, the search index's fragments once decompressed) and the share cards' inputs are
 * searched for each confidential address, as it stands in the service's file. The schema already
 * drops the address, so it only turns up where an editor typed or pasted it, e.g. into a
 * material's body. Text is compared NFC-normalised, without case, whitespace, tags or character
 * references; an address with a remark in brackets is looked for with and without it.
 */
import { readFileSync } from 'node:fs';
import { extname, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CheckedEntry } from '../collections/problems.ts';
import { decodeEntities } from '../site/html-text.ts';
import { filesUnder } from './dist-files.ts';

export interface ConfidentialAddress {
  /** The service's file, e.g. content/services/vi/nha-tam-lanh.yaml. */
  path: string;
  name: string;
  address: string;
}

/** One text the site publishes, and where a reader would meet it. */
export interface PublishedText {
  /** A page's address, or a file of dist/, as an editor reads it. */
  where: string;
  text: string;
}

export interface Leak {
  service: ConfidentialAddress;
  where: string;
}

/** The addresses recorded in confidential services' files (read from the file: the checked data no longer has them). */
export function confidentialAddresses(entries: readonly CheckedEntry[]): ConfidentialAddress[] {
  return entries.flatMap(({ file, data }) => {
    if (file.collection !== 'services' || data.location !== 'confidential') return [];
    const address = (file.data as { address?: unknown } | null)?.address;
    return typeof address === 'string' && address.trim() !== '' ? [{ path: file.path, name: String(data.name), address: address.trim() }] : [];
  });
}

/** Text as compared: tags and JSON escapes undone, references decoded, NFC, lower case, no whitespace or invisible breaks. */
export function foldForMatch(text: string): string {
  const unescaped = text.replace(/\\u([\da-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return decodeEntities(unescaped.replace(/<[^>]*>/g, ''))
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/gu, '');
}

/** Shortest folded text worth looking for: shorter remnants ("thôn a") would match ordinary prose. */
const MIN_NEEDLE = 8;

/** What to look for: the whole address, and the address without its bracketed remarks. */
export function needlesOf(address: string): string[] {
  const bare = address.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  return [...new Set([address, bare].map(foldForMatch))].filter((needle) => needle.length >= MIN_NEEDLE);
}

/** Every (service, place) where a confidential address appears. */
export function findLeaks(addresses: readonly ConfidentialAddress[], texts: Iterable<PublishedText>): Leak[] {
  if (addresses.length === 0) return [];
  const wanted = addresses.map((service) => ({ service, needles: needlesOf(service.address) }));
  const leaks: Leak[] = [];
  for (const { where, text } of texts) {
    const folded = foldForMatch(text);
    for (const { service, needles } of wanted) if (needles.some((needle) => folded.includes(needle))) leaks.push({ service, where });
  }
  return leaks;
}

/** Files that hold no text: images, fonts, audio, video, documents, WebAssembly, compressed copies. */
const BINARY = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.ico', '.woff', '.woff2', '.ttf', '.otf', '.mp3', '.m4a', '.ogg', '.opus', '.wav', '.mp4', '.webm', '.pdf', '.wasm', '.gz', '.br', '.zip']);

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
    yield { where: placeOf(rel, text), text };
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
