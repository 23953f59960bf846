/**
 * The calendar of key dates and agency events: yearly observances expanded for a range of years,
 * what is on or near on a given day, and the instants of timed events in Vietnam time.
 * Dates are calendar dates at UTC midnight (as in dates.ts); times are Asia/Ho_Chi_Minh, which has
 * been UTC+7 without daylight saving since 1975.
 */
import { parseDayMonth, type EventKind } from '../schemas/event.ts';
import { calendarDate } from './dates.ts';

/** The zone every date and time on the site is in. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Its offset from UTC, in minutes; constant, as the zone has no daylight saving. */
export const TIME_ZONE_OFFSET_MINUTES = 7 * 60;

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the calendar needs from an entry (the event schema's output, plus its slug). */
export interface CalendarEntry {
  slug: string;
  title: string;
  kind: EventKind;
  yearlyStart?: string | undefined;
  yearlyEnd?: string | undefined;
  date?: Date | undefined;
  endDate?: Date | undefined;
  startTime?: string | undefined;
  endTime?: string | undefined;
}

/** One occurrence: an observance in one year, or an event. */
export interface Occurrence<E extends CalendarEntry = CalendarEntry> {
  entry: E;
  /** Stable id: the slug, plus the year for an observance. */
  id: string;
  /** First day (calendar date). */
  start: Date;
  /** Last day, inclusive (calendar date); equals `start` for a one-day entry. */
  end: Date;
  /** HH:MM in Vietnam time, for timed events. */
  startTime?: string | undefined;
  endTime?: string | undefined;
}

/** Adds whole days to a calendar date. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The occurrences of one entry whose first day falls in the years `fromYear`–`toYear`. */
export function occurrencesOf<E extends CalendarEntry>(entry: E, fromYear: number, toYear: number): Occurrence<E>[] {
  if (entry.kind === 'event') {
    if (!entry.date) return [];
    const year = entry.date.getUTCFullYear();
    if (year < fromYear || year > toYear) return [];
    return [{ entry, id: entry.slug, start: entry.date, end: entry.endDate ?? entry.date, startTime: entry.startTime, endTime: entry.endTime }];
  }
  const first = entry.yearlyStart ? parseDayMonth(entry.yearlyStart) : undefined;
  if (!first) return [];
  const last = entry.yearlyEnd ? parseDayMonth(entry.yearlyEnd) : undefined;
  const result: Occurrence<E>[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const start = calendarDate(year, first.month, first.day);
    let end = last ? calendarDate(year, last.month, last.day) : start;
    // A period such as 20/12–05/01 ends in the next year.
    if (end < start) end = calendarDate(year + 1, last!.month, last!.day);
    result.push({ entry, id: `${entry.slug}-${year}`, start, end });
  }
  return result;
}

/** Every occurrence of every entry starting in `fromYear`–`toYear`, by start date, then end, then title. */
export function expandCalendar<E extends CalendarEntry>(entries: readonly E[], fromYear: number, toYear: number): Occurrence<E>[] {
  return entries
    .flatMap((entry) => occurrencesOf(entry, fromYear, toYear))
    .sort(
      (a, b) =>
        a.start.getTime() - b.start.getTime() ||
        (a.startTime ?? '').localeCompare(b.startTime ?? '') ||
        a.end.getTime() - b.end.getTime() ||
        a.entry.title.localeCompare(b.entry.title, 'vi'),
    );
}

/** Whether `today` falls within the occurrence. */
export function isOngoing(occurrence: Occurrence, today: Date): boolean {
  return occurrence.start <= today && today <= occurrence.end;
}

/**
 * What is on today or begins within `days` days: the calendar the home page shows. A period that
 * began last year and is still running counts, so the previous year is expanded too.
 */
export function upcoming<E extends CalendarEntry>(entries: readonly E[], today: Date, days: number): Occurrence<E>[] {
  const horizon = addDays(today, days);
  const year = today.getUTCFullYear();
  return expandCalendar(entries, year - 1, horizon.getUTCFullYear()).filter((o) => o.end >= today && o.start <= horizon);
}

/** Every occurrence starting in `year`. */
export function yearCalendar<E extends CalendarEntry>(entries: readonly E[], year: number): Occurrence<E>[] {
  return expandCalendar(entries, year, year);
}

/** Whole days from `today` to the start of the occurrence (0 when it starts today, negative when running). */
export function daysUntil(occurrence: Occurrence, today: Date): number {
  return Math.round((occurrence.start.getTime() - today.getTime()) / DAY_MS);
}

/** The instant of a calendar date at HH:MM in Vietnam. */
export function vietnamInstant(date: Date, time: string): Date {
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return new Date(date.getTime() + (minutes - TIME_ZONE_OFFSET_MINUTES) * 60 * 1000);
}

/** The place as one line: venue, commune, province (no district). */
export function placeLine(entry: { venue?: string | undefined; commune?: string | undefined; province?: string | undefined }): string | undefined {
  const parts = [entry.venue, entry.commune, entry.province].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** "08:00–11:00", "08:00", or undefined for an all-day occurrence. */
export function timeRange(occurrence: Pick<Occurrence, 'startTime' | 'endTime'>): string | undefined {
  if (!occurrence.startTime) return undefined;
  return occurrence.endTime ? `${occurrence.startTime}–${occurrence.endTime}` : occurrence.startTime;
}

/** How far ahead the calendar page looks for "upcoming". */
export const CALENDAR_UPCOMING_DAYS = 60;
/** How far ahead the home page looks: a key date shows there when it is this near. */
export const HOME_UPCOMING_DAYS = 30;
