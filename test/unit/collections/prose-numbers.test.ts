/** Phone numbers written as text: the finder, and the body and field checks that use it. */
import { describe, expect, it } from 'vitest';
import { checkBody, checkFieldNumbers, type BodyIndex } from '../../../src/collections/bodies.ts';
import {
  findPhoneNumbers,
  numberProblems,
  phoneDigits,
  toAsciiDigits,
  type NumberRegistry,
} from '../../../src/collections/prose-numbers.ts';

const REGISTRY: NumberRegistry = { numbers: new Set(['111', '113', '114', '115', '1900969680']), ids: ['111', '113', 'ngoi-nha-binh-yen'] };
const digitsIn = (text: string) => findPhoneNumbers(text).map((p) => p.digits);

describe('findPhoneNumbers', () => {
  it('finds digit groups of 8 to 12 digits joined by spaces, no-break spaces, dots or hyphens', () => {
    expect(digitsIn('Gọi 1800 1567 để được hỗ trợ.')).toEqual(['18001567']);
    expect(digitsIn('Gọi 1800\u00a01567.')).toEqual(['18001567']);
    expect(digitsIn('Gọi 1800.1567 hoặc 0000.000.000.')).toEqual(['18001567', '0000000000']);
    expect(digitsIn('Số 000-0000-0000 của cơ quan.')).toEqual(['00000000000']);
    expect(digitsIn('Đường dây 1900 969 680, gọi có mất cước.')).toEqual(['1900969680']);
    expect(digitsIn('Liên hệ 18001567.')).toEqual(['18001567']);
    expect(findPhoneNumbers('Gọi 1800 1567.')[0]).toMatchObject({ written: '1800 1567', index: 4 });
  });

  it('reads +84 as the leading 0 and keeps an area code in brackets', () => {
    expect(digitsIn('Gọi +84 00 0000 0000.')).toEqual(['00000000000']);
    expect(digitsIn('Gọi (000) 0000 0000.')).toEqual(['00000000000']);
    expect(phoneDigits('+84 000 000 000')).toBe('0000000000');
  });

  it('finds a bare 111–119 only after a call word, or in a list after one', () => {
    expect(digitsIn('Gọi 112 khi gặp nạn.')).toEqual(['112']);
    expect(digitsIn('Khi nguy hiểm, gọi Công an 113.')).toEqual(['113']);
    expect(digitsIn('Hãy gọi 113, 114 hoặc 115.')).toEqual(['113', '114', '115']);
    expect(digitsIn('Tổng đài 111 miễn phí; số 116 thì chưa rõ; hotline: 119.')).toEqual(['111', '116', '119']);
    expect(digitsIn('Theo Điều 113 của Bộ luật, có 115 người tham gia.')).toEqual([]);
    expect(digitsIn('Nghị định số 115/2021/NĐ-CP.')).toEqual([]);
    expect(digitsIn('Gọi 120 người tới họp.')).toEqual([]);
  });

  it('maps Khmer and other digits to ASCII first', () => {
    expect(toAsciiDigits('១៨០០ ១៥៦៧')).toBe('1800 1567');
    expect(toAsciiDigits('꩑꩑꩑ ٣')).toBe('111 3');
    expect(digitsIn('សូមហៅ ១៨០០ ១៥៦៧។')).toEqual(['18001567']);
    expect(digitsIn('សូមហៅ១១២។')).toEqual(['112']);
    expect(findPhoneNumbers('ហៅ ១៨០០ ១៥៦៧')[0]!.written).toBe('១៨០០ ១៥៦៧');
  });

  it('does not take legal numbers, dates, amounts or year ranges for phone numbers', () => {
    for (const text of [
      'Nghị định 125/2021/NĐ-CP và Quyết định 2232/QĐ-TTg, Luật 13/2022/QH15, Chỉ thị 21-CT/TW.',
      'Tháng hành động từ 15/11 đến 15/12/2026, trực 24/7.',
      'Ngày 2026-11-15 và ngày 15.11.2026, hoặc 15-11-2026.',
      'Phạt từ 1.000.000 đồng đến 75.000.000 đ, tổng 10.000.000.000 đồng.',
      'Phạt 75 000 000 đồng.',
      'Chiến lược giai đoạn 2021–2030, chương trình 2021-2025.',
      'Ảnh ../../media/anh-2026-11-15.jpg và mã QH15, bản 20261115abc.',
      'Giờ trực 7h30–17h00, thứ Hai đến thứ Sáu.',
    ]) {
      expect(findPhoneNumbers(text), text).toEqual([]);
    }
  });

  it('sees the example marker right after a number', () => {
    expect(findPhoneNumbers('Ví dụ: 0000 000 000 (ví dụ).')[0]!.example).toBe(true);
    expect(findPhoneNumbers('Số 0000 000 000 (số ví dụ).')[0]!.example).toBe(true);
    expect(findPhoneNumbers('Số 0000 000 000 (Ví dụ)')[0]!.example).toBe(true);
    expect(findPhoneNumbers('Số 0000 000 000, ví dụ thế.')[0]!.example).toBe(false);
  });
});

describe('numberProblems', () => {
  it('a retired number is always an error, even marked as an example or inside a list', () => {
    expect(numberProblems('Gọi 1800 1567 để được hỗ trợ.', REGISTRY, 'body')[0]!.message).toContain('đã ngừng hoạt động');
    expect(numberProblems('Số cũ 1800 1567 (ví dụ).', REGISTRY, 'body')).toHaveLength(1);
    expect(numberProblems('Gọi 111 1800 1567.', REGISTRY, 'body')[0]!.message).toContain('đã ngừng hoạt động');
    expect(numberProblems('ហៅ ១៨០០ ១៥៦៧', REGISTRY, 'body')[0]!.message).toContain('"១៨០០ ១៥៦៧" (1800 1567)');
  });

  it('an unknown number is an error that says how to fix it; marked as an example it passes', () => {
    const [problem] = numberProblems('Gọi 0000 000 000 để được tư vấn.', REGISTRY, 'body');
    expect(problem!.index).toBe(4);
    expect(problem!.message).toContain('không có trong danh bạ');
    expect(problem!.message).toContain('<Hotline id="…" />');
    expect(problem!.message).toContain('0000 000 000 (ví dụ)');
    expect(numberProblems('Gọi 0000 000 000 (ví dụ) để được tư vấn.', REGISTRY, 'body')).toEqual([]);
    expect(numberProblems('Gọi 112.', REGISTRY, 'body')).toHaveLength(1);
  });

  it('in a field, the message does not offer a component', () => {
    const [problem] = numberProblems('Gọi 0000 000 000', REGISTRY, 'field');
    expect(problem!.message).not.toContain('<Hotline');
    expect(problem!.message).toContain('danh bạ');
  });

  it('registered numbers pass, however they are grouped, and so does a list of them', () => {
    expect(numberProblems('Gọi 1900 969 680, 1900.969.680, 1900969680 hoặc 113.', REGISTRY, 'body')).toEqual([]);
    expect(numberProblems('Nhớ các số 113 114 115.', REGISTRY, 'body')).toEqual([]);
  });
});

const index = (): BodyIndex => ({
  hotlines: new Set(REGISTRY.ids),
  hotlineNumbers: new Set(REGISTRY.numbers),
  legalNumbers: new Set(),
  publicDir: '/nonexistent',
});
const body = (text: string, bodyLine = 5) => ({
  path: 'content/pages/vi/thu.mdx',
  absolutePath: '/nonexistent/thu.mdx',
  body: text,
  bodyLine,
});

describe('checkBody: phone numbers', () => {
  it('names the line of a retired number in the body (body line + node line - 1)', () => {
    const problems = checkBody(body('\nĐoạn mở đầu.\n\nGọi 1800 1567 để được hỗ trợ.\n'), index());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'content/pages/vi/thu.mdx', line: 8, field: 'số điện thoại' });
    expect(problems[0]!.message).toContain('đã ngừng hoạt động');
  });

  it('reads a number split by bold text and finds it on its own line of a paragraph', () => {
    const problems = checkBody(body('Dòng một.\nGọi **0000** 000 000 nhé.\n', 1), index());
    expect(problems.map((p) => p.line)).toEqual([2]);
  });

  it('checks the text inside components: the children of <Hotline> and <Callout>, and their text attributes', () => {
    const problems = checkBody(
      body('<Hotline id="111">\n  Hoặc gọi 1800 1567.\n</Hotline>\n\n<Callout type="tip" title="Gọi 0000 000 000">Gọi 112</Callout>\n', 1),
      index(),
    );
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'số điện thoại'],
      [5, 'số điện thoại'],
      [5, 'Callout'],
    ]);
    expect(problems[0]!.message).toContain('đã ngừng hoạt động');
    expect(problems[2]!.message).toContain('thuộc tính "title"');
  });

  it('checks tel: links and code; known and example numbers pass', () => {
    expect(checkBody(body('[Gọi](tel:18001567)\n', 1), index()).map((p) => p.field)).toEqual(['link']);
    expect(checkBody(body('```\nGọi 0000 000 000\n```\n', 1), index()).map((p) => p.line)).toEqual([2]);
    expect(checkBody(body('Gọi 113 hoặc 1900 969 680. Số mẫu: 0000 000 000 (ví dụ).\n', 1), index())).toEqual([]);
  });
});

describe('checkFieldNumbers', () => {
  it('reports a string field by its dotted path and line, nested objects and lists included', () => {
    const data = {
      title: 'Gọi 1800 1567',
      cover: { alt: 'Tấm biển số 0000 000 000' },
      tags: ['111', 'gọi 112'],
      translation: { sourceVersion: '01234567' },
      published: new Date(),
    };
    const lines: Record<string, number> = { title: 2, 'cover.alt': 4, 'tags.1': 7 };
    const problems = checkFieldNumbers({ path: 'content/materials/vi/x.mdx', data, lineOf: (path) => lines[path.join('.')] }, index());
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['title', 2],
      ['cover.alt', 4],
      ['tags.1', 7],
    ]);
    expect(problems[0]!.message).toContain('đã ngừng hoạt động');
  });
});
