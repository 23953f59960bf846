import { describe, expect, it } from 'vitest';
import { READ_ACTIONS, SOFT_NOT_FOUND_HEADER, localBackendFetch, localBackendUrl } from '../../../admin/local-backend-fetch.ts';

const URL_ = 'http://127.0.0.1:8081/api/v1';

/** A fake decap-server answering 500 ("Request timed out") `refusals` times, then 200; records the actions asked. */
function server(refusals: number) {
  const asked: string[] = [];
  const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    asked.push((JSON.parse(String(init?.body)) as { action: string }).action);
    const refused = asked.length <= refusals;
    return new Response(JSON.stringify(refused ? { error: 'Unknown error' } : { ok: true }), { status: refused ? 500 : 200 });
  }) as typeof fetch;
  return { asked, fetchImpl };
}

const noSleep = { sleep: () => Promise.resolve() };
const post = (action: string) => ({ method: 'POST', body: JSON.stringify({ action, params: { branch: 'main' } }) });

describe('local backend: reads refused by decap-server are asked again', () => {
  it('retries a read until decap-server answers', async () => {
    const { asked, fetchImpl } = server(2);
    const response = await localBackendFetch(fetchImpl, URL_, noSleep)(URL_, post('unpublishedEntry'));
    expect(response.status).toBe(200);
    expect(asked).toEqual(['unpublishedEntry', 'unpublishedEntry', 'unpublishedEntry']);
  });

  it('gives up after the set number of attempts and hands Decap the refusal', async () => {
    const { asked, fetchImpl } = server(10);
    const response = await localBackendFetch(fetchImpl, URL_, { ...noSleep, attempts: 3 })(URL_, post('getEntry'));
    expect(response.status).toBe(500);
    expect(asked).toHaveLength(3);
  });

  it('never repeats a write, nor a request to another address', async () => {
    for (const action of ['persistEntry', 'publishUnpublishedEntry', 'deleteFile', 'updateUnpublishedEntryStatus', 'persistMedia']) {
      expect(READ_ACTIONS.has(action)).toBe(false);
      const { asked, fetchImpl } = server(1);
      expect((await localBackendFetch(fetchImpl, URL_, noSleep)(URL_, post(action))).status).toBe(500);
      expect(asked).toEqual([action]);
    }
    const { asked, fetchImpl } = server(1);
    expect((await localBackendFetch(fetchImpl, URL_, noSleep)('http://127.0.0.1:9999/api/v1', post('getEntry'))).status).toBe(500);
    expect(asked).toHaveLength(1);
  });

  it('waits longer before each new attempt', async () => {
    const waits: number[] = [];
    const { fetchImpl } = server(3);
    await localBackendFetch(fetchImpl, URL_, { sleep: (ms) => (waits.push(ms), Promise.resolve()) })(URL_, post('getMedia'));
    expect(waits).toEqual([400, 800, 1600]);
  });

  it('finds the URL Decap uses for the local backend', () => {
    expect(localBackendUrl(true, '127.0.0.1')).toBe('http://localhost:8081/api/v1');
    expect(localBackendUrl({ url: URL_ }, 'localhost')).toBe(URL_);
    expect(localBackendUrl({}, '127.0.0.1')).toBe('http://127.0.0.1:8081/api/v1');
    expect(localBackendUrl(false, 'localhost')).toBeUndefined();
  });
});

describe('local backend: a missing draft is a 404 for Decap, without a failed request', () => {
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

  it('asks for a soft 404 for the draft request to the local backend, and nowhere else', async () => {
    const seen: (string | null)[] = [];
    const fetchImpl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(new Headers(init?.headers).get(SOFT_NOT_FOUND_HEADER));
      return json({ ok: true });
    }) as typeof fetch;
    const wrapped = localBackendFetch(fetchImpl, URL_, noSleep);
    await wrapped(URL_, { ...post('unpublishedEntry'), headers: { 'Content-Type': 'application/json' } });
    await wrapped(URL_, post('getMedia'));
    await wrapped(URL_, post('persistEntry'));
    await wrapped('http://127.0.0.1:9999/api/v1', post('unpublishedEntry'));
    expect(seen).toEqual(['1', null, null, null]);
  });

  it("turns the local server's marked 200 into Decap's 404, and leaves other answers alone", async () => {
    const answers = [
      json({ message: 'Not Found', softNotFound: true }),
      json({ collection: 'materials', slug: 'bai-mau' }),
      json({ error: 'x' }, 422),
      json({ softNotFound: true }),
    ];
    const fetchImpl = (async () => answers.shift()!) as unknown as typeof fetch;
    const wrapped = localBackendFetch(fetchImpl, URL_, noSleep);
    const missing = await wrapped(URL_, post('unpublishedEntry'));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: 'Not Found' });
    const found = await wrapped(URL_, post('unpublishedEntry'));
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual({ collection: 'materials', slug: 'bai-mau' });
    expect((await wrapped(URL_, post('unpublishedEntry'))).status).toBe(422);
    // Another action's answer is not read, even if it looked like one.
    expect((await wrapped(URL_, post('getEntry'))).status).toBe(200);
  });
});
