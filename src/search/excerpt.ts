/**
 * The excerpt under a search result, made from the text Pagefind returns. We make it ourselves
 * because the indexed copy of a page carries folded spellings ("đẳng dang") and spaces between
 * Khmer words, tone-placement variants ("hoà hòa") and syllable pairs (pairs.ts) that the reader must not see, and because a folded query should mark the words
 * it matched ("dinh" marks "đình").
 */
import { foldKey, withoutFoldedVariants } from './fold.ts';
import { withoutPairs } from './pairs.ts';
import { withoutToneVariants } from './tone.ts';
import { hasClusteredText, joinClusters, sameClusteredScript, segmentForIndex } from './segment.ts';

export interface ExcerptPart {
  text: string;
  /** True for a word the query matched. */
  mark: boolean;
}

const keyOf = (word: string) => foldKey(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));

/** The indexed text without the words added for search: pairs, folded spellings, tone variants. */
const withoutAddedWords = (indexed: string) => withoutToneVariants(withoutFoldedVariants(withoutPairs(indexed)));

/** Text as the reader wrote it: added words removed, Khmer words joined again. */
export function readerText(indexed: string): string {
  return joinClusters(withoutAddedWords(indexed));
}

/**
 * About `length` words around the first word that matches the query, as parts to render as
 * text nodes and `<mark>` elements (never as HTML).
 */
export function makeExcerpt(indexedContent: string, query: string, length = 30): ExcerptPart[] {
  const words = withoutAddedWords(indexedContent).split(/\s+/).filter(Boolean);
  const clustered = hasClusteredText(query);
  // Khmer is indexed as clusters, several to a word: a wider window shows as much text.
  const size = clustered ? length * 3 : length;
  const marked = new Set<number>();
  if (clustered) {
    // The query's clusters, found as a run (the phrase the search matched).
    const clusters = segmentForIndex(query.normalize('NFC')).split(' ').filter(Boolean);
    const at = words.findIndex((_, i) => clusters.every((c, k) => words[i + k] === c));
    if (at >= 0) clusters.forEach((_, k) => marked.add(at + k));
  } else {
    const terms = query.split(/\s+/).map(keyOf).filter(Boolean);
    words.forEach((word, i) => {
      const key = keyOf(word);
      if (key !== '' && terms.some((term) => key.startsWith(term))) marked.add(i);
    });
  }
  const first = marked.size > 0 ? Math.min(...marked) : 0;
  const start = Math.max(0, Math.min(first - 8, words.length - size));
  const window = words.slice(start, start + size);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '… ', mark: false });
  window.forEach((word, i) => {
    const separator = i < window.length - 1 ? ' ' : '';
    const mark = marked.has(start + i);
    // A space between two marked words belongs to the mark, so a marked Khmer run stays one run.
    const joined = mark && marked.has(start + i + 1);
    if (mark) parts.push({ text: joined ? word + separator : word, mark: true }, ...(joined ? [] : [{ text: separator, mark: false }]));
    else parts.push({ text: word + separator, mark: false });
  });
  if (start + size < words.length) parts.push({ text: ' …', mark: false });
  return parts
    .reduce<ExcerptPart[]>((merged, part) => {
      const last = merged.at(-1);
      if (last && last.mark === part.mark) last.text += part.text;
      else merged.push({ ...part });
      return merged;
    }, [])
    .map((part, i, all) => {
      let text = joinClusters(part.text);
      // The gap between two parts, at a mark's edge, is an added space too.
      if (text.endsWith(' ') && sameClusteredScript(text.at(-2) ?? '', all[i + 1]?.text[0] ?? '')) text = text.slice(0, -1);
      if (text.startsWith(' ') && sameClusteredScript(text[1] ?? '', all[i - 1]?.text.at(-1) ?? '')) text = text.slice(1);
      return { ...part, text };
    })
    .filter((part) => part.text !== '');
}
