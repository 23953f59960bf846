/**
 * The values of each search filter, per index language, in a small file beside the bundle:
 * `<bundle>/filter-values/<lang>.json`, `{ "kind": ["Bài viết", …], … }`, written by
 * src/build/integrations/search-index.ts. The search page draws its filter boxes from it.
 * Pagefind's own `filters()` downloads every filter chunk, with the page numbers of each value
 * (8 KB on the 1,000-material benchmark site), as the page opens, before a reader has typed
 * anything; a search with a filter checked loads only that filter's chunk. Values are kept as
 * indexed (with the spellings src/search/page.ts adds), since a search must name them so; the page
 * shows them as readers write them (excerpt.ts `readerText`). Pure.
 */

export const FILTER_VALUES_DIR = 'filter-values';

/** Per filter name, its values. */
export type FilterValues = Record<string, string[]>;

/** A Pagefind filter file, decoded: [name, [[value, page numbers], …]]. */
export type FilterFile = [name: string, values: [value: string, pages: unknown][]];

/** The values of decoded filter files, by filter name, in Pagefind's order, each once. */
export function filterValues(files: readonly FilterFile[]): FilterValues {
  const values: FilterValues = {};
  for (const [name, list] of files) {
    const known = (values[name] ??= []);
    for (const [value] of list) if (!known.includes(value)) known.push(value);
  }
  return values;
}

/**
 * The file names to try for a page's `<html lang>`, as Pagefind picks its index: the whole tag in
 * lower case, then its language alone ("hmn-Latn-VN" → "hmn-latn-vn", "hmn").
 */
export const filterValuesNames = (lang: string): string[] =>
  [...new Set([lang.toLowerCase(), lang.toLowerCase().split('-')[0]!])].map((name) => `${FILTER_VALUES_DIR}/${name}.json`);
