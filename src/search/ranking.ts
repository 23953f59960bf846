/**
 * Pagefind ranking settings the search page uses, and the measurement with it. Chosen with
 * `npm run bench:search`: a lower page-length penalty than Pagefind's default
 * put more short material pages first. Measured, not guessed; re-measure when content grows.
 */
const SEARCH_RANKING = { pageLength: 0.3 } as const;

/**
 * Pagefind's options on the search page: the ranking above, and the search on the page's own
 * thread (`noWorker`). Pagefind's web worker is one more script a first search downloads (11 KB
 * with brotli) for a search that takes milliseconds on an index of this size; on the slow networks
 * readers have, the download costs more than the worker saves.
 */
export const PAGEFIND_OPTIONS = { ranking: SEARCH_RANKING, noWorker: true } as const;
