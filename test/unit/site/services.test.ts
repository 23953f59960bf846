import { describe, expect, it } from 'vitest';
import { dayRuns, hoursText, isOpenAt, vietnamWeekMinute } from '../../../src/site/opening-hours.ts';
import { byKind, groupByCommune } from '../../../src/site/services.ts';
import type { WeekDay } from '../../../src/schemas/week.ts';

/** A moment given in Vietnam time (UTC+7). */
const vn = (iso: string) => new Date(`${iso}+07:00`);
const office = { always: false, slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] as WeekDay[], from: '07:30', to: '17:00' }] };
const night = { always: false, slots: [{ days: ['sun'] as WeekDay[], from: '22:00', to: '06:00' }] };

describe('opening hours, Vietnam time', () => {
  it('counts minutes from Monday 00:00 in Vietnam, whatever the UTC day', () => {
    // 2026-11-23 is a Monday.
    expect(vietnamWeekMinute(vn('2026-11-23T00:00'))).toBe(0);
    expect(vietnamWeekMinute(new Date('2026-11-22T17:30:00Z'))).toBe(30); // Sunday 17:30 UTC is Monday 00:30 in Vietnam
    expect(vietnamWeekMinute(vn('2026-11-29T23:59'))).toBe(7 * 1440 - 1);
  });
  it('is open inside a period and closed outside, the closing minute excluded', () => {
    expect(isOpenAt(office, vn('2026-11-23T07:30'))).toBe(true);
    expect(isOpenAt(office, vn('2026-11-27T16:59'))).toBe(true);
    expect(isOpenAt(office, vn('2026-11-27T17:00'))).toBe(false);
    expect(isOpenAt(office, vn('2026-11-23T07:29'))).toBe(false);
    expect(isOpenAt(office, vn('2026-11-28T10:00'))).toBe(false); // Saturday
    // 01:00 UTC on Monday is 08:00 in Vietnam: open, although UTC would say before opening.
    expect(isOpenAt(office, new Date('2026-11-23T01:00:00Z'))).toBe(true);
  });
  it('runs a period past midnight into the next day, Sunday night into Monday', () => {
    expect(isOpenAt(night, vn('2026-11-29T23:00'))).toBe(true);
    expect(isOpenAt(night, vn('2026-11-30T05:59'))).toBe(true); // Monday morning
    expect(isOpenAt(night, vn('2026-11-30T06:00'))).toBe(false);
    expect(isOpenAt(night, vn('2026-11-29T05:00'))).toBe(false); // Sunday morning: Saturday has no period
    expect(isOpenAt({ always: false, slots: [{ days: ['sat'], from: '13:00', to: '24:00' }] }, vn('2026-11-28T23:59'))).toBe(true);
  });
  it('is always open at 24/7', () => {
    expect(isOpenAt({ always: true, slots: [] }, vn('2026-11-25T03:00'))).toBe(true);
  });
  it('writes days as runs and hours in words', () => {
    expect(dayRuns(['fri', 'mon', 'tue', 'wed', 'thu'])).toEqual([['mon', 'fri']]);
    expect(dayRuns(['mon', 'tue', 'thu'])).toEqual([['mon', 'tue'], ['thu']]);
    const words = {
      day: (d: WeekDay) =>
        ({ mon: 'Thứ Hai', tue: 'Thứ Ba', wed: 'Thứ Tư', thu: 'Thứ Năm', fri: 'Thứ Sáu', sat: 'Thứ Bảy', sun: 'Chủ nhật' })[d],
      always: '24/7',
      nextDay: (to: string) => `${to} hôm sau`,
    };
    expect(hoursText(office, words)).toBe('Thứ Hai – Thứ Sáu: 07:30–17:00');
    expect(hoursText(night, words)).toBe('Chủ nhật: 22:00–06:00 hôm sau');
    expect(hoursText({ always: false, slots: [{ days: ['mon', 'tue', 'thu'], from: '08:00', to: '11:00' }] }, words)).toBe(
      'Thứ Hai, Thứ Ba, Thứ Năm: 08:00–11:00',
    );
    expect(hoursText({ always: true, slots: [] }, words)).toBe('24/7');
  });
});

describe('grouping the directory', () => {
  const s = (name: string, commune: string, kind: 'shelter' | 'police' | 'health', province = 'Lạng Sơn') => ({
    name,
    commune,
    province,
    kind,
  });
  const services = [
    s('B', 'Xã Đồng Đăng', 'police'),
    s('A', 'Phường Đông Kinh', 'health'),
    s('C', 'Phường Đông Kinh', 'shelter'),
    s('D', 'Xã Bắc Sơn', 'health'),
  ];
  it('groups by commune in Vietnamese order, kinds in their fixed order inside', () => {
    const groups = groupByCommune(services);
    expect(groups.map((g) => [g.id, g.commune])).toEqual([
      ['xa-1', 'Phường Đông Kinh'],
      ['xa-2', 'Xã Bắc Sơn'],
      ['xa-3', 'Xã Đồng Đăng'],
    ]);
    expect(groups[0]!.services.map((x) => x.name)).toEqual(['C', 'A']);
  });
  it('keeps two communes of the same name in different provinces apart', () => {
    expect(
      groupByCommune([s('A', 'Xã Tân Lập', 'police', 'Lạng Sơn'), s('B', 'Xã Tân Lập', 'police', 'Gia Lai')]).map((g) => g.province),
    ).toEqual(['Gia Lai', 'Lạng Sơn']);
  });
  it('lists the kinds present, in their fixed order', () => {
    expect(byKind(services).map((k) => [k.kind, k.services.map((x) => x.name)])).toEqual([
      ['shelter', ['C']],
      ['health', ['A', 'D']],
      ['police', ['B']],
    ]);
  });
});
