/**
 * `npm run bench:search`: builds the sample content plus the Khmer test text, indexes it twice
 * (plain Pagefind = before; prepared = after), runs test/search/queries.yaml in Chromium through
 * pagefind.js and prints hits at rank 1 and 3, and the bytes a first and a second search download.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearchIndex } from '../../src/build/integrations/search-index.ts';
import { PAGEFIND_OPTIONS } from '../../src/search/ranking.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { buildSearchSite, loadQueries, runQueries, searchDownloads, summarise, type QueryResult } from '../helpers/search-runner.ts';
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
  const runs: [string, string, boolean, Record<string, unknown> | undefined][] = [
    ['before (plain Pagefind)', 'pagefind-plain', false, undefined],
    ['after (folded đ/ƀ, Khmer segmentation, title weight, ranking, no worker)', 'pagefind', true, PAGEFIND_OPTIONS],
  ];
  const table: Record<string, QueryResult[]> = {};
  for (const [label, bundle, segment, options] of runs) {
    const results = await runQueries(browser, server.origin, queries, bundle, segment, options);
    table[label] = results;
    const s = summarise(results);
    const [first, second] = await searchDownloads(browser, server.origin, ['binh dang gioi', 'bao luc gia dinh'], bundle, options);
    const khmer = summarise(results.filter((r) => r.type === 'khmer'));
    console.log(`\n${label}`);
    console.log(`  all queries:      rank 1 ${s.rank1}/${s.total}, rank ≤ 3 ${s.rank3}/${s.total}`);
    console.log(`  success@3 ${s.successAt3.toFixed(3)}, MRR@10 ${s.mrrAt10.toFixed(3)}`);
    console.log(`  no-marks queries: rank 1 ${s.noMarksRank1}/${s.noMarks}, rank ≤ 3 ${s.noMarksRank3}/${s.noMarks}`);
    console.log(`  Khmer queries:    rank 1 ${khmer.rank1}/${khmer.total}, rank ≤ 3 ${khmer.rank3}/${khmer.total}`);
    for (const [label, counted] of [['first search', first!], ['then', second!]] as const) {
      console.log(`  ${label} "${counted.query}": ${counted.wire} bytes on the wire (${counted.bytes} decoded) in ${counted.files} files`);
    }
    console.log(`  index on disk: ${dirBytes(join(dist, bundle), (name) => !/^pagefind-(component-|modular-)?ui\.|^pagefind-highlight/.test(name))} bytes, all languages (Pagefind's own UI files not counted)`);
  }
  console.log('\nper query (rank before → after; top result after when missed):');
  const [before, after] = Object.values(table) as [QueryResult[], QueryResult[]];
  after.forEach((r, i) => {
    const b = before[i]!;
    console.log(`  ${String(b.rank ?? '–').padStart(2)} → ${String(r.rank ?? '–').padEnd(2)} [${r.type}] ${r.q}${r.rank === 1 ? '' : `   (top: ${r.top.join(' ')})`}`);
  });
} finally {
  await browser.close();
  await server.close();
}
