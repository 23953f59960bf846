import { describe, expect, it } from 'vitest';
import { objectFields } from '../../../src/collections/schema-walk.ts';
import { eventSchema, parseDayMonth } from '../../../src/schemas/event.ts';

const observance = { title: 'Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ', kind: 'observance', yearlyStart: '25/11' };
const event = {
  title: 'Nói chuyện chuyên đề',
  kind: 'event',
  date: '2026-11-25',
  startTime: '08:00',
  endTime: '11:00',
  commune: 'Xã A',
  province: 'Lạng Sơn',
};
const issues = (data: object) => {
  const result = eventSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
};

describe('parseDayMonth', () => {
  it.each([
    ['08/3', { day: 8, month: 3 }],
    ['8/3', { day: 8, month: 3 }],
    ['15/11', { day: 15, month: 11 }],
    ['31/12', { day: 31, month: 12 }],
  ])('reads %s', (text, expected) => expect(parseDayMonth(text)).toEqual(expected));
  it.each(['29/02', '31/4', '0/3', '8/13', '2026-03-08', '8.3', ''])('refuses %j', (text) => expect(parseDayMonth(text)).toBeUndefined());
});

describe('eventSchema', () => {
  it('accepts a yearly observance and an event, with empty lists by default', () => {
    expect(issues(observance)).toEqual([]);
    expect(eventSchema.parse({ ...observance, yearlyStart: '15/11', yearlyEnd: '15/12' })).toMatchObject({ yearlyEnd: '15/12', materials: [], draft: false });
    expect(eventSchema.parse(event)).toMatchObject({ date: new Date(Date.UTC(2026, 10, 25)), startTime: '08:00' });
  });
  it('explains a day that does not exist every year', () => {
    expect(issues({ ...observance, yearlyStart: '29/02' })).toEqual([{ path: 'yearlyStart', message: expect.stringContaining('29/02 không có mọi năm') }]);
  });
  it('asks an observance for its yearly day, not a date', () => {
    expect(issues({ title: 'X', kind: 'observance' })).toEqual([{ path: 'yearlyStart', message: expect.stringContaining('Ngày bắt đầu hằng năm') }]);
    expect(issues({ ...observance, date: '2026-11-25' }).map((i) => i.path)).toEqual(['date']);
  });
  it('asks an event for a date, a commune and a province', () => {
    expect(issues({ ...event, date: undefined }).map((i) => i.path)).toEqual(['date']);
    expect(issues({ ...event, commune: undefined })).toEqual([{ path: 'commune', message: expect.stringContaining('xã (phường, đặc khu) và tỉnh') }]);
    expect(issues({ ...event, province: undefined }).map((i) => i.path)).toEqual(['province']);
  });
  it('refuses an end before the start, in days and in hours', () => {
    expect(issues({ ...event, endDate: '2026-11-24' }).map((i) => i.path)).toEqual(['endDate']);
    expect(issues({ ...event, endTime: '07:30' })).toEqual([{ path: 'endTime', message: 'Giờ kết thúc phải sau giờ bắt đầu.' }]);
    expect(issues({ ...event, endDate: '2026-11-26', endTime: '07:30' })).toEqual([]);
    expect(issues({ ...event, startTime: '8h' }).map((i) => i.path)).toEqual(['startTime']);
  });
  it('has no district field: Vietnam has had no districts since 1/7/2025', () => {
    const names = objectFields(eventSchema).map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['commune', 'province']));
    expect(names.filter((name) => /district|huyen|quan/i.test(name))).toEqual([]);
  });
});
