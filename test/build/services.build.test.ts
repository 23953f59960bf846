/**
 * The support-services directory as shipped: a page in every enabled language, grouped by
 * commune, with call links; the confidential shelter's address reaches nothing in dist/ (pages,
 * feeds, sitemap, search index); and when content repeats it anyway, the build stops with the
 * service's file and the page named, even with the content check skipped (the post-build guard).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { distTexts } from '../../src/build/confidential.ts';
import { findLeaks } from '../../src/collections/confidential.ts';
import { checkContent } from '../../src/collections/check.ts';
import { ROOT, prepareFixture, runAstro } from '../helpers/astro.ts';
import { SAMPLE_DIST, page } from '../helpers/sample.ts';

const SHELTER = 'content/services/vi/nha-tam-lanh-mau.yaml';
const shelter = parse(readFileSync(join(ROOT, SHELTER), 'utf8')) as { name: string; address: string; location: string };
const languages = checkContent(ROOT, 'content').settings!.languages;
const prefix = (lang: string) => (lang === 'vi' ? '' : `/${lang}`);

describe('the sample directory', () => {
  it('has a confidential shelter whose file records an obviously fictional address', () => {
    expect(shelter.location).toBe('confidential');
    expect(shelter.address).toContain('địa chỉ giả để kiểm thử');
  });

  it('is a page in every enabled language, linked from the hotlines page, with every service and tel: links', () => {
    expect(languages).toHaveLength(7);
    for (const lang of languages) {
      const html = page(`${prefix(lang)}/ho-tro/dich-vu/`);
      expect(html.querySelectorAll('[data-service]').length, lang).toBe(7);
      expect(html.querySelector('#dv-nha-tam-lanh-mau a[href="tel:113"]'), lang).not.toBeNull();
      expect(page(`${prefix(lang)}/ho-tro/`).querySelector(`a[href="${prefix(lang)}/ho-tro/dich-vu/"]`), lang).not.toBeNull();
    }
    const vi = page('/ho-tro/dich-vu/');
    expect(vi.querySelectorAll('[data-service-group] > h2').map((h) => h.text)).toEqual([
      'Phường mẫu (dữ liệu mẫu), Lạng Sơn',
      'Xã mẫu (dữ liệu mẫu), Lạng Sơn',
      'Xã vùng cao mẫu (dữ liệu mẫu), Lạng Sơn',
    ]);
    expect(vi.querySelectorAll('.service__sample')).toHaveLength(7);
    expect(vi.querySelector('#dv-nha-tam-lanh-mau .service__confidential')!.text).toContain('Địa chỉ được giữ kín');
  });

  it('lets no confidential address reach any file of dist/, the search index included', () => {
    const texts = [...distTexts(join(ROOT, SAMPLE_DIST))];
    const service = { path: SHELTER, name: shelter.name, address: shelter.address };
    expect(findLeaks([service], texts)).toEqual([]);
    // The scan can fail: a public address is found on the directory page, and a material's text in the search index's fragments.
    const publicAddress = { ...service, address: 'Trụ sở mẫu, Phường mẫu (địa chỉ mẫu, không có thật)' };
    expect(findLeaks([publicAddress], texts).map((l) => l.where)).toContain('/ho-tro/dich-vu/');
    const title = checkContent(ROOT, 'content').entries.find(
      (e) => e.file.collection === 'materials' && e.file.lang === 'vi' && /đ/.test(String(e.data.title)),
    )!;
    const indexed = findLeaks([{ ...service, address: String(title.data.title) }], texts).map((l) => l.where);
    expect(
      indexed.some((where) => where.includes('(chỉ mục tìm kiếm, pagefind/fragment/')),
      indexed.join('\n'),
    ).toBe(true);
    expect(texts.some((t) => t.where === 'sitemap-0.xml' || t.where === 'sitemap-index.xml')).toBe(true);
  });
});

describe('a confidential address pasted into a material', () => {
  it('stops the build with the service file and the page named, even without the content check', () => {
    const dir = prepareFixture('minimal', 'services-leak', {
      'content/services/vi/nha-tam-lanh.yaml': readFileSync(
        join(ROOT, 'test/fixtures/invalid/service-address-leak/content/services/vi/nha-tam-lanh.yaml'),
      ),
      'content/materials/vi/bai-lo-dia-chi.mdx': readFileSync(
        join(ROOT, 'test/fixtures/invalid/service-address-leak/content/materials/vi/bai-lo-dia-chi.mdx'),
      ),
    });
    const out = 'test/.tmp/dist-services-leak';
    const run = runAstro(['build', '--outDir', out], {
      contentDir: join(dir, 'content'),
      cacheKey: 'services-leak',
      env: { SKIP_CONTENT_CHECK_FOR_TESTS: '1' },
    });
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toContain('Dừng xuất bản:');
    const line = run.output
      .split('\n')
      .find((l) => l.includes('content/services/vi/nha-tam-lanh.yaml') && l.includes('xuất hiện ở /tai-lieu/bai-lo-dia-chi/'));
    expect(line, run.output).toBeDefined();
    expect(line).toContain('địa chỉ giữ kín của "Nhà tạm lánh kiểm thử (dữ liệu mẫu)"');
    // The search index saw the page too.
    expect(run.output).toMatch(/\/tai-lieu\/bai-lo-dia-chi\/ \(chỉ mục tìm kiếm, pagefind\/fragment\//);
    expect(run.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    // The page was rendered before the guard ran, so its file exists: the point is that the build fails (build-atomic keeps the old dist/).
    expect(existsSync(join(ROOT, out, 'tai-lieu/bai-lo-dia-chi/index.html'))).toBe(true);
  });
});
