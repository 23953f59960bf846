/** Scheduled materials in the content check's routes, its link check and the short-link pages. */
import { relative } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { calendarDate } from '../../../src/calendar/dates.ts';
import { checkContent, formatProblems } from '../../../src/collections/check.ts';
import { scheduledRoutes, siteRoutes } from '../../../src/collections/site-routes.ts';
import { currentPages } from '../../../src/permalinks/links-data.ts';
import { ROOT, prepareFixture } from '../../helpers/astro.ts';

const BEFORE = calendarDate(2026, 12, 9);
const ON = calendarDate(2026, 12, 10);

const material = (title: string, published: string, body: string, extra = '') =>
  `---\ntitle: ${title}\nsummary: Tóm tắt.\ncampaign: thang-hanh-dong-2026\nkind: article\npublished: ${published}\n${extra}---\n\n${body}\n`;

let contentDir: string;
beforeAll(() => {
  const dir = prepareFixture('minimal', 'scheduled-routes', {
    'content/materials/vi/hen-dang.mdx': material('Bài hẹn đăng', '2026-12-10', 'Nội dung hẹn đăng.', 'loudspeaker: Bà con chú ý.\n'),
    'content/materials/km/hen-dang.mdx': material(
      'Bản dịch hẹn đăng',
      '2026-11-01',
      'Nội dung bản dịch.',
      'translation:\n  sourceVersion: 0123abcd\n  reviewed: false\n',
    ),
    'content/materials/vi/lien-ket-hen-dang.mdx': material('Bài đã đăng', '2026-11-20', 'Xem [bài sắp đăng](/tai-lieu/hen-dang/).'),
  });
  contentDir = relative(ROOT, `${dir}/content`);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const checked = () => {
  const { entries, settings } = checkContent(ROOT, contentDir);
  return { entries, languages: settings!.languages };
};

describe('a material scheduled for 10 December 2026', () => {
  it('has no page, in any language, among the routes of 9 December; it has them on the 10th', () => {
    const { entries, languages } = checked();
    const before = siteRoutes(entries, languages, BEFORE);
    for (const url of ['/tai-lieu/hen-dang/', '/km/tai-lieu/hen-dang/', '/tyz/tai-lieu/hen-dang/', '/tai-lieu/hen-dang/phat-thanh/']) {
      expect(before.has(url), url).toBe(false);
    }
    expect(before.has('/tai-lieu/lien-ket-hen-dang/')).toBe(true);
    const on = siteRoutes(entries, languages, ON);
    for (const url of ['/tai-lieu/hen-dang/', '/km/tai-lieu/hen-dang/', '/tyz/tai-lieu/hen-dang/', '/tai-lieu/hen-dang/phat-thanh/']) {
      expect(on.has(url), url).toBe(true);
    }
  });

  it('its pages are known as scheduled, with the date, until then', () => {
    const { entries, languages } = checked();
    const scheduled = scheduledRoutes(entries, languages, BEFORE);
    expect(scheduled.get('/tai-lieu/hen-dang/')).toEqual(ON);
    expect(scheduled.get('/km/tai-lieu/hen-dang/')).toEqual(ON);
    expect(scheduled.get('/tai-lieu/hen-dang/phat-thanh.txt')).toEqual(ON);
    expect(scheduled.has('/tai-lieu/lien-ket-hen-dang/')).toBe(false);
    expect(scheduledRoutes(entries, languages, ON).size).toBe(0);
  });

  it('a link to it from a published page fails the content check before the date and passes on it', () => {
    vi.stubEnv('SITE_TODAY', '2026-12-09');
    const before = checkContent(ROOT, contentDir).problems.filter((p) => p.path.endsWith('lien-ket-hen-dang.mdx'));
    expect(before, formatProblems(before)).toHaveLength(1);
    expect(before[0]!.field).toBe('link');
    expect(before[0]!.message).toContain('/tai-lieu/hen-dang/');
    vi.stubEnv('SITE_TODAY', '2026-12-10');
    expect(formatProblems(checkContent(ROOT, contentDir).problems)).toBe(formatProblems([]));
  });

  it('gets no short code (nor QR, nor poster) before the date', () => {
    const { entries, languages } = checked();
    expect(currentPages(entries, languages, BEFORE).has('materials/hen-dang')).toBe(false);
    expect(currentPages(entries, languages, BEFORE).has('materials/lien-ket-hen-dang')).toBe(true);
    expect(currentPages(entries, languages, ON).get('materials/hen-dang')).toEqual(languages);
  });
});
