/**
 * Word-aware search for Vietnamese. A Vietnamese word is often two or more syllables ("hòa giải",
 * "bạo lực gia đình"), but Pagefind sees each syllable as a word, so a page with "hòa" and "giải"
 * far apart ranked like one about "hòa giải". Each pair of adjacent syllables is therefore also
 * indexed as one extra word, folded and joined ("hoagiai"), and a query is searched for its own
 * pairs first (see query.ts): pages where the query's syllables stand together come first.
 * Folded, so a query typed with or without marks, in either tone placement, forms the same pairs.
 * Pure.
 */
import { foldKey } from './fold.ts';

/** Punctuation that ends a phrase: no pair is formed across it. A comma does not ("phòng, chống"). */
const PHRASE_END_RE = /[.!?;:…()[\]«»“”"'‘’/|–—]/u;
/** A syllable: Latin letters and their marks only (numbers and codes such as "13/2022/QH15" are not paired). */
const SYLLABLE_RE = /^[\p{Script=Latin}\p{M}]+$/u;
const EDGE_PUNCTUATION_RE = /^[^\p{L}\p{M}\d]+|[^\p{L}\p{M}\d]+$/gu;

/** The folded syllables of a text, in phrases: "Hòa giải. Bình đẳng" → [["hoa", "giai"], ["binh", "dang"]]. */
function phrases(text: string): string[][] {
  const result: string[][] = [[]];
  for (const token of text.normalize('NFC').split(/\s+/)) {
    const core = token.replace(EDGE_PUNCTUATION_RE, '');
    const at = core === '' ? token.length : token.indexOf(core);
    const before = token.slice(0, at);
    const after = token.slice(at + core.length);
    if (PHRASE_END_RE.test(before)) result.push([]);
    if (SYLLABLE_RE.test(core)) result.at(-1)!.push(foldKey(core));
    else result.push([]);
    if (PHRASE_END_RE.test(after)) result.push([]);
  }
  return result.filter((phrase) => phrase.length > 1);
}

/** Adjacent syllables joined, in order of appearance, each once: "Hòa giải, hòa giải ngay" → ["hoagiai", "giaihoa", "giaingay"]. */
export function syllablePairs(text: string): string[] {
  const pairs = new Set<string>();
  for (const phrase of phrases(text)) {
    for (let i = 0; i + 1 < phrase.length; i++) pairs.add(phrase[i]! + phrase[i + 1]!);
  }
  return [...pairs];
}

/**
 * The line that separates the pairs, at the end of the indexed copy of a page, from its text.
 * Not a word for Pagefind; `withoutPairs` cuts the content Pagefind gives back at it.
 */
export const PAIRS_MARK = '⁂';

/** Text Pagefind gives back, without the pairs indexed after `PAIRS_MARK`. */
export function withoutPairs(content: string): string {
  const at = content.indexOf(PAIRS_MARK);
  return at < 0 ? content : content.slice(0, at).trimEnd();
}
