/**
 * "Có phải bạn muốn tìm …?": the site's own vocabulary, and the spelling one edit away that a
 * reader most likely meant. Pure; the vocabulary is collected at build time from the text the
 * search index holds (src/build/integrations/search-vocabulary.ts) and read by the search page.
 *
 * The vocabulary of a language is its syllables and its pairs of adjacent syllables, folded
 * (no marks, đ → d, lower case: `foldKey`), each list ordered from the most to the least frequent,
 * so the order itself says which of two spellings the site uses more. Khmer has no spaces between
 * words: its syllables are the clusters the index is made of (segment.ts, khmer.ts).
 *
 * Why pairs: a slip often makes another real syllable ("gia" → "gai", as in "trẻ em gái"), which a
 * syllable list alone cannot catch. "bao luc gai dinh" is made of known syllables, but "luc gai"
 * and "gai dinh" never stand together on the site, while "luc gia" and "gia dinh" do: the
 * suggestion is the spelling one edit away (one syllable changed by one Damerau-Levenshtein edit) whose syllables
 * and pairs the site uses most.
 */
import { foldKey, withoutFoldedVariants } from './fold.ts';
import { withoutPairs } from './pairs.ts';
import { withoutToneVariants } from './tone.ts';
import { hasClusteredText, joinClusters, segmentForIndex } from './segment.ts';
import { decodeEntities } from '../site/html-text.ts';

/** Folder of the built site holding one vocabulary file per index language: `<dir>/<lang>.json`. */
export const VOCABULARY_DIR = 'pagefind-vocab';

/** Fewer results than this and any better spelling is suggested; from this on, only a whole phrase of the site. */
export const FEW_RESULTS = 3;

/** The vocabulary file of one language, as written into the built site. */
export interface VocabularyFile {
  /** Folded syllables, most frequent first, separated by spaces. */
  syllables: string;
  /** Folded pairs of adjacent syllables ("gia dinh"), most frequent first, separated by "|". */
  pairs: string;
}

/** Words of Latin script with their marks, Khmer clusters (after segmentation), digits. */
const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;
const HAS_DIGIT_RE = /\p{N}/u;
/** What may stand between two syllables of one phrase: spaces, not a line break or punctuation. */
const PHRASE_GAP_RE = /^[^\S\n]+$/u;
/** Elements whose end breaks a phrase: the next word starts a new one. */
const BLOCK_TAGS =
  'address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|td|th|tr|ul';
const BLOCK_TAG_RE = new RegExp(`<\\/?(?:${BLOCK_TAGS})\\b[^>]*>`, 'giu');

interface Token {
  /** The word as it stands in the (segmented) text. */
  text: string;
  /** Its folded spelling. */
  key: string;
  start: number;
  end: number;
  /** True when it continues the phrase of the token before it (only spaces between them). */
  joined: boolean;
  /** False for words with digits ("13", "qh15"): never part of the vocabulary, never corrected. */
  word: boolean;
}

/** Splits text into syllables (Khmer into clusters first); `text` of each token is in the segmented text. */
function tokenize(segmented: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of segmented.matchAll(WORD_RE)) {
    const start = match.index;
    const text = match[0];
    const joined = previousEnd >= 0 && PHRASE_GAP_RE.test(segmented.slice(previousEnd, start));
    tokens.push({ text, key: foldKey(text), start, end: start + text.length, joined, word: !HAS_DIGIT_RE.test(text) });
    previousEnd = start + text.length;
  }
  return tokens;
}

/** Removes every element whose start tag `opening` matches (tag name in group 1) with what it holds, counting nested elements of the same tag. */
function withoutElements(html: string, opening: RegExp): string {
  let result = html;
  for (let match = opening.exec(result); match; match = opening.exec(result)) {
    const tag = match[1]!.toLowerCase();
    const same = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'giu');
    same.lastIndex = match.index + match[0].length;
    let depth = 1;
    let end = result.length;
    for (let next = same.exec(result); next; next = same.exec(result)) {
      depth += next[1] ? -1 : 1;
      if (depth === 0) {
        end = next.index + next[0].length;
        break;
      }
    }
    result = result.slice(0, match.index) + result.slice(end);
    opening.lastIndex = match.index;
  }
  return result;
}

/**
 * The text Pagefind indexes, from the HTML it is given (`preparePage(…).html`): without the
 * fallback notice and `data-pagefind-ignore` elements, with a line break at every block element,
 * without what the index adds for search alone (the joined syllable pairs after PAIRS_MARK, the
 * new tone placement after an old one, the folded spelling after an đ word).
 */
export function indexedText(preparedHtml: string): string {
  let html = withoutElements(preparedHtml, /<(\w+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>/giu);
  html = withoutElements(html, /<(\w+)\b[^>]*\bclass="[^"]*\bnotice--fallback\b[^"]*"[^>]*>/giu);
  html = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/giu, ' ');
  const text = decodeEntities(html.replace(BLOCK_TAG_RE, '\n').replace(/<[^>]*>/g, ''));
  return withoutFoldedVariants(withoutToneVariants(withoutPairs(text.normalize('NFC'))));
}

const byCount = (counts: Map<string, number>) =>
  [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([key]) => key);

/** Pairs a site uses at least this often go into the file: one use is weak evidence, and halves the file. */
const MIN_PAIR_COUNT = 2;
/** At most this many pairs, the most frequent: about 100 KB before compression, on any size of site. */
const MAX_PAIRS = 10_000;

/** How often each syllable and each pair of joined syllables stands in one text. */
export interface VocabularyCounts {
  syllables: Map<string, number>;
  pairs: Map<string, number>;
}

/** The counts of one page's indexed text (`indexedText`): made once, added to every language that shows the page. */
export function countVocabulary(text: string): VocabularyCounts {
  const syllables = new Map<string, number>();
  const pairs = new Map<string, number>();
  let previous: Token | undefined;
  for (const token of tokenize(segmentForIndex(text.normalize('NFC')))) {
    if (token.word) {
      syllables.set(token.key, (syllables.get(token.key) ?? 0) + 1);
      if (previous?.word && token.joined) {
        const pair = `${previous.key} ${token.key}`;
        pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
      }
    }
    previous = token;
  }
  return { syllables, pairs };
}

/**
 * The vocabulary of one language from the counts of its indexed pages: every syllable, and the
 * pairs seen at least `minPairCount` times, at most `maxPairs` of them.
 */
export function vocabularyFrom(
  pages: Iterable<VocabularyCounts>,
  options: { minPairCount?: number; maxPairs?: number } = {},
): VocabularyFile {
  const { minPairCount = MIN_PAIR_COUNT, maxPairs = MAX_PAIRS } = options;
  const syllables = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const page of pages) {
    for (const [key, count] of page.syllables) syllables.set(key, (syllables.get(key) ?? 0) + count);
    for (const [key, count] of page.pairs) pairs.set(key, (pairs.get(key) ?? 0) + count);
  }
  for (const [pair, count] of pairs) if (count < minPairCount) pairs.delete(pair);
  return { syllables: byCount(syllables).join(' '), pairs: byCount(pairs).slice(0, maxPairs).join('|') };
}

/** `vocabularyFrom` the texts themselves. */
export const collectVocabulary = (texts: Iterable<string>, options: { minPairCount?: number; maxPairs?: number } = {}): VocabularyFile =>
  vocabularyFrom([...texts].map(countVocabulary), options);

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions), by code
 * point: "gai" → "gia" is 1, "dinh" → "dihn" is 1, "luc" → "lcu" is 1.
 */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      row.push(best);
    }
    before = previous;
    previous = row;
  }
  return previous[y.length]!;
}

/** A vocabulary ready for suggestions: ranks by spelling, syllables grouped by length. */
export interface VocabularyIndex {
  syllableRank: ReadonlyMap<string, number>;
  pairRank: ReadonlyMap<string, number>;
  byLength: ReadonlyMap<number, readonly string[]>;
}

/** Reads a vocabulary file (as fetched by the search page) into an index. */
export function indexVocabulary(file: VocabularyFile): VocabularyIndex {
  const syllables = file.syllables.split(' ').filter(Boolean);
  const pairs = file.pairs.split('|').filter(Boolean);
  const byLength = new Map<number, string[]>();
  for (const syllable of syllables) {
    const length = [...syllable].length;
    const group = byLength.get(length);
    if (group) group.push(syllable);
    else byLength.set(length, [syllable]);
  }
  return {
    syllableRank: new Map(syllables.map((syllable, rank) => [syllable, rank])),
    pairRank: new Map(pairs.map((pair, rank) => [pair, rank])),
    byLength,
  };
}

// Scores of a spelling: each syllable the site uses and each pair it writes counts; each changed
// syllable costs a little less than what it must buy: one pair, or two when the syllable typed is
// one the site uses more than its replacement. Frequency only breaks ties (< 0.01 in all).
const KNOWN = 2;
const PAIR = 2;
const EDIT = 1.5;
const EDIT_TO_RARER = 3.5;
const TIE = 0.001;
/** Candidate spellings kept per syllable, the most frequent first. */
const MAX_CANDIDATES = 40;

const frequencyBonus = (rank: number | undefined, size: number) => (rank === undefined ? 0 : TIE * (1 - rank / Math.max(size, 1)));

/** What replacing the syllable typed (`typed`) with `key` costs. */
function editCost(typed: string, key: string, index: VocabularyIndex): number {
  if (key === typed) return 0;
  const typedRank = index.syllableRank.get(typed);
  return typedRank !== undefined && index.syllableRank.get(key)! > typedRank ? EDIT_TO_RARER : EDIT;
}

/** The syllables one edit from `key` that the site uses, most frequent first, `key` itself first. */
function candidatesFor(token: Token, index: VocabularyIndex): string[] {
  const own = token.key;
  const length = [...token.key].length;
  // One Latin letter is too little to correct; a Khmer cluster of one letter may lack a sign or subscript.
  if (!token.word || (length < 2 && !hasClusteredText(token.key))) return [own];
  const near: string[] = [];
  for (const size of length < 2 ? [2] : [length - 1, length, length + 1]) {
    for (const syllable of index.byLength.get(size) ?? [])
      if (syllable !== token.key && editDistance(syllable, token.key) === 1) near.push(syllable);
  }
  near.sort((a, b) => index.syllableRank.get(a)! - index.syllableRank.get(b)!);
  return [own, ...near.slice(0, MAX_CANDIDATES)];
}

interface Scored {
  score: number;
  /** Every syllable known and every pair of adjacent syllables written on the site. */
  phrase: boolean;
}

function scoreOf(tokens: Token[], keys: string[], index: VocabularyIndex): Scored {
  let score = 0;
  let phrase = true;
  keys.forEach((key, i) => {
    const token = tokens[i]!;
    if (token.word) {
      const rank = index.syllableRank.get(key);
      if (rank === undefined) phrase = false;
      else score += KNOWN + frequencyBonus(rank, index.syllableRank.size);
      score -= editCost(token.key, key, index);
    }
    const previous = tokens[i - 1];
    if (previous?.word && token.word && token.joined) {
      const rank = index.pairRank.get(`${keys[i - 1]!} ${key}`);
      if (rank === undefined) phrase = false;
      else score += PAIR + frequencyBonus(rank, index.pairRank.size);
    }
  });
  return { score, phrase };
}

export interface Suggestion {
  /** The query with its corrected syllables, unmarked; the other words as the reader typed them. */
  text: string;
  /** Folded, for comparing with what was searched. */
  key: string;
}

/**
 * The spelling the reader most likely meant, or null. `results` is how many pages the query
 * found: with fewer than FEW_RESULTS any better spelling is offered; with more, only a spelling
 * that is a whole phrase of the site (every syllable and every adjacent pair) when the query is not.
 */
export function suggestSpelling(query: string, index: VocabularyIndex, results = 0): Suggestion | null {
  const segmented = segmentForIndex(query.normalize('NFC').trim());
  const tokens = tokenize(segmented);
  if (tokens.length === 0 || !tokens.some((token) => token.word)) return null;
  const candidates = tokens.map((token) => candidatesFor(token, index));

  // One edit away: one syllable replaced, the one whose replacement scores best.
  const typedKeys = tokens.map((token) => token.key);
  const typed = scoreOf(tokens, typedKeys, index);
  let best: { keys: string[]; scored: Scored } | undefined;
  for (const [i, list] of candidates.entries()) {
    for (const candidate of list.slice(1)) {
      const keys = typedKeys.map((key, j) => (j === i ? candidate : key));
      const scored = scoreOf(tokens, keys, index);
      if (scored.score > (best?.scored.score ?? typed.score)) best = { keys, scored };
    }
  }
  if (!best) return null;
  const chosen = best;
  const offered = chosen.scored;
  // Many results: the query is likely spelled as meant. Offer only a whole phrase of the site,
  // when the query is not one, whose replaced syllables the site uses more than those typed.
  if (results >= FEW_RESULTS) {
    if (typed.phrase || !offered.phrase) return null;
    const rankOf = (key: string) => index.syllableRank.get(key) ?? Infinity;
    if (chosen.keys.some((key, i) => key !== tokens[i]!.key && rankOf(key) > rankOf(tokens[i]!.key))) return null;
  }

  let text = '';
  let from = 0;
  tokens.forEach((token, i) => {
    const key = chosen.keys[i]!;
    text += segmented.slice(from, token.start) + (key === token.key ? token.text : key);
    from = token.end;
  });
  text = joinClusters(text + segmented.slice(from)).trim();
  return { text, key: chosen.keys.join(' ') };
}
