/**
 * Scheduled publishing in two real builds of the minimal fixture plus one material dated
 * 10 December 2026 (a Vietnamese source and a Khmer translation dated earlier, which must not leak
 * it): built on 9 December nothing mentions it, built on the 10th it is everywhere a material goes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildSite, prepareFixture } from '../helpers/astro.ts';

const SLUG = 'bai-thu-hen-dang';
const TITLE = 'Bài thử hẹn đăng ngày mười tháng mười hai';
const KM_TITLE = 'ការបកប្រែសាកល្បងហេនដាង';
const BEFORE = 'test/.tmp/dist-scheduled-before';
const ON = 'test/.tmp/dist-scheduled-on';

const frontmatter = (title: string, published: string, extra = '') =>
  `---\ntitle: ${title}\nsummary: Tóm tắt bài hẹn đăng.\ncampaign: thang-hanh-dong-2026\nkind: article\npublished: ${published}\ntags: [hẹn đăng]\n${extra}---\n\n`;

/** Every text file of a built site (the compressed copies and binaries left out), by path. */
function textFiles(dist: string): Map<string, string> {
  const root = join(ROOT, dist);
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (['.html', '.xml', '.txt', '.json', '.csv', '.ics', '.js'].includes(extname(entry.name)))
        files.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return files;
}

/** The text of the search index: Pagefind's fragments are gzipped JSON, one per page. */
function searchIndexText(dist: string): string {
  const dir = join(ROOT, dist, 'pagefind/fragment');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => gunzipSync(readFileSync(join(dir, name))).toString('utf8'))
    .join('\n');
}

const read = (dist: string, path: string) => readFileSync(join(ROOT, dist, path), 'utf8');

beforeAll(() => {
  const dir = prepareFixture('minimal', 'scheduled-build', {
    [`content/materials/vi/${SLUG}.mdx`]: `${frontmatter(TITLE, '2026-12-10')}Nội dung của bài hẹn đăng.\n`,
    [`content/materials/km/${SLUG}.mdx`]: `${frontmatter(KM_TITLE, '2026-11-01', 'translation:\n  sourceVersion: 0123abcd\n  reviewed: false\n')}ខ្លឹមសារ។\n`,
  });
  const content = relative(ROOT, join(dir, 'content'));
  for (const [out, today] of [
    [BEFORE, '2026-12-09'],
    [ON, '2026-12-10'],
  ] as const) {
    const run = buildSite(content, out, 'scheduled-build', today);
    if (run.status !== 0) throw new Error(run.output);
  }
});

describe('a material scheduled for 10 December 2026', () => {
  // No file at all: lists, home, campaign pages, feeds, sitemap, the language switchers and
  // hreflang of other pages, the editors' reports, short links and posters.
  it('built on 9 December: no page in any language, and no file of the site names it', () => {
    for (const path of [`tai-lieu/${SLUG}`, `km/tai-lieu/${SLUG}`, `tyz/tai-lieu/${SLUG}`])
      expect(existsSync(join(ROOT, BEFORE, path)), path).toBe(false);
    const leaks = [...textFiles(BEFORE)]
      .filter(([, text]) => text.includes(SLUG) || text.includes(TITLE) || text.includes(KM_TITLE))
      .map(([path]) => path);
    expect(leaks).toEqual([]);
    const index = searchIndexText(BEFORE);
    expect(index).toContain('/tai-lieu/bai-mau/');
    expect(index).not.toContain(SLUG);
    expect(index).not.toContain(KM_TITLE);
  });

  it('built on 10 December: its pages, the lists, the feed, the sitemap and the search index have it', () => {
    expect(read(ON, `tai-lieu/${SLUG}/index.html`)).toContain(TITLE);
    expect(read(ON, `km/tai-lieu/${SLUG}/index.html`)).toContain(KM_TITLE);
    expect(read(ON, `tyz/tai-lieu/${SLUG}/index.html`)).toContain(TITLE);
    expect(read(ON, `tai-lieu/${SLUG}/index.html`)).toContain(`hreflang="km" href="https://thu-nghiem.example.org/km/tai-lieu/${SLUG}/"`);
    for (const path of [
      'index.html',
      'tai-lieu/index.html',
      'tai-lieu/loai/bai-viet/index.html',
      'chien-dich/thang-hanh-dong-2026/index.html',
    ]) {
      expect(read(ON, path), path).toContain(`href="/tai-lieu/${SLUG}/"`);
    }
    expect(read(ON, 'rss.xml')).toContain(`/tai-lieu/${SLUG}/</link>`);
    expect(read(ON, 'km/rss.xml')).toContain(KM_TITLE);
    expect(read(ON, 'sitemap-0.xml')).toContain(`/tai-lieu/${SLUG}/</loc>`);
    expect(read(ON, 'sitemap-0.xml')).toContain(`/km/tai-lieu/${SLUG}/</loc>`);
    const index = searchIndexText(ON);
    expect(index).toContain(`/tai-lieu/${SLUG}/`);
    expect(index).toContain(KM_TITLE);
  });
});
