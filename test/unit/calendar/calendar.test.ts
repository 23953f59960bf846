import { describe, expect, it } from 'vitest';
import {
  daysUntil,
  expandCalendar,
  isOngoing,
  occurrencesOf,
  placeLine,
  timeRange,
  upcoming,
  vietnamInstant,
  yearCalendar,
  type CalendarEntry,
} from '../../../src/calendar/calendar.ts';
import { buildToday, vietnamToday } from '../../../src/calendar/dates.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const observance = (slug: string, yearlyStart: string, yearlyEnd?: string): CalendarEntry => ({ slug, title: slug, kind: 'observance', yearlyStart, yearlyEnd });
const event = (slug: string, date: string, extra: Partial<CalendarEntry> = {}): CalendarEntry => ({ slug, title: slug, kind: 'event', date: day(date), ...extra });

const KEY_DATES = [
  observance('8-3', '08/3'),
  observance('20-3', '20/3'),
  observance('thang-6', '01/6', '30/6'),
  observance('28-6', '28/6'),
  observance('20-10', '20/10'),
  observance('9-11', '09/11'),
  observance('25-11', '25/11'),
  observance('thang-hanh-dong', '15/11', '15/12'),
];

describe('expanding yearly observances', () => {
  it('gives one occurrence per year, with a stable id per year', () => {
    const list = occurrencesOf(observance('25-11', '25/11'), 2026, 2028);
    expect(list.map((o) => [o.id, iso(o.start), iso(o.end)])).toEqual([
      ['25-11-2026', '2026-11-25', '2026-11-25'],
      ['25-11-2027', '2027-11-25', '2027-11-25'],
      ['25-11-2028', '2028-11-25', '2028-11-25'],
    ]);
  });
  it('keeps a period inside its year (15/11–15/12, June)', () => {
    const [month] = occurrencesOf(observance('thang-hanh-dong', '15/11', '15/12'), 2026, 2026);
    expect([iso(month!.start), iso(month!.end)]).toEqual(['2026-11-15', '2026-12-15']);
    const [june] = occurrencesOf(observance('thang-6', '01/6', '30/6'), 2027, 2027);
    expect([iso(june!.start), iso(june!.end)]).toEqual(['2027-06-01', '2027-06-30']);
  });
  it('lets a period that crosses the year end finish in the next year', () => {
    const list = occurrencesOf(observance('tet', '20/12', '05/01'), 2026, 2027);
    expect(list.map((o) => [iso(o.start), iso(o.end)])).toEqual([
      ['2026-12-20', '2027-01-05'],
      ['2027-12-20', '2028-01-05'],
    ]);
  });
  it('sorts the year by start date, and the sample key dates come out in calendar order', () => {
    expect(yearCalendar(KEY_DATES, 2026).map((o) => iso(o.start))).toEqual([
      '2026-03-08', '2026-03-20', '2026-06-01', '2026-06-28', '2026-10-20', '2026-11-09', '2026-11-15', '2026-11-25',
    ]);
  });
  it('places a one-off event only in its own year', () => {
    const entry = event('hoi-thi', '2026-12-10', { endDate: day('2026-12-11') });
    expect(expandCalendar([entry], 2027, 2030)).toEqual([]);
    const [only] = expandCalendar([entry], 2020, 2026);
    expect([only!.id, iso(only!.start), iso(only!.end)]).toEqual(['hoi-thi', '2026-12-10', '2026-12-11']);
  });
});

describe('what is on or near', () => {
  const entries = [...KEY_DATES, event('noi-chuyen', '2026-11-25', { startTime: '08:00', endTime: '11:00' }), event('hoi-thi', '2026-12-10', { endDate: day('2026-12-11') })];
  it('on 20/11/2026 lists the running Action Month and what starts within 30 days, by date', () => {
    const list = upcoming(entries, day('2026-11-20'), 30);
    expect(list.map((o) => o.id)).toEqual(['thang-hanh-dong-2026', '25-11-2026', 'noi-chuyen', 'hoi-thi']);
    expect(isOngoing(list[0]!, day('2026-11-20'))).toBe(true);
    expect(daysUntil(list[1]!, day('2026-11-20'))).toBe(5);
  });
  it('counts the horizon day itself, and not the day after', () => {
    expect(upcoming([observance('25-11', '25/11')], day('2026-10-26'), 30).map((o) => o.id)).toEqual(['25-11-2026']);
    expect(upcoming([observance('25-11', '25/11')], day('2026-10-25'), 30)).toEqual([]);
  });
  it('drops a date once it has passed, and looks into the next year near the year end', () => {
    expect(upcoming([observance('9-11', '09/11')], day('2026-11-10'), 30)).toEqual([]);
    const list = upcoming([observance('nam-moi', '01/01'), observance('9-11', '09/11')], day('2026-12-20'), 30);
    expect(list.map((o) => o.id)).toEqual(['nam-moi-2027']);
  });
  it('still shows a period that began last year and has not ended', () => {
    const list = upcoming([observance('tet', '20/12', '05/01')], day('2027-01-03'), 30);
    expect(list.map((o) => [o.id, iso(o.start), iso(o.end)])).toEqual([['tet-2026', '2026-12-20', '2027-01-05']]);
    expect(daysUntil(list[0]!, day('2027-01-03'))).toBe(-14);
  });
});

describe('Asia/Ho_Chi_Minh', () => {
  const inVietnam = (date: Date) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' }).format(date);
  it('turns a local time into the right instant, also across the UTC day and year boundary', () => {
    expect(vietnamInstant(day('2026-11-25'), '08:00').toISOString()).toBe('2026-11-25T01:00:00.000Z');
    expect(vietnamInstant(day('2026-11-20'), '06:00').toISOString()).toBe('2026-11-19T23:00:00.000Z');
    expect(vietnamInstant(day('2027-01-01'), '00:30').toISOString()).toBe('2026-12-31T17:30:00.000Z');
    for (const [date, time] of [['2026-11-25', '08:00'], ['2027-01-01', '00:30'], ['2026-06-30', '23:59']] as const) {
      expect(inVietnam(vietnamInstant(day(date), time))).toBe(`${date} ${time}`);
    }
  });
  it('near the UTC midnight, "today" is already the next day in Vietnam and the list follows it', () => {
    const today = vietnamToday(new Date('2026-11-24T17:30:00Z'));
    expect(iso(today)).toBe('2026-11-25');
    expect(upcoming([observance('25-11', '25/11')], today, 30).map((o) => daysUntil(o, today))).toEqual([0]);
    expect(iso(vietnamToday(new Date('2026-12-31T16:59:00Z')))).toBe('2026-12-31');
    expect(iso(vietnamToday(new Date('2026-12-31T17:00:00Z')))).toBe('2027-01-01');
    expect(iso(buildToday({ SITE_TODAY: '2026-11-20' }))).toBe('2026-11-20');
  });
});

describe('display helpers', () => {
  it('names the place by venue, commune and province only', () => {
    expect(placeLine({ venue: 'Nhà văn hóa', commune: 'Xã A', province: 'Lạng Sơn' })).toBe('Nhà văn hóa, Xã A, Lạng Sơn');
    expect(placeLine({ commune: 'Xã A', province: 'Lạng Sơn' })).toBe('Xã A, Lạng Sơn');
    expect(placeLine({})).toBeUndefined();
  });
  it('writes times as a range, or nothing for an all-day entry', () => {
    expect(timeRange({ startTime: '08:00', endTime: '11:00' })).toBe('08:00–11:00');
    expect(timeRange({ startTime: '14:00' })).toBe('14:00');
    expect(timeRange({})).toBeUndefined();
  });
});
