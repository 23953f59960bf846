/**
 * Title-aware order of the first results. Pagefind weighs a title word more than a body word, but
 * it scores words one by one over the whole page, so pages that use "bình đẳng giới" and "luật"
 * often outrank the page titled "Luật Bình đẳng giới" for "luat binh dang gioi". A page whose title
 * holds the query's syllables together, in order, is about the query: such pages move up, in
 * Pagefind's order among themselves, and the others keep Pagefind's order below them. (Ordering by
 * how much of the title the query is was tried: it put "Quyết định về Ngày Gia đình Việt Nam"
 * above the Family Day material for "ngày gia đình việt nam", a longer title on the same subject.)
 * Folded, so marks and tone placement change nothing. Pure.
 *
 * Only the results already loaded for the first screen are reordered (their titles come with
 * them), so this costs no download.
 */
import { foldKey } from './fold.ts';
import { hasClusteredText } from './segment.ts';

/** The folded syllables and numbers of a text: "Luật Bình đẳng giới 2006" → ["luat", "binh", "dang", "gioi", "2006"]. */
const syllables = (text: string): string[] =>
  foldKey(text.normalize('NFC'))
    .split(/[^\p{L}\p{M}\d]+/u)
    .filter(Boolean);

/**
 * How many times the text holds every syllable of the query together and in order, ignoring
 * marks, case and punctuation: "gia đình" twice in "Ngày Gia đình Việt Nam - Gia đình bình đẳng",
 * "luat binh dang gioi" never in "Hỏi đáp pháp luật về bình đẳng giới". Khmer queries are never
 * matched here (their words are not spaced).
 */
export function phraseCount(query: string, text: string): number {
  if (hasClusteredText(query)) return 0;
  const wanted = syllables(query);
  const words = syllables(text);
  if (wanted.length === 0) return 0;
  let count = 0;
  for (let start = 0; start + wanted.length <= words.length; start++) {
    if (wanted.every((syllable, i) => words[start + i] === syllable)) count++;
  }
  return count;
}

/** True when the text holds the query's syllables together and in order (see `phraseCount`). */
export const holdsPhrase = (query: string, text: string): boolean => phraseCount(query, text) > 0;

/**
 * `items` with those whose title holds the query moved up: first the titles that hold it most
 * often (a title that names "gia đình" twice is about the family; one that names it once, inside
 * "bạo lực gia đình", is about violence), each group in its own order.
 */
export function orderByTitle<T>(query: string, items: readonly T[], titleOf: (item: T) => string): T[] {
  const counts = new Map(items.map((item) => [item, phraseCount(query, titleOf(item))]));
  const held = items.filter((item) => counts.get(item)! > 0);
  // Array.prototype.sort is stable: equal counts keep their order.
  held.sort((a, b) => counts.get(b)! - counts.get(a)!);
  return [...held, ...items.filter((item) => counts.get(item) === 0)];
}
