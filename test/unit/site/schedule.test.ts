import { describe, expect, it } from 'vitest';
import { buildToday, calendarDate } from '../../../src/calendar/dates.ts';
import { isPublic, publicEntries, scheduledCmsNotice, scheduledLinkMessage, scheduledPreviewNote, scheduledSlugs } from '../../../src/site/schedule.ts';

const DATE = calendarDate(2026, 12, 10);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const entry = (id: string, published: string | undefined, draft = false) => ({
  id,
  data: { draft, ...(published ? { published: day(published) } : {}) },
});

describe('isPublic', () => {
  it('hides a material before its date and shows it on the date and after', () => {
    expect(isPublic(DATE, day('2026-12-09'))).toBe(false);
    expect(isPublic(DATE, day('2026-12-10'))).toBe(true);
    expect(isPublic(DATE, day('2027-01-01'))).toBe(true);
  });
  it('compares calendar dates: a time of day on either side does not shift the day', () => {
    expect(isPublic(DATE, new Date('2026-12-10T23:59:59Z'))).toBe(true);
    expect(isPublic(new Date('2026-12-10T23:00:00Z'), day('2026-12-10'))).toBe(true);
    expect(isPublic(new Date('2026-12-11T00:00:00Z'), new Date('2026-12-10T23:59:59Z'))).toBe(false);
  });
  it('treats an entry without a date (campaigns, pages…) as public', () => {
    expect(isPublic(undefined, day('2000-01-01'))).toBe(true);
  });
  it('follows SITE_TODAY when it is set', () => {
    expect(isPublic(DATE, buildToday({ SITE_TODAY: '2026-12-09' }))).toBe(false);
    expect(isPublic(DATE, buildToday({ SITE_TODAY: '2026-12-10' }))).toBe(true);
  });
  it('otherwise turns at midnight in Vietnam (UTC+7), not at midnight UTC', () => {
    // 23:59 on 9 December in Hà Nội is 16:59 UTC; one minute later it is 10 December there.
    expect(isPublic(DATE, buildToday({}, new Date('2026-12-09T16:59:00Z')))).toBe(false);
    expect(isPublic(DATE, buildToday({}, new Date('2026-12-09T17:00:00Z')))).toBe(true);
    // Still 9 December in UTC, already 10 December in Vietnam: the nightly build at 00:05 publishes.
    expect(isPublic(DATE, buildToday({}, new Date('2026-12-09T17:05:00Z')))).toBe(true);
  });
});

describe('scheduled slugs and the public entries', () => {
  const entries = [
    entry('vi/da-dang', '2026-11-20'),
    entry('km/da-dang', '2026-11-20'),
    entry('vi/hen-dang', '2026-12-10'),
    // A translation dated earlier than its source (a hand edit) must not leak the text early.
    entry('km/hen-dang', '2026-11-01'),
    entry('tyz/hen-dang', '2026-12-10'),
    // A translation dated later than its source follows the source: the CMS copies the date.
    entry('vi/ban-dich-muon', '2026-11-01'),
    entry('km/ban-dich-muon', '2027-01-01'),
    // A draft is hidden by the draft switch, not scheduled.
    entry('vi/nhap', '2026-12-24', true),
    entry('vi/khong-ngay', undefined),
  ];

  it('names every slug whose Vietnamese source is dated after today, with the date', () => {
    expect([...scheduledSlugs(entries, day('2026-12-09'))]).toEqual([['hen-dang', DATE]]);
    expect(scheduledSlugs(entries, DATE).size).toBe(0);
  });
  it('leaves out every language version of a scheduled material, the translation dated earlier too', () => {
    expect(publicEntries(entries, day('2026-12-09')).map((e) => e.id)).toEqual([
      'vi/da-dang',
      'km/da-dang',
      'vi/ban-dich-muon',
      'km/ban-dich-muon',
      'vi/nhap',
      'vi/khong-ngay',
    ]);
  });
  it('keeps them all on the date', () => {
    expect(publicEntries(entries, DATE)).toEqual(entries);
  });
});

describe('messages', () => {
  it('the link check names the date as official documents write it', () => {
    const message = scheduledLinkMessage('/tai-lieu/hen-dang/', calendarDate(2026, 12, 5));
    expect(message).toContain('Liên kết "/tai-lieu/hen-dang/" dẫn tới bài hẹn đăng ngày 05 tháng 12 năm 2026');
    expect(message).toContain('chưa có trên trang công khai');
    expect(message).toBe(message.normalize('NFC'));
  });
  it('the dev server note says the public site does not have the page yet', () => {
    expect(scheduledPreviewNote(calendarDate(2027, 2, 3))).toContain('hẹn đăng ngày 03 tháng 02 năm 2027. Trang công khai chưa có bài');
  });
  it('the CMS preview says "Hẹn đăng ngày …" for a date after today, from the form\'s text or a Date, and nothing otherwise', () => {
    expect(scheduledCmsNotice('2026-12-10', false, day('2026-12-09'))).toBe(
      'Hẹn đăng ngày 10/12/2026: bài chưa hiện trên trang công khai. Bản dựng hằng đêm sẽ tự đăng bài vào ngày đó.',
    );
    expect(scheduledCmsNotice(DATE, undefined, day('2026-12-09'))).toContain('Hẹn đăng ngày 10/12/2026');
    expect(scheduledCmsNotice('2026-12-10', false, DATE)).toBeUndefined();
    expect(scheduledCmsNotice('2026-12-10', true, day('2026-12-09'))).toBeUndefined();
    expect(scheduledCmsNotice('', false, DATE)).toBeUndefined();
  });
});
