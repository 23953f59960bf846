/**
 * Khmer is written without spaces between words, and Pagefind splits words on spaces, so a
 * whole Khmer phrase would otherwise become one "word" that no shorter query can match.
 *
 * We index Khmer by orthographic clusters (a base letter with its subscripts and vowel signs),
 * one per "word", and search a Khmer query as the exact phrase of its clusters. That is a
 * substring search: "កន្លែងធ្វើការ" finds "…នៅកន្លែងធ្វើការ…". Word segmentation with
 * `Intl.Segmenter` was tried first and failed twice over: the dictionary joins words a reader
 * types separately ("នៅកន្លែង"), and Node (indexing) and the reader's browser (searching) carry
 * different ICU dictionaries, so the two sides disagreed. Clusters come from a fixed rule, so the
 * index and the query always agree.
 *
 * Self-contained on purpose (no imports, no outer names): the browser test runs these very
 * functions inside Chromium to prepare queries the same way the search page does.
 */

/** Puts a space around every Khmer cluster, digit run and sign; other text is left alone. */
export function segmentKhmer(text: string): string {
  // Base consonant or independent vowel, then subscript consonants (coeng + letter) and signs.
  const cluster = /[\u1780-\u17B3](?:\u17D2[\u1780-\u17B3]|[\u17B4-\u17D1\u17D3\u17DD])*|[\u17E0-\u17E9]+|[\u1780-\u17FF\u19E0-\u19FF]/gu;
  return text
    .replace(/[\u1780-\u17FF\u19E0-\u19FF]+/gu, (run) => ` ${(run.match(cluster) ?? []).join(' ')} `)
    .replace(/ {2,}/g, ' ');
}

/**
 * The searches to try, in order, for what a reader typed. A query that is one Khmer run is
 * searched first as the exact phrase of its clusters (a substring match; Pagefind reads a whole
 * query in double quotes as a phrase), then as loose clusters; any other query is searched once,
 * with its Khmer runs split into clusters.
 */
export function khmerSearches(query: string): string[] {
  const cluster = /[\u1780-\u17B3](?:\u17D2[\u1780-\u17B3]|[\u17B4-\u17D1\u17D3\u17DD])*|[\u17E0-\u17E9]+|[\u1780-\u17FF\u19E0-\u19FF]/gu;
  const text = query.normalize('NFC').trim();
  const loose = text
    .replace(/[\u1780-\u17FF\u19E0-\u19FF]+/gu, (run) => ` ${(run.match(cluster) ?? []).join(' ')} `)
    .replace(/\s+/g, ' ')
    .trim();
  const oneRun = /^[\u1780-\u17FF\u19E0-\u19FF]+$/u.test(text);
  return oneRun && loose.includes(' ') ? [`"${loose}"`, loose] : [loose];
}
