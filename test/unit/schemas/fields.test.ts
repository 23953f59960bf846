import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  booleanField,
  dateField,
  enumField,
  imageWithAlt,
  optionalDateField,
  textField,
  type ImageHelper,
} from '../../../src/schemas/fields.ts';

const meta = { title: 'Ngày thử', description: 'Một ngày.' };
const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('dateField', () => {
  const date = dateField(meta);
  it('reads YYYY-MM-DD, quoted or as a YAML date, as UTC midnight', () => {
    expect(date.parse('2026-02-28')).toEqual(new Date(Date.UTC(2026, 1, 28)));
    expect(date.parse(' 2024-02-29 ')).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(date.parse(new Date(Date.UTC(2026, 10, 15)))).toEqual(new Date(Date.UTC(2026, 10, 15)));
  });
  it.each(['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01'])('rejects the impossible date %s', (value) => {
    expect(messages(date, value)).toEqual([`Không đọc được ngày "${value}". Ghi ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 2025-11-15.`]);
  });
  it.each(['ngày mai', '15/11/2025', '2026-1-5'])('rejects the unparseable %j in Vietnamese', (value) => {
    expect(messages(date, value)).toEqual([`Không đọc được ngày "${value}". Ghi ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 2025-11-15.`]);
  });
  it('says a required date is missing', () => {
    expect(messages(date, undefined)).toEqual(['Thiếu ngày. Ghi ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 2025-11-15.']);
  });
});

describe('optionalDateField', () => {
  const date = optionalDateField(meta);
  it.each(['', null, undefined])('treats %j as absent', (value) => {
    expect(date.parse(value)).toBeUndefined();
  });
  it('still checks a given date', () => {
    expect(date.parse('2007-07-01')).toEqual(new Date(Date.UTC(2007, 6, 1)));
    expect(messages(date, 'ngày mai')).toHaveLength(1);
  });
});

describe('textField, enumField, booleanField, imageWithAlt', () => {
  const text = textField({ title: 'Tiêu đề', description: 'x' }, 10);
  it('text: missing, empty, too long', () => {
    expect(messages(text, undefined)).toEqual(['Thiếu tiêu đề.']);
    expect(messages(text, '   ')).toEqual(['Tiêu đề không được để trống.']);
    expect(messages(text, 'x'.repeat(11))).toEqual(['Tiêu đề dài quá 10 ký tự; hãy viết ngắn lại.']);
    expect(text.parse('  Chào  ')).toBe('Chào');
  });
  it('enum: lists the allowed values with their labels', () => {
    const kind = enumField(['a', 'b'], { a: 'Một', b: 'Hai' }, meta);
    expect(messages(kind, 'c')).toEqual(['Giá trị "c" không hợp lệ. Chọn một trong: a (Một), b (Hai).']);
  });
  it('boolean: defaults, and explains wrong values', () => {
    const flag = booleanField({ title: 'Bản nháp', description: 'x' }, false);
    expect(flag.parse(undefined)).toBe(false);
    expect(messages(flag, 'có')).toEqual(['Bản nháp chỉ nhận true (có) hoặc false (không).']);
  });
  it('image: alt text is required', () => {
    const cover = imageWithAlt((() => z.string()) as unknown as ImageHelper, meta);
    expect(cover.safeParse({ image: 'a.jpg', alt: 'Ảnh' }).success).toBe(true);
    expect(messages(cover, { image: 'a.jpg' })).toEqual(['Thiếu mô tả ảnh (alt).']);
  });
});
