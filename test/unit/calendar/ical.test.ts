/** The .ics writer, checked by parsing its output back with ical.js. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icalendar, type IcalEntry } from '../../../src/calendar/ical.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const LONG_TITLE = 'Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới';
const entries: IcalEntry[] = [
  { slug: 'ngay-25-11', title: 'Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ', kind: 'observance', yearlyStart: '25/11' },
  { slug: 'thang-hanh-dong', title: LONG_TITLE, kind: 'observance', yearlyStart: '15/11', yearlyEnd: '15/12', description: 'Từ 15/11 đến 15/12.\nHằng năm; từ 2016.' },
  { slug: 'qua-nam-moi', title: 'Đợt qua năm mới', kind: 'observance', yearlyStart: '20/12', yearlyEnd: '05/01' },
  {
    slug: 'noi-chuyen',
    title: 'Nói chuyện, hỏi đáp; tại xã \\ thôn',
    kind: 'event',
    date: day('2026-11-25'),
    startTime: '08:00',
    endTime: '11:00',
    location: 'Nhà văn hóa, Xã A, Lạng Sơn',
    url: 'https://binhdanggioi.example.org/lich/',
  },
  { slug: 'sang-som', title: 'Sáng sớm', kind: 'event', date: day('2027-01-01'), startTime: '06:00' },
  { slug: 'hoi-thi', title: 'Hội thi hai ngày', kind: 'event', date: day('2026-12-10'), endDate: day('2026-12-11') },
];
const text = icalendar(entries, { name: 'Lịch, thử', host: 'binhdanggioi.example.org', today: day('2026-11-20') });

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
  const events = new Map(calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), new ICAL.Event(v)]));
  return { calendar, events };
}
const { calendar, events } = parse(text);
const get = (slug: string) => events.get(`${slug}@binhdanggioi.example.org`) ?? events.get(`${slug}-hang-nam@binhdanggioi.example.org`)!;

describe('icalendar: the text', () => {
  it('uses CRLF line ends and folds every line to at most 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });
  it('folds without splitting a character, and unfolding gives the line back', () => {
    const line = `SUMMARY:${'ữ'.repeat(60)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) expect(Buffer.from(piece, 'utf8').toString('utf8')).toBe(piece);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
  it('declares the calendar, with the Vietnam time zone as a VTIMEZONE', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    // X- properties are TEXT (RFC 5545 §3.8.8.2), escaped like any other; ical.js leaves them raw.
    expect(text).toContain('\r\nX-WR-CALNAME:Lịch\\, thử\r\n');
    const zone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(zone.getFirstPropertyValue('tzid')).toBe('Asia/Ho_Chi_Minh');
    expect(zone.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto')!.toString()).toBe('+07:00');
  });
});

describe('icalendar: parsed back with ical.js', () => {
  it('has one event per entry, with stable unique UIDs and a DTSTAMP', () => {
    expect(events.size).toBe(entries.length);
    expect(icalendar(entries, { name: 'Lịch, thử', host: 'binhdanggioi.example.org', today: day('2026-11-20') })).toBe(text);
    for (const event of events.values()) expect(event.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-20T00:00:00Z');
  });
  it('writes a key date as an all-day event repeating every year', () => {
    const event = get('ngay-25-11');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-11-25');
    expect(event.endDate.toString()).toBe('2026-11-26');
    expect(event.isRecurring()).toBe(true);
    const iterator = event.iterator();
    expect([iterator.next().toString(), iterator.next().toString(), iterator.next().toString()]).toEqual(['2026-11-25', '2027-11-25', '2028-11-25']);
  });
  it('writes a period with an exclusive end, also across the year end', () => {
    const month = get('thang-hanh-dong');
    expect([month.startDate.toString(), month.endDate.toString()]).toEqual(['2026-11-15', '2026-12-16']);
    expect(month.summary).toBe(LONG_TITLE);
    expect(month.description).toBe('Từ 15/11 đến 15/12.\nHằng năm; từ 2016.');
    const newYear = get('qua-nam-moi');
    expect([newYear.startDate.toString(), newYear.endDate.toString()]).toEqual(['2026-12-20', '2027-01-06']);
    const contest = get('hoi-thi');
    expect([contest.startDate.toString(), contest.endDate.toString(), contest.isRecurring()]).toEqual(['2026-12-10', '2026-12-12', false]);
  });
  it('writes a timed event in Asia/Ho_Chi_Minh, which ical.js turns into the right instants', () => {
    const talk = get('noi-chuyen');
    expect(talk.startDate.isDate).toBe(false);
    expect(talk.startDate.zone.tzid).toBe('Asia/Ho_Chi_Minh');
    expect(talk.startDate.toJSDate().toISOString()).toBe('2026-11-25T01:00:00.000Z');
    expect(talk.endDate.toJSDate().toISOString()).toBe('2026-11-25T04:00:00.000Z');
    expect(talk.summary).toBe('Nói chuyện, hỏi đáp; tại xã \\ thôn');
    expect(talk.location).toBe('Nhà văn hóa, Xã A, Lạng Sơn');
    expect(talk.component.getFirstPropertyValue('url')).toBe('https://binhdanggioi.example.org/lich/');
    // 06:00 on 1 January in Vietnam is still 31 December in UTC.
    expect(get('sang-som').startDate.toJSDate().toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });
});
