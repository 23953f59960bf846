import { describe, expect, it } from 'vitest';
import { objectFields } from '../../../src/collections/schema-walk.ts';
import { SERVICE_KIND_LABELS, serviceSchema } from '../../../src/schemas/service.ts';

const base = {
  name: 'Trung tâm hỗ trợ mẫu',
  kind: 'one-stop',
  province: 'Lạng Sơn',
  commune: 'Phường mẫu',
  location: 'public',
  address: 'Trụ sở mẫu, Phường mẫu',
  phones: ['111'],
  hours: { always: false, slots: [{ days: ['mon', 'tue'], from: '07:30', to: '17:00' }] },
  free: true,
  eligibility: 'Phụ nữ, trẻ em bị bạo lực.',
  source: 'Quyết định mẫu.',
  checked: '2026-11-23',
};
const issues = (data: object) => {
  const result = serviceSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('serviceSchema', () => {
  it('accepts a public service, keeping its address, with defaults for sample', () => {
    expect(issues(base)).toEqual([]);
    expect(serviceSchema.parse(base)).toMatchObject({
      address: 'Trụ sở mẫu, Phường mẫu',
      sample: false,
      checked: new Date(Date.UTC(2026, 10, 23)),
    });
  });
  it('drops the address of a confidential service, so the site never reads it', () => {
    const parsed = serviceSchema.parse({ ...base, kind: 'shelter', location: 'confidential', address: 'Số 0 đường Mẫu' });
    expect(parsed.location).toBe('confidential');
    expect(parsed).not.toHaveProperty('address');
    expect(JSON.stringify(parsed)).not.toContain('đường Mẫu');
    expect(issues({ ...base, location: 'confidential', address: undefined })).toEqual([]);
  });
  it('requires an explicit choice of location: there is no default', () => {
    expect(issues({ ...base, location: undefined })).toEqual([
      { path: 'location', message: expect.stringContaining('Chọn một trong: public (Công khai địa chỉ), confidential (Giữ kín địa chỉ') },
    ]);
  });
  it('refuses a public service without an address, in Vietnamese', () => {
    expect(issues({ ...base, address: undefined })).toEqual([
      { path: 'address', message: expect.stringContaining('Dịch vụ công khai địa chỉ cần "Địa chỉ"') },
    ]);
    expect(issues({ ...base, address: '  ' }).map((i) => i.path)).toEqual(['address']);
  });
  it('needs at least one phone from the registry', () => {
    expect(issues({ ...base, phones: [] })).toEqual([{ path: 'phones', message: expect.stringContaining('danh bạ đường dây nóng') }]);
  });
  it('needs opening hours: 24/7 or periods, not both, with valid times', () => {
    expect(issues({ ...base, hours: { always: true } })).toEqual([]);
    expect(issues({ ...base, hours: { always: false, slots: [] } })).toEqual([
      { path: 'hours', message: expect.stringContaining('Cần giờ mở cửa') },
    ]);
    expect(issues({ ...base, hours: undefined })).toEqual([{ path: 'hours', message: expect.stringContaining('Thiếu giờ mở cửa') }]);
    expect(issues({ ...base, hours: { always: true, slots: base.hours.slots } }).map((i) => i.path)).toEqual(['hours.slots']);
    expect(issues({ ...base, hours: { slots: [{ days: ['mon'], from: '7h30', to: '17:00' }] } })).toEqual([
      { path: 'hours.slots.0.from', message: 'Giờ mở phải ghi giờ:phút theo 24 giờ, giờ Việt Nam, ví dụ "07:30".' },
    ]);
    expect(issues({ ...base, hours: { slots: [{ days: [], from: '07:30', to: '17:00' }] } }).map((i) => i.path)).toEqual([
      'hours.slots.0.days',
    ]);
    expect(issues({ ...base, hours: { slots: [{ days: ['thứ hai'], from: '07:30', to: '17:00' }] } })[0]!.message).toContain(
      'mon (Thứ Hai)',
    );
    expect(issues({ ...base, hours: { slots: [{ days: ['mon'], from: '08:00', to: '08:00' }] } })).toEqual([
      { path: 'hours.slots.0.to', message: expect.stringContaining('Giờ đóng trùng giờ mở') },
    ]);
  });
  it('accepts a period across midnight and one until 24:00', () => {
    expect(issues({ ...base, hours: { slots: [{ days: ['fri'], from: '22:00', to: '06:00' }] } })).toEqual([]);
    expect(issues({ ...base, hours: { slots: [{ days: ['sat'], from: '13:00', to: '24:00' }] } })).toEqual([]);
    expect(issues({ ...base, hours: { slots: [{ days: ['sat'], from: '24:00', to: '06:00' }] } }).map((i) => i.path)).toEqual([
      'hours.slots.0.from',
    ]);
  });
  it('names the kinds with the words of vi.json', () => {
    expect(SERVICE_KIND_LABELS).toMatchObject({
      shelter: 'Nhà tạm lánh, nhà an toàn',
      'trusted-address': 'Địa chỉ tin cậy',
      'womens-union': 'Hội Liên hiệp Phụ nữ',
    });
    expect(issues({ ...base, kind: 'district-office' })[0]!.message).toContain('shelter (Nhà tạm lánh, nhà an toàn)');
  });
  it('has no district field: Vietnam has had no districts since 1/7/2025', () => {
    const names = objectFields(serviceSchema).map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['commune', 'province']));
    expect(names.filter((name) => /district|huyen|quan/i.test(name))).toEqual([]);
  });
});
