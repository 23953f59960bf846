/**
 * A translation brought in with `npm run translate:import` builds into a real page: a copy of the
 * minimal fixture without its Tày draft of bai-mau, the sheet exported and filled in as a
 * spreadsheet would save it, imported, then built. The page carries lang="tyz", the translated
 * words and the components the placeholders stood for; the status page lists it as waiting for
 * review under Tày. The shipped sample's status page lists its unreviewed Khmer materials.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, TMP, buildSite, prepareFixture } from '../helpers/astro.ts';
import { page } from '../helpers/sample.ts';

const OUT = join(TMP, 'dist-translate-import');
let dir = '';
let imported = '';

beforeAll(() => {
  dir = prepareFixture('minimal', 'translate-import', { 'content/materials/tyz/bai-mau.mdx': null });
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'src/build/cli/translate.ts'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'content' },
    });
  const exported = cli('export', 'bai-mau', '--lang', 'tyz', '--out', 'bai-mau.csv');
  if (exported.status !== 0) throw new Error(exported.stderr);
  const records: string[][] = parseCsv(readFileSync(join(dir, 'bai-mau.csv'), 'utf8').replace(/^\uFEFF/, ''), { relax_column_count: true });
  // Visibly not Tày: the test checks the pipeline, not a translation.
  for (const record of records.slice(2)) record[2] = `Ⓣ ${record[1]}`;
  writeFileSync(join(dir, 'bai-mau.csv'), `\uFEFF${stringify(records, { record_delimiter: '\r\n' })}`);
  const run = cli('import', 'bai-mau.csv');
  if (run.status !== 0) throw new Error(run.stderr);
  imported = readFileSync(join(dir, 'content/materials/tyz/bai-mau.mdx'), 'utf8');
  const build = buildSite(join(dir, 'content'), OUT, 'translate-import');
  if (build.status !== 0) throw new Error(build.output);
}, 600_000);

const built = (path: string) => parse(readFileSync(join(OUT, path, 'index.html'), 'utf8'));

describe('an imported translation', () => {
  it('is written unreviewed with its placeholders turned back into components', () => {
    expect(imported).toContain('reviewed: false');
    expect(imported).toContain('Ⓣ Xem <LegalRef number="73/2006/QH11" article="5" />.');
    expect(imported).toContain('<FAQ question="Ⓣ Bình đẳng giới là gì?">');
  });
  it('builds into the Tày page with its words and components', () => {
    const html = built('tyz/tai-lieu/bai-mau');
    const article = html.querySelector('main')!;
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('tyz');
    expect(html.querySelector('h1')!.textContent).toContain('Ⓣ Bài mẫu về bình đẳng giới');
    expect(article.textContent).toContain('Ⓣ Là việc nam, nữ có vị trí, vai trò ngang nhau.');
    expect(article.querySelector('a[href*="tel:111"]')).not.toBeNull();
  });
  it('is listed on the status page as waiting for review, under Tày', () => {
    const section = built('bien-tap/ban-dich').querySelector('#review-tyz')!.parentNode!;
    expect(section.querySelector('h3')!.textContent).toMatch(/^Tiếng Tày: \d+ bản dịch chờ duyệt$/);
    expect(section.textContent).toContain('(materials/bai-mau)');
  });
});

describe('the shipped sample', () => {
  it('lists its unreviewed Khmer materials as waiting for review', () => {
    const section = page('/bien-tap/ban-dich/').querySelector('#review-km')!.parentNode!;
    expect(section.querySelector('h3')!.textContent).toMatch(/^Tiếng Khmer: \d+ bản dịch chờ duyệt$/);
    expect(section.textContent).toContain('(materials/noi-tam-lanh-la-gi)');
  });
});
