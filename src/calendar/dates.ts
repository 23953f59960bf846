/**
 * Dates as Vietnamese official documents write them, and "today" in Vietnam.
 * Content dates are calendar dates: they are read and written in UTC so that no time zone shifts a day.
 */

const pad2 = (value: number) => String(value).padStart(2, '0');

/**
 * "ngày 05 tháng 3 năm 2020": days below 10 and the months 1 and 2 take a leading zero
 * (NĐ 30/2020/NĐ-CP, Phụ lục I). `Intl` cannot produce this form.
 */
export function formatOfficialDate(date: Date): string {
  assertValid(date);
  const day = date.getUTCDate();
  const month = date.getUTCMonth() + 1;
  return `ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : month} năm ${date.getUTCFullYear()}`;
}

/** A short numeric form for lists and metadata: 05/3/2020 would be ambiguous abroad, so 05/03/2020. */
export function formatShortDate(date: Date): string {
  assertValid(date);
  return `${pad2(date.getUTCDate())}/${pad2(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** The date as YYYY-MM-DD, for `<time datetime>` and machine-readable output. */
export function isoDate(date: Date): string {
  assertValid(date);
  return date.toISOString().slice(0, 10);
}

/** The calendar date it is in Asia/Ho_Chi_Minh at `now`, as a UTC-midnight Date. */
export function vietnamToday(now: Date = new Date()): Date {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return new Date(`${parts}T00:00:00Z`);
}

/**
 * The build's idea of today. SITE_TODAY=YYYY-MM-DD pins it (tests, previews of a future day);
 * otherwise it is today's date in Vietnam.
 */
export function buildToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): Date {
  const pinned = env.SITE_TODAY?.trim();
  if (pinned) {
    const date = new Date(`${pinned}T00:00:00Z`);
    // The round trip rejects impossible dates that Date would roll over, such as 2026-02-30.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== pinned) {
      throw new Error(`SITE_TODAY="${pinned}" không phải ngày dạng NĂM-THÁNG-NGÀY (ví dụ 2026-11-20).`);
    }
    return date;
  }
  return vietnamToday(now);
}

/** A calendar date from its parts, at UTC midnight. */
export function calendarDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function assertValid(date: Date): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new TypeError('Invalid date');
}
