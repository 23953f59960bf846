/**
 * A Pagefind fragment is what a result downloads: its URL, meta and text, gzipped JSON after the
 * signature "pagefind_dcd". Each result on the first screen costs one, so on a slow network they
 * are a large part of a first search. Pagefind stores there more than the search page reads:
 * - the whole text it indexed, with the syllable pairs appended for ranking (pairs.ts), about half
 *   of the bytes, and the folded and tone-placement spellings added after words (fold.ts,
 *   tone.ts), which the page would remove again before showing the text (excerpt.ts);
 * - `anchors`, every heading with an id, for Pagefind's own sub-results, which the site does not
 *   show;
 * - the page's image and its description (`image`, `image_alt` in meta): results have no image.
 * `trimFragment` removes all of these after Pagefind has written the bundle. The index itself is
 * untouched, so the ranking is the same; Pagefind's own excerpt, which the site does not show, is
 * the only thing that read the removed text.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { withoutFoldedVariants } from './fold.ts';
import { withoutPairs } from './pairs.ts';
import { withoutToneVariants } from './tone.ts';

const SIGNATURE = 'pagefind_dcd';
/** Meta that Pagefind collects and the search page never shows. */
const UNSHOWN_META = new Set(['image', 'image_alt']);

interface Fragment {
  content?: unknown;
  meta?: Record<string, unknown>;
  anchors?: unknown[];
}

/** Text as the reader wrote it, without the words the index added (Khmer clusters stay spaced: the excerpt matches on them). */
const asWritten = (text: string) => withoutToneVariants(withoutFoldedVariants(withoutPairs(text)));

/** The fragment without what the search page never reads, or the same bytes when there is nothing to remove. */
export function trimFragment(gzipped: Buffer, file = 'fragment'): Buffer {
  const text = gunzipSync(gzipped).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: không phải mảnh chỉ mục Pagefind (thiếu "${SIGNATURE}").`);
  const data = JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
  const trimmed: Fragment = { ...data };
  if (typeof data.content === 'string') trimmed.content = asWritten(data.content);
  if (data.meta) {
    trimmed.meta = Object.fromEntries(
      Object.entries(data.meta)
        .filter(([key]) => !UNSHOWN_META.has(key))
        .map(([key, value]) => [key, typeof value === 'string' ? asWritten(value) : value]),
    );
  }
  if (data.anchors?.length) trimmed.anchors = [];
  const json = JSON.stringify(trimmed);
  if (json === JSON.stringify(data)) return gzipped;
  return gzipSync(SIGNATURE + json, { level: 9 });
}
