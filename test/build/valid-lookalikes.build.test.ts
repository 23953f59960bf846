/**
 * The valid look-alikes (test/fixtures/valid/) build together in one real build, and what looked
 * like code shows as text. The MDX guard inside the pipeline also stops unsafe content on its own
 * when the content check is skipped (defence in depth).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildSite, prepareFixture, runAstro } from '../helpers/astro.ts';
import { prepareValidCases, validCases } from '../helpers/invalid-cases.ts';

const DIST = 'test/.tmp/dist-valid-lookalikes';
const page = (path: string) => parse(readFileSync(join(ROOT, DIST, path, 'index.html'), 'utf8'));

describe('valid look-alikes', () => {
  beforeAll(() => {
    const run = buildSite(prepareValidCases(validCases(), 'valid-lookalikes'), DIST, 'valid-lookalikes');
    if (run.status !== 0) throw new Error(run.output);
  });

  it('every look-alike page is built', () => {
    for (const slug of ['so-sanh', 'da-thoat', 'tieu-de-ngay', 'tieu-de-so', 'hai-cham', 'lien-ket', 'chu-jrai', 'khoi-ma', 'thuoc-tinh', 'nhac-ma', 'anh']) {
      expect(existsSync(join(ROOT, DIST, slug, 'index.html')), slug).toBe(true);
    }
    expect(existsSync(join(ROOT, DIST, 'van-ban/luat-thu-nghiem/index.html'))).toBe(true);
  });

  it('prose that MDX could misread shows exactly as typed', () => {
    const text = page('da-thoat').querySelector('main')!.text;
    expect(text).toContain('Giá {100.000đ} một cuốn.');
    expect(text).toContain('Chúng tôi <3 gia đình.');
    expect(page('so-sanh').querySelector('main')!.text).toContain('Nếu a < b thì b > a.');
    expect(page('nhac-ma').querySelector('main')!.text).toContain('import và export là hai từ');
  });

  it('a quoted date-like or number-like title stays text', () => {
    expect(page('tieu-de-ngay').querySelector('h1')!.text).toContain('2026-11-15');
    expect(page('tieu-de-so').querySelector('h1')!.text).toContain('2026');
  });

  it('code and attribute text never become script elements', () => {
    for (const slug of ['khoi-ma', 'thuoc-tinh']) {
      const html = page(slug);
      const scripts = html.querySelectorAll('main script');
      expect(scripts, slug).toHaveLength(0);
    }
    expect(page('khoi-ma').querySelector('main pre')!.text).toContain('<script>alert(1)</script>');
  });
});

describe('the MDX guard in the real pipeline', () => {
  it('fails the build on a <script> even when the content check is skipped', () => {
    const dir = prepareFixture('minimal', 'guard-script', {
      'content/pages/vi/gioi-thieu.mdx': '---\ntitle: Giới thiệu\nsummary: Trang giới thiệu thử nghiệm.\n---\n\nGiới thiệu.\n\n<script>alert(1)</script>\n',
    });
    const run = runAstro(['build', '--outDir', 'test/.tmp/dist-guard-script'], {
      contentDir: join(dir, 'content'),
      cacheKey: 'guard-script',
      env: { SKIP_CONTENT_CHECK_FOR_TESTS: '1' },
    });
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toMatch(/gioi-thieu\.mdx:8: Thẻ <script> không được dùng/);
    expect(existsSync(join(ROOT, 'test/.tmp/dist-guard-script/gioi-thieu/index.html'))).toBe(false);
  });

  it('turns an MDX syntax error into the Vietnamese message', () => {
    const dir = prepareFixture('minimal', 'guard-syntax', {
      'content/pages/vi/gioi-thieu.mdx': '---\ntitle: Giới thiệu\nsummary: Trang giới thiệu thử nghiệm.\n---\n\nGiá {100.000đ}.\n',
    });
    const run = runAstro(['build', '--outDir', 'test/.tmp/dist-guard-syntax'], {
      contentDir: join(dir, 'content'),
      cacheKey: 'guard-syntax',
      env: { SKIP_CONTENT_CHECK_FOR_TESTS: '1' },
    });
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toMatch(/gioi-thieu\.mdx:6: Dấu ngoặc nhọn/);
  });
});
