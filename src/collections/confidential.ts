/**
 * Where a confidential service's address (src/schemas/service.ts) must never be: the schema drops
 * it from what the site reads, and these functions look for it in everything else. Text is
 * compared NFC-normalised, without case, whitespace, tags, character references or JSON escapes;
 * an address with a remark in brackets is looked for with and without it. The content check looks
 * in every other content file (`contentLeaks`); after the build, src/build/confidential.ts looks
 * in every text file of dist/ and the share cards' inputs.
 */
import { decodeEntities } from '../site/html-text.ts';
import type { ContentFile } from './files.ts';
import type { CheckedEntry, ContentProblem } from './problems.ts';

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
    return typeof address === 'string' && address.trim() !== ''
      ? [{ path: file.path, name: String(data.name), address: address.trim() }]
      : [];
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
  const bare = address
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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

/** A content file other than the service's own that repeats a confidential address: refused before anything is built. */
export function contentLeaks(addresses: readonly ConfidentialAddress[], files: readonly ContentFile[]): ContentProblem[] {
  const own = new Set(addresses.map((a) => a.path));
  const texts = files
    .filter((file) => !own.has(file.path))
    .map((file) => ({ where: file.path, text: `${JSON.stringify(file.data ?? {})}\n${file.body}` }));
  return findLeaks(addresses, texts).map(({ service, where }) => ({
    path: where,
    message: `Tệp này chứa địa chỉ giữ kín của dịch vụ "${service.name}" (${service.path}). Hãy xóa địa chỉ đó khỏi bài: nơi tạm lánh phải giữ kín để bảo vệ người đang lánh nạn; trang chỉ được hiện số điện thoại của dịch vụ.`,
  }));
}
