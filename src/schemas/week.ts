/**
 * Days and times of opening hours, kept free of imports: the browser's directory filter
 * (src/scripts/services-filter.ts, through src/site/opening-hours.ts) uses them too.
 */

/** Days of the week, Monday first, as Vietnamese calendars print them. */
export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

/** An opening time, HH:MM on the 24-hour clock. */
export const OPENING_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A closing time: as an opening time, or 24:00 for midnight. */
export const CLOSING_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** Minutes after midnight of "HH:MM" (24:00 is 1440). */
export const timeMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Opening hours as the schema gives them: always open, or weekly periods. */
export interface OpeningHours {
  always: boolean;
  slots: readonly { days: readonly WeekDay[]; from: string; to: string }[];
}
