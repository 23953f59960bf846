import { describe, expect, it } from 'vitest';
import { legalSchema } from '../../../src/schemas/legal.ts';

const valid = {
  number: '73/2006/QH11',
  title: 'Luật Bình đẳng giới',
  docType: 'luat',
  issuer: 'Quốc hội',
  issued: '2006-11-29',
  effective: '2007-07-01',
  status: 'in-force',
  summary: 'Luật quy định nguyên tắc bình đẳng giới.',
  source: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật',
  checked: '2026-11-23',
};
/** A copy of `data` without `key`. */
const without = (data: object, key: string) => Object.fromEntries(Object.entries(data).filter(([name]) => name !== key));
const issues = (data: object) => {
  const result = legalSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
};

describe('legalSchema', () => {
  it('requires where the facts were checked, and when', () => {
    expect(issues(without(valid, 'source')).map((i) => i.path)).toEqual([['source']]);
    expect(issues(without(valid, 'checked')).map((i) => i.path)).toEqual([['checked']]);
  });
  it('accepts a period and rejects one that ends before it starts', () => {
    expect(legalSchema.parse({ ...valid, period: { from: 2021, to: 2025 } }).period).toEqual({ from: 2021, to: 2025 });
    expect(legalSchema.parse({ ...valid, period: { to: 2030 } }).period).toEqual({ to: 2030 });
    expect(legalSchema.parse({ ...valid, period: { from: null, to: null } }).period).toBeUndefined();
    expect(legalSchema.parse({ ...valid, period: { from: '', to: 2030 } }).period).toEqual({ to: 2030 });
    expect(issues({ ...valid, period: { from: 2026, to: 2025 } })).toEqual([{ path: ['period', 'to'], message: 'Năm đầu của giai đoạn đứng sau năm cuối. Hãy kiểm tra lại.' }]);
  });
  it('accepts a document', () => {
    expect(legalSchema.parse(valid)).toMatchObject({ number: '73/2006/QH11', effective: new Date(Date.UTC(2007, 6, 1)), draft: false });
  });
  it('treats an empty effective date as absent', () => {
    const parsed = legalSchema.parse({ ...valid, effective: '' });
    expect(parsed.effective).toBeUndefined();
    expect(legalSchema.parse(without(valid, 'effective')).effective).toBeUndefined();
  });
  it('reports a missing title in Vietnamese', () => {
    expect(issues(without(valid, 'title'))).toEqual([{ path: ['title'], message: 'Thiếu tên văn bản.' }]);
  });
  it('reports an unknown document type and status', () => {
    expect(issues({ ...valid, docType: 'law', status: 'active' }).map((i) => i.path)).toEqual([['docType'], ['status']]);
  });
  it('reports impossible and unparseable dates', () => {
    expect(issues({ ...valid, issued: '2026-02-30' })).toEqual([
      { path: ['issued'], message: expect.stringContaining('Không đọc được ngày "2026-02-30"') },
    ]);
    expect(issues({ ...valid, effective: 'ngày mai' })).toEqual([
      { path: ['effective'], message: expect.stringContaining('Không đọc được ngày "ngày mai"') },
    ]);
  });
  it.each(['15/11/2025', '1900 969 680', 'Luật 73'])('rejects the number %j', (number) => {
    expect(issues({ ...valid, number })).toEqual([
      { path: ['number'], message: expect.stringContaining(`"${number}" không phải số hiệu văn bản hợp lệ`) },
    ]);
  });
  it('checks replacedBy as a number too', () => {
    expect(issues({ ...valid, replacedBy: '13/2022/QH15' })).toEqual([]);
    expect(issues({ ...valid, replacedBy: '3/4/2020' }).map((i) => i.path)).toEqual([['replacedBy']]);
  });
});
