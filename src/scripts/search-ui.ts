/**
 * The search page and the header search box, in the browser. Loaded only when a reader starts to
 * search (see SearchPanel.astro). Uses Pagefind's JS API; every string comes from the panel's
 * `data-strings` (made with t() on the server). The query is never put in a URL or stored.
 *
 * It searches as the reader types (TYPING_DELAY_MS after the last key) and on submit, never moves
 * the focus, and says the result count in the status line once a search ends. When a query finds
 * little, or is spelled unlike the site's own words, it offers "Có phải bạn muốn tìm: …?" from the
 * site's vocabulary (search/vocabulary.ts) as a button that runs that search.
 */
import { formatOfficialDate } from '../calendar/dates.ts';
import { makeExcerpt, readerText } from '../search/excerpt.ts';
import { FALLBACK_FILTER, fallbackIndexes, readerUrl } from '../search/fallback.ts';
import { filterValuesNames, type FilterValues } from '../search/filter-values.ts';
import { searchWithSpelling, type SearchOutcome } from '../search/query.ts';
import { holdsPhrase, orderByTitle } from '../search/title-rank.ts';
import { PAGEFIND_OPTIONS } from '../search/ranking.ts';
import {
  FEW_RESULTS,
  indexVocabulary,
  suggestSpelling,
  VOCABULARY_DIR,
  type VocabularyFile,
  type VocabularyIndex,
} from '../search/vocabulary.ts';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  /** Loads the WebAssembly and the language's meta file ahead of the first search. */
  init: () => Promise<void>;
  /** Searches another index too, its results merged by score (Pagefind's multisite search). */
  mergeIndex: (url: string, options: { language: string; mergeFilter: Record<string, string>; ranking: unknown }) => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[] } | null>;
}

type Strings = Record<string, string>;
const FILTER_KEYS = ['campaign', 'kind', 'audience', 'language', 'year'] as const;
const PAGE_SIZE = 10;
/** A search starts this long after the reader's last key. */
const TYPING_DELAY_MS = 250;
/** While typing, "searching…" is said only when a search takes longer than this. */
const SLOW_SEARCH_MS = 800;

let pagefindPromise: Promise<Pagefind> | undefined;
/**
 * Pagefind for the page's language, which also searches the index of each language its fallback
 * pages show, for those pages only (search/fallback.ts). Pagefind skips merging a bundle whose path
 * starts the primary's, so the same bundle is merged by its full address.
 */
function loadPagefind(bundle: string, lang: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options(PAGEFIND_OPTIONS);
    for (const source of fallbackIndexes(lang)) {
      await pagefind.mergeIndex(new URL(bundle, location.href).href, {
        language: source.toLowerCase(),
        mergeFilter: { [FALLBACK_FILTER]: lang },
        ranking: PAGEFIND_OPTIONS.ranking,
      });
    }
    return pagefind;
  })();
  return pagefindPromise;
}

const loaded = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
/** A result's title, text and address, fetched once however often it is asked for. */
function dataOf(result: PagefindResult): Promise<PagefindResultData> {
  let data = loaded.get(result);
  if (!data) {
    data = result.data();
    loaded.set(result, data);
  }
  return data;
}

const vocabularies = new Map<string, Promise<VocabularyIndex | null>>();
/** The vocabulary of an index language, fetched once; null when it cannot be had (no suggestion then). */
function loadVocabulary(lang: string): Promise<VocabularyIndex | null> {
  let promise = vocabularies.get(lang);
  if (!promise) {
    promise = fetch(`/${VOCABULARY_DIR}/${encodeURIComponent(lang)}.json`)
      .then(async (response) => (response.ok ? indexVocabulary((await response.json()) as VocabularyFile) : null))
      .catch(() => {
        vocabularies.delete(lang);
        return null;
      });
    vocabularies.set(lang, promise);
  }
  return promise;
}

const format = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => String(params[k] ?? m));

type Props = Partial<Record<'href' | 'className' | 'type' | 'value', string>>;
function el<T extends HTMLElement = HTMLElement>(tag: string, props: Props = {}, ...children: (Node | string)[]): T {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name === 'className' ? 'class' : name, value);
  node.append(...children);
  return node as T;
}

/** The values of the search filters for the page's language (search/filter-values.ts), or null. */
async function loadFilterValues(bundle: string, lang: string): Promise<FilterValues | null> {
  for (const name of filterValuesNames(lang)) {
    const response = await fetch(`${bundle}${name}`);
    if (response.ok) return (await response.json()) as FilterValues;
  }
  return null;
}

function renderFilters(root: HTMLElement, strings: Strings, available: FilterValues, onChange: () => void) {
  const box = root.querySelector<HTMLElement>('[data-search-filters]');
  if (!box) return;
  box.replaceChildren();
  for (const key of FILTER_KEYS) {
    const values = [...(available[key] ?? [])].sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'vi')));
    if (values.length < 2) continue;
    const fieldset = el('fieldset', {}, el('legend', {}, strings[`filter.${key}`] ?? key));
    for (const value of values) {
      const input = el<HTMLInputElement>('input', { type: 'checkbox', value });
      input.dataset.filter = key;
      input.addEventListener('change', onChange);
      fieldset.append(el('label', {}, input, ` ${readerText(value)}`));
    }
    box.append(fieldset);
  }
  box.hidden = box.childElementCount === 0;
}

function selectedFilters(root: HTMLElement): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-filter]:checked')) {
    (filters[input.dataset.filter!] ??= { any: [] }).any.push(input.value);
  }
  return filters;
}

/** A result as a list item; a page of another language's index links at the reader's own address (search/fallback.ts). */
function renderResult(data: PagefindResultData, query: string, headingLevel: number, lang: string): HTMLElement {
  const url = new URL(data.url, location.origin);
  url.search = '';
  url.hash = '';
  const heading = el(`h${headingLevel}`, {}, el('a', { href: readerUrl(url.pathname, lang) }, readerText(data.meta.title ?? url.pathname)));
  const details = [
    data.meta.kind && readerText(data.meta.kind),
    data.meta.campaign && readerText(data.meta.campaign),
    data.meta.date ? formatOfficialDate(new Date(`${data.meta.date}T00:00:00Z`)) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const excerpt = el('p', { className: 'search__excerpt' });
  for (const part of makeExcerpt(data.content, query)) excerpt.append(part.mark ? el('mark', {}, part.text) : part.text);
  return el('li', {}, heading, ...(details ? [el('p', { className: 'search__meta' }, details)] : []), excerpt);
}

/** Wires one search panel: a form, a live status line, a suggestion line, optional filters, and a results list. */
export function mountSearch(root: HTMLElement): void {
  if (root.dataset.mounted) return;
  root.dataset.mounted = 'true';
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const bundle = root.dataset.bundle ?? '/pagefind/';
  // Pagefind picks its index by the page's <html lang>; the vocabulary files are named the same way.
  const lang = document.documentElement.lang || 'vi';
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const suggestion = root.querySelector<HTMLElement>('[data-search-suggestion]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const headingLevel = Number(root.dataset.headingLevel ?? 2);
  let run = 0;
  let searched: string | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: PagefindResult[] = [];

  // A live region speaks when its text changes: the same text is not set again.
  const say = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };

  /** Marks the results list busy while a search runs (assistive technology waits for it). */
  const busy = (value: boolean) => list.setAttribute('aria-busy', String(value));

  /** Shows the next results; the first screen in title-aware order (search/title-rank.ts) for `ranked`. */
  const showMore = async (query: string, current: number, ranked?: string) => {
    const batch = pending.splice(0, PAGE_SIZE);
    let items = await Promise.all(batch.map(dataOf));
    if (current !== run) return;
    if (ranked !== undefined) items = orderByTitle(ranked, items, (data) => readerText(data.meta.title ?? ''));
    list.append(...items.map((data) => renderResult(data, query, headingLevel, lang)));
    if (more) more.hidden = pending.length === 0;
    busy(false);
  };

  const offerSuggestion = async (query: string, results: number, found: SearchOutcome<PagefindResult>, current: number) => {
    // A query whose words stand together in what it found, and that finds enough, is spelled as
    // the site spells it: no vocabulary to fetch for it.
    if (!suggestion || (found.phrase && results >= FEW_RESULTS)) return;
    const corrected = found.corrected;
    const vocabulary = await loadVocabulary(lang);
    if (current !== run) return;
    const offer = corrected ? { text: corrected } : vocabulary && suggestSpelling(query, vocabulary, results);
    if (!offer) return;
    const button = el<HTMLButtonElement>('button', { type: 'button', className: 'search__suggest' }, offer.text);
    button.addEventListener('click', () => {
      input.value = offer.text;
      // The button goes with the new results: the reader is taken back to the box, not to the top of the page.
      input.focus();
      void search('submit');
    });
    const [before = '', after = ''] = (strings.suggestion ?? '{suggestion}').split('{suggestion}');
    suggestion.replaceChildren(before, button, after);
  };

  /** `typing`: keeps the results on screen until the new ones come, and skips a query already shown. */
  const search = async (how: 'submit' | 'typing') => {
    const query = input.value.trim();
    const key = `${query}\n${JSON.stringify(selectedFilters(root))}`;
    if (how === 'typing' && key === searched) return;
    const current = ++run;
    searched = key;
    busy(true);
    suggestion?.replaceChildren();
    if (how === 'submit' || !query) list.replaceChildren();
    if (more && how === 'submit') more.hidden = true;
    if (!query) {
      say('');
      busy(false);
      return;
    }
    const slow = setTimeout(
      () => {
        if (current === run) say(strings.searching ?? '');
      },
      how === 'typing' ? SLOW_SEARCH_MS : 0,
    );
    let found: SearchOutcome<PagefindResult> | undefined;
    try {
      const pagefind = await loadPagefind(bundle, lang);
      // Syllable pairs first, then the words alone; a Khmer query as a phrase, then loose clusters (search/query.ts).
      // A query whose syllables stand together in none of the first results is also searched as
      // the site's closest spelling (search/query.ts).
      const holds = async (results: readonly PagefindResult[], text: string) =>
        (await Promise.all(results.slice(0, PAGE_SIZE).map(dataOf))).some((data) =>
          holdsPhrase(text, readerText(`${data.meta.title ?? ''} | ${data.content}`)),
        );
      const correct = async (typed: string, count: number) => {
        const vocabulary = await loadVocabulary(lang);
        return (vocabulary && suggestSpelling(typed, vocabulary, count)?.text) ?? null;
      };
      found =
        (await searchWithSpelling((text) => pagefind.search(text, { filters: selectedFilters(root) }), query, holds, correct)) ?? undefined;
    } catch {
      pagefindPromise = undefined;
      searched = undefined;
      clearTimeout(slow);
      if (current === run) {
        say(strings.unavailable ?? '');
        busy(false);
      }
      return;
    }
    clearTimeout(slow);
    if (current !== run) return;
    if (!found) {
      busy(false);
      return;
    }
    pending = [...found.results];
    list.replaceChildren();
    if (more) more.hidden = true;
    say(
      pending.length === 0 ? format(strings.noResults ?? '', { query }) : format(strings.results ?? '', { count: pending.length, query }),
    );
    void offerSuggestion(query, pending.length, found, current);
    await showMore(query, current, found.corrected ?? query);
  };

  const searchSoon = () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void search('typing'), TYPING_DELAY_MS);
  };
  // An input method (Telex, VNI) composing a letter fires input events: wait for the letter.
  input.addEventListener('input', (event) => {
    if (!event.isComposing) searchSoon();
  });
  input.addEventListener('compositionend', searchSoon);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    void search('submit');
  });
  more?.addEventListener('click', () => void showMore(input.value.trim(), run));
  if (root.querySelector('[data-search-filters]')) {
    // On the search page, Pagefind and its index's meta file load as the page opens, so that the first search does not wait for them.
    loadPagefind(bundle, lang)
      .then((pagefind) => pagefind.init())
      .catch(() => {
        pagefindPromise = undefined;
      });
    loadFilterValues(bundle, lang)
      .then((available) => available && renderFilters(root, strings, available, () => void search('submit')))
      .catch(() => undefined);
  }
  if (input.value.trim()) void search('submit');
}
