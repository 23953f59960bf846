import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/collections/slug.ts';

describe('slugify', () => {
  it.each([
    ['Bình đẳng giới', 'binh-dang-gioi'],
    ['Đồng Tháp', 'dong-thap'],
    ['đ Đ', 'd-d'],
    ['Gia đình', 'gia-dinh'],
    ['Trường hợp ưu tiên', 'truong-hop-uu-tien'],
    ['Ngày Gia đình Việt Nam 28/6', 'ngay-gia-dinh-viet-nam-28-6'],
    ['Hỏi đáp: Luật 73/2006/QH11?', 'hoi-dap-luat-73-2006-qh11'],
    ['  --Bạo lực  gia đình--  ', 'bao-luc-gia-dinh'],
    ['', ''],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
  it('gives the same slug for NFC and NFD input', () => {
    expect(slugify('Bình đẳng giới'.normalize('NFD'))).toBe('binh-dang-gioi');
  });
});
