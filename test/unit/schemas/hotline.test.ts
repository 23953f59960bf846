import { describe, expect, it } from 'vitest';
import { hotlineSchema } from '../../../src/schemas/hotline.ts';

const valid = {
  name: 'Tổng đài quốc gia bảo vệ trẻ em',
  number: '111',
  scope: 'national',
  hours: '24/7',
  free: true,
  operator: 'Bộ Y tế',
  source: 'Nguồn thử nghiệm',
  checked: '2026-11-23',
};
/** A copy of `data` without `key`. */
const without = (data: object, key: string) => Object.fromEntries(Object.entries(data).filter(([name]) => name !== key));
const issues = (data: object) => {
  const result = hotlineSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
};

describe('hotlineSchema', () => {
  it('accepts a hotline', () => {
    expect(hotlineSchema.parse(valid)).toMatchObject({ number: '111', free: true, checked: new Date(Date.UTC(2026, 10, 23)) });
    expect(issues({ ...valid, number: '1900 969 680', free: false })).toEqual([]);
  });
  it('says a hotline is not free unless stated', () => {
    expect(hotlineSchema.parse(without(valid, 'free')).free).toBe(false);
  });
  it.each(['1800 1567', '18001567', ' 1800  1567 '])('rejects the retired number %j', (number) => {
    expect(issues({ ...valid, number })).toEqual([
      { path: ['number'], message: 'Số 1800 1567 đã ngừng hoạt động và được thay bằng 111. Không được đăng số này.' },
    ]);
  });
  it.each(['1800-1567', 'một một một', '1', '+84 111'])('rejects the malformed number %j', (number) => {
    expect(issues({ ...valid, number })).toEqual([
      { path: ['number'], message: expect.stringContaining('Số điện thoại chỉ gồm chữ số và dấu cách') },
    ]);
  });
  it('reports a missing name, unknown scope and bad check date', () => {
    expect(issues({ ...without(valid, 'name'), scope: 'district', checked: 'ngày mai' })).toEqual([
      { path: ['name'], message: 'Thiếu tên đường dây.' },
      { path: ['scope'], message: expect.stringContaining('Giá trị "district" không hợp lệ') },
      { path: ['checked'], message: expect.stringContaining('Không đọc được ngày "ngày mai"') },
    ]);
  });
});
