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
import { searchPages } from '../search/query.ts';
import { PAGEFIND_OPTIONS } from '../search/ranking.ts';
import { indexVocabulary, suggestSpelling, VOCABULARY_DIR, type VocabularyFile, type VocabularyIndex } from '../search/vocabulary.ts';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

type Strings = Record<string, string>;
const FILTER_KEYS = ['campaign', 'kind', 'audience', 'language', 'year'] as const;
const PAGE_SIZE = 10;
/** A search starts this long after the reader's last key. */
const TYPING_DELAY_MS = 250;
/** While typing, "searching…" is said only when a search takes longer than this. */
const SLOW_SEARCH_MS = 800;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(bundle: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options(PAGEFIND_OPTIONS);
    return pagefind;
  })();
  return pagefindPromise;
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

const format = (template: string, params: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (m, k: string) => String(params[k] ?? m));

type Props = Partial<Record<'href' | 'className' | 'type' | 'value', string>>;
function el<T extends HTMLElement = HTMLElement>(tag: string, props: Props = {}, ...children: (Node | string)[]): T {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name === 'className' ? 'class' : name, value);
  node.append(...children);
  return node as T;
}

function renderFilters(root: HTMLElement, strings: Strings, available: Record<string, Record<string, number>>, onChange: () => void) {
  const box = root.querySelector<HTMLElement>('[data-search-filters]');
  if (!box) return;
  box.replaceChildren();
  for (const key of FILTER_KEYS) {
    const values = Object.keys(available[key] ?? {}).sort((a, b) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'vi')));
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

function renderResult(data: PagefindResultData, query: string, headingLevel: number): HTMLElement {
  const url = new URL(data.url, location.origin);
  url.search = '';
  url.hash = '';
  const heading = el(`h${headingLevel}`, {}, el('a', { href: url.pathname }, readerText(data.meta.title ?? url.pathname)));
  const details = [data.meta.kind && readerText(data.meta.kind), data.meta.campaign && readerText(data.meta.campaign), data.meta.date ? formatOfficialDate(new Date(`${data.meta.date}T00:00:00Z`)) : undefined].filter(Boolean).join(' · ');
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
  let pending: { data: () => Promise<PagefindResultData> }[] = [];

  // A live region speaks when its text changes: the same text is not set again.
  const say = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };

  const showMore = async (query: string, current: number) => {
    const batch = pending.splice(0, PAGE_SIZE);
    const items = await Promise.all(batch.map((result) => result.data()));
    if (current !== run) return;
    list.append(...items.map((data) => renderResult(data, query, headingLevel)));
    if (more) more.hidden = pending.length === 0;
  };

  const offerSuggestion = async (query: string, results: number, current: number) => {
    if (!suggestion) return;
    const vocabulary = await loadVocabulary(lang);
    if (current !== run) return;
    const offer = vocabulary && suggestSpelling(query, vocabulary, results);
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
    suggestion?.replaceChildren();
    if (how === 'submit' || !query) list.replaceChildren();
    if (more && how === 'submit') more.hidden = true;
    if (!query) {
      say('');
      return;
    }
    const slow = setTimeout(
      () => {
        if (current === run) say(strings.searching ?? '');
      },
      how === 'typing' ? SLOW_SEARCH_MS : 0,
    );
    let found: Awaited<ReturnType<Pagefind['search']>> | undefined;
    try {
      const pagefind = await loadPagefind(bundle);
      // Syllable pairs first, then the words alone; a Khmer query as a phrase, then loose clusters (search/query.ts).
      found = (await searchPages((text) => pagefind.search(text, { filters: selectedFilters(root) }), query)) ?? undefined;
    } catch {
      pagefindPromise = undefined;
      searched = undefined;
      clearTimeout(slow);
      if (current === run) say(strings.unavailable ?? '');
      return;
    }
    clearTimeout(slow);
    if (current !== run || !found) return;
    pending = [...found.results];
    list.replaceChildren();
    if (more) more.hidden = true;
    say(pending.length === 0 ? format(strings.noResults ?? '', { query }) : format(strings.results ?? '', { count: pending.length, query }));
    void offerSuggestion(query, pending.length, current);
    await showMore(query, current);
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
    loadPagefind(bundle)
      .then((pagefind) => pagefind.filters())
      .then((available) => renderFilters(root, strings, available, () => void search('submit')))
      .catch(() => {
        pagefindPromise = undefined;
      });
  }
  if (input.value.trim()) void search('submit');
}
