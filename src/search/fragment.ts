/**
 * A Pagefind fragment is what a result downloads: its URL, meta and text, gzipped JSON after the
 * signature "pagefind_dcd". Pagefind stores there the whole text it indexed, so every fragment also
 * carried the syllable pairs appended for ranking (pairs.ts), about half of its bytes, which no
 * reader sees: the excerpt is made from the text before PAIRS_MARK (excerpt.ts). `trimFragment`
 * cuts them off after Pagefind has written the bundle. Pagefind's own excerpt, which the site does
 * not show, is the only thing that read that part.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { withoutPairs } from './pairs.ts';

const SIGNATURE = 'pagefind_dcd';

/** The fragment without the text after PAIRS_MARK, or the same bytes when there is none. */
export function trimFragment(gzipped: Buffer, file = 'fragment'): Buffer {
  const text = gunzipSync(gzipped).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: không phải mảnh chỉ mục Pagefind (thiếu "${SIGNATURE}").`);
  const data = JSON.parse(text.slice(SIGNATURE.length)) as { content?: string };
  if (typeof data.content !== 'string') return gzipped;
  const content = withoutPairs(data.content);
  if (content === data.content) return gzipped;
  return gzipSync(SIGNATURE + JSON.stringify({ ...data, content }), { level: 9 });
}
