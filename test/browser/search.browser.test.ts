/**
 * The search query set (test/search/queries.yaml) in real Chromium through Pagefind's own
 * browser API. Vietnamese queries run against the sample build of the build project's global
 * setup; the Khmer ones against the sample content plus the Khmer test text of
 * test/fixtures/search-khmer, built here.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_RANKING } from '../../src/search/ranking.ts';
import { ROOT } from '../helpers/astro.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { SAMPLE_DIST } from '../helpers/sample.ts';
import { buildSearchSite, loadQueries, runQueries, summarise, type QueryResult } from '../helpers/search-runner.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';

let browser: Browser;
let sample: StaticServer;
let khmerSite: StaticServer;
let vietnamese: QueryResult[];
let khmer: QueryResult[];
const queries = loadQueries();

beforeAll(async () => {
  const khmerDist = buildSearchSite();
  sample = await serveDist(join(ROOT, SAMPLE_DIST));
  khmerSite = await serveDist(khmerDist);
  browser = await launchChromium();
  vietnamese = await runQueries(browser, sample.origin, queries.filter((q) => q.lang === undefined), 'pagefind', true, SEARCH_RANKING);
  khmer = await runQueries(browser, khmerSite.origin, queries.filter((q) => q.lang === 'km'), 'pagefind', true, SEARCH_RANKING);
});
afterAll(async () => {
  await browser?.close();
  await sample?.close();
  await khmerSite?.close();
});

const describeMiss = (r: QueryResult) => `"${r.q}" → ${[r.expect].flat().join(' or ')} at rank ${r.rank ?? 'none'} (top: ${r.top.join(', ')})`;

describe('search query set', () => {
  it('has at least 40 queries of every kind the issue asks for', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    for (const type of ['marks', 'nomarks', 'legal', 'misspelling', 'khmer']) expect(queries.some((q) => q.type === type)).toBe(true);
    expect(queries.some((q) => q.marks === false && /\bd/.test(q.q))).toBe(true);
  });
  it('finds every query typed without marks at rank ≤ 3', () => {
    const misses = vietnamese.filter((r) => r.marks === false && (r.rank === null || r.rank > 3));
    expect(misses.map(describeMiss)).toEqual([]);
  });
  it('finds at least 90% of the queries typed without marks at rank 1', () => {
    const s = summarise(vietnamese);
    expect(s.noMarks).toBeGreaterThan(0);
    expect(s.noMarksRank1 / s.noMarks).toBeGreaterThanOrEqual(0.9);
  });
  it('finds a no-marks query with đ words as well as the same query with marks', () => {
    const byQuery = new Map(vietnamese.map((r) => [r.q, r]));
    expect(byQuery.get('lam gi khi bi bao luc gia dinh')?.rank).toBe(1);
    expect(byQuery.get('duong day nong')?.rank).toBe(1);
  });
  it('finds Khmer pages by words inside an unspaced Khmer run', () => {
    expect(khmer.length).toBeGreaterThanOrEqual(4);
    expect(khmer.filter((r) => r.rank !== 1).map(describeMiss)).toEqual([]);
  });
});
