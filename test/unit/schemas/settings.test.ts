import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../src/schemas/settings.ts';

const valid = {
  agencyName: 'Sở Nội vụ tỉnh Lạng Sơn',
  province: 'Lạng Sơn',
  contact: { address: 'Thành phố Lạng Sơn', phone: '(0205) 3 812 345', email: 'lienhe@example.gov.vn' },
  languages: ['vi', 'tyz', 'nut'],
  featuredHotlines: ['111'],
  baseUrl: 'https://binhdanggioi.example.gov.vn',
};
/** A copy of `data` without `key`. */
const without = (data: object, key: string) => Object.fromEntries(Object.entries(data).filter(([name]) => name !== key));
const issues = (data: object) => {
  const result = settingsSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
};

describe('settingsSchema', () => {
  it('accepts settings and defaults the quick-exit page', () => {
    expect(settingsSchema.parse(valid).quickExitUrl).toBe('https://www.google.com/');
  });
  it('reports a missing agency name in Vietnamese', () => {
    expect(issues(without(valid, 'agencyName'))).toEqual([{ path: ['agencyName'], message: 'Thiếu tên cơ quan.' }]);
  });
  it('requires Vietnamese first', () => {
    expect(issues({ ...valid, languages: ['tyz', 'vi'] })).toEqual([
      { path: ['languages'], message: 'Tiếng Việt (vi) phải đứng đầu danh sách ngôn ngữ.' },
    ]);
  });
  it('rejects the unknown tag khm (Khmer is km)', () => {
    expect(issues({ ...valid, languages: ['vi', 'khm'] })).toEqual([
      { path: ['languages', 1], message: expect.stringContaining('Mã ngôn ngữ "khm" chưa được hỗ trợ') },
    ]);
    expect(issues({ ...valid, languages: ['vi', 'km'] })).toEqual([]);
  });
  it('rejects repeated and empty language lists', () => {
    expect(issues({ ...valid, languages: ['vi', 'tyz', 'tyz'] })).toEqual([
      { path: ['languages'], message: 'Danh sách ngôn ngữ có mã bị lặp.' },
    ]);
    expect(issues({ ...valid, languages: [] }).map((i) => i.path)).toContainEqual(['languages']);
  });
  it('needs a featured hotline and full URLs', () => {
    expect(issues({ ...valid, featuredHotlines: [] })).toEqual([
      { path: ['featuredHotlines'], message: 'Cần ít nhất một đường dây nóng nổi bật.' },
    ]);
    expect(issues({ ...valid, baseUrl: 'binhdanggioi.gov.vn' }).map((i) => i.path)).toEqual([['baseUrl']]);
    expect(issues({ ...valid, quickExitUrl: 'http://www.google.com/' })).toEqual([
      { path: ['quickExitUrl'], message: 'Trang thoát nhanh phải là URL https đầy đủ.' },
    ]);
  });
  it('defaults the longest easy-read sentence to 15 words and keeps it in a sensible range', () => {
    expect(settingsSchema.parse(valid).easyReadMaxWords).toBe(15);
    expect(settingsSchema.parse({ ...valid, easyReadMaxWords: 12 }).easyReadMaxWords).toBe(12);
    expect(issues({ ...valid, easyReadMaxWords: 2 })).toEqual([{ path: ['easyReadMaxWords'], message: 'Số từ tối thiểu là 5.' }]);
    expect(issues({ ...valid, easyReadMaxWords: 'mười' })).toEqual([{ path: ['easyReadMaxWords'], message: 'Số từ phải là một số, ví dụ 15.' }]);
  });
  it('defaults the reach threshold to 10 and never lets it fall below 5', () => {
    expect(settingsSchema.parse(valid).reachThreshold).toBe(10);
    expect(settingsSchema.parse({ ...valid, reachThreshold: 25 }).reachThreshold).toBe(25);
    expect(issues({ ...valid, reachThreshold: 2 })).toEqual([
      { path: ['reachThreshold'], message: 'Ngưỡng tối thiểu là 5: số nhỏ hơn có thể để lộ lượt xem của một người.' },
    ]);
    expect(issues({ ...valid, reachThreshold: 10.5 })).toEqual([{ path: ['reachThreshold'], message: 'Ngưỡng phải là số nguyên, ví dụ 10.' }]);
  });
});
