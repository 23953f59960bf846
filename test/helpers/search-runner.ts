/**
 * Runs the search query set (test/search/queries.yaml) in real Chromium against a served built
 * site: through the search page itself, as a reader types and submits (`runQueriesOnSearchPage`),
 * or through Pagefind's own browser API (pagefind.js) for a plain index that has no search page
 * (`runQueries`). Shared by the browser tests and `npm run bench:search`.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { compressVariants, shouldPrecompress } from '../../src/build/precompress.ts';
import { searchPlan } from '../../src/search/query.ts';
import { ROOT, TMP, buildSite } from './astro.ts';

export interface SearchQuery {
  q: string;
  /** The page a reader wants, or the pages any of which would do (several pages on the subject). */
  expect: string | string[];
  type: 'marks' | 'nomarks' | 'legal' | 'misspelling' | 'khmer';
  marks?: boolean;
  lang?: string;
}

export interface QueryResult extends SearchQuery {
  /** 1-based rank of the (first) expected page, or null when none is in the results. */
  rank: number | null;
  top: string[];
  /** The first ten result URLs. */
  all: string[];
}

export const loadQueries = (): SearchQuery[] => parse(readFileSync(join(ROOT, 'test/search/queries.yaml'), 'utf8')) as SearchQuery[];

/** A page whose `<html lang>` selects the index for a language. */
const pageFor = (lang: string) => (lang === 'vi' ? '/tai-lieu/' : `/${lang}/tai-lieu/`);

/** The search page of a language. */
const searchPageFor = (lang: string) => (lang === 'vi' ? '/tim-kiem/' : `/${lang}/tim-kiem/`);

/** The first ten result URLs the search page shows for a query typed in its box and submitted. */
async function searchOnPage(page: Page, query: string): Promise<string[]> {
  const panel = page.locator('main [data-search]');
  await panel.locator('input[type="search"]').fill(query);
  // The results list is marked busy synchronously on submit and unmarked once results are shown.
  await panel.locator('form').evaluate((form: HTMLFormElement) => form.requestSubmit());
  await panel.locator('[data-search-results][aria-busy="false"]').waitFor({ timeout: 30_000 });
  return panel
    .locator('[data-search-results] > li')
    .evaluateAll((items) => items.slice(0, 10).map((item) => item.querySelector('a')!.getAttribute('href')!));
}

/** Runs every query through each language's search page, one page per language. */
export async function runQueriesOnSearchPage(browser: Browser, origin: string, queries: SearchQuery[]): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  for (const [lang, group] of Map.groupBy(queries, (query) => query.lang ?? 'vi')) {
    const page = await browser.newPage();
    await page.goto(origin + searchPageFor(lang));
    await page.locator('main [data-search][data-mounted]').waitFor();
    for (const query of group) {
      const top = await searchOnPage(page, query.q);
      const wanted = [query.expect].flat();
      const index = top.findIndex((url) => wanted.includes(url));
      results.push({ ...query, rank: index < 0 ? null : index + 1, top: top.slice(0, 3), all: top });
    }
    await page.close();
  }
  return results;
}

/**
 * Runs every query through pagefind.js (the plain index: no search page reads it); `bundle` is the folder of the index (`pagefind` or the plain one). With
 * `segment`, each query is searched by the plan the search page uses (src/search/query.ts: groups
 * tried in order, the searches of a group merged in order without repeats); without, as typed.
 */
export async function runQueries(
  browser: Browser,
  origin: string,
  queries: SearchQuery[],
  bundle = 'pagefind',
  segment = true,
  options: Record<string, unknown> | undefined = undefined,
): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  const byLang = Map.groupBy(queries, (query) => query.lang ?? 'vi');
  for (const [lang, group] of byLang) {
    const page = await browser.newPage();
    await page.goto(origin + pageFor(lang));
    // A string, not a function: Vite rewrites `import()` inside functions it compiles for tests.
    await page.evaluate(
      `(async () => { const pf = await import(${JSON.stringify(`/${bundle}/pagefind.js`)}); ${options ? `await pf.options(${JSON.stringify(options)});` : ''} window.pf = pf; })()`,
    );
    for (const query of group) {
      const plan = segment ? searchPlan(query.q) : [[query.q]];
      const top = await page.evaluate(async (groups) => {
        type Found = { results: { id: string; data: () => Promise<{ url: string }> }[] };
        const pf = (window as unknown as { pf: { search: (q: string) => Promise<Found> } }).pf;
        let results: Found['results'] = [];
        for (const group of groups) {
          const lists = await Promise.all(group.map((text) => pf.search(text)));
          const seen = new Set<string>();
          results = lists.flatMap((list) => list?.results ?? []).filter((r) => !seen.has(r.id) && Boolean(seen.add(r.id)));
          if (results.length > 0) break;
        }
        return Promise.all(results.slice(0, 10).map(async (result) => (await result.data()).url));
      }, plan);
      const wanted = [query.expect].flat();
      const index = top.findIndex((url) => wanted.includes(url));
      results.push({ ...query, rank: index < 0 ? null : index + 1, top: top.slice(0, 3), all: top });
    }
    await page.close();
  }
  return results;
}

/** Bytes fetched for one search: as the browser reads them, and on the wire (see `searchDownloads`). */
export interface Downloaded {
  query: string;
  bytes: number;
  wire: number;
  files: number;
}

/**
 * Counts, on `page`, the responses whose path `counts` accepts, search by search: `run` does one
 * search and `take(query)` returns what was fetched since the last take. `wire` counts a text file
 * as the build's brotli copy of it (src/build/precompress.ts), the rest as they are.
 */
function countDownloads(page: Page, counts: (path: string) => boolean) {
  let bodies: Promise<{ bytes: number; wire: number }>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!counts(path)) return;
    bodies.push(
      response.body().then(async (body) => {
        const brotli = shouldPrecompress(path, body.length) ? (await compressVariants(body, path)).brotli : undefined;
        return { bytes: body.length, wire: brotli?.length ?? body.length };
      }),
    );
  });
  return async (query: string): Promise<Downloaded> => {
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(bodies);
    bodies = [];
    return {
      query,
      bytes: sizes.reduce((sum, size) => sum + size.bytes, 0),
      wire: sizes.reduce((sum, size) => sum + size.wire, 0),
      files: sizes.length,
    };
  };
}

/**
 * What searches for `queries`, one after the other on one Vietnamese page, fetch from the bundle
 * through pagefind.js, each counted on its own: the first brings the loader, entry, WebAssembly
 * and meta, each brings the index chunks and the fragments of its first five results that are not
 * loaded yet. `bytes` counts the bodies as the browser reads them; `wire` counts what a server
 * sending the build's precompressed copies (the deploy guide's nginx setup) puts on the network
 * (Pagefind's index files are gzipped already).
 */
export async function searchDownloads(
  browser: Browser,
  origin: string,
  queries: readonly string[],
  bundle = 'pagefind',
  options: Record<string, unknown> | undefined = undefined,
): Promise<Downloaded[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + pageFor('vi'));
  const take = countDownloads(page, (path) => path.startsWith(`/${bundle}/`));
  await page.evaluate(
    `(async () => { window.pf = await import(${JSON.stringify(`/${bundle}/pagefind.js`)}); ${options ? `await window.pf.options(${JSON.stringify(options)});` : ''} })()`,
  );
  const counted: Downloaded[] = [];
  for (const query of queries) {
    await page.evaluate(
      `(async () => { const found = await window.pf.search(${JSON.stringify(query)}); await Promise.all(found.results.slice(0, 5).map((r) => r.data())); })()`,
    );
    counted.push(await take(query));
  }
  await context.close();
  return counted;
}

/**
 * What the search page fetches for the search index (`/pagefind/`) and the spelling vocabulary
 * (`/pagefind-vocab/`) for `queries`, typed one after the other in its box: the first counts from
 * the page's opening (the page loads Pagefind and its filters as it opens), each later one what it
 * adds.
 */
export async function searchPageDownloads(browser: Browser, origin: string, queries: readonly string[]): Promise<Downloaded[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const take = countDownloads(page, (path) => path.startsWith('/pagefind/') || path.startsWith('/pagefind-vocab/'));
  await page.goto(origin + searchPageFor('vi'));
  await page.locator('main [data-search][data-mounted]').waitFor();
  const counted: Downloaded[] = [];
  for (const query of queries) {
    await searchOnPage(page, query);
    counted.push(await take(query));
  }
  await context.close();
  return counted;
}

export function summarise(results: QueryResult[]) {
  const share = (list: QueryResult[], n: number) => list.filter((r) => r.rank !== null && r.rank <= n).length;
  const noMarks = results.filter((r) => r.marks === false);
  return {
    total: results.length,
    rank1: share(results, 1),
    rank3: share(results, 3),
    noMarks: noMarks.length,
    noMarksRank1: share(noMarks, 1),
    noMarksRank3: share(noMarks, 3),
    /** Share of queries with an expected page at rank ≤ 3. */
    successAt3: results.length === 0 ? 0 : share(results, 3) / results.length,
    /** Mean reciprocal rank of the first expected page within the top 10 (0 when absent). */
    mrrAt10:
      results.length === 0 ? 0 : results.reduce((sum, r) => sum + (r.rank !== null && r.rank <= 10 ? 1 / r.rank : 0), 0) / results.length,
  };
}

/** Builds the sample content with the Khmer test text of test/fixtures/search-khmer laid over it. */
export function buildSearchSite(): string {
  const contentDir = join(TMP, 'fixtures', 'search-content');
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/search-khmer/content'), contentDir, { recursive: true });
  const outDir = join(TMP, 'dist-search');
  const run = buildSite(contentDir, outDir, 'search');
  if (run.status !== 0) throw new Error(`The search content set did not build:\n${run.output}`);
  return outDir;
}
