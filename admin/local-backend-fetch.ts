/**
 * How the admin talks to the local backend (`npm start`, admin/local-server.ts): two fixes on
 * `fetch`, for requests to the local backend's URL only.
 *
 * 1. Drafts that do not exist. Opening a published entry asks decap-server for its draft, and it
 *    answers 404 when there is none, which the browser logs as a console error every time. That
 *    request (and only that one) carries SOFT_NOT_FOUND_HEADER; our local server then answers 200 with
 *    `softNotFound: true`, and this turns it back into the 404 Response Decap expects, made here,
 *    so no failed request is logged. A server without the header's support answers 404 as before.
 *
 * 2. The local backend (decap-server 3.11, git mode) serves one request at a time, and a
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

/** The request header that asks the local server for a 404 as a marked 200 (see above). */
export const SOFT_NOT_FOUND_HEADER = 'x-soft-not-found';

/** The one decap-server action that answers 404 in normal use: "the draft of this entry", when there is none. */
export const MAY_BE_ABSENT: ReadonlySet<string> = new Set(['unpublishedEntry']);

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

function withHeader(headers: HeadersInit | undefined, name: string, value: string): Headers {
  const all = new Headers(headers);
  all.set(name, value);
  return all;
}

/** The 404 Decap expects, from a 200 our local server marked `softNotFound`; other answers as they are. */
async function hardenNotFound(response: Response): Promise<Response> {
  if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response;
  const body = (await response.clone().json()) as { softNotFound?: unknown } | null;
  if (!body || body.softNotFound !== true) return response;
  const rest: Record<string, unknown> = { ...body };
  delete rest.softNotFound;
  return new Response(JSON.stringify(rest), {
    status: 404,
    statusText: 'Not Found',
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/**
 * Wraps `fetch` for the local backend at `url`: the draft request asks for a soft 404, which comes
 * back as a 404 Response; reads are asked again after a 500.
 */
export function localBackendFetch(fetchImpl: typeof fetch, url: string, options: RetryOptions = {}): typeof fetch {
  const {
    attempts = 5,
    delay = (retry) => 400 * 2 ** (retry - 1),
    sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  } = options;
  return async (input, init) => {
    const target = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const action = target === url && init?.method === 'POST' ? actionOf(init.body) : undefined;
    if (!action) return fetchImpl(input, init);
    // Only where a 404 is expected: every other answer reaches Decap untouched and unread.
    const soft = MAY_BE_ABSENT.has(action);
    const asked = soft ? { ...init, headers: withHeader(init?.headers, SOFT_NOT_FOUND_HEADER, '1') } : init;
    const answer = (response: Response) => (soft ? hardenNotFound(response) : response);
    if (!READ_ACTIONS.has(action)) return answer(await fetchImpl(input, asked));
    for (let attempt = 1; ; attempt++) {
      const response = await fetchImpl(input, asked);
      if (response.status !== 500 || attempt >= attempts || init?.signal?.aborted) return answer(response);
      await sleep(delay(attempt));
    }
  };
}

/** Installs localBackendFetch on `win.fetch` for the local backend named in the CMS configuration. */
export function useLocalBackendFetch(win: Window & typeof globalThis, localBackend: LocalBackend): void {
  const url = localBackendUrl(localBackend, win.location.hostname);
  if (url) win.fetch = localBackendFetch(win.fetch.bind(win), url);
}
