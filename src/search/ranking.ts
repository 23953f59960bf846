/**
 * Pagefind ranking settings the search page uses, and the measurement with it. Chosen with
 * `npm run bench:search`: a lower page-length penalty than Pagefind's default
 * put more short material pages first. Measured, not guessed; re-measure when content grows.
 */
export const SEARCH_RANKING = { pageLength: 0.3 } as const;
