/**
 * `npm run bench:search`: builds the sample content plus the Khmer test text, indexes it twice
 * (plain Pagefind = before, run through pagefind.js; prepared = after, run through the search page
 * itself), runs test/search/queries.yaml in Chromium and prints hits at rank 1 and 3, and the bytes
 * a first and a second search download (the search page's count includes the spelling vocabulary).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearchIndex } from '../../src/build/integrations/search-index.ts';
import { launchChromium } from '../helpers/chromium.ts';
import {
  buildSearchSite,
  loadQueries,
  runQueries,
  runQueriesOnSearchPage,
  searchDownloads,
  searchPageDownloads,
  summarise,
  type QueryResult,
} from '../helpers/search-runner.ts';
import { serveDist } from '../helpers/static-server.ts';

const dirBytes = (dir: string, match: (name: string) => boolean = () => true): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sum + dirBytes(path, match);
    return match(entry.name) ? sum + statSync(path).size : sum;
  }, 0);

const dist = buildSearchSite();
await buildSearchIndex(dist, { plain: true, bundle: 'pagefind-plain' });
const server = await serveDist(dist);
const browser = await launchChromium();
try {
  const queries = loadQueries();
  const twoSearches = ['binh dang gioi', 'bao luc gia dinh'];
  const runs: [string, string, () => Promise<QueryResult[]>, () => ReturnType<typeof searchDownloads>][] = [
    [
      'before (plain Pagefind, through pagefind.js)',
      'pagefind-plain',
      () => runQueries(browser, server.origin, queries, 'pagefind-plain', false),
      () => searchDownloads(browser, server.origin, twoSearches, 'pagefind-plain'),
    ],
    [
      'after (the search page as a reader uses it: typed in its box and submitted)',
      'pagefind',
      () => runQueriesOnSearchPage(browser, server.origin, queries),
      () => searchPageDownloads(browser, server.origin, twoSearches),
    ],
  ];
  const table: Record<string, QueryResult[]> = {};
  for (const [label, bundle, run, downloads] of runs) {
    const results = await run();
    table[label] = results;
    const s = summarise(results);
    const [first, second] = await downloads();
    const khmer = summarise(results.filter((r) => r.type === 'khmer'));
    console.log(`\n${label}`);
    console.log(`  all queries:      rank 1 ${s.rank1}/${s.total}, rank ≤ 3 ${s.rank3}/${s.total}`);
    console.log(`  success@3 ${s.successAt3.toFixed(3)}, MRR@10 ${s.mrrAt10.toFixed(3)}`);
    console.log(`  no-marks queries: rank 1 ${s.noMarksRank1}/${s.noMarks}, rank ≤ 3 ${s.noMarksRank3}/${s.noMarks}`);
    console.log(`  Khmer queries:    rank 1 ${khmer.rank1}/${khmer.total}, rank ≤ 3 ${khmer.rank3}/${khmer.total}`);
    for (const [label, counted] of [
      ['first search', first!],
      ['then', second!],
    ] as const) {
      console.log(`  ${label} "${counted.query}": ${counted.wire} bytes on the wire (${counted.bytes} decoded) in ${counted.files} files`);
    }
    console.log(
      `  index on disk: ${dirBytes(join(dist, bundle), (name) => !/^pagefind-(component-|modular-)?ui\.|^pagefind-highlight/.test(name))} bytes, all languages (Pagefind's own UI files not counted)`,
    );
  }
  console.log('\nper query (rank before → after; top result after when missed):');
  const [before, after] = Object.values(table) as [QueryResult[], QueryResult[]];
  after.forEach((r, i) => {
    const b = before[i]!;
    console.log(
      `  ${String(b.rank ?? '–').padStart(2)} → ${String(r.rank ?? '–').padEnd(2)} [${r.type}] ${r.q}${r.rank === 1 ? '' : `   (top: ${r.top.join(' ')})`}`,
    );
  });
} finally {
  await browser.close();
  await server.close();
}
