/**
 * The search query set (test/search/queries.yaml) in real Chromium through the search page, typed
 * in its box and submitted as a reader does. Vietnamese queries run against the sample build of the build project's global
 * setup; the Khmer ones against the sample content plus the Khmer test text of
 * test/fixtures/search-khmer, built here.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { SAMPLE_DIST } from '../helpers/sample.ts';
import { buildSearchSite, loadQueries, runQueriesOnSearchPage, summarise, type QueryResult } from '../helpers/search-runner.ts';
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
  vietnamese = await runQueriesOnSearchPage(
    browser,
    sample.origin,
    queries.filter((q) => q.lang === undefined),
  );
  khmer = await runQueriesOnSearchPage(
    browser,
    khmerSite.origin,
    queries.filter((q) => q.lang === 'km'),
  );
});
afterAll(async () => {
  await browser?.close();
  await sample?.close();
  await khmerSite?.close();
});

/** The figures reached on issue 25 (test/search/README.md); a change that lowers them fails. */
const SUCCESS_AT_3 = 0.97;
const MRR_AT_10 = 0.94;
const describeMiss = (r: QueryResult) =>
  `"${r.q}" → ${[r.expect].flat().join(' or ')} at rank ${r.rank ?? 'none'} (top: ${r.top.join(', ')})`;

describe('search query set', () => {
  it('has at least 60 queries of every kind the issue asks for', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const type of ['marks', 'nomarks', 'legal', 'misspelling', 'khmer']) expect(queries.some((q) => q.type === type)).toBe(true);
    expect(queries.some((q) => q.marks === false && /\bd/.test(q.q))).toBe(true);
  });
  it('finds at least 96% of the queries typed without marks at rank ≤ 3 (32 of 33 through the search page)', () => {
    const s = summarise(vietnamese);
    expect(s.noMarks).toBeGreaterThan(0);
    expect(
      s.noMarksRank3 / s.noMarks,
      vietnamese
        .filter((r) => r.marks === false && (r.rank === null || r.rank > 3))
        .map(describeMiss)
        .join('; '),
    ).toBeGreaterThanOrEqual(0.96);
  });
  it('finds at least 90% of the queries typed without marks at rank 1 (30 of 33 through the search page)', () => {
    const s = summarise(vietnamese);
    expect(s.noMarksRank1 / s.noMarks).toBeGreaterThanOrEqual(0.9);
  });
  it('finds a no-marks query with đ words as well as the same query with marks', () => {
    const byQuery = new Map(vietnamese.map((r) => [r.q, r]));
    expect(byQuery.get('lam gi khi bi bao luc gia dinh')?.rank).toBe(1);
    expect(byQuery.get('duong day nong')?.rank).toBe(1);
  });
  it('keeps success@3 and MRR@10 at the figures of test/search/README.md', () => {
    const s = summarise([...vietnamese, ...khmer]);
    expect(s.successAt3).toBeGreaterThanOrEqual(SUCCESS_AT_3);
    expect(s.mrrAt10).toBeGreaterThanOrEqual(MRR_AT_10);
  });
  it('gives the expected page first for the examples of issue 25, typed with or without marks', () => {
    const byQuery = new Map(vietnamese.map((r) => [r.q, r]));
    for (const q of [
      'hòa giải',
      'hoà giải',
      'hoa giai',
      'bạo lực gia đình',
      'bao luc gia dinh',
      'gia đình',
      'gia dinh',
      'bao luc gai dinh',
    ])
      expect(byQuery.get(q) && describeMiss(byQuery.get(q)!), q).toMatch(/at rank 1 /);
  });
  it('gives identical result lists for the old and the new tone placement', async () => {
    const pairs = [
      ['hoà giải', 'hòa giải'],
      ['uỷ ban nhân dân', 'ủy ban nhân dân'],
      ['thuỷ', 'thủy'],
    ];
    const asQuery = (q: string) => ({ q, expect: '/', type: 'marks' as const });
    const results = await runQueriesOnSearchPage(browser, sample.origin, pairs.flat().map(asQuery));
    const tops = new Map(results.map((r) => [r.q, r.all]));
    for (const [old, current] of pairs) expect(tops.get(old!), old).toEqual(tops.get(current!));
    expect(tops.get('hòa giải')?.length).toBeGreaterThan(0);
  });
  it('finds Khmer pages by words inside an unspaced Khmer run', () => {
    expect(khmer.length).toBeGreaterThanOrEqual(4);
    expect(khmer.filter((r) => r.rank !== 1).map(describeMiss)).toEqual([]);
  });
});
