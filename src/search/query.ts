/**
 * What the search page asks Pagefind for a query. Pagefind returns only pages holding every word
 * of a search, so "pages with the phrase first, then the rest" takes two searches: the query's
 * syllable pairs (pairs.ts) with its words, then its words alone, merged in that order without repeats. A query
 * typed with or without marks, in either tone placement, forms the same pairs, so the pages
 * holding the phrase come in the same order. Khmer queries keep their own searches (khmer.ts).
 */
import { syllablePairs } from './pairs.ts';
import { hasClusteredText, searchesFor } from './segment.ts';
import { newTonePlacement } from './tone.ts';

/**
 * The searches for a query, as groups tried in order until one finds something; the searches of
 * one group are merged, first search first. "Hoà giải" → [["hoagiai Hòa giải", "Hòa giải"]].
 */
export function searchPlan(query: string): string[][] {
  if (hasClusteredText(query)) return searchesFor(query).map((text) => [text]);
  const plain = searchesFor(newTonePlacement(query));
  const pairs = syllablePairs(query);
  // The pairs search keeps the syllables and numbers too ("quyết định 1790"), which also rank it.
  return [pairs.length > 0 ? [[...pairs, ...plain].join(' '), ...plain] : plain];
}

/** Results of several searches, in order, each page once (Pagefind results carry an `id`). */
export function mergeResults<R extends object>(lists: readonly (readonly R[])[]): R[] {
  const seen = new Set<unknown>();
  const merged: R[] = [];
  for (const result of lists.flat()) {
    const key = (result as { id?: unknown }).id ?? result;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(result);
  }
  return merged;
}

/** What a query found, in the order to show it. */
export interface SearchOutcome<R> {
  results: R[];
  /** True when a first result holds the query's syllables together (see `searchWithSpelling`). */
  phrase?: boolean;
  /** The spelling whose results come first instead of the one typed (see `searchWithSpelling`). */
  corrected?: string;
}

/**
 * Runs a reader's query through `search` (one Pagefind search, with the page's filters) and
 * returns the results in the order to show them, or null when Pagefind returned nothing.
 */
export async function searchPages<R extends object>(
  search: (text: string) => Promise<{ results: R[] } | null>,
  query: string,
): Promise<SearchOutcome<R> | null> {
  let found: SearchOutcome<R> | null = null;
  for (const group of searchPlan(query)) {
    const lists = await Promise.all(group.map((text) => search(text)));
    if (lists.every((list) => list === null)) continue;
    found = { results: mergeResults(lists.map((list) => list?.results ?? [])) };
    if (found.results.length > 0) break;
  }
  return found;
}

/**
 * `searchPages`, forgiving a slip of the keyboard. Pagefind drops a word it does not know, so
 * "bao luc gai dinh" finds pages with "bạo lực" and "gái" and ranks a page about girls first. When
 * none of the first results holds the query's syllables together (`holds`: the search page reads
 * the first screen's titles and text, which it loads anyway), `correct` gives the spelling the
 * reader most likely meant (the site's vocabulary, one edit away; asked with the number of
 * results found). If some first result of that spelling does hold it together, its results come
 * first and the typed query's after them, and `corrected` names it so the page can say so.
 */
export async function searchWithSpelling<R extends object>(
  search: (text: string) => Promise<{ results: R[] } | null>,
  query: string,
  holds: (results: readonly R[], text: string) => Promise<boolean>,
  correct: (query: string, results: number) => Promise<string | null>,
): Promise<SearchOutcome<R> | null> {
  const found = await searchPages(search, query);
  if (found && (await holds(found.results, query))) return { ...found, phrase: true };
  const better = await correct(query, found?.results.length ?? 0);
  if (!better || better === query) return found;
  const instead = await searchPages(search, better);
  if (!instead || !(await holds(instead.results, better))) return found;
  return { results: mergeResults([instead.results, found?.results ?? []]), corrected: better };
}
