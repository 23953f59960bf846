import { describe, expect, it } from 'vitest';
import { buildToday, calendarDate, formatOfficialDate, formatShortDate, isoDate, vietnamToday } from '../../../src/calendar/dates.ts';

describe('formatOfficialDate', () => {
  it.each([
    [calendarDate(2020, 3, 5), 'ngày 05 tháng 3 năm 2020'],
    [calendarDate(2021, 1, 1), 'ngày 01 tháng 01 năm 2021'],
    [calendarDate(2025, 12, 15), 'ngày 15 tháng 12 năm 2025'],
    [calendarDate(2024, 2, 29), 'ngày 29 tháng 02 năm 2024'],
    [calendarDate(2026, 10, 9), 'ngày 09 tháng 10 năm 2026'],
  ])('%s → %s', (date, expected) => {
    expect(formatOfficialDate(date)).toBe(expected);
  });

  it('reads the calendar date in UTC, whatever the hour', () => {
    expect(formatOfficialDate(new Date('2020-03-05T23:59:59Z'))).toBe('ngày 05 tháng 3 năm 2020');
  });
});

describe('formatShortDate and isoDate', () => {
  it('pads day and month in the short form', () => {
    expect(formatShortDate(calendarDate(2020, 3, 5))).toBe('05/03/2020');
    expect(formatShortDate(calendarDate(2026, 11, 23))).toBe('23/11/2026');
  });
  it('gives YYYY-MM-DD', () => {
    expect(isoDate(calendarDate(2020, 3, 5))).toBe('2020-03-05');
  });
  it.each([formatOfficialDate, formatShortDate, isoDate])('%o throws on an invalid Date', (format) => {
    expect(() => format(new Date('ngày mai'))).toThrow(TypeError);
  });
});

describe('vietnamToday', () => {
  it('is already the next day in Vietnam (UTC+7) at 17:30 UTC', () => {
    expect(isoDate(vietnamToday(new Date('2026-11-22T17:30:00Z')))).toBe('2026-11-23');
  });
  it('is still the same day at 16:59 UTC', () => {
    expect(isoDate(vietnamToday(new Date('2026-11-22T16:59:00Z')))).toBe('2026-11-22');
  });
  it('returns UTC midnight', () => {
    expect(vietnamToday(new Date('2026-11-22T17:30:00Z')).getTime()).toBe(Date.UTC(2026, 10, 23));
  });
});

describe('buildToday', () => {
  const now = new Date('2026-11-22T17:30:00Z');
  it('uses SITE_TODAY when set', () => {
    expect(isoDate(buildToday({ SITE_TODAY: '2026-06-01' }, now))).toBe('2026-06-01');
    expect(isoDate(buildToday({ SITE_TODAY: ' 2026-06-01 ' }, now))).toBe('2026-06-01');
  });
  it('falls back to today in Vietnam when SITE_TODAY is unset or blank', () => {
    expect(isoDate(buildToday({}, now))).toBe('2026-11-23');
    expect(isoDate(buildToday({ SITE_TODAY: '  ' }, now))).toBe('2026-11-23');
  });
  it.each(['20/11/2026', '2026-11-20T10:00', 'hôm nay', '2026-13-01'])('rejects SITE_TODAY=%s in Vietnamese', (value) => {
    expect(() => buildToday({ SITE_TODAY: value }, now)).toThrow(`SITE_TODAY="${value}" không phải ngày dạng NĂM-THÁNG-NGÀY`);
  });
});
