/** The minimal fixture: drafts, a real translation and a fallback page. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { ROOT, buildSite } from '../helpers/astro.ts';

const OUT = 'test/.tmp/dist-minimal';
const read = (path: string) => parse(readFileSync(join(ROOT, OUT, path, 'index.html'), 'utf8'));

let output = '';
beforeAll(() => {
  const run = buildSite('test/fixtures/minimal/content', OUT, 'minimal', '2026-06-10');
  if (run.status !== 0) throw new Error(run.output);
  output = run.output;
});

describe('minimal fixture build', () => {
  it('builds, and reminds editors that the running Family Day has no official theme yet', () => {
    expect(output).toContain('Nội dung có 1 điều cần xem lại (không chặn xuất bản):');
    expect(output).toMatch(/campaigns\/vi\/ngay-gia-dinh-2026\.mdx:5 — trường "theme" \(Chủ đề\): Chiến dịch đã bắt đầu ngày 01\/06\/2026 nhưng chưa có chủ đề/);
  });
  it('never publishes a draft', () => {
    expect(existsSync(join(ROOT, OUT, 'tai-lieu/bai-nhap'))).toBe(false);
    expect(readFileSync(join(ROOT, OUT, 'tai-lieu/index.html'), 'utf8')).not.toContain('Bài nháp');
  });
  it('features Family Day in June', () => {
    expect(read('').querySelector('#chien-dich-hien-tai + h3 a')!.getAttribute('href')).toBe('/chien-dich/ngay-gia-dinh-2026/');
  });
  it('serves the translation where there is one', () => {
    const html = read('tyz/tai-lieu/bai-mau');
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('tyz');
    expect(html.querySelector('.notice--fallback')).toBeNull();
    expect(html.querySelector('h1')!.text).toContain('bản tiếng Tày thử nghiệm');
  });
  it('treats the blank file the CMS writes for an untranslated language as no translation', () => {
    expect(readFileSync(join(ROOT, 'test/fixtures/minimal/content/materials/km/bai-mau.mdx'), 'utf8').trim()).toBe('');
    expect(read('km/tai-lieu/bai-mau').querySelector('.notice--fallback')).not.toBeNull();
    expect(read('tyz/tai-lieu/chu-nfd').querySelector('main > div')!.getAttribute('lang')).toBe('vi');
  });
  it('falls back to Vietnamese with a notice and an honest lang', () => {
    const html = read('km/tai-lieu/bai-mau');
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('km');
    expect(html.querySelector('.notice--fallback')).not.toBeNull();
    expect(html.querySelector('main > div[lang="vi"] h1')!.text).toBe('Bài mẫu về bình đẳng giới');
  });
  it('puts hreflang alternates only for real translations', () => {
    const langs = read('km/tai-lieu/bai-mau').querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
    expect(langs.sort()).toEqual(['tyz', 'vi']);
  });
  it('says when a translation may be out of date (its source version is not the current one)', () => {
    const html = read('tyz/tai-lieu/bai-mau');
    expect(html.querySelector('.notice--outdated')!.text).toContain('Bản dịch có thể chưa cập nhật');
  });
  it('stores text typed in NFD as NFC: frontmatter and body, Vietnamese and Jrai', () => {
    const raw = readFileSync(join(ROOT, 'test/fixtures/minimal/content/materials/vi/chu-nfd.mdx'), 'utf8');
    expect(raw).not.toBe(raw.normalize('NFC'));
    const html = readFileSync(join(ROOT, OUT, 'tai-lieu/chu-nfd/index.html'), 'utf8');
    expect(html).toBe(html.normalize('NFC'));
    expect(html).toContain('Văn bản gõ kiểu tổ hợp (NFD)');
    expect(html).toContain('Bình đẳng giới trong gia đình.');
    expect(html).toContain('\u01A0\u0306 \u01B0\u0306 ƀ č ñ ĕ');
  });
  it('renders every author component', () => {
    const html = read('tai-lieu/bai-mau');
    expect(html.querySelector('a.legal-ref[href="/van-ban/luat-binh-dang-gioi-2006/#dieu-5"]')).not.toBeNull();
    expect(html.querySelector('.hotline a[href="tel:111"]')).not.toBeNull();
    expect(html.querySelector('.callout--warning')).not.toBeNull();
    expect(html.querySelector('.steps ol li')).not.toBeNull();
    expect(html.querySelector('.faq h2')!.text).toBe('Bình đẳng giới là gì?');
    const img = html.querySelector('figure.figure img')!;
    expect(img.getAttribute('alt')).toBe('Hình khối màu tím');
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
    expect(html.querySelector('figure.figure figcaption')!.text).toBe('Chú thích ảnh');
  });
});
