import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../../src/collections/check.ts';
import { PAGE_ROUTES, ROUTE_FILES, routeInput, siteRoutes } from '../../../src/collections/site-routes.ts';
import { ROOT, TMP } from '../../helpers/astro.ts';

const BROKEN = 'dẫn tới trang không có trên trang web';

/** Every route file under src/pages/, relative to it. */
function pageFiles(dir = join(ROOT, 'src/pages')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? pageFiles(join(dir, entry.name)) : [relative(join(ROOT, 'src/pages'), join(dir, entry.name)).split('\\').join('/')],
  );
}

/**
 * One link per route file that makes pages, written by hand (not computed by the code under
 * test), each in the form a reader sees in the address bar, on the shipped sample content plus
 * 25 extra leaflets of one campaign for parents (so that the lists by kind, by campaign and by audience get a page 2).
 */
const LINKS: Record<string, string> = {
  '[...lang]/index.astro': '/tyz/',
  '[...lang]/[page].astro': '/gioi-thieu/',
  '[...lang]/rss.xml.ts': '/rss.xml',
  '[...lang]/tim-kiem/index.astro': '/tim-kiem/',
  '[...lang]/ho-tro/index.astro': '/km/ho-tro/',
  '[...lang]/ho-tro/dich-vu/index.astro': '/ho-tro/dich-vu/',
  '[...lang]/lich/index.astro': '/lich/',
  '[...lang]/tai-lieu/index.astro': '/tai-lieu/',
  '[...lang]/tai-lieu/[slug].astro': '/hmn-Latn-VN/tai-lieu/binh-dang-gioi-la-gi/',
  '[...lang]/tai-lieu/[slug]/phat-thanh.astro': '/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/phat-thanh/',
  '[...lang]/tai-lieu/[slug]/phat-thanh.txt.ts': '/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/phat-thanh.txt',
  '[...lang]/tai-lieu/[slug]/bo-hop-thon.astro': '/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/bo-hop-thon/',
  '[...lang]/tai-lieu/[slug]/bo-hop-thon.txt.ts': '/tai-lieu/ngay-gia-dinh-viet-nam-28-6/bo-hop-thon.txt',
  '[...lang]/tai-lieu/[slug]/mang-xa-hoi.astro': '/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/mang-xa-hoi/',
  // Tày has no version of its own: the Vietnamese easy-read text, as a fallback.
  '[...lang]/tai-lieu/[slug]/de-doc.astro': '/tyz/tai-lieu/chia-se-viec-nha/de-doc/',
  '[...lang]/tai-lieu/loai/[kind]/index.astro': '/jra/tai-lieu/loai/hoi-dap/',
  '[...lang]/tai-lieu/loai/[kind]/[page].astro': '/tai-lieu/loai/to-gap/2/',
  '[...lang]/doi-tuong/index.astro': '/km/doi-tuong/',
  // No sample material is aimed at people with disabilities yet: the list exists, empty.
  '[...lang]/doi-tuong/[audience]/index.astro': '/tyz/doi-tuong/nguoi-khuyet-tat/',
  '[...lang]/doi-tuong/[audience]/[page].astro': '/doi-tuong/cha-me/2/',
  '[...lang]/chien-dich/index.astro': '/chien-dich/',
  '[...lang]/chien-dich/[slug].astro': '/chien-dich/thang-hanh-dong-2026/',
  '[...lang]/chien-dich/[slug]/rss.xml.ts': '/nut/chien-dich/ngay-gia-dinh-2026/rss.xml',
  '[...lang]/chien-dich/[slug]/tai-lieu/index.astro': '/chien-dich/pho-bien-phap-luat-2026/tai-lieu/',
  '[...lang]/chien-dich/[slug]/tai-lieu/[page].astro': '/chien-dich/thang-hanh-dong-2025/tai-lieu/2/',
  '[...lang]/van-ban/index.astro': '/van-ban/',
  '[...lang]/van-ban/[slug].astro': '/bdq/van-ban/luat-binh-dang-gioi-2006/',
  '[...lang]/trac-nghiem/index.astro': '/trac-nghiem/',
  '[...lang]/trac-nghiem/[slug].astro': '/trac-nghiem/tim-hieu-luat-binh-dang-gioi-va-phong-chong-bao-luc-gia-dinh/',
  'lich.ics.ts': '/lich.ics',
  'admin/index.astro': '/admin/',
  'bien-tap/ban-dich/index.astro': '/bien-tap/ban-dich/',
  'bien-tap/ban-dich.csv.ts': '/bien-tap/ban-dich.csv',
  'bien-tap/bao-cao/index.astro': '/bien-tap/bao-cao/',
};

/** Addresses no page has, one per kind of page. */
const MISSING = [
  '/trac-nghiem/khong-co-bai-nay/',
  '/tyz/tim-kiem/khong-co/',
  '/tai-lieu/loai/to-gap/3/',
  '/doi-tuong/cha-me/3/',
  '/doi-tuong/nguoi-khuyet-tat/2/',
  '/doi-tuong/phu-huynh/',
  '/chien-dich/thang-hanh-dong-2025/tai-lieu/3/',
  '/chien-dich/khong-co/tai-lieu/',
  '/tai-lieu/binh-dang-gioi-la-gi/phat-thanh/',
  '/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/de-doc/',
  // Kits exist only where the version has its own: Tày has none, and this material no kit.
  '/tyz/tai-lieu/lam-gi-khi-bi-bao-luc-gia-dinh/bo-hop-thon/',
  '/tai-lieu/binh-dang-gioi-la-gi/mang-xa-hoi/',
  '/khong-co/rss.xml',
  '/lich-khac.ics',
  '/xx/tai-lieu/',
];

let contentDir: string;
const material = (body: string) =>
  `---\ntitle: Liên kết tới mọi trang\nsummary: Bài thử liên kết nội bộ.\ncampaign: thang-hanh-dong-2026\nkind: article\npublished: 2026-03-05\n---\n\n${body}\n`;

beforeAll(() => {
  const dir = join(TMP, 'fixtures', 'site-routes');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  // The recordings the content names sit beside it, in public/audio.
  cpSync(join(ROOT, 'public/audio'), join(dir, 'public/audio'), { recursive: true });
  for (let i = 1; i <= 25; i++) {
    writeFileSync(
      join(dir, 'content/materials/vi', `to-gap-them-${i}.mdx`),
      `---\ntitle: Tờ gấp thêm ${i}\nsummary: Tờ gấp thử để danh sách có trang hai.\ncampaign: thang-hanh-dong-2025\nkind: leaflet\naudiences: [cha-me]\npublished: 2025-11-${String((i % 28) + 1).padStart(2, '0')}\n---\n\nNội dung tờ gấp.\n`,
    );
  }
  contentDir = relative(ROOT, join(dir, 'content'));
});

const linkProblems = (links: readonly string[]) => {
  writeFileSync(join(ROOT, contentDir, 'materials/vi/lien-ket-moi-trang.mdx'), material(links.map((url, i) => `- [Liên kết ${i + 1}](${url})`).join('\n')));
  const { problems } = checkContent(ROOT, contentDir);
  return { problems, broken: problems.filter((p) => p.path.endsWith('lien-ket-moi-trang.mdx')) };
};

describe('the routes the link check knows', () => {
  it('cover every route file under src/pages/, each once', () => {
    expect([...ROUTE_FILES].sort()).toEqual(pageFiles().sort());
    expect(new Set(ROUTE_FILES).size).toBe(ROUTE_FILES.length);
  });

  it('the links below reach every route file that makes pages; the others make none on purpose', () => {
    const { entries, settings } = checkContent(ROOT, contentDir);
    const site = routeInput(entries, settings!.languages);
    const silent = Object.keys(PAGE_ROUTES).filter((file) => PAGE_ROUTES[file]!(site).length === 0);
    expect(silent.sort()).toEqual(['404.astro', '[...lang]/ap-phich/[slug]/[size].astro', 'bien-tap/bao-cao/[period].astro', 'bien-tap/bao-cao/[period].csv.ts']);
    expect(ROUTE_FILES.filter((file) => !(file in LINKS)).sort()).toEqual(silent);
    expect(siteRoutes(entries, settings!.languages).size).toBeGreaterThan(400);
  });

  it('a material that links to every kind of page passes the content check', () => {
    const { problems, broken } = linkProblems(Object.values(LINKS));
    expect(formatProblems(broken)).toBe(formatProblems([]));
    expect(formatProblems(problems)).toBe(formatProblems([]));
  });

  it('links without the final slash or with #section and ?query pass too', () => {
    const { broken } = linkProblems(['/tim-kiem', '/trac-nghiem/#bai', '/tai-lieu/loai/to-gap/2?x=1', '/tyz/rss.xml#moi']);
    expect(formatProblems(broken)).toBe(formatProblems([]));
  });

  it.each(MISSING)('a link to a page that does not exist still fails: %s', (url) => {
    const { broken } = linkProblems([url]);
    expect(broken, formatProblems(broken)).toHaveLength(1);
    expect(broken[0]!.message).toContain(BROKEN);
    expect(broken[0]!.message).toContain(url);
    expect(broken[0]!.field).toBe('link');
  });
});
