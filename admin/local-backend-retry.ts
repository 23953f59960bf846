/**
 * The local backend (decap-server 3.11, git mode, `npm start`) serves one request at a time, and a
 * request that has waited 3 seconds for its turn is answered "500 Unknown error" (its log says
 * "Request timed out"). Opening an entry sends a burst of requests (the entry, the draft list, each
 * draft, the media folder…); on a busy machine, or once a draft branch holds many files, one of
 * them can wait that long. If it is the entry itself, Decap shows "không tải được" and the editor
 * stays on "Đang tải mục…" for good, which is not something an editor can act on.
 *
 * Requests that only read are therefore sent again, a few times, when decap-server answers 500.
 * Writes (persistEntry, publish, delete, status changes…) are never repeated: a refused save shows
 * Decap's own "could not save" message, and the editor saves again.
 */

/** decap-server actions that change nothing, so asking twice is harmless. */
export const READ_ACTIONS: ReadonlySet<string> = new Set([
  'info',
  'entriesByFolder',
  'entriesByFiles',
  'getEntry',
  'unpublishedEntries',
  'unpublishedEntry',
  'unpublishedEntryDataFile',
  'unpublishedEntryMediaFile',
  'getMedia',
  'getMediaFile',
  'getDeployPreview',
]);

type LocalBackend = boolean | { url?: string } | undefined;

/** The URL Decap uses for the local backend (decap-cms-core's detectProxyServer), or undefined. */
export function localBackendUrl(localBackend: LocalBackend, hostname: string): string | undefined {
  if (!localBackend) return undefined;
  const defaultUrl = 'http://localhost:8081/api/v1';
  return localBackend === true ? defaultUrl : (localBackend.url ?? defaultUrl.replace('localhost', hostname));
}

function actionOf(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  try {
    const action = (JSON.parse(body) as { action?: unknown }).action;
    return typeof action === 'string' ? action : undefined;
  } catch {
    return undefined;
  }
}

export interface RetryOptions {
  /** Answers in all, the first included. */
  attempts?: number;
  /** Milliseconds to wait before asking again the n-th time (n = 1, 2…). */
  delay?: (retry: number) => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Wraps `fetch` so that reads from the local backend at `url` are asked again after a 500. */
export function retryingFetch(fetchImpl: typeof fetch, url: string, options: RetryOptions = {}): typeof fetch {
  const {
    attempts = 5,
    delay = (retry) => 400 * 2 ** (retry - 1),
    sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  } = options;
  return async (input, init) => {
    const target = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const action = target === url && init?.method === 'POST' ? actionOf(init.body) : undefined;
    if (!action || !READ_ACTIONS.has(action)) return fetchImpl(input, init);
    for (let attempt = 1; ; attempt++) {
      const response = await fetchImpl(input, init);
      if (response.status !== 500 || attempt >= attempts || init?.signal?.aborted) return response;
      await sleep(delay(attempt));
    }
  };
}

/** Installs the retry on `win.fetch` for the local backend named in the CMS configuration. */
export function retryLocalBackendReads(win: Window & typeof globalThis, localBackend: LocalBackend): void {
  const url = localBackendUrl(localBackend, win.location.hostname);
  if (url) win.fetch = retryingFetch(win.fetch.bind(win), url);
}
