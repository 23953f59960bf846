/**
 * The excerpt under a search result, made from the text Pagefind returns. We make it ourselves
 * because the indexed copy of a page carries folded spellings ("đẳng dang") and spaces between
 * Khmer words that the reader must not see, and because a folded query should mark the words
 * it matched ("dinh" marks "đình").
 */
import { foldKey, withoutFoldedVariants } from './search-fold.ts';

export interface ExcerptPart {
  text: string;
  /** True for a word the query matched. */
  mark: boolean;
}

const KHMER_GAP_RE = /([\u1780-\u17FF]) (?=[\u1780-\u17FF])/gu;
const keyOf = (word: string) => foldKey(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));

/** Text as the reader wrote it: folded spellings removed, Khmer words joined again. */
export function readerText(indexed: string): string {
  return withoutFoldedVariants(indexed).replace(KHMER_GAP_RE, '$1');
}

/**
 * About `length` words around the first word that matches the query, as parts to render as
 * text nodes and `<mark>` elements (never as HTML).
 */
export function makeExcerpt(indexedContent: string, query: string, length = 30): ExcerptPart[] {
  const words = withoutFoldedVariants(indexedContent).split(/\s+/).filter(Boolean);
  const terms = query.split(/\s+/).map(keyOf).filter(Boolean);
  const matches = (word: string) => {
    const key = keyOf(word);
    return key !== '' && terms.some((term) => key.startsWith(term));
  };
  const first = Math.max(0, words.findIndex(matches));
  const start = Math.max(0, Math.min(first - 8, words.length - length));
  const window = words.slice(start, start + length);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '… ', mark: false });
  window.forEach((word, i) => {
    const separator = i < window.length - 1 ? ' ' : '';
    if (matches(word)) parts.push({ text: word, mark: true }, { text: separator, mark: false });
    else parts.push({ text: word + separator, mark: false });
  });
  if (start + length < words.length) parts.push({ text: ' …', mark: false });
  return parts
    .reduce<ExcerptPart[]>((merged, part) => {
      const last = merged.at(-1);
      if (last && !last.mark && !part.mark) last.text += part.text;
      else merged.push({ ...part });
      return merged;
    }, [])
    .map((part) => ({ ...part, text: part.text.replace(KHMER_GAP_RE, '$1') }))
    .filter((part) => part.text !== '');
}
