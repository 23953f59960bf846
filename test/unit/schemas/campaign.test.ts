import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { campaignSchema } from '../../../src/schemas/campaign.ts';
import type { ImageHelper } from '../../../src/schemas/fields.ts';

/** Stand-in for Astro's image(): the file name as a string. */
const image = (() => z.string()) as unknown as ImageHelper;
const schema = campaignSchema(image);
const valid = {
  title: 'Tháng hành động 2026',
  kind: 'action-month',
  year: 2026,
  start: '2026-11-15',
  end: '2026-12-15',
  summary: 'Tóm tắt.',
};
/** A copy of `data` without `key`. */
const without = (data: object, key: string) => Object.fromEntries(Object.entries(data).filter(([name]) => name !== key));
const issues = (data: object) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
};

describe('campaignSchema', () => {
  it('accepts a campaign', () => {
    expect(schema.parse(valid)).toMatchObject({
      kind: 'action-month',
      start: new Date(Date.UTC(2026, 10, 15)),
      end: new Date(Date.UTC(2026, 11, 15)),
      draft: false,
    });
  });
  it('accepts a one-day campaign', () => {
    expect(issues({ ...valid, start: '2026-06-28', end: '2026-06-28' })).toEqual([]);
  });
  it('reports a missing title in Vietnamese', () => {
    expect(issues(without(valid, 'title'))).toEqual([{ path: ['title'], message: 'Thiếu tiêu đề.' }]);
  });
  it('reports an unknown kind', () => {
    expect(issues({ ...valid, kind: 'tet' })).toEqual([{ path: ['kind'], message: expect.stringContaining('Giá trị "tet" không hợp lệ') }]);
  });
  it('reports an end before the start on the end field', () => {
    expect(issues({ ...valid, start: '2026-12-15', end: '2026-11-15' })).toEqual([
      { path: ['end'], message: 'Ngày kết thúc đứng trước ngày bắt đầu. Hãy kiểm tra lại hai ngày này.' },
    ]);
  });
  it('reports an unparseable date', () => {
    expect(issues({ ...valid, start: 'ngày mai' })).toEqual([
      { path: ['start'], message: expect.stringContaining('Không đọc được ngày "ngày mai"') },
    ]);
  });
  it.each([2026.5, 1999, '2026'])('rejects the year %j', (year) => {
    expect(issues({ ...valid, year }).map((i) => i.path)).toEqual([['year']]);
  });
});
