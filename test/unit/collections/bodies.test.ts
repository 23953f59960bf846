/** The body check's links to scheduled materials (src/site/schedule.ts scheduledLinkMessage). */
import { relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkBody, type BodyIndex } from '../../../src/collections/bodies.ts';
import { checkContent, formatProblems } from '../../../src/collections/check.ts';
import { ROOT, prepareFixture } from '../../helpers/astro.ts';

const ON = new Date(Date.UTC(2026, 11, 10));
const index: BodyIndex = {
  hotlines: new Set(),
  hotlineNumbers: new Set(),
  legalNumbers: new Set(),
  routes: new Set(['/tai-lieu/da-dang/']),
  scheduled: new Map([['/tai-lieu/hen-dang/', ON]]),
  publicDir: '/nonexistent',
};
const link = (url: string) => ({
  path: 'content/materials/vi/thu.mdx',
  absolutePath: '/nonexistent/thu.mdx',
  body: `Xem [bài](${url}).\n`,
  bodyLine: 1,
});

describe('checkBody: links to scheduled materials', () => {
  it('says the target is scheduled, with its date, whether or not the link has its final slash', () => {
    for (const url of ['/tai-lieu/hen-dang/', '/tai-lieu/hen-dang', '/tai-lieu/hen-dang/#muc']) {
      const problems = checkBody(link(url), index);
      expect(problems, url).toHaveLength(1);
      expect(problems[0]).toMatchObject({ field: 'link', line: 1 });
      expect(problems[0]!.message).toContain('hẹn đăng');
      expect(problems[0]!.message).toContain('ngày 10 tháng 12 năm 2026');
      expect(problems[0]!.message).toContain(`"${url}"`);
    }
  });

  it('is no error from a page published the same day or later; from an earlier one it is', () => {
    expect(checkBody(link('/tai-lieu/hen-dang/'), index, ON)).toEqual([]);
    expect(checkBody(link('/tai-lieu/hen-dang/'), index, new Date(Date.UTC(2026, 11, 11)))).toEqual([]);
    expect(checkBody(link('/tai-lieu/hen-dang/'), index, new Date(Date.UTC(2026, 11, 9)))).toHaveLength(1);
  });

  it('a page that does not exist and is not scheduled keeps the generic message', () => {
    const [problem] = checkBody(link('/tai-lieu/khong-co/'), index);
    expect(problem!.message).toContain('dẫn tới trang không có');
  });
});

const material = (title: string, published: string, body: string, extra = '') =>
  `---\ntitle: ${title}\nsummary: Tóm tắt.\ncampaign: thang-hanh-dong-2026\nkind: article\npublished: ${published}\n${extra}---\n\n${body}\n`;

describe('the content check: links between scheduled materials', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('a material scheduled for the same day may link to it, and so may its translation (its source rules its date); an earlier one may not', () => {
    const dir = prepareFixture('minimal', 'bodies-scheduled-links', {
      'content/materials/vi/hen-dang.mdx': material('Bài hẹn đăng', '2026-12-10', 'Nội dung hẹn đăng.'),
      'content/materials/vi/cung-ngay.mdx': material('Bài cùng ngày', '2026-12-10', 'Xem [bài hẹn đăng](/tai-lieu/hen-dang/).'),
      'content/materials/km/cung-ngay.mdx': material(
        'Bản dịch cùng ngày',
        '2026-11-01',
        'Xem [bài hẹn đăng](/km/tai-lieu/hen-dang/).',
        'translation:\n  sourceVersion: 0123abcd\n  reviewed: false\n',
      ),
      'content/materials/vi/som-hon.mdx': material('Bài đăng sớm hơn', '2026-12-05', 'Xem [bài hẹn đăng](/tai-lieu/hen-dang).'),
    });
    vi.stubEnv('SITE_TODAY', '2026-12-01');
    const problems = checkContent(ROOT, relative(ROOT, `${dir}/content`)).problems;
    expect(
      problems.map((p) => `${p.path.replace(/^.*content\//, '')}:${p.line}`),
      formatProblems(problems),
    ).toEqual(['materials/vi/som-hon.mdx:9']);
    expect(problems[0]!.message).toContain('"/tai-lieu/hen-dang" dẫn tới bài hẹn đăng ngày 10 tháng 12 năm 2026');
  });
});
