/** Long sentences of easy-read versions: warnings on the minimal fixture with a material added. */
import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '../../../src/calendar/dates.ts';
import { checkContent, formatWarnings } from '../../../src/collections/check.ts';
import { ROOT, prepareFixture } from '../../helpers/astro.ts';

const LONG = 'Tổng đài quốc gia bảo vệ trẻ em nghe máy suốt ngày đêm, gọi từ mọi điện thoại ở mọi nơi.';
const material = `---
title: Bài có bản dễ đọc
summary: Tóm tắt.
campaign: thang-hanh-dong-2026
kind: article
published: 2026-03-05
easyRead:
  - text: Gọi 111. Không mất tiền.
    picture:
      image: ../../media/anh.jpg
      alt: Hình thử nghiệm.
  - text: "Em có thể tự gọi. ${LONG}"
---

Nội dung.
`;
const settings = (extra: string) =>
  `agencyName: Cơ quan thử nghiệm\nprovince: Lạng Sơn\ncontact:\n  address: Địa chỉ thử nghiệm\nlanguages: [vi, tyz, km]\nfeaturedHotlines: ["111"]\nbaseUrl: https://thu-nghiem.example.org\n${extra}`;

const easyReadWarnings = (dir: string) => {
  const result = checkContent(ROOT, relative(ROOT, `${dir}/content`), calendarDate(2026, 11, 20));
  expect(result.problems).toEqual([]);
  return result.warnings.filter((w) => w.field?.startsWith('easyRead'));
};

let defaults: string;
beforeAll(() => {
  defaults = prepareFixture('minimal', 'easy-read-warnings', { 'content/materials/vi/de-doc.mdx': material });
});

describe('easy-read warnings', () => {
  it('warn, in Vietnamese, of a sentence over 15 words, naming the file, line, block and the sentence', () => {
    const warnings = easyReadWarnings(defaults);
    expect(warnings).toEqual([
      {
        path: expect.stringMatching(/content\/materials\/vi\/de-doc\.mdx$/),
        line: 12,
        field: 'easyRead.1.text',
        fieldTitle: 'Bản dễ đọc, đoạn 2',
        message: expect.stringContaining('Câu "Tổng đài quốc gia bảo vệ trẻ em…" dài 21 từ, quá 15 từ cho bản dễ đọc.'),
      },
    ]);
    const report = formatWarnings(warnings);
    expect(report).toContain('(không chặn xuất bản)');
    expect(report).toContain('de-doc.mdx:12 — trường "easyRead.1.text" (Bản dễ đọc, đoạn 2)');
  });
  it('take the limit from the site setting easyReadMaxWords', () => {
    const strict = prepareFixture('minimal', 'easy-read-warnings-strict', {
      'content/materials/vi/de-doc.mdx': material,
      'content/settings/site.yaml': settings('easyReadMaxWords: 5\n'),
    });
    expect(easyReadWarnings(strict).map((w) => [w.fieldTitle, w.message.slice(0, w.message.indexOf(' cho'))])).toEqual([['Bản dễ đọc, đoạn 2', `Câu "${LONG.split(' ').slice(0, 8).join(' ')}…" dài 21 từ, quá 5 từ`]]);
    const loose = prepareFixture('minimal', 'easy-read-warnings-loose', {
      'content/materials/vi/de-doc.mdx': material,
      'content/settings/site.yaml': settings('easyReadMaxWords: 25\n'),
    });
    expect(easyReadWarnings(loose)).toEqual([]);
  });
  it('never stop publishing: the check has no problem', () => {
    expect(checkContent(ROOT, relative(ROOT, `${defaults}/content`)).problems).toEqual([]);
  });
});
