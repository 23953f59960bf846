/** Warnings of facts to check again, on the minimal fixture with a few files added, at chosen days. */
import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '../../../src/calendar/dates.ts';
import { checkContent, formatWarnings } from '../../../src/collections/check.ts';
import { monthsBefore } from '../../../src/collections/fact-warnings.ts';
import { ROOT, prepareFixture } from '../../helpers/astro.ts';

const programme = `---
number: 2232/QĐ-TTg
title: Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2021 - 2025
docType: quyet-dinh
issuer: Thủ tướng Chính phủ
issued: 2020-12-28
status: in-force
period: { from: 2021, to: 2025 }
source: "Dữ kiện thử nghiệm"
checked: 2026-11-23
summary: Chương trình giai đoạn 2021 - 2025.
---

Giải thích.
`;
const material = (published: string, body: string, campaign = 'thang-hanh-dong-2026') =>
  `---\ntitle: Bài thử\nsummary: Tóm tắt.\ncampaign: ${campaign}\nkind: article\npublished: ${published}\n---\n\n${body}\n`;

let contentDir: string;
beforeAll(() => {
  const dir = prepareFixture('minimal', 'fact-warnings', {
    'content/legal/vi/quyet-dinh-2232-qd-ttg.mdx': programme,
    'content/materials/vi/chuong-trinh-hien-hanh.mdx': material('2026-11-20', 'Nhà nước đang thực hiện Chương trình 2232/QĐ-TTg.'),
    'content/materials/vi/chuong-trinh-da-xong.mdx': material('2026-11-21', 'Chương trình 2232/QĐ-TTg, giai đoạn này đã kết thúc.'),
    'content/materials/vi/chuong-trinh-luc-do.mdx': material('2025-03-01', 'Nhà nước đang thực hiện Chương trình 2232/QĐ-TTg.'),
    'content/materials/vi/hua-chu-de.mdx': material('2026-06-10', 'Mở đầu.\n\nChủ đề năm 2026 sẽ được cập nhật khi có hướng dẫn.', 'ngay-gia-dinh-2026'),
  });
  contentDir = relative(ROOT, `${dir}/content`);
});

const warningsOn = (day: Date) => {
  const result = checkContent(ROOT, contentDir, day);
  expect(result.problems).toEqual([]);
  return result.warnings;
};
const at = (day: Date, path: string) => warningsOn(day).filter((w) => w.path.endsWith(path));

describe('fact warnings', () => {
  it('counts months back on the calendar', () => {
    expect(monthsBefore(calendarDate(2027, 11, 24), 12)).toEqual(calendarDate(2026, 11, 24));
    expect(monthsBefore(calendarDate(2027, 3, 31), 1)).toEqual(calendarDate(2027, 2, 28));
  });

  it('say nothing of a check date younger than 12 months, and name the file, line and field once it is older', () => {
    expect(at(calendarDate(2027, 11, 23), 'hotlines/vi/111.yaml')).toEqual([]);
    const [stale] = at(calendarDate(2027, 11, 24), 'hotlines/vi/111.yaml');
    expect(stale).toMatchObject({ line: 9, field: 'checked', fieldTitle: 'Ngày kiểm tra' });
    expect(stale!.message).toContain('Số điện thoại 111 được kiểm tra lần cuối ngày 23/11/2026, đã quá 12 tháng');
    expect(at(calendarDate(2027, 11, 24), 'legal/vi/luat-binh-dang-gioi-2006.mdx').map((w) => w.field)).toEqual(['checked']);
  });

  it('take the age from the site settings', () => {
    const dir = prepareFixture('minimal', 'fact-warnings-age', {
      'content/settings/site.yaml':
        'agencyName: Cơ quan thử nghiệm\nprovince: Lạng Sơn\ncontact:\n  address: Địa chỉ thử nghiệm\nlanguages: [vi, tyz, km]\nfeaturedHotlines: ["111"]\nbaseUrl: https://thu-nghiem.example.org\nfactMaxAgeMonths: 6\n',
    });
    const { warnings, problems } = checkContent(ROOT, relative(ROOT, `${dir}/content`), calendarDate(2027, 5, 24));
    expect(problems).toEqual([]);
    expect(warnings.filter((w) => w.field === 'checked').map((w) => w.message)).toContainEqual(expect.stringContaining('đã quá 6 tháng'));
  });

  it('warn of a material dated after a programme ended that presents it as current, not one that says it ended or was written during it', () => {
    const day = calendarDate(2026, 12, 1);
    const [current] = at(day, 'chuong-trinh-hien-hanh.mdx');
    expect(current).toMatchObject({ line: 9 });
    expect(current!.message).toContain('2232/QĐ-TTg, văn bản có giai đoạn 2021–2025 đã kết thúc');
    expect(at(day, 'chuong-trinh-da-xong.mdx')).toEqual([]);
    expect(at(day, 'chuong-trinh-luc-do.mdx')).toEqual([]);
    expect(at(calendarDate(2025, 12, 31), 'chuong-trinh-hien-hanh.mdx')).toEqual([]);
  });

  it('warn of a running action month without its theme, and not before it starts', () => {
    expect(at(calendarDate(2026, 11, 14), 'campaigns/vi/thang-hanh-dong-2026.mdx')).toEqual([]);
    const [missing] = at(calendarDate(2026, 11, 15), 'campaigns/vi/thang-hanh-dong-2026.mdx');
    expect(missing).toMatchObject({ field: 'theme', line: 5 });
    expect(missing!.message).toContain('Chiến dịch đã bắt đầu ngày 15/11/2026 nhưng chưa có chủ đề');
  });

  it('warn of a theme still promised after the campaign ended, at the promise', () => {
    expect(at(calendarDate(2026, 6, 20), 'hua-chu-de.mdx')).toEqual([]);
    const [promise] = at(calendarDate(2026, 7, 1), 'hua-chu-de.mdx');
    expect(promise).toMatchObject({ line: 11 });
    expect(promise!.message).toContain('Chiến dịch đã kết thúc nhưng bài vẫn hứa "Chủ đề năm 2026 sẽ được cập nhật"');
  });

  it('are worded for editors as not stopping publication', () => {
    const text = formatWarnings(warningsOn(calendarDate(2026, 12, 1)));
    expect(text).toMatch(/^Nội dung có \d+ điều cần xem lại \(không chặn xuất bản\):/);
    expect(text).toContain('content/materials/vi/chuong-trinh-hien-hanh.mdx:9');
  });
});
