/**
 * The search page and the header search box, in the browser. Loaded only when a reader starts to
 * search (see SearchPanel.astro). Uses Pagefind's JS API; every string comes from the panel's
 * `data-strings` (made with t() on the server). The query is never put in a URL or stored.
 */
import { formatOfficialDate } from '../calendar/dates.ts';
import { makeExcerpt, readerText } from '../search/excerpt.ts';
import { searchesFor } from '../search/segment.ts';
import { SEARCH_RANKING } from '../search/ranking.ts';

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
const FILTER_KEYS = ['campaign', 'kind', 'language', 'year'] as const;
const PAGE_SIZE = 10;

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(bundle: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ ranking: SEARCH_RANKING });
    return pagefind;
  })();
  return pagefindPromise;
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

/** Wires one search panel: a form, a live status line, optional filters, and a results list. */
export function mountSearch(root: HTMLElement): void {
  if (root.dataset.mounted) return;
  root.dataset.mounted = 'true';
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const headingLevel = Number(root.dataset.headingLevel ?? 2);
  let run = 0;
  let pending: { data: () => Promise<PagefindResultData> }[] = [];

  const showMore = async (query: string, current: number) => {
    const batch = pending.splice(0, PAGE_SIZE);
    const items = await Promise.all(batch.map((result) => result.data()));
    if (current !== run) return;
    list.append(...items.map((data) => renderResult(data, query, headingLevel)));
    if (more) more.hidden = pending.length === 0;
  };

  const search = async () => {
    const current = ++run;
    const query = input.value.trim();
    list.replaceChildren();
    if (more) more.hidden = true;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.searching ?? '';
    let found: Awaited<ReturnType<Pagefind['search']>> | undefined;
    try {
      const pagefind = await loadPagefind(bundle);
      // A Khmer query is tried as an exact phrase first, then as loose clusters (see search/khmer.ts).
      for (const text of searchesFor(query)) {
        found = await pagefind.search(text, { filters: selectedFilters(root) });
        if (found && found.results.length > 0) break;
      }
    } catch {
      pagefindPromise = undefined;
      if (current === run) status.textContent = strings.unavailable ?? '';
      return;
    }
    if (current !== run || !found) return;
    pending = [...found.results];
    status.textContent = pending.length === 0 ? format(strings.noResults ?? '', { query }) : format(strings.results ?? '', { count: pending.length, query });
    await showMore(query, current);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  more?.addEventListener('click', () => void showMore(input.value.trim(), run));
  if (root.querySelector('[data-search-filters]')) {
    loadPagefind(bundle)
      .then((pagefind) => pagefind.filters())
      .then((available) => renderFilters(root, strings, available, () => void search()))
      .catch(() => {
        pagefindPromise = undefined;
      });
  }
  if (input.value.trim()) void search();
}
